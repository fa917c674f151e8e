"""Shapes seen on real postings in session 14: traits that run on after the duties in one list
with no heading between (JD303).

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.data import section_matcher
from jdlint.parse import parse_document
from jdlint.text import sentence_spans
from tests.shapes import messages

TRAITS_AFTER_DUTIES_EN = """# Frontend Developer

Pixel Harbour is a digital agency in Sydney, and we are hiring a frontend developer to join our
product team.

- Build responsive interfaces for our clients
- Review pull requests from the team
- Ship small features every week
- Pair with designers on new layouts
- You're good at explaining technical ideas to clients
- Patient with people who are new to the web
"""

TRAITS_AFTER_DUTIES_ID = """# Staf Administrasi

PT Sinar Laut adalah perusahaan logistik di Surabaya. Kami mencari staf administrasi.

- Menyusun laporan pengiriman harian
- Mengarsipkan dokumen pelanggan
- Membantu tim keuangan saat tutup buku
- Teliti dan rapi dalam bekerja
- Komunikatif dan ramah kepada pelanggan
"""


def test_traits_after_the_duties_of_an_unheaded_list_are_not_duties() -> None:
    for text in (TRAITS_AFTER_DUTIES_EN, TRAITS_AFTER_DUTIES_ID):
        assert messages(text, "draft.md", "JD303") == []


def test_a_noun_duty_before_the_last_verb_of_an_unheaded_list_still_fires() -> None:
    text = TRAITS_AFTER_DUTIES_EN.replace(
        "- Ship small", "- Client relationships across the region\n- Ship small"
    )
    assert messages(text, "draft.md", "JD303") == [
        'JD303 Responsibility starts with "Client relationships across"; open with an action verb'
    ]
    text = TRAITS_AFTER_DUTIES_ID.replace(
        "- Mengarsipkan", "- Pengarsipan dokumen pelanggan\n- Mencatat surat masuk\n- Mengarsipkan"
    )
    assert messages(text, "draft.md", "JD303") == [
        'JD303 Responsibility starts with "Pengarsipan dokumen pelanggan"; open with an action verb'
    ]


def test_a_headed_duty_list_still_reports_a_trait() -> None:
    text = TRAITS_AFTER_DUTIES_EN.replace(
        "- Build responsive", "## Responsibilities\n\n- Build responsive"
    )
    assert 'JD303 Responsibility starts with "Patient with people"; open with an action verb' in (
        messages(text, "draft.md", "JD303")
    )


BOLD_GROUPS_UNDER_A_LABEL = """**Field Engineer**

**About the role:**

We are hiring a field engineer to keep our solar farms in the Bekaa valley running.

**Responsibilities:**

**Site Maintenance**

- Inspect inverters and panels every week.
- Replace worn cables and connectors.

**Reporting**

- Log every fault in the maintenance system.
- Send a monthly summary to the operations lead.

**Requirements:**

- Two years of work on electrical installations.
"""


def test_a_label_over_bold_group_headings_of_its_kind_is_not_empty() -> None:
    assert messages(BOLD_GROUPS_UNDER_A_LABEL, "draft.md", "JD102") == []
    emptied = BOLD_GROUPS_UNDER_A_LABEL.replace("**Site Maintenance**", "**Our Sites**").replace(
        "- Inspect inverters and panels every week.\n- Replace worn cables and connectors.",
        "We run four farms across the valley.",
    )
    assert messages(emptied.split("**Reporting**")[0], "draft.md", "JD102") == [
        'JD102 Section "Responsibilities" is empty'
    ]


OPENING_SENTENCE = (
    "Meshline Ltd. (an open-source routing engine) is looking for a backend developer to join"
    " our core team on a full-time basis in the Lviv office."
)
SENTENCE_IN_HEADING_TYPE = f"""---
position: Backend Developer
location: Lviv, Ukraine
---
##### {OPENING_SENTENCE}

### Requirements:
Three years of work with Go;

Knowledge of PostgreSQL.

### Responsibilities:
Design and build new routing APIs;

