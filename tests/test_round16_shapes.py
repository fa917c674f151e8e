"""Shapes from the held-out postings of precision round 16 (docs/precision.md): a job board's
export that joins its fields with no heading between (the duties, then the requirements, each
a list, or lines whose markers were lost too), and a licence class ending a line ("SIM A").

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.data import section_matcher
from jdlint.parse import parse_document
from tests.shapes import messages


def _parts(text: str, name: str) -> list[tuple[str | None, list[str]]]:
    """Each section with a list: its canonical name and its items."""
    return [
        (section.canonical, [bullet.text for bullet in section.bullets])
        for section in parse_document(text, name).sections
        if section.bullets
    ]


JOINED_FIELDS_TEXT = """Content Creator

CV Sinar Pagi adalah produsen keripik di Malang yang berjualan ke seluruh Jawa Timur.

- Membuat konten video untuk Instagram dan TikTok.
- Menyusun jadwal unggahan mingguan.
- Membalas komentar dan pesan pelanggan.

- Pendidikan minimal D3 semua jurusan
- Memiliki kemampuan menyunting video
- Menguasai Canva dan CapCut
- Teliti dan kreatif
"""


def test_an_export_s_joined_fields_are_the_duties_then_the_requirements() -> None:
    assert _parts(JOINED_FIELDS_TEXT, "post.txt") == [
        (
            "responsibilities",
            [
                "Membuat konten video untuk Instagram dan TikTok.",
                "Menyusun jadwal unggahan mingguan.",
                "Membalas komentar dan pesan pelanggan.",
            ],
        ),
        (
            "qualifications",
            [
                "Pendidikan minimal D3 semua jurusan",
                "Memiliki kemampuan menyunting video",
                "Menguasai Canva dan CapCut",
                "Teliti dan kreatif",
            ],
        ),
    ]
    assert messages(JOINED_FIELDS_TEXT, "post.txt", "JD101") == []


REQUIREMENTS_UNDER_BLURB_HTML = """<h1>Management Trainee</h1>
<p>Bank Sejahtera melayani nasabah usaha kecil di seluruh Sulawesi. Program ini menyiapkan
calon pemimpin cabang melalui pelatihan satu tahun.</p>
<p>- Pendidikan minimal S1 semua jurusan<br />- Memiliki kemampuan analisa yang baik<br />
- Memiliki kemampuan negosiasi yang baik<br />- Bersedia ditempatkan di seluruh Sulawesi</p>
"""


def test_requirements_listed_under_the_blurb_with_no_heading_are_the_requirements() -> None:
    found = messages(REQUIREMENTS_UNDER_BLURB_HTML, "post.html", "JD101")
    assert "JD101 Missing section: qualifications" not in found
    assert "JD101 Missing section: responsibilities" in found  # the posting lists no duties


MARKERLESS_FIELDS_TEXT = """Sales Motor

Menawarkan produk ke calon pembeli di area Sidoarjo
Membuat laporan kunjungan harian
Menjaga hubungan baik dengan pelanggan lama

Pendidikan minimal SMA/SMK
Pengalaman penjualan minimal 1 tahun
Mampu mengendarai sepeda motor dan memiliki SIM C
Mampu mengemudikan mobil dan memiliki SIM A
Jujur dan disiplin
"""


def test_lines_of_the_next_field_after_a_blank_line_are_a_list_too() -> None:
    parts = _parts(MARKERLESS_FIELDS_TEXT, "post.txt")
    assert [kind for kind, _items in parts] == ["responsibilities", "qualifications"]
    assert parts[1][1][3] == "Mampu mengemudikan mobil dan memiliki SIM A"


ONE_LIST_OF_DUTIES = """Admin Toko

Toko Bangunan Jaya di Kediri mencari admin untuk toko kami.

- Mencatat penjualan harian
- Menyusun laporan stok
- Melayani pembeli di kasir
- Merapikan nota dan faktur
"""


def test_one_list_of_duties_is_not_split() -> None:
    assert [kind for kind, _items in _parts(ONE_LIST_OF_DUTIES, "post.txt")] == ["responsibilities"]


CLOSING_NOTE = """Admin Toko

- Mencatat penjualan harian
- Menyusun laporan stok
- Melayani pembeli di kasir

