"""Lists as real postings write them: markers jdlint must know, and the list rules on them
(JD302, JD306, JD307, JD308). Every draft here is invented, in the shapes real postings have."""

from __future__ import annotations

import pytest

from jdlint.config import default_config
from jdlint.document import Document
from jdlint.lint import lint_text
from jdlint.parse import parse_document


def _read(text: str, name: str) -> Document:
    return parse_document(text, name)


def _codes(text: str, name: str, code: str) -> list[int]:
    """The lines where rule *code* fires on *text* read as file *name*."""
    result = lint_text(text, name, default_config())
    return [d.to_json()["line"] for d in result.diagnostics if d.rule == code]


def _duties(document: Document) -> list[str]:
    return [b.text for s in document.sections_named("responsibilities") for b in s.bullets]


# --- markers: characters, garbled bullets and invisible characters ----------------------------

MARKERS = [
    "·",  # a middle dot, as Word pastes its bullets
    "\uf0b7",  # Word's Symbol-font bullet, a private-use glyph
    "\uf0d8",  # a Wingdings arrow bullet
    "â€¢",  # "•" of a UTF-8 file read as Windows-1252
    "â\x80¢",  # "•" of a UTF-8 file read as Latin-1
    "ï‚·",  # the Symbol-font bullet, garbled
    "\u200b•",  # a zero-width space before the marker
    "\ufeff-",  # a byte-order mark before the marker
]


@pytest.mark.parametrize("marker", MARKERS)
@pytest.mark.parametrize(
    ("heading", "duties"),
    [
        ("Responsibilities:", ["Build the weekly sales report", "Review supplier invoices"]),
        ("Tanggung Jawab:", ["Menyusun laporan penjualan mingguan", "Memeriksa faktur pemasok"]),
    ],
)
def test_text_lines_opening_with_these_markers_are_bullets(
    marker: str, heading: str, duties: list[str]
) -> None:
    lines = "".join(f"{marker} {duty}\n" for duty in duties)
    document = _read(f"Admin Gudang\n\n{heading}\n{lines}", "draft.txt")
    assert _duties(document) == duties
    first = document.bullets[0]
    assert document.text[first.marker_span.start : first.marker_span.end] == marker.lstrip(
        "\u200b\ufeff"
    )


@pytest.mark.parametrize("gap", ["\u200b", "\u200b ", "\u00a0\u200d", " \u00ad", "\u2060\t"])
def test_invisible_characters_between_a_number_and_its_text_do_not_hide_the_item(
    gap: str,
) -> None:
    text = (
        "Kasir\n\nTugas:\n"
        f"1.{gap}Melayani pembayaran pembeli\n"
        f"2.{gap}Menghitung uang kas di akhir shift\n"
        f"3.{gap}Mencatat stok harian\n"
    )
    document = _read(text, "draft.txt")
    assert _duties(document) == [
        "Melayani pembayaran pembeli",
        "Menghitung uang kas di akhir shift",
        "Mencatat stok harian",
    ]
    assert _codes(text, "draft.txt", "JD307") == []


def test_a_number_that_lost_its_dot_goes_on_with_the_numbered_list() -> None:
    text = (
        "Penerjemah\n\nTanggung Jawab Pekerjaan :\n"
        "1. Menerjemahkan dokumen kontrak dari dan ke Bahasa Jepang.\n"
        "2 Mendampingi tamu dalam rapat dengan mitra.\n"
        "3 Memeriksa hasil terjemahan tim.\n\n"
        "Kualifikasi :\n3 tahun pengalaman sebagai penerjemah\n"
    )
    document = _read(text, "draft.txt")
    assert len(_duties(document)) == 3
    assert {b.marker for b in document.bullets} == {"1."}
    assert _codes(text, "draft.txt", "JD308") == []
    assert _codes(text, "draft.txt", "JD306") == []
    qualifications = document.sections_named("qualifications")[0]
    assert not qualifications.bullets  # a count opening a line is no item


def test_markdown_lines_with_markers_markdown_does_not_know_are_a_list() -> None:
    text = (
        "# Staf Gudang\n\n## Tanggung Jawab\n\n"
        "• Menyusun laporan stok harian\n• Memeriksa barang masuk dan\n"
        "  mencocokkan dengan faktur\n• Mengelola penataan rak\n\n"
        "## Requirements\n\n-Two years in a warehouse\n-A forklift licence\n\n"
        "*Note*: we reply to every application.\n"
    )
    document = _read(text, "draft.md")
    assert _duties(document) == [
        "Menyusun laporan stok harian",
        "Memeriksa barang masuk dan\n  mencocokkan dengan faktur",
        "Mengelola penataan rak",
    ]
    qualifications = document.sections_named("qualifications")[0]
    assert [b.text for b in qualifications.bullets] == [
        "Two years in a warehouse",
        "A forklift licence",
    ]
    assert qualifications.paragraphs[0].text.startswith("*Note*")  # emphasis, not an item


