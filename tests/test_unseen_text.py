"""Shapes met on real postings nobody tuned on (issue 8): front matter that lost its opening
``---``, placeholders that are not slots, tags a Markdown site renders, sentences hidden by
damaged text, and titles in running text. Every draft is invented, in a real posting's shape."""

from __future__ import annotations

from jdlint.config import default_config
from jdlint.lint import lint_text
from jdlint.parse import parse_document


def fired(text: str, name: str, rule: str) -> list[str]:
    """The text each diagnostic of *rule* covers in *text*, linted as *name*."""
    result = lint_text(text, name, default_config())
    return [
        text[diagnostic.offset : diagnostic.end_offset]
        for diagnostic in result.diagnostics
        if diagnostic.rule == rule
    ]


HEADLESS_EN = """\
################################################################
# HOW TO USE THIS TEMPLATE                                     #
# Replace [Insert team name] and every TBD before publishing.  #
################################################################

# The role's name, shown as the page heading.
title: Platform Engineer
permalink: /join/platform-engineer/
# Dates as YYYY-MM-DD; leave TBD until the hiring manager confirms.
opens: 2026-01-05
closes: TBD
tags:
  - engineering
---

# {{ page.title }}

Harbourline Logistics is hiring a Platform Engineer to keep our booking systems running.

## What you will do

- Build and run the deployment pipeline for our booking services.
- Review changes from other teams and help them ship safely.
"""

HEADLESS_ID = """\
# Catatan: isi [Nama Perusahaan] sebelum tayang.
title: Staf Gudang
lokasi: Cikarang
# gaji: TBD
---

# Staf Gudang

PT Sinar Rumpun membuka lowongan Staf Gudang untuk pusat distribusi kami.

## Tugas

- Menerima dan memeriksa barang masuk.
- Menyusun laporan stok harian.
"""


def test_front_matter_without_its_opening_fence_is_front_matter() -> None:
    document = parse_document(HEADLESS_EN, "platform-engineer.md")
    assert document.front_matter["title"] == "Platform Engineer"
    assert document.front_matter_span is not None
    assert document.text[document.front_matter_span.end - 3 :].startswith("---")
    assert document.title == "Platform Engineer"
    headings = [section.heading.text for section in document.sections if section.heading]
    assert not any("TEMPLATE" in heading or "title:" in heading for heading in headings)


def test_comments_of_headless_front_matter_are_not_placeholders_but_values_are() -> None:
    assert fired(HEADLESS_EN, "platform-engineer.md", "JD401") == ["TBD"]  # closes: TBD
    assert fired(HEADLESS_EN, "platform-engineer.md", "JD706") == []
    assert fired(HEADLESS_ID, "staf-gudang.md", "JD401") == []
    assert parse_document(HEADLESS_ID, "staf-gudang.md").front_matter["lokasi"] == "Cikarang"


def test_markdown_that_only_looks_like_yaml_above_a_rule_stays_markdown() -> None:
    # A heading, a capitalised "Key: value" line and prose above a thematic break.
    for draft in (
        "# Data Analyst\n\nLocation: Leeds\n\n---\n\n## Duties\n\n- Build reports\n",
        "# Staf Admin\n\nKami membuka lowongan.\n---\n\n## Tugas\n\n- Mengarsip dokumen\n",
        "title: Data Analyst\n\nWe are hiring: join us.\n---\n\n- Build reports\n",
    ):
        document = parse_document(draft, "draft.md")
        assert document.front_matter_span is None
        assert document.front_matter == {}


def test_headless_block_that_is_not_a_mapping_stays_markdown() -> None:
    draft = "# Notes\n- first\n- second\n---\n\n# Data Analyst\n\nWe are hiring.\n"
    assert parse_document(draft, "draft.md").front_matter_span is None


PLACEHOLDER_LOOKALIKES_EN = """\
# [FREELANCE] Graphic Designer

Brightwell Studio needs a freelance designer for packaging work.
Read about the team on our [Company careers page]
(https://careers.example.com/design), then send your portfolio.

Start date: TBC
"""

PLACEHOLDER_LOOKALIKES_ID = """\
[URGENT] Staf Gudang - Cikarang

Persyaratan:
Pria, usia maks. 35 tahun
Sehat jasmani dan rohani, bebas TBC dan narkoba
Tidak mengidap penyakit TBC atau hepatitis
Gaji: [Tentukan gaji]
"""


def test_tags_split_links_and_tuberculosis_are_not_placeholders() -> None:
    assert fired(PLACEHOLDER_LOOKALIKES_EN, "designer.md", "JD401") == ["TBC"]
    assert fired(PLACEHOLDER_LOOKALIKES_ID, "gudang.txt", "JD401") == ["[Tentukan gaji]"]


