"""Shapes behind wrong firings on tuning-half postings (docs/precision.md): text pasted from a
web page keeps one line per heading and item with no blank line between, so a heading the
reader sees ("Be Part of Our Success", a misspelt "Responsibilites", a lead-in ending in ":")
sits inside a paragraph, above items whose markers were lost (JD101, JD201, JD303).

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.config import default_config
from jdlint.lint import lint_text
from jdlint.parse import parse_document


def _messages(text: str, name: str, *codes: str) -> list[str]:
    result = lint_text(text, name, default_config())
    return [f"{d.rule} {d.message}" for d in result.diagnostics if d.rule in codes]


def _sections(text: str, name: str) -> list[tuple[str | None, str | None, int]]:
    """Each section's kind, heading and number of list items."""
    document = parse_document(text, name)
    return [
        (section.canonical, section.heading.text if section.heading else None, len(section.bullets))
        for section in document.sections
    ]


TITLED_DUTIES_EN = """Field Service Engineer

Kestrel Pumps builds irrigation pumps for farms across three provinces.
The Field Service Engineer keeps our pumps running through the dry season.
Join Our Crew
Install and commission pumps at customer farms
Diagnose faults in motors, valves and controllers
Train farm staff to run and clean their pumps
Write a short service report after each visit
Requirements
Two years of experience with electrical equipment
A driving licence
"""


def test_a_title_case_line_over_unmarked_duties_heads_them() -> None:
    sections = _sections(TITLED_DUTIES_EN, "engineer.txt")
    assert ("responsibilities", "Join Our Crew", 4) in sections
    assert _messages(TITLED_DUTIES_EN, "engineer.txt", "JD101") == []


def test_a_misspelt_one_word_heading_over_duties_after_the_summary_heads_them() -> None:
    text = """Account Manager

Job description:
Nusa Logistics is looking for an account manager to grow its accounts in East Java.
Responsibilites
Visit each key account at least once a month
Prepare quarterly business reviews with the operations team
Negotiate rate renewals within the approved margins
Requirements
Three years in B2B sales
"""
    sections = _sections(text, "am.txt")
    assert ("responsibilities", "Responsibilites", 3) in sections
    messages = _messages(text, "am.txt", "JD101", "JD201")
    assert "JD101 Missing section: responsibilities" not in messages
    assert not any(message.startswith("JD201") for message in messages)


def test_an_indonesian_title_over_unmarked_duties_heads_them() -> None:
    text = """Staf Administrasi Gudang

Tentang Kami
CV Tirta Makmur adalah distributor air minum kemasan di Malang dan sekitarnya.
Yang Akan Kamu Kerjakan
Mencatat barang masuk dan keluar gudang setiap hari
Menyusun laporan stok mingguan untuk kepala gudang
Memeriksa kesesuaian faktur dengan barang yang diterima
Kualifikasi
Pendidikan minimal SMA/SMK
Teliti dan jujur
"""
    sections = _sections(text, "gudang.txt")
    assert ("responsibilities", "Yang Akan Kamu Kerjakan", 3) in sections
    messages = _messages(text, "gudang.txt", "JD101")
    assert "JD101 Missing section: responsibilities" not in messages


def test_semicolons_closing_unmarked_items_do_not_join_them_into_prose() -> None:
    text = TITLED_DUTIES_EN.replace(
        "Install and commission pumps at customer farms",
        "Install and commission pumps at customer farms;",
    ).replace("Train farm staff to run and clean their pumps", "Train farm staff; and")
    assert ("responsibilities", "Join Our Crew", 4) in _sections(text, "engineer.txt")


def test_a_lead_in_inside_a_paragraph_heads_the_objects_of_its_verb() -> None:
    text = """Platform Engineer

About Us
Lintas Data runs traffic cameras for city councils.
You'll support our operations lead on deployments that involve:
Camera image pipelines
Log analytics for council dashboards
Encrypted cloud storage
Key Responsibilities
Package and deploy camera software
Write automation scripts for the team
"""
    lead_in = "You'll support our operations lead on deployments that involve:"
    assert any(heading == lead_in and items == 3 for _, heading, items in _sections(text, "pe.txt"))
    assert _messages(text, "pe.txt", "JD303") == []


