"""Shapes from the held-out postings of precision round 13 (docs/precision.md): sources jdlint
was never tuned on, with HTML entities and hard line breaks in Markdown, job sites' level-one
section headings, scrapes that run a section name into its first duty, and duty lists whose
line breaks were lost under "Deskripsi Pekerjaan".

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.parse import parse_document
from tests.shapes import messages as _messages


def _lists(text: str, name: str) -> dict[str | None, list[str]]:
    """The items of each section, by heading."""
    return {
        section.heading.text if section.heading else None: [b.text for b in section.bullets]
        for section in parse_document(text, name).sections
    }


def _kinds(text: str, name: str) -> list[tuple[str | None, str | None]]:
    return [
        (section.canonical, section.heading.text if section.heading else None)
        for section in parse_document(text, name).sections
    ]


ENTITY_CHECKLIST_EN = """# Software Tester

Our testers join every project from the first sketch to the release.

Required Qualities:

&#10004; A curious and careful way of working{BR}
&#10004; Clear writing about what you found{BR}
&#10004; Calm under deadlines{BR}

## Pay

Salary: &pound;38,000 &ndash; &pound;42,000 a year.
""".replace("{BR}", "  ")

ENTITY_CHECKLIST_ID = """# Penguji Perangkat Lunak

Penguji kami ikut dalam setiap proyek dari rancangan pertama sampai rilis.

## Kualifikasi

&#10004; Teliti dan rapi dalam bekerja{BR}
&#10004; Mampu menulis laporan temuan dengan jelas{BR}
&#10004; Tenang saat tenggat waktu{BR}

## Gaji

Gaji Rp 6.000.000&ndash;Rp 7.000.000 per bulan.
""".replace("{BR}", "  ")


def test_entity_bullets_on_hard_broken_lines_are_a_list_in_markdown() -> None:
    lists = _lists(ENTITY_CHECKLIST_EN, "tester.md")
    assert lists["Required Qualities:"] == [
        "A curious and careful way of working",
        "Clear writing about what you found",
        "Calm under deadlines",
    ]
    assert ("qualifications", "Required Qualities:") in _kinds(ENTITY_CHECKLIST_EN, "tester.md")
    assert len(_lists(ENTITY_CHECKLIST_ID, "penguji.md")["Kualifikasi"]) == 3


def test_entities_in_markdown_are_rendered_text_not_leftovers() -> None:
    for text, name in ((ENTITY_CHECKLIST_EN, "tester.md"), (ENTITY_CHECKLIST_ID, "penguji.md")):
        assert _messages(text, name, "JD402", "JD106") == []
    plain = "Software Tester\n\nSalary&nbsp;and benefits are reviewed yearly.\n"
    assert _messages(plain, "tester.txt", "JD402") == ['JD402 Markup leftover "&nbsp;"']
    escaped = "# Tester\n\nSalary&amp;nbsp;and benefits.\n"
    assert _messages(escaped, "tester.md", "JD402") == ['JD402 Markup leftover "&amp;nbsp;"']


def test_a_heading_that_carries_its_value_is_not_empty() -> None:
    en = "# Designer\n\nWe design forms.\n\n### Salary: £46,000 - £55,000\n\n## Duties\n- Design.\n"
    id_ = "# Desainer\n\nKami merancang.\n\n### Gaji: Rp 8.000.000\n\n## Tugas\n- Merancang.\n"
    assert _messages(en, "designer.md", "JD102") == []
    assert _messages(id_, "desainer.md", "JD102") == []


RUN_IN_NAME_EN = (
    "Apartment Sales Executive\n\n"
    "Join our team to grow our apartment rental business from the first call to the signed"
    " lease. The role is open at several levels of experience, and we place each hire by what"
    " they bring. Key Responsibilities Manage each rental from the first viewing to the signed"
    " lease. Build good relationships with owners and tenants. Keep the customer database"
    " accurate and up to date. Report weekly on the leads in your area.\n"
)

RUN_IN_NAME_ID = (
    "Sales Properti\n\n"
    "Bergabunglah bersama tim kami untuk mengembangkan bisnis sewa apartemen dari awal hingga"
    " akhir. Posisi ini terbuka untuk berbagai tingkat pengalaman sesuai kemampuan kandidat."
    " Key Responsibilities Mengelola proses sewa unit apartemen dari awal hingga closing."
    " Menjalin kerja sama dengan pemilik unit apartemen. Mengelola database pelanggan secara"
    " akurat. Melaporkan prospek di wilayah setiap minggu.\n"
)


def test_a_section_name_run_into_its_first_duty_heads_the_sentences_after_it() -> None:
    for text, name in ((RUN_IN_NAME_EN, "sales.txt"), (RUN_IN_NAME_ID, "sales-id.txt")):
        assert ("responsibilities", "Key Responsibilities") in _kinds(text, name)
        messages = _messages(text, name, "JD101", "JD307")
        assert "JD101 Missing section: responsibilities" not in messages
        assert any(message.startswith("JD307") for message in messages)


def test_a_line_opening_with_a_section_name_is_not_cut_there() -> None:
    text = (
        "Data Engineer\n\n"
        "Our Mission Software business builds the command systems that keep ports and airports"
        " running through every season, and it has grown every year since it started. We work"
        " with partners in nine countries and keep our systems safe and simple to run.\n"
    )
    assert ("about-company", "Our Mission") not in _kinds(text, "data.txt")


LOST_BREAKS_ID = """Supervisor Sales