def test_a_capitals_slot_in_running_text_still_fires() -> None:
    draft = "Staf Gudang\n\nKirim lamaran ke [EMAIL HRD] paling lambat [TANGGAL].\n"
    assert fired(draft, "gudang.txt", "JD401") == ["[EMAIL HRD]", "[TANGGAL]"]


def test_a_line_break_tag_in_markdown_is_rendered_not_leftover() -> None:
    markdown = (
        "# Service Designer\n\n## What you will do\n\n"
        "- Improve how customers move between our services<br> and partner channels.\n"
    )
    assert fired(markdown, "designer.md", "JD402") == []
    assert fired(markdown.replace("# ", ""), "designer.txt", "JD402") == ["<br>"]
    indonesian = "# Staf Admin\n\n- Menyusun laporan harian<br>dan mengarsipkan dokumen.\n"
    assert fired(indonesian, "admin.md", "JD402") == []
    assert fired(indonesian.replace("# ", ""), "admin.txt", "JD402") == ["<br>"]


def test_titles_named_with_a_field_after_a_comma_or_run_into_a_clause_are_the_same() -> None:
    same = [
        ("# Finance Analyst\n\nJob title: Analyst, Finance\n", "analyst.md"),
        (
            "# Platform Engineer\n\nJoin Harbourline. As our Platform Engineer Will Design "
            "the deployment pipeline, you will work across teams.\n",
            "engineer.md",
        ),
        ("Front Office\n\nPosisi: Front Office Staff\nLokasi: Bandung\n", "hotel.txt"),
        ("Digital Marketing\n\nPosisi: Digital Marketing Specialist\n", "marketing.txt"),
        (
            "Staf Gudang\n\nPosisi: Staf Gudang akan bertugas menerima barang masuk.\n",
            "gudang.txt",
        ),
    ]
    for text, name in same:
        assert fired(text, name, "JD706") == [], text


def test_titles_that_differ_still_fire_in_both_languages() -> None:
    assert fired("# Finance Analyst\n\nJob title: Analyst, Payroll\n", "a.md", "JD706") == [
        "Analyst, Payroll"
    ]
    assert fired("Operator Mesin\n\nPosisi: Operator Mesin Bubut\n", "a.txt", "JD706") == [
        "Operator Mesin Bubut"
    ]
    assert fired("Staf Gudang\n\nPosisi: Kepala Gudang akan memimpin tim.\n", "a.txt", "JD706") == [
        "Kepala Gudang akan memimpin tim."
    ]


SCRAPED_ID = (
    "Staf Programmer\n\n"
    "Kami mencari programmer untuk tim produk di Yogyakarta.Deskripsi PekerjaanMenulis kode "
    "yang rapi dan terdokumentasi.Menguji fitur baru sebelum rilis.Memperbaiki bug yang "
    "dilaporkan pengguna.Bekerja sama dengan tim desain untuk tampilan aplikasi.Kualifikasi"
    "Memiliki pengalaman minimal satu tahun dengan PHP dan Laravel.Mampu bekerja dalam tim "
    "maupun individu.Bersedia ditempatkan di Yogyakarta.\n"
)


def test_list_items_run_together_by_a_scrape_are_sentences_of_their_own() -> None:
    assert fired(SCRAPED_ID, "programmer.txt", "JD702") == []
    result = lint_text(SCRAPED_ID, "programmer.txt", default_config())
    assert result.stats["sentences"] >= 8
    glued = (
        "Data Analyst\n\nRequirements\nStrong SQL skillsData visualisation in any toolClear "
        "writing for busy readersExperience with dbt or a similar tool\n"
    )
    result = lint_text(glued, "analyst.txt", default_config())
    assert result.stats["sentences"] >= 5


def test_a_garbled_no_break_space_or_bold_does_not_hide_a_sentence_end() -> None:
    sentence = (
        "You will work with the sales, finance and operations teams to understand the "
        "reports they need each week."
    )
    for joint in (".Â\u00a0", ".Â ", ".** **", ".**"):
        text = f"Data Analyst\n\n{sentence[:-1]}{joint}{sentence}\n"
        assert fired(text, "analyst.md", "JD702") == [], joint
    indonesian = (
        "Anda akan bekerja sama dengan tim penjualan dan keuangan untuk menyusun laporan "
        "mingguan yang mereka butuhkan."
    )
    text = f"Staf Admin\n\n{indonesian[:-1]}.Â\u00a0{indonesian}\n"
    assert fired(text, "admin.txt", "JD702") == []


def test_a_run_on_sentence_still_fires() -> None:
    long = " ".join(["Build the weekly reports for every regional sales team"] * 5) + "."
    assert len(fired(f"Data Analyst\n\n{long}\n", "analyst.md", "JD702")) == 1