def test_markdown_items_in_paragraphs_of_their_own_make_one_list() -> None:
    text = (
        "## Responsibilities\n\nIn this role you will:\n\n"
        "· Plan the delivery routes for each day\n\n· Brief the drivers every morning\n\n"
        "· Track late deliveries and call the customers\n"
    )
    document = _read(text, "draft.md")
    assert len(_duties(document)) == 3
    assert len(document.lists) == 1
    assert _codes(text, "draft.md", "JD307") == []
    assert _codes(text, "draft.md", "JD308") == []


def test_html_garbled_and_glued_bullets_are_bullets() -> None:
    text = (
        "<h2>Responsibilities</h2>\n<p>â€¢ Plan the delivery routes<br>"
        "â€¢ Brief the drivers every morning<br>â€¢\u200bTrack late deliveries</p>\n"
        "<h2>Kualifikasi</h2>\n<p>\uf0b7 Jujur dan teliti<br>\uf0b7 Pendidikan minimal SMA</p>\n"
    )
    document = _read(text, "draft.html")
    assert _duties(document) == [
        "Plan the delivery routes",
        "Brief the drivers every morning",
        "Track late deliveries",
    ]
    assert len(document.sections_named("qualifications")[0].bullets) == 2


# --- JD307: prose, or duties one a line ----------------------------------------------------


LONG_DUTIES_EN = (
    "Senior Planner\n\nResponsibilities\n"
    "Planning the weekly production schedule with the plant managers so that every line runs "
    "at capacity\n\n"
    "Reviewing the stock forecasts from the sales team and adjusting the purchase orders\n\n"
    "Coordinating with suppliers on late deliveries and agreeing on recovery plans\n\n"
    "Reporting the schedule's performance to the operations director each month\n\n"
    "Requirements\nFive years in production planning\n"
)
LONG_DUTIES_ID = (
    "Perencana Produksi\n\nTanggung Jawab\n"
    "Menyusun jadwal produksi mingguan bersama kepala pabrik agar setiap lini berjalan penuh\n\n"
    "Memeriksa perkiraan stok dari tim penjualan dan menyesuaikan pesanan pembelian tiap "
    "minggu\n\n"
    "Berkoordinasi dengan pemasok terkait keterlambatan pengiriman dan menyepakati rencana "
    "pemulihan\n\n"
    "Melaporkan kinerja jadwal kepada direktur operasional pada akhir setiap bulan\n\n"
    "Kualifikasi\nPengalaman lima tahun di perencanaan produksi\n"
)


@pytest.mark.parametrize("text", [LONG_DUTIES_EN, LONG_DUTIES_ID])
def test_long_duties_one_a_line_are_a_list_not_prose(text: str) -> None:
    assert _codes(text, "draft.txt", "JD307") == []


def test_an_introduction_in_prose_above_duties_one_a_line_is_not_prose() -> None:
    text = (
        "Data Analyst\n\nYour responsibilities\n"
        "You will join a small team that supports the finance office. Most of your work is "
        "with the controllers.\n"
        "Build the monthly cost reports for the finance office\n"
        "Clean and reconcile the ledger exports before each close\n"
        "Automate the checks the controllers run by hand\n"
        "Present the findings to the finance director every quarter\n"
    )
    assert _codes(text, "draft.txt", "JD307") == []


@pytest.mark.parametrize(
    "body",
    [
        "You will plan the weekly production schedule with the plant managers. You will also "
        "review the stock forecasts from the sales team and adjust the purchase orders.\n",
        "Anda akan menyusun jadwal produksi mingguan bersama kepala pabrik dan memastikan\n"
        "setiap lini berjalan penuh. Anda juga memeriksa perkiraan stok dari tim penjualan\n"
        "dan menyesuaikan pesanan pembelian setiap minggu.\n",
    ],
)
def test_duties_written_as_running_text_are_still_prose(body: str) -> None:
    text = f"Perencana Produksi\n\nTanggung Jawab\n{body}\nKualifikasi\nS1 Teknik Industri\n"
    assert _codes(text, "draft.txt", "JD307") == [3]


# --- JD306: endings and markers that are one style --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "## How to apply\n\nPlease send us:\n\n- your CV, with the dates of each post;\n"
            "- a cover letter of one page; and\n- the names of two referees.\n",
            "draft.md",
        ),
        (
            "Cara Melamar\n\nKirimkan dokumen berikut:\n• CV terbaru;\n• surat lamaran;\n"
            "• fotokopi ijazah terakhir.\n",
            "draft.txt",
        ),
        (
            "<h2>To apply</h2><ul><li>your CV;</li><li>a cover letter; and</li>"
            "<li>two references.</li></ul>",
            "draft.html",
        ),
    ],
)
def test_items_run_as_one_sentence_closed_by_a_full_stop_are_consistent(
    text: str, name: str
) -> None:
    assert _codes(text, name, "JD306") == []