Deskripsi Pekerjaan
Memastikan
target
penjualan tercapai di setiap toko
Mencari pelanggan baru dan menjaga hubungan dengan pelanggan lama
Membantu tim keuangan menagih pembayaran yang terlambat
Menyusun laporan penjualan mingguan
Persyaratan
Usia maksimal 35 tahun
"""

LOST_BREAKS_EN = """Sales Supervisor

Job Description
Make sure
the sales
targets are met in every store
Find new customers and keep good relations with current ones
Help the finance team collect late payments
Prepare the weekly sales report
Requirements
Three years in retail sales
"""


def test_duty_lines_broken_mid_sentence_under_a_job_description_are_the_duties() -> None:
    for text, name, heading in (
        (LOST_BREAKS_ID, "spv.txt", "Deskripsi Pekerjaan"),
        (LOST_BREAKS_EN, "spv-en.txt", "Job Description"),
    ):
        assert ("responsibilities", heading) in _kinds(text, name)
        messages = _messages(text, name, "JD101", "JD201")
        assert "JD101 Missing section: summary" in messages
        assert not any(message.startswith("JD201") for message in messages)


def test_level_one_section_headings_are_no_second_title() -> None:
    en = """---
title: Head of Operations
---

We keep the lights on for a shop used by two million people.

# In the role you will:

- Run the on-call rota for the platform team.
- Plan the yearly capacity of our systems.

# We get excited about candidates who have the following

- Five years of running production systems.
"""
    id_ = """---
title: Kepala Operasional
---

Kami menjaga toko daring yang dipakai dua juta orang tetap berjalan.

# Yang akan kamu kerjakan:

- Mengatur jadwal piket tim platform.
- Merencanakan kapasitas sistem setiap tahun.

# Kualifikasi

- Pengalaman lima tahun mengelola sistem produksi.
"""
    assert _messages(en, "ops.md", "JD706") == []
    assert _messages(id_, "ops-id.md", "JD706") == []
    assert ("qualifications", "We get excited about candidates who have the following") in _kinds(
        en, "ops.md"
    )


def test_questions_to_the_reader_are_no_duties() -> None:
    text = """Full Stack Developer

We are looking for developers who love travel as much as code.
Are you a programmer who can pick up any language?
Do you want to make travel easier for millions of people?
Can you find a way through any problem, however hard?
Requirements
Three years of web development
"""
    assert _messages(text, "dev.txt", "JD303") == []