Kirim lamaran ke toko.jaya@example.com
Paling lambat 30 Desember
"""


def test_a_closing_note_after_a_list_stays_text() -> None:
    document = parse_document(CLOSING_NOTE, "post.txt")
    assert [b.text for b in document.bullets] == [
        "Mencatat penjualan harian",
        "Menyusun laporan stok",
        "Melayani pembeli di kasir",
    ]


def _named(text: str, name: str) -> list[tuple[str, str | None]]:
    """Each heading and the section it names."""
    return [
        (section.heading.text, section.canonical)
        for section in parse_document(text, name).sections
        if section.heading is not None
    ]


MOJIBAKE_HEADINGS = """<h1>Support Engineer</h1>
<p>Brightline helps clinics book patients online.</p>
<p>What Youâ\x80\x99ll Do</p>
<ul><li>Answer tickets from clinics.</li><li>Write help articles.</li></ul>
<p>What Weâ€™re Looking For</p>
<ul><li>Two years of support experience.</li><li>Clear written English.</li></ul>
"""


def test_headings_whose_quotes_an_export_garbled_still_name_their_sections() -> None:
    assert _named(MOJIBAKE_HEADINGS, "post.html")[1:] == [
        ("What Youâ\x80\x99ll Do", "responsibilities"),
        ("What Weâ€™re Looking For", "qualifications"),
    ]


RUN_ON_POSTING = (
    "<h1>Site Reliability Engineer</h1>\n"
    "Do you enjoy keeping large systems healthy? Northwind Cloud runs the platform that our "
    "analysts and data scientists use every day, and we are growing the team that keeps it "
    "fast and available for customers across three continents and many time zones. "
    "What you'll be doing: Build tools that remove manual work from deployments. Define "
    "reliability metrics for each service. Lead incident reviews without blame "
    "What we need to see: Eight years of experience running production systems. "
    "Strong Python or Go. Experience with Kubernetes\n"
)


def test_a_name_in_sentence_case_run_in_after_an_item_heads_the_next_section() -> None:
    """The posting run onto one line, the last duty's full stop lost before the next name."""
    assert _named(RUN_ON_POSTING, "post.html")[1:] == [
        ("What you'll be doing:", "responsibilities"),
        ("What we need to see:", "qualifications"),
    ]


TITLE_LINE_OVER_LIST = """<h1>Field Sales Trainee</h1>
<p>Harbour Foods is training new sales staff for its shops in the south-west.</p>
<p>What You Will Do</p>
<ul><li>Visit shops in your area each week.</li><li>Take orders and record them.</li></ul>
Why People Enjoy This Role<ul><li>Paid training from day one</li><li>A company car</li></ul>
"""


def test_a_title_shaped_line_right_over_a_list_heads_it() -> None:
    named = _named(TITLE_LINE_OVER_LIST, "post.html")
    assert named[-1][0] == "Why People Enjoy This Role"
    assert named[-1][1] != "responsibilities"


ACRONYM_OF_TITLE = """# Senior Site Reliability Engineer

Northwind Cloud is hiring. As our Senior SRE you will keep the platform fast.
"""


def test_an_acronym_of_the_title_s_words_names_the_title() -> None:
    assert messages(ACRONYM_OF_TITLE, "post.md", "JD706") == []
    other = ACRONYM_OF_TITLE.replace("Senior SRE", "Senior SWE")
    assert len(messages(other, "post.md", "JD706")) == 1


ROLE_HELD_BEFORE = """# Sales Manager

Kami mencari Sales Manager yang berpengalaman minimal 2 tahun sebagai Sales Executive Otomotif.

We want someone with three years of experience as a Sales Executive in retail.
"""


def test_a_role_held_before_is_no_other_name_of_the_title() -> None:
    assert messages(ROLE_HELD_BEFORE, "post.md", "JD706") == []


def test_indian_pay_in_lakhs_a_year_is_a_pay_figure() -> None:
    text = "# Backend Developer\n\n## Compensation\n\n3-5.4 LPA CTC\n"
    assert messages(text, "post.md", "JD106") == []
    assert messages(text.replace("3-5.4 LPA CTC", "Competitive"), "post.md", "JD106")


def test_a_sentence_that_no_one_will_face_discrimination_is_an_equal_opportunity_statement() -> (
    None
):
    text = (
        "# Designer\n\nNo employee or applicant will face discrimination or harassment "
        "based on race, religion, age or disability.\n"
    )
    assert messages(text, "post.md", "JD107") == []