Review the code of other team members.
"""


def test_a_long_sentence_set_as_a_heading_is_the_summary() -> None:
    assert "JD101 Missing section: summary" not in messages(
        SENTENCE_IN_HEADING_TYPE, "draft.md", "JD101"
    )
    document = parse_document(SENTENCE_IN_HEADING_TYPE, "draft.md")
    assert [section.canonical for section in document.sections][:2] == ["summary", "qualifications"]


def test_a_long_sentence_heading_over_its_own_list_still_heads_it() -> None:
    text = SENTENCE_IN_HEADING_TYPE.replace(
        "\n### Requirements:\n", "\n- Three years of work with Rust.\n\n### Requirements:\n"
    )
    headings = [
        section.heading.text
        for section in parse_document(text, "draft.md").sections
        if section.heading
    ]
    assert headings[0].startswith("Meshline Ltd.")


BUILT_PAGE = """<!doctype html>
<html><head><title>Support Engineer | Tidewater</title></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li>
<li><a href="/team">Team</a></li><li><a href="/values">Values</a></li></ul></nav></header>
<main>
<h1>Support Engineer</h1>
<p>Tidewater builds booking software for ferry operators, and we are hiring a support engineer
to help our customers in Lisbon.</p>
<h2>Responsibilities</h2>
<ul><li>Answer customer tickets within one working day.</li>
<li>Reproduce reported bugs and write them up for the developers.</li></ul>
<h2>Requirements</h2>
<ul><li>Two years of customer support for a software product.</li></ul>
</main>
<footer><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li>
<li><a href="/team">Team</a></li><li><a href="/values">Values</a></li></ul></nav>
<h5>Technical</h5><ul><li><a href="#">GitHub</a></li><li><a href="#">Documentation</a></li></ul>
<p>This site is licensed under a Creative Commons licence.</p></footer>
</body></html>
"""


def test_a_built_page_is_read_without_its_navigation_and_footer() -> None:
    found = messages(BUILT_PAGE, "job.html", "JD305", "JD303", "JD705")
    assert found == []
    document = parse_document(BUILT_PAGE, "job.html")
    assert "Documentation" not in [bullet.text for bullet in document.bullets]
    assert "Home" not in document.text


def test_a_footer_is_read_where_the_page_marks_no_content() -> None:
    fragment = (
        "<h2>Responsibilities</h2><ul><li>Answer customer tickets.</li></ul>"
        "<footer><p>We are an equal opportunity employer.</p></footer>"
    )
    assert messages(fragment, "job.html", "JD107") == []
    unclosed = "<nav><p>Home</p><h2>Responsibilities</h2><ul><li>Answer tickets.</li></ul>"
    assert "Answer tickets." in [
        bullet.text for bullet in parse_document(unclosed, "j.html").bullets
    ]


def test_a_short_form_of_a_title_word_names_the_same_title() -> None:
    draft = (
        "---\ntitle: Senior Program Coordinator, Network\n---\n"
        "# Sr Program Coordinator, Network\n\nWe are hiring.\n"
    )
    assert messages(draft, "draft.md", "JD706") == []
    other = draft.replace("# Sr Program", "# Junior Program")
    assert messages(other, "draft.md", "JD706") == [
        'JD706 Job title "Junior Program Coordinator, Network" differs from "Senior Program '
        'Coordinator, Network" (line 2)'
    ]


def test_a_company_named_bros_is_not_a_culture_signal() -> None:
    text = "# Level Designer\n\nWe build games for Warner Bros. Games. We hire bros only.\n"
    assert messages(text, "draft.md", "JD803") == [
        'JD803 Exclusionary culture signal "bros": describe how the team works instead'
    ]


def test_an_indonesian_abbreviation_does_not_end_a_sentence() -> None:
    item = "Surat Ket. Sehat dari dokter dan fotokopi KTP"
    assert [item[span.start : span.end] for span in sentence_spans(item)] == [item]


def test_an_aside_after_a_full_stop_and_a_markdown_line_break_end_a_sentence() -> None:
    draft = (
        "# Platform Engineer\n\n## Requirements\n\n"
        "* Three years of work on distributed systems.\n"
        "* Experience running Kubernetes in production.\n"
        "* Interest in peer-to-peer networks. (Not required, but a bonus!)\n"
        "* Experience working with remote teams.\\\n"
    )
    assert messages(draft, "draft.md", "JD306") == []
    fragment = draft.replace("remote teams.\\\n", "remote teams\n")
    assert messages(fragment, "draft.md", "JD306") == [
        "JD306 List mixes full sentences ending in a full stop with fragments"
    ]


PAY_FIRST = """About the job

Harbourline builds routing software for ferry operators. We are a team of forty in Halifax.

We are looking for a Software Developer.

Total Target Compensation

CAD $90,000 - $120,000 a year, including a base salary and an equity grant.

About The Role

Join Harbourline as a software developer and build the tools our operators use every day.

What You'll Do

Build features from design to release.
Review the code of your teammates.
Fix bugs reported by operators.

Who You Are

Three years of experience building web applications.
Comfortable with Python and PostgreSQL.

Benefits

Health and dental insurance from day one.
Four weeks of paid vacation.
"""


def test_a_pay_block_placed_first_is_not_out_of_order() -> None:
    assert messages(PAY_FIRST, "draft.txt", "JD104") == []


def test_a_job_board_wrapper_is_no_second_summary() -> None:
    assert messages(PAY_FIRST, "draft.txt", "JD103") == []
    twice = PAY_FIRST + "\nAbout The Role\n\nYou will also mentor two junior developers.\n"
    assert messages(twice, "draft.txt", "JD103") == [
        'JD103 Second "summary" section; merge it with the first'
    ]


ONE_PARAGRAPH_PER_ITEM_EN = """# Java Developer

Northwind Labs is hiring a Java developer for its Lviv office.

### Requirements:
Two years of hands-on experience with Java;

Working knowledge of Spring Boot;

Deep understanding of OOP;

Knowledge of Git and Linux.

### We offer:
Work on an open-source platform used by thousands of teams;