def test_a_title_over_prose_lines_stays_prose() -> None:
    text = """Barista

Our Story
We opened our first cafe in Bandung with one espresso machine and two tables.
Our Roots
Our founder learned to roast beans from her grandmother in Garut.
Today we run nine cafes across West Java and roast every bean ourselves.
Most of our baristas started with us as students and stayed for years.
What You Will Do
- Prepare espresso drinks to our recipes
- Keep the bar clean through the shift
"""
    headings = [heading for _, heading, _ in _sections(text, "barista.txt")]
    assert "Our Roots" not in headings


def test_job_highlights_are_the_summary_not_duties() -> None:
    text = """Machine Learning Engineer

Job Highlights
Expertise in recommendation systems.
Proficiency in Python and SQL.
Build models that rank products for shoppers.
Responsibilities
Train and evaluate ranking models
Ship models behind feature flags
"""
    sections = _sections(text, "mle.txt")
    assert sections[1][:2] == ("summary", "Job Highlights")
    assert not any(message.startswith("JD303") for message in _messages(text, "mle.txt", "JD303"))


# --- job details in running text ----------------------------------------------------------------


def _location_missing(opening: str) -> bool:
    text = f"""Sopir Pribadi

{opening}

Tugas:
- Mengantar anggota keluarga ke sekolah dan kantor
- Merawat kebersihan mobil

Kualifikasi:
- SIM A aktif
"""
    return "JD105 No location stated" in _messages(text, "sopir.txt", "JD105")


def test_a_placement_in_an_area_named_mid_sentence_states_the_location() -> None:
    assert not _location_missing(
        "Kami mencari sopir yang sabar dan rapi penempatan di area perumahan Graha Asri Malang."
    )
    assert not _location_missing("We are hiring a patient driver for an on-site role in Malang.")


def test_willingness_to_be_placed_out_of_town_states_no_location() -> None:
    assert _location_missing("Bersedia penempatan di luar kota.")


# --- a posting flattened onto one line -------------------------------------------------------

FLATTENED_EN = (
    "Platform Engineer · Remote · Full-time. About us: Lumen runs observability tooling for"
    " hospitals and clinics across the region, with a small team in three countries and many"
    " customers. What You'll Do: · Run our Kubernetes clusters. · Build alerting with Grafana."
    " · Tune Prometheus. Education and Experience: · A degree in computing or equivalent"
    " experience. · Three years running Linux in production. · Clear written English."
)


def test_two_section_names_joined_by_and_make_one_heading_in_a_flattened_line() -> None:
    document = parse_document(FLATTENED_EN, "flat.txt")
    duties = next(s for s in document.sections if s.canonical == "responsibilities")
    assert duties.bullets[-1].text == "Tune Prometheus."
    headings = [s.heading.text for s in document.sections if s.heading]
    assert "Education and Experience:" in headings
    assert _messages(FLATTENED_EN, "flat.txt", "JD306") == []


def test_a_flattened_indonesian_line_keeps_two_joined_names_together() -> None:
    text = (
        "Staf Gudang · Surabaya. Tentang kami: UD Sumber Rejeki menjual bahan bangunan ke toko"
        " dan kontraktor di Jawa Timur sejak lama dengan armada sendiri dan gudang besar."
        " Tugas dan Tanggung Jawab: · Mencatat barang masuk. · Menyusun stok di rak."
        " · Memuat pesanan ke truk. Kualifikasi: · Pria. · Teliti."
    )
    headings = [s.heading.text for s in parse_document(text, "flat.txt").sections if s.heading]
    assert "Tugas dan Tanggung Jawab:" in headings


# --- a job board's header, a pasted-twice summary, a labelled duty -------------------------------

