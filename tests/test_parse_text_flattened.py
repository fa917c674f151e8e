"""Plain text a scrape flattened (issue 8): a posting run onto one long line, its headings inside
the text and its list items separated only by inline markers or by lost line breaks. Every
draft is invented, in the shape of real job-board scrapes."""

from __future__ import annotations

from jdlint.config import default_config
from jdlint.data import section_matcher
from jdlint.document import Bullet, Heading, ItemList, Paragraph
from jdlint.lint import lint_text
from jdlint.outline import RawBlock
from jdlint.parse_text import parse_text

BLURB = (
    "Harbour & Pine Roasters supplies fresh coffee to more than ninety cafes along the coast, "
    "and our small logistics team keeps every order on the road before sunrise each day. "
)


def blocks(text: str) -> list[RawBlock]:
    return parse_text(text, section_matcher())


def headings(text: str) -> list[str]:
    return [block.text for block in blocks(text) if isinstance(block, Heading)]


def items(text: str) -> list[list[str]]:
    return [
        [b.text for b in block.bullets] for block in blocks(text) if isinstance(block, ItemList)
    ]


def fired(text: str, name: str, rule: str) -> list[str]:
    result = lint_text(text, name, default_config())
    return [text[d.offset : d.end_offset] for d in result.diagnostics if d.rule == rule]


DASHES = (
    "Route Planner\n\n" + BLURB + "Responsibilities - Plan the delivery routes for the next "
    "morning - Load the route sheets into the drivers' app - Call cafes when an order runs late "
    "Requirements - Two years of dispatch or logistics experience - A valid driving licence "
    "- Calm on the phone at six in the morning\n"
)


def test_headings_and_dash_items_inside_one_line_are_read() -> None:
    assert headings(DASHES) == ["Route Planner", "Responsibilities", "Requirements"]
    assert items(DASHES) == [
        [
            "Plan the delivery routes for the next morning",
            "Load the route sheets into the drivers' app",
            "Call cafes when an order runs late",
        ],
        [
            "Two years of dispatch or logistics experience",
            "A valid driving licence",
            "Calm on the phone at six in the morning",
        ],
    ]


def test_spans_of_a_flattened_line_point_at_the_source() -> None:
    for block in blocks(DASHES):
        if isinstance(block, ItemList):
            for bullet in block.bullets:
                assert DASHES[bullet.span.start : bullet.span.end] == bullet.text
                assert DASHES[bullet.marker_span.start : bullet.marker_span.end] == "-"
        else:
            assert DASHES[block.span.start : block.span.end] == block.text
    paragraph = next(block for block in blocks(DASHES) if isinstance(block, Paragraph))
    assert paragraph.text == BLURB.strip()


def test_a_flattened_posting_has_its_sections_and_no_giant_sentence() -> None:
    assert fired(DASHES, "route-planner.txt", "JD101") == []
    assert fired(DASHES, "route-planner.txt", "JD702") == []


GLUED_ID = (
    "Kurir Motor\n\n"
    "CV Lintas Kilat Nusantara melayani pengiriman paket dalam kota untuk ratusan toko daring "
    "di Surabaya dan sekitarnya sejak tahun 2015, dan kini mencari kurir motor yang "
    "bertanggung jawab.Tugas:Mengantar paket ke alamat pelanggan tepat waktuMengambil paket "
    "dari gudang setiap pagiMelaporkan paket yang gagal dikirim.Persyaratan:Memiliki motor dan "
    "SIM C aktifMenguasai jalan-jalan di kota tersebutJujur dan disiplin\n"
)


def test_glued_indonesian_headings_and_items_are_read() -> None:
    assert headings(GLUED_ID) == ["Kurir Motor", "Tugas:", "Persyaratan:"]
    assert items(GLUED_ID) == [
        [
            "Mengantar paket ke alamat pelanggan tepat waktu",
            "Mengambil paket dari gudang setiap pagi",
            "Melaporkan paket yang gagal dikirim.",
        ],
        [
            "Memiliki motor dan SIM C aktif",
            "Menguasai jalan-jalan di kota tersebut",
            "Jujur dan disiplin",
        ],
    ]
    assert fired(GLUED_ID, "kurir.txt", "JD101") == []  # the opening blurb is the summary


def test_numbered_groups_glued_to_a_heading_keep_their_sub_items() -> None:
    text = (
        "Teknisi Jaringan\n\n"
        "Deskripsi Tugas Teknisi Jaringan1. Pemasangan Perangkat:* Memasang router dan switch di "
        "kantor pelanggan.* Menguji koneksi setelah pemasangan.2. Perawatan Berkala:* Memeriksa "
        "perangkat setiap bulan.* Mengganti kabel yang rusak.Kualifikasi:Lulusan SMK jurusan "
        "Teknik Komputer dan jaringanMemahami dasar jaringan komputerBersedia bekerja di "
        "lapangan\n"
    )
    lists = [block for block in blocks(text) if isinstance(block, ItemList)]
    groups = [bullet for block in lists for bullet in block.bullets if bullet.subheading]
    assert [bullet.text for bullet in groups] == ["Pemasangan Perangkat:", "Perawatan Berkala:"]
    assert items(text)[1] == [
        "Memasang router dan switch di kantor pelanggan.",
        "Menguji koneksi setelah pemasangan.",
    ]
    assert items(text)[-1][0] == "Lulusan SMK jurusan Teknik Komputer dan jaringan"


def test_the_tail_after_the_last_inline_item_is_text() -> None:
    tail = (
        "The pay for this role is set by our public scale and reviewed each spring, and we "
        "explain the whole scale to every candidate we invite to an interview with the team."
    )
    text = DASHES.rstrip("\n") + " - Happy to start early " + tail + "\n"
    last = blocks(text)[-1]
    assert isinstance(last, Paragraph)
    assert last.text.startswith("Happy to start early")
    bullets: list[Bullet] = [
        b for block in blocks(text) if isinstance(block, ItemList) for b in block.bullets
    ]
    assert bullets[-1].text == "Calm on the phone at six in the morning"


def test_prose_that_mentions_requirements_stays_prose() -> None:
    text = (
        "Store Assistant\n\n" + BLURB + "Our requirements are simple and we will go through "
        "them with you on the first day, together with the safety rules of the roastery, the "
        "opening hours of the shop and the way we handle returns from our regular customers.\n"
    )
    assert headings(text) == ["Store Assistant"]
    assert not items(text)
    colon = (
        "Store Assistant\n\n" + BLURB + "Requirements: a friendly manner and a good sense of "
        "humour, because the shop gets busy on Saturday mornings and the queue can reach the "
        "door, so we need someone who keeps smiling while the grinder is running all morning.\n"
    )
    assert headings(colon) == ["Store Assistant"]  # one heading over no list: still a paragraph
    assert not items(colon)


def test_short_lines_are_not_searched_for_run_in_headings() -> None:
    text = "Barista\n\nWe roast daily. Responsibilities - Pull shots - Steam milk - Clean up\n"
    assert headings(text) == ["Barista"]