@pytest.mark.parametrize(
    "lines",
    [
        [
            "You will be responsible for the following duties this year:",
            "Build the monthly cost reports",
            "Work with ledgers from several sources (ERP, CSV files, etc.)",
            "Review supplier invoices",
        ],
        [
            "Anda akan bertanggung jawab atas tugas-tugas berikut ini di cabang:",
            "Menyusun laporan biaya bulanan",
            "Mengelola data dari berbagai sumber (ERP, berkas CSV, dll.)",
            "Memeriksa faktur pemasok",
        ],
    ],
)
def test_a_lead_in_item_and_a_closing_abbreviation_do_not_mix_endings(lines: list[str]) -> None:
    text = "Staf Keuangan\n\nTugas:\n" + "".join(f"- {line}\n" for line in lines)
    assert _codes(text, "draft.txt", "JD306") == []


def test_a_sub_list_written_at_the_list_level_does_not_mix_markers() -> None:
    text = (
        "Data Engineer\n\nResponsibilities:\n"
        "• Build and run the pipelines that feed the reporting warehouse, including:\n"
        "- the nightly loads from the shop systems\n- the hourly stock feed\n"
        "• Review the data models with the analysts\n• Keep the pipeline documentation current\n"
    )
    assert _codes(text, "draft.txt", "JD306") == []


@pytest.mark.parametrize(
    "items",
    [
        ["- Build reports.", "- Review invoices", "- Train new staff"],
        ["• Menyusun laporan.", "- Memeriksa faktur.", "• Melatih staf baru."],
        ["- Build reports;", "- Review invoices.", "- Train new staff"],
        ["* Menguasai Excel (Vlookup, Pivot)", "* Memahami pajak.", "* Teliti."],
    ],
)
def test_lists_that_really_mix_styles_are_still_reported(items: list[str]) -> None:
    text = "Staf Admin\n\nTugas:\n" + "\n".join(items) + "\n"
    assert len(_codes(text, "draft.txt", "JD306")) == 1


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        ("Kualifikasi :", ["Pendidikan minimal SMA/SMK", "Jujur dan teliti", "Bersedia shift"]),
        ("What we offer:", ["Private health cover", "Two days at home a week", "A bike scheme"]),
    ],
)
@pytest.mark.parametrize("emoji", ["✅", "✔\ufe0f", "🔹", "👉"])
def test_lines_opening_with_the_same_emoji_are_a_list(
    emoji: str, heading: str, lines: list[str]
) -> None:
    body = "".join(f"{emoji} {line}\n" for line in lines)
    document = _read(f"Resepsionis Hotel\n\n{heading}\n{body}", "draft.txt")
    assert [b.text for b in document.bullets] == lines


def test_an_emoji_that_decorates_a_heading_stays_a_heading() -> None:
    text = (
        "Data Engineer\n\n✅ Kualifikasi Wajib\nPendidikan minimal S1 Informatika\n"
        "⭐ Nilai Tambah\nPengalaman membangun chatbot\n"
    )
    document = _read(text, "draft.txt")
    assert not document.bullets
    headings = [s.heading.text for s in document.sections if s.heading is not None]
    assert "✅ Kualifikasi Wajib" in headings


# --- JD308: a duty section of one line ---------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "duty", "next_heading"),
    [
        (
            "Responsibilities:",
            "Greet guests at the front desk and handle check-in.",
            "Requirements:",
        ),
        ("Tanggung Jawab :", "Melayani tamu hotel di meja depan dengan ramah", "Kualifikasi :"),
    ],
)
def test_a_duty_section_of_one_line_lists_one_duty(
    heading: str, duty: str, next_heading: str
) -> None:
    text = f"Receptionist\n\n{heading}\n{duty}\n\n{next_heading}\n- Jujur\n- Teliti\n"
    assert _duties(_read(text, "draft.txt")) == [duty]
    assert _codes(text, "draft.txt", "JD308") == [3]


@pytest.mark.parametrize(
    "body",
    [
        "You will greet our guests. You will also handle check-in.\n",  # prose: JD307's
        "Greet guests at the front desk\nHandle check-in and check-out\n",  # two lines
    ],
)
def test_more_than_one_sentence_or_line_is_not_a_lone_duty(body: str) -> None:
    text = f"Receptionist\n\nResponsibilities:\n{body}\nRequirements:\n- Honest\n- Careful\n"
    assert len(_duties(_read(text, "draft.txt"))) != 1