BADGE_HEADER_MD = """# [Data Engineer](https://jobs.example.com/apply/data-engineer-1)
### Lumen Health
#### `💰 $120,000 - $140,000` `🌎 Remote, USA`

We are looking for a Data Engineer to build the pipelines behind our clinic dashboards.

### What you'll do

* Build and run batch pipelines in Airflow
* Model clinic data for analysts

### About you

* Three years of data engineering
"""


def test_a_heading_of_badges_names_no_section_and_the_text_under_it_is_the_summary() -> None:
    sections = _sections(BADGE_HEADER_MD, "de.md")
    assert ("summary", "`💰 $120,000 - $140,000` `🌎 Remote, USA`", 0) in sections
    assert "JD101 Missing section: summary" not in _messages(BADGE_HEADER_MD, "de.md", "JD101")


def test_a_summary_pasted_twice_is_not_measured_as_twice_as_long() -> None:
    paragraph = (
        "Lumen Health runs forty clinics. As our data engineer you will own the pipelines that"
        " feed every clinic dashboard, and you will work with two analysts and a product lead."
    )
    text = f"""# Data Engineer

## About the role

{paragraph}

## What you'll do

- Build batch pipelines in Airflow
- Model clinic data for analysts

## About the role

{paragraph}
"""
    messages = _messages(text, "de.md", "JD201", "JD103")
    assert not any(message.startswith("JD201") for message in messages)
    assert any(message.startswith("JD103") for message in messages)
    more = (
        "In your first quarter you will move the nightly exports to streaming jobs, document"
        " every table the analysts rely on, and set up alerts for late or missing clinic data."
        " You will also join the on-call rota."
    )
    longer = text.replace(paragraph, f"{paragraph} {more}", 1)
    assert any(m.startswith("JD201") for m in _messages(longer, "de.md", "JD201"))


def test_a_labelled_duty_is_quoted_after_its_label() -> None:
    text = """# Engineering Manager

## What you'll do

* **We make it happen:** Delivery management and planning for two product teams
* **We make it better:** Coach engineers through reviews and pairing
"""
    assert _messages(text, "em.md", "JD303") == [
        'JD303 Responsibility starts with "Delivery management and"; open with an action verb'
    ]


def test_an_exported_employment_type_on_its_own_line_is_a_detail_not_a_heading() -> None:
    text = """Admin Gudang
FULL_TIME
PT Maju Bersama membuka lowongan admin gudang di Surabaya untuk cabang baru kami.
Tanggung Jawab:
- Mencatat stok barang masuk
- Menyusun laporan stok mingguan
- Memeriksa faktur pengiriman
Kualifikasi:
- Pendidikan minimal SMA
"""
    messages = _messages(text, "gudang.txt", "JD101", "JD105")
    assert "JD105 No employment type stated" not in messages
    assert "JD101 Missing section: summary" not in messages
    capitals = text.replace("FULL_TIME", "TENTANG KAMI")
    assert ("about-company", "TENTANG KAMI", 0) in _sections(capitals, "gudang.txt")


# --- a Markdown item line that lost its dash ---------------------------------------------------

LOST_DASH_MD = """# Operations Lead

## Responsibilities

- Run the weekly planning meeting with the three shift leads
Develop and track service metrics and customer feedback for each depot
- Hire and coach two supervisors
- Review the monthly budget with finance and
  explain variances to the regional director
- Keep the safety log up to date for the
Regional Office audits
"""


def test_a_verb_line_at_the_margin_after_an_item_is_an_item_that_lost_its_dash() -> None:
    document = parse_document(LOST_DASH_MD, "ops.md")
    items = [bullet.text for bullet in document.sections[-1].bullets]
    assert items[:3] == [
        "Run the weekly planning meeting with the three shift leads",
        "Develop and track service metrics and customer feedback for each depot",
        "Hire and coach two supervisors",
    ]
    assert len(items) == 5  # wrapped items stay whole, at the margin or indented
    assert _messages(LOST_DASH_MD, "ops.md", "JD306") == [
        'JD306 List has an item that lost its "-" marker'
    ]