def test_dotted_abbreviations_are_one_word() -> None:
    bullet = (
        "- A Ph.D. or M.Sc. in statistics, e.g. biostatistics, with published work on "
        "survey design, sampling and weighting for national household panels for public "
        "agencies over at least seven years.\n"
    )
    draft = f"# Research Statistician\n\n## Requirements\n\n{bullet}"
    assert fired(draft, "statistician.md", "JD302") == []  # 29 words, not 32
    indonesian = (
        "- Pendidikan minimal S.Kom. atau S.T. dari jurusan informatika, dengan pengalaman "
        "membangun aplikasi web memakai Vue.js dan Node.js di perusahaan teknologi finansial "
        "selama tiga tahun terakhir di Jakarta Selatan.\n"
    )
    draft = f"# Programmer Web\n\n## Kualifikasi\n\n{indonesian}"
    assert fired(draft, "programmer.md", "JD302") == []


NUMBERED_LEAD_IN = """\
# Site Reliability Engineer

## Qualifications

Specialized experience is:

1. Experience running digital services for a public agency as part of a delivery team. \
This experience must include ALL of the following:
-Supporting the users of a product in production
-Keeping services within agreed availability targets
-Using automated deployment in a production environment

2. Experience advising teams on technical choices. This experience must include ONE of the \
following:
-Running technology evaluations
-Making architecture decisions
"""


def test_a_numbered_lead_in_over_its_sub_items_is_not_a_long_bullet() -> None:
    assert fired(NUMBERED_LEAD_IN, "sre.md", "JD302") == []
    document = parse_document(NUMBERED_LEAD_IN, "sre.md")
    depths = [bullet.depth for bullet in document.bullets]
    assert sorted(depths) == [0, 0, 1, 1, 1, 1, 1]
    # A long item that ends in a full stop, over no sub-items, is still measured.
    single = NUMBERED_LEAD_IN.split("-Supporting")[0].replace("following:", "following.")
    assert len(fired(single, "sre.md", "JD302")) == 1


def test_a_nested_lead_in_item_in_indonesian_is_not_a_long_bullet() -> None:
    draft = (
        "# Staf Administrasi\n\n## Kualifikasi\n\n"
        "1. Berpengalaman di bagian administrasi kantor minimal dua tahun. Pengalaman itu "
        "mencakup semua hal berikut:\n"
        "   - Mengarsipkan dokumen\n   - Menyusun laporan bulanan\n"
    )
    assert fired(draft, "admin.md", "JD302") == []


def test_a_list_flattened_into_one_line_is_read_item_by_item() -> None:
    english = (
        "Data Intern\n\nAbout the internship Responsibilities - Supporting the analytics team "
        "with weekly data checks and clear summaries for managers - Building simple dashboards "
        "in our reporting tool for the finance and operations teams - Cleaning survey data "
        "before it reaches the regional planning and pricing teams - Writing short notes on "
        "what the numbers show for the monthly review What You Bring - A degree in progress\n"
    )
    assert fired(english, "intern.txt", "JD702") == []
    indonesian = (
        "Staf Admin\n\nTugas - Menyusun laporan penjualan harian untuk kepala cabang dan tim "
        "keuangan di kantor pusat - Mengarsipkan dokumen pembelian dan faktur dari pemasok "
        "setiap hari kerja - Memeriksa stok barang di gudang bersama kepala gudang setiap "
        "minggu - Membalas pesan pelanggan dengan cepat\n"
    )
    assert fired(indonesian, "admin.txt", "JD702") == []
    prose = (
        "Data Intern\n\nYou will join our analytics team in Leeds - Yorkshire's largest - and "
        "work on the weekly data checks, the dashboards in our reporting tool, the survey data "
        "for the planning teams and the notes for the monthly review with our managers.\n"
    )
    assert len(fired(prose, "intern.txt", "JD702")) == 1  # two dashes are prose


def test_headless_front_matter_keys_may_have_spaces_but_one_key_is_not_enough() -> None:
    draft = HEADLESS_EN.replace("opens: 2026-01-05", "max applications: 100\nopens: 2026-01-05")
    document = parse_document(draft, "platform-engineer.md")
    assert document.front_matter["max applications"] == 100
    one_key = "summary: we are hiring\n---\n\n# Data Analyst\n\nWe build reports.\n"
    assert parse_document(one_key, "analyst.md").front_matter_span is None


def test_items_glued_after_a_closing_bracket_are_sentences_of_their_own() -> None:
    text = (
        "Staf IT\n\nMemahami pengembangan aplikasi (web, mobile).S1 Teknik Informatika atau "
        "Sistem Informasi dengan pengalaman minimal dua tahun di bidang yang sama (lebih "
        "disukai)Mampu bekerja dalam tim maupun individu dengan target mingguan yang jelas\n"
    )
    result = lint_text(text, "staf-it.txt", default_config())
    assert result.stats["sentences"] == 4  # the title and three items
    assert fired(text, "staf-it.txt", "JD702") == []