# --- HTML: bold sub-headings inside a list ----------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "groups"),
    [
        (
            "Requirements",
            [
                ("Technical skills", ["Five years of SQL.", "Experience with Python."]),
                ("Soft skills", ["Clear writing.", "Patience with customers."]),
            ],
        ),
        (
            "Kualifikasi",
            [
                ("Teknis", ["Menguasai Excel.", "Paham akuntansi dasar."]),
                ("Non-teknis", ["Teliti dan jujur.", "Mampu bekerja dalam tim."]),
            ],
        ),
    ],
)
def test_html_bold_items_over_plain_ones_are_sub_headings(
    heading: str, groups: list[tuple[str, list[str]]]
) -> None:
    items = "".join(
        f"<li><strong>{label}</strong></li>" + "".join(f"<li>{item}</li>" for item in rows)
        for label, rows in groups
    )
    text = f"<h2>{heading}</h2><ul>{items}</ul>"
    document = _read(text, "draft.html")
    assert [b.text for b in document.bullets if b.subheading] == [g[0] for g in groups]
    assert _codes(text, "draft.html", "JD306") == []


@pytest.mark.parametrize(
    "items",
    [
        "<li><b>SQL</b></li><li><b>Python</b></li><li><b>Looker</b></li>",
        # bold for weight: two bold items in a row, a list that opens plain
        "<li><b>SQL—Intermediate</b></li><li><b>Python—Basic</b></li><li>HTML</li>"
        "<li><b>Looker</b></li><li>Grafana</li>",
        "<li>Menguasai Excel</li><li><b>Paham pajak</b></li><li>Teliti</li>",
    ],
)
def test_html_items_in_bold_for_weight_stay_items(items: str) -> None:
    text = f"<h2>Skills</h2><ul>{items}</ul>"
    assert not any(b.subheading for b in _read(text, "draft.html").bullets)


# --- numbered group headings over bullets -------------------------------------------------------


@pytest.mark.parametrize(
    ("heads", "items"),
    [
        (
            ["Sales Data Analysis", "Finance Support"],
            ["Analyse the sales of each site", "Track the delivery times", "Review the margins"],
        ),
        (
            ["Analisis Data Penjualan", "Dukungan Keuangan"],
            ["Menganalisis penjualan tiap cabang", "Memantau waktu kirim", "Memeriksa margin"],
        ),
    ],
)
def test_numbered_lines_over_bulleted_ones_head_groups(heads: list[str], items: list[str]) -> None:
    text = (
        f"Data Analyst\n\nKey Responsibilities:\n1.\t{heads[0]}\n"
        + "".join(f"·\t{item}\n" for item in items[:2])
        + f" 2.\t{heads[1]}\n·\t{items[2]}\n·\tPrepare the monthly summary\n"
    )
    document = _read(text, "draft.txt")
    assert [b.text for b in document.bullets if b.subheading] == heads
    assert _codes(text, "draft.txt", "JD306") == []


def test_a_numbered_list_with_one_odd_marker_still_mixes_markers() -> None:
    text = "Admin\n\nTugas:\n1. Menyusun laporan\n2. Memeriksa faktur\n- Melatih staf baru\n"
    assert not any(b.subheading for b in _read(text, "draft.txt").bullets)
    assert len(_codes(text, "draft.txt", "JD306")) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kasir\n\nTugas:\nâ€¢ Melayani pembeli\nâ€¢ Menghitung kas\n", "draft.txt"),
        ("<h2>Duties</h2><p>â€¢ Plan the routes<br>â€¢ Brief the drivers</p>", "draft.html"),
        ("## Duties\n\nï‚· Plan the routes\nï‚· Brief the drivers\n", "draft.md"),
    ],
)
def test_a_garbled_bullet_is_a_marker_and_still_reported_as_garbled(text: str, name: str) -> None:
    assert len(_read(text, name).bullets) == 2
    assert len(_codes(text, name, "JD402")) == 2


# --- JD305: checklists in how to apply ----------------------------------------------------------

CHECKLISTS_EN = """## How to apply

Send us the following:

- Your CV
- A cover letter

Bring to the interview:

- Your CV
- Proof of your right to work
- Your CV
"""


def test_checklists_in_how_to_apply_share_items_on_purpose() -> None:
    """The CV to send and the CV to bring are two checklists, not a repeat; a CV named twice
    in one checklist still is."""
    assert _codes(CHECKLISTS_EN, "apply.md", "JD305") == [12]


def test_checklists_elsewhere_are_still_compared() -> None:
    text = CHECKLISTS_EN.replace("## How to apply", "## Requirements")
    text = text.replace("Send us the following:", "Essential:").replace(
        "Bring to the interview:", "Desirable:"
    )
    assert _codes(text, "req.md", "JD305") == [10, 12]