def test_an_indonesian_verb_line_at_the_margin_is_an_item_too() -> None:
    text = """# Staf Gudang

## Tanggung Jawab

- Mencatat barang masuk dan keluar setiap hari
Menyusun laporan stok mingguan untuk kepala gudang
- Memeriksa faktur pengiriman
"""
    items = [bullet.text for bullet in parse_document(text, "gudang.md").sections[-1].bullets]
    assert items[1] == "Menyusun laporan stok mingguan untuk kepala gudang"


# --- titles, sentences and verbs from the second tuning-half review ------------------------------


def test_a_position_in_the_first_paragraph_of_a_job_boards_html_is_the_title() -> None:
    html = (
        "<div><div><p>Java Developer</p><ol><li><p>Membangun layanan backend dengan Spring"
        " Boot.</p></li><li><p>Menulis pengujian otomatis.</p></li></ol></div></div>"
    )
    assert parse_document(html, "job.html").title == "Java Developer"
    company = html.replace("Java Developer", "PT Sinar Rejeki Abadi")
    assert parse_document(company, "job.html").title is None


def test_brackets_after_a_full_stop_belong_to_the_sentence_before_them() -> None:
    text = """# Sales Staff

## Tanggung Jawab

- Menguasai informasi produk dari beberapa sumber. (Buku, internet, katalog atau rekan tim).
- Menyusun laporan kunjungan. Mengirim laporan ke supervisor setiap Jumat.
"""
    assert _messages(text, "sales.md", "JD302") == [
        "JD302 Bullet is too long (2 sentences); one point, one sentence"
    ]


def test_standby_opens_an_indonesian_duty() -> None:
    text = "Staf Resepsionis\n\nTanggung Jawab:\n- Standby untuk menyambut klien di lobi\n"
    assert _messages(text, "resepsionis.txt", "JD303") == []


def test_what_we_do_presents_the_company_and_is_no_title_or_duplicate() -> None:
    html = (
        "<p><strong>What We Do</strong></p><p>Kestrel Pumps builds irrigation pumps for farms"
        " in three provinces.</p><p><strong>Who We Are</strong></p><p>Forty engineers and"
        " fitters who grew up on farms.</p><p><strong>Responsibilities</strong></p><ul>"
        "<li>Install pumps at customer farms</li><li>Train farm staff to clean the pumps</li></ul>"
    )
    sections = _sections(html, "pumps.html")
    assert sections[0][:2] == ("about-company", "What We Do")
    messages = _messages(html, "pumps.html", "JD101", "JD103")
    assert "JD101 Missing section: job title" in messages
    assert not any(message.startswith("JD103") for message in messages)


# --- the summary under a greeting, a company's name or "The Position" ---------------------------


def test_a_greeting_and_a_bold_sentence_are_no_title_or_heading() -> None:
    html = (
        "<p><strong>Hai Talenta.</strong></p><p><strong>PT Sinar Data membuka posisi sebagai"
        " BACKEND DEVELOPER.</strong></p><p><strong>Tanggung Jawab:</strong></p><ul>"
        "<li>Membangun layanan API</li><li>Menulis pengujian otomatis</li></ul>"
        "<p><strong>Kualifikasi:</strong></p><ul><li>Menguasai Java</li></ul>"
    )
    document = parse_document(html, "loker.html")
    assert document.title is None
    assert ("summary", "Hai Talenta.", 0) in _sections(html, "loker.html")
    messages = _messages(html, "loker.html", "JD101")
    assert messages == ["JD101 Missing section: job title"]
    markdown = "**We are hiring a backend developer in Jakarta.**\n\nWe build payment APIs.\n"
    assert all(s.heading is None for s in parse_document(markdown, "hiring.md").sections)


def test_text_about_the_role_under_a_companys_name_is_the_summary() -> None:
    text = """Quality Control

PT. SINAR BAJA MANDIRI
Perusahaan kami bergerak di bidang fabrikasi baja dan membutuhkan Quality Control

Tanggung Jawab:
- Memeriksa hasil las setiap hari
- Menyusun laporan inspeksi

Kualifikasi:
- Pendidikan minimal D3 Teknik Mesin
"""
    assert "JD101 Missing section: summary" not in _messages(text, "qc.txt", "JD101")
    blurb = text.replace("dan membutuhkan Quality Control", "sejak tahun 1998")
    assert "JD101 Missing section: summary" in _messages(blurb, "qc.txt", "JD101")