Flexible working hours;

Paid English lessons;

Sports compensation;

Medical insurance;

Team events twice a year;

A modern office near the city centre.
"""

ONE_PARAGRAPH_PER_ITEM_ID = """Lowongan Kasir - Toko Roti Mentari

Posisi: Kasir
Lokasi: Bogor

Kualifikasi

Lulusan minimal SMA

Teliti dan jujur

Bisa mengoperasikan komputer

Benefit

Gaji pokok bulanan

Uang makan

Bonus penjualan

Tunjangan Hari Raya (THR)
"""


def test_a_list_written_one_paragraph_per_item_is_a_list() -> None:
    document = parse_document(ONE_PARAGRAPH_PER_ITEM_EN, "draft.md")
    assert [len(item_list.bullets) for item_list in document.lists] == [4, 7]
    assert messages(ONE_PARAGRAPH_PER_ITEM_EN, "draft.md", "JD301") == [
        "JD301 List has 7 items; keep it to 6 or fewer"
    ]
    document = parse_document(ONE_PARAGRAPH_PER_ITEM_ID, "draft.txt")
    assert [bullet.text for bullet in document.lists[-1].bullets] == [
        "Gaji pokok bulanan",
        "Uang makan",
        "Bonus penjualan",
        "Tunjangan Hari Raya (THR)",
    ]
    assert messages(ONE_PARAGRAPH_PER_ITEM_ID, "draft.txt", "JD102") == []


def test_paragraphs_of_sentences_under_a_heading_stay_paragraphs() -> None:
    text = (
        "# Java Developer\n\n## About us\n\nWe build tools for ferry operators.\n\n"
        "We value kind code reviews.\n\nWe meet in person once a month.\n"
    )
    assert parse_document(text, "draft.md").lists == []


TAB_LABELS = """Data Science Rotation Programme

Share this role
The programme offers three six-month rotations across the divisions of Brightwater Funds.

Job description
Benefits and rewards
Core Responsibilities

Builds queries that prepare data for statistical models.
Presents findings to business partners every month.
Qualifications

Degree in statistics or a related field, or equal experience.
"""


def test_tab_labels_pasted_with_the_text_are_no_sections() -> None:
    assert messages(TAB_LABELS, "draft.txt", "JD102", "JD104") == []
    spaced = TAB_LABELS.replace("Benefits and rewards\n", "\nBenefits and rewards\n\n")
    assert 'JD102 Section "Benefits and rewards" is empty' in messages(spaced, "draft.txt", "JD102")


def test_the_team_s_experience_in_the_benefits_is_no_demand() -> None:
    text = (
        "# Java Developer\n\n## Requirements\n\n- Three years of work with Java.\n\n"
        "## We offer\n\n- A team without bureaucracy with 13+ years of experience.\n"
        "- Flexible working hours.\n"
    )
    assert messages(text, "draft.md", "JD602") == []
    demand = text.replace("Three years of work", "15+ years of experience")
    assert messages(demand, "draft.md", "JD602") == [
        "JD602 Asks for 15 years of experience (more than 10): ask for the skills instead"
    ]


def test_bonus_points_if_heads_the_preferred_requirements() -> None:
    assert section_matcher().match("Bonus Points If:") == "qualifications"


def test_other_tasks_closing_a_list_of_named_duties_is_no_catch_all() -> None:
    text = (
        "# Program Coordinator\n\n## Responsibilities\n\n"
        "- Keep the case docket, send the newsletter, schedule meetings, and conduct other "
        "administrative tasks.\n"
        "- Other administrative tasks as assigned.\n"
    )
    assert messages(text, "draft.md", "JD304") == [
        'JD304 Vague duty "Other administrative tasks as assigned": say what the work is'
    ]


def test_a_sex_alone_in_an_html_list_item_is_a_requirement() -> None:
    text = (
        "<h3>Kriteria Umum</h3>\n<ul>\n    <li>Laki-laki</li>\n"
        "    <li>Pendidikan minimal SMA/SMK</li>\n</ul>\n"
    )
    assert messages(text, "lowongan.html", "JD507") == [
        'JD507 Sex requirement "Laki-laki": the job must be open to everyone'
    ]


def test_duties_written_one_sentence_paragraph_each_are_a_duty_list() -> None:
    text = (
        "<h2>OPERATOR MESIN CETAK</h2>\n<h3>Detail Lowongan</h3>\n"
        "<p>Melaksanakan pekerjaan sesuai surat perintah kerja.</p>\n"
        "<p>Melakukan perawatan ringan pada mesin.</p>\n"
        "<p>Mencari warna adukan untuk pesanan khusus.</p>\n"
        "<h3>Kriteria Umum</h3>\n<ul><li>Pendidikan minimal SMA/SMK</li></ul>\n"
    )
    document = parse_document(text, "lowongan.html")
    duties = [s for s in document.sections if s.canonical == "responsibilities"]
    assert [len(section.bullets) for section in duties] == [3]
    assert "JD101 Missing section: responsibilities" not in messages(text, "l.html", "JD101")