def test_joining_as_names_this_role_even_after_experienced() -> None:
    text = (
        "# Project Manager\n\nWe invite experienced people to join as our Project Manager "
        "Network, CCTV and IoT.\n"
    )
    assert len(messages(text, "post.md", "JD706")) == 1


WHY_JOIN_THE_COMPANY = """# Support Technician

## Key Responsibilities

- Answer calls from partner sites.
- Fix faults in the photo kiosks.

## Why join Magic Lantern Studios?

- Be part of a fun and friendly company.
- Opportunities for growth.
- Work with new technology.
"""


def test_why_join_with_the_company_s_name_heads_the_benefits() -> None:
    assert _named(WHY_JOIN_THE_COMPANY, "post.md")[-1] == (
        "Why join Magic Lantern Studios?",
        "benefits",
    )
    assert messages(WHY_JOIN_THE_COMPANY, "post.md", "JD303") == []


def test_more_about_the_role_at_the_end_is_the_summary() -> None:
    text = (
        "Controller\n\nRESPONSIBILITIES\n\n- Close the books each month.\n- Prepare tax filings.\n"
        "\nREQUIREMENTS\n\n- Five years in accounting.\n- A CPA licence.\n\n"
        "MORE ABOUT THE ROLE\n\nYou will run finance for a fast-growing online shop and report "
        "to the chief executive.\n"
    )
    assert "JD101 Missing section: summary" not in messages(text, "post.txt", "JD101")


def test_what_you_will_own_is_a_name_of_the_duties() -> None:
    """Listed by name, so it heads the duties also run into a flattened line."""
    matcher = section_matcher()
    assert matcher.names_exactly("What You'll Own")
    assert matcher.match("What You'll Own") == "responsibilities"


VALUES_THEN_PERKS = """# Talent Partner

## Responsibilities

- Run hiring for the engineering teams.
- Report hiring figures to the board.

At Lumen we are proud of our values:

- Honesty
- Curiosity
- Care

Join us and you can also look forward to:

- Competitive salaries and bonuses
- Generous paid time off
- Medical and retirement plans
- Enjoy regular company events
"""


def test_lists_under_a_lead_in_sentence_after_the_duties_need_half_their_items_verbs() -> None:
    assert messages(VALUES_THEN_PERKS, "post.md", "JD303") == []


def test_min_opening_an_item_is_no_sentence() -> None:
    text = "# Recruiter\n\n## Persyaratan\n\n- Min. Gelar Sarjana Psikologi atau Teknik Industri\n"
    assert messages(text, "post.md", "JD302") == []


PROJECT_TITLE_TEXT = """---
layout: opening
title: Tide Gauge Archive
role: Design
---

# Product Designer for the Tide Gauge Archive

We are a volunteer group that keeps sea-level records readable for everyone.

## What you will do
- Design the search page of the archive.
- Test the new charts with three coastal councils.
"""


def test_a_front_matter_title_naming_a_project_is_not_the_job_title() -> None:
    assert parse_document(PROJECT_TITLE_TEXT, "job.md").title == (
        "Product Designer for the Tide Gauge Archive"
    )
    assert messages(PROJECT_TITLE_TEXT, "job.md", "JD706") == []


def test_a_front_matter_title_naming_a_post_is_still_compared_with_the_heading() -> None:
    text = PROJECT_TITLE_TEXT.replace("title: Tide Gauge Archive", "title: Archive Manager")
    assert parse_document(text, "job.md").title == "Archive Manager"
    assert len(messages(text, "job.md", "JD706")) == 1


NOTE_AFTER_BREAK_HTML = (
    "<h1>Warehouse Lead</h1><p>Run the night shift at our Bekasi depot.</p>"
    "<h3>How we hire</h3><ul><li>Phone call (20 min)</li><li>Site visit (1 hour)</li>"
    "<li>Meeting with the depot manager (30 min)<br />We answer every applicant within"
    " five working days.</li></ul>\n"
)


def test_a_note_after_a_break_in_the_last_item_is_not_its_ending() -> None:
    assert messages(NOTE_AFTER_BREAK_HTML, "post.html", "JD306") == []


def test_items_that_really_mix_endings_still_fire_around_a_break() -> None:
    text = NOTE_AFTER_BREAK_HTML.replace("Phone call (20 min)", "We call you first.")
    assert len(messages(text, "post.html", "JD306")) == 1