def test_the_position_heads_the_summary_and_jobdesc_the_duties() -> None:
    text = """# Data Analyst

## Why Work Here?

We are a small data consultancy in Portland with a relaxed office.

### The Position

Kestrel Data is seeking a data analyst to support reporting for our bank clients.

## Jobdesc :

- Build weekly dashboards for each client
- Clean and join client data
- Explain trends to account managers

## Requirements

- Two years of SQL
"""
    sections = _sections(text, "analyst.md")
    assert ("summary", "The Position", 0) in sections
    assert ("responsibilities", "Jobdesc :", 3) in sections
    assert _messages(text, "analyst.md", "JD101") == []


# --- round 8's other wrong firings: a label run into a sentence, a remit, prose under the title ---


def test_a_run_in_label_is_not_counted_into_the_sentence_after_it() -> None:
    sentence = (
        "Menjaga lorong gudang tetap bersih dan aman setiap hari, memeriksa alat pemadam api,"
        " mencatat barang rusak, serta melaporkan setiap kejadian kepada kepala gudang sebelum"
        " akhir shift malam"
    )
    text = (
        "Staf Gudang\n\nKami mencari staf gudang yang teliti untuk cabang Sidoarjo.\n"
        f"Pemeliharaan Kebersihan dan Keamanan Gudang: {sentence}.\n"
    )
    assert _messages(text, "gudang.txt", "JD702") == []
    longer = text.replace("sebelum", "dan kepada manajer operasional sebelum")
    assert len(_messages(longer, "gudang.txt", "JD702")) == 1


def test_items_completing_a_remit_lead_in_are_not_duties() -> None:
    text = """# Transformation Lead

## About the team

The Transformation team is responsible for two key areas:

1) The running of the portfolio and programme processes.
2) The design of new ways of working across the agency.

## What you'll do

- Lead the portfolio board each month
"""
    assert _messages(text, "lead.md", "JD303") == []


def test_prose_lines_under_the_title_are_no_list_once_their_edges_are_prose() -> None:
    text = """Sopir Operasional

PT Maju Properti bergerak di bidang konstruksi dan membutuhkan sopir. Diutamakan domisili Jaksel.
Pelamar wajib melampirkan surat pengalaman kerja untuk seleksi administrasi. Terima kasih.
Surat pengalaman kerja wajib dilampirkan.

Tanggung Jawab:
- Mencuci dan memeriksa mobil setiap pagi
- Mengantar direksi ke kantor
"""
    assert _messages(text, "sopir.txt", "JD302", "JD306") == []


# --- round 9's wrong JD101 firings ----------------------------------------------------------------


def test_objectives_of_the_position_head_the_summary() -> None:
    text = """Supply Planner

Objectives of the position
Keep stock of seed and fertiliser flowing to forty distributors across Java.
This role also leads the move from spreadsheets to a planning system.
Main Tasks
Plan weekly stock transfers between the three warehouses
Review the demand forecast with the sales team each month
Report stock-outs to the regional manager
Requirements
Two years in supply planning
"""
    assert _sections(text, "planner.txt")[1][:2] == ("summary", "Objectives of the position")
    assert _messages(text, "planner.txt", "JD101") == []


def test_a_heading_line_after_prose_heads_the_duties_and_one_announcing_requirements_too() -> None:
    prose = (
        "You know our riders through their trips, and because you do, you can find what slows"
        " them down and tell the product team what to fix first."
    )
    text = f"""Data Analyst

Data with a purpose.
{prose}
What a Data Analyst does at Kestrel
Build weekly reports on trips and cancellations
Automate the monthly board pack
Support the product owners with ad hoc analysis
What we are looking for in a Data Analyst
Qualifications
A degree in statistics or a related field
"""
    sections = _sections(text, "analyst.txt")
    assert ("responsibilities", "What a Data Analyst does at Kestrel", 3) in sections
    assert ("qualifications", "What we are looking for in a Data Analyst", 0) in sections
    assert _messages(text, "analyst.txt", "JD101") == []


def test_a_short_item_between_items_heads_nothing() -> None:
    text = """Sales Admin

Kualifikasi:
Pendidikan minimal SMA
Proactive and fast learning
Mampu bekerja dalam tim
Teliti dan jujur
Menguasai Microsoft Excel
"""
    sections = _sections(text, "admin.txt")
    assert ("qualifications", "Kualifikasi:", 5) in sections


def test_a_lead_in_saying_what_you_can_be_doing_heads_the_duties() -> None:
    text = """# Product Engineer

## About you

You enjoy talking to customers and shipping small changes often.

If that sounds like you, here is the menu of what you could be doing with us:

* Ship fixes to the billing service every week
* Run calls with customers about new features
* Write the release notes for each change

## Requirements

* Three years of Python
"""
    assert "JD101 Missing section: responsibilities" not in _messages(text, "pe.md", "JD101")


def test_a_recruiting_paragraph_in_the_companys_presentation_starts_the_summary() -> None:
    text = """# Data Scientist

## About Us

Rumah Kita lists homes for rent across Java and answers renters within the hour.

We are looking for a data scientist who is as happy writing SQL as training models.

## Requirements

- Two years of Python
"""
    sections = _sections(text, "ds.md")
    assert [kind for kind, _, _ in sections] == [
        "title",
        "about-company",
        "summary",
        "qualifications",
    ]
    assert "JD101 Missing section: summary" not in _messages(text, "ds.md", "JD101")
    indonesian = text.replace(
        "We are looking for a data scientist who is as happy writing SQL as training models.",
        "Kami sedang mencari data scientist yang senang menulis SQL dan melatih model.",
    )
    assert "JD101 Missing section: summary" not in _messages(indonesian, "ds.md", "JD101")
    blurb_only = text.replace(
        "We are looking for a data scientist who is as happy writing SQL as training models.",
        "Our office sits next to the main train station in Bandung.",
    )
    assert "JD101 Missing section: summary" in _messages(blurb_only, "ds.md", "JD101")


def test_a_duties_heading_over_prose_before_the_listed_duties_is_the_summary() -> None:
    text = """# Staff Engineer

### Your role in our team

We are looking for a staff engineer to help us move our billing to event streams.

### As a Staff Engineer you will

- Design the event model with the payments team
- Review the designs of two product teams

### Requirements

- Eight years of backend work
"""
    assert _sections(text, "se.md")[1][:2] == ("summary", "Your role in our team")
    assert _messages(text, "se.md", "JD101") == []


def test_a_lead_in_saying_what_we_expect_heads_the_requirements() -> None:
    text = """# Backend Engineer

## About the role

You will build the storage layer of our backup product.

## What you will do

- Design the chunk store
- Review pull requests from two teams

## We expect you to be comfortable with the following:

- Go or Rust
- Linux and networking
"""
    assert _messages(text, "be.md", "JD101") == []
    indonesian = text.replace(
        "We expect you to be comfortable with the following:", "Yang kami harapkan dari Anda:"
    )
    assert _messages(indonesian, "be.md", "JD101") == []


def test_a_product_name_in_the_titles_brackets_states_no_employment_type() -> None:
    def type_missing(title: str) -> bool:
        text = f"{title}\n\nKami mencari staf.\n\nTugas:\n- Mencatat data\n- Menyusun laporan\n"
        return "JD105 No employment type stated" in _messages(text, "admin.txt", "JD105")

    assert type_missing("Admin CCMS (Cost Contract Management System)")
    assert not type_missing("Data Analyst (6 months contract)")
    assert not type_missing("Staff Admin - Kontrak")
    assert not type_missing("Data Engineer (SQL Server) - Contract For Service (12 Months)")
