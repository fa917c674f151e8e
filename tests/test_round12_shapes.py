"""Shapes behind the wrong firings of the last precision rounds (docs/precision.md, rounds 10-12):
a bare "Description" heading over the duties, a purpose statement above a headed duties list, a
job board's heading over its own sub-heading and lead-in, dash bullets glued to their text in an
HTML export, and a "Desirable" label written as one more list item.

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.parse import parse_document
from tests.shapes import messages as _messages


def _kinds(text: str, name: str) -> list[tuple[str | None, str | None]]:
    """Each section's kind and heading."""
    return [
        (section.canonical, section.heading.text if section.heading else None)
        for section in parse_document(text, name).sections
    ]


DESCRIPTION_UNDER_CLIENT_EN = """Senior Payroll Analyst

This payroll role at a regional hospital group looks after monthly pay for 4,000 staff.
Client Details
Our client runs eleven hospitals across the north of the island.
Description
Run the monthly payroll and check each change against the approved forms.
Reconcile payroll accounts with the general ledger every month.
Answer staff questions about deductions within two working days.
Prepare the year-end tax statements for every employee.
Profile
A successful analyst will have:
Five years of payroll experience in a large employer.
Good knowledge of local tax rules.
"""

DESCRIPTION_UNDER_CLIENT_ID = """Analis Penggajian Senior

Posisi ini mengelola penggajian bulanan untuk 4.000 karyawan sebuah grup rumah sakit.
Detail Klien
Klien kami mengelola sebelas rumah sakit di wilayah utara pulau.
Deskripsi
Menjalankan penggajian bulanan dan memeriksa setiap perubahan data karyawan.
Merekonsiliasi akun penggajian dengan buku besar setiap bulan.
Menjawab pertanyaan karyawan tentang potongan gaji dalam dua hari kerja.
Menyiapkan bukti potong pajak tahunan untuk setiap karyawan.
Kualifikasi
Pengalaman lima tahun di bidang penggajian.
Memahami peraturan pajak penghasilan.
"""


def test_duties_under_a_bare_description_heading_are_the_responsibilities() -> None:
    for text, name, heading in (
        (DESCRIPTION_UNDER_CLIENT_EN, "payroll.txt", "Description"),
        (DESCRIPTION_UNDER_CLIENT_ID, "penggajian.txt", "Deskripsi"),
    ):
        assert ("responsibilities", heading) in _kinds(text, name)
        assert _messages(text, name, "JD101") == []


PURPOSE_EN = """Pricing Analyst

PURPOSE
Give the sales teams prices they can defend in every region.
Guide the yearly review of list prices with finance.
ACCOUNTABILITIES
Build the pricing model for each new product line
Review discount requests above ten percent within a day
Report price changes to the regional managers each month
REQUIREMENTS
Three years in pricing or financial analysis
"""

PURPOSE_ID = """Analis Harga

TUJUAN JABATAN
Memberi tim penjualan harga yang dapat dipertanggungjawabkan di setiap wilayah.
Memandu tinjauan tahunan harga jual bersama tim keuangan.
TANGGUNG JAWAB
Menyusun model harga untuk setiap lini produk baru
Meninjau permintaan diskon di atas sepuluh persen dalam satu hari
Melaporkan perubahan harga kepada manajer wilayah setiap bulan
KUALIFIKASI
Pengalaman tiga tahun di bidang analisis harga atau keuangan
"""


def test_a_purpose_statement_above_headed_duties_is_the_summary() -> None:
    for text, name, heading in (
        (PURPOSE_EN, "pricing.txt", "PURPOSE"),
        (PURPOSE_ID, "harga.txt", "TUJUAN JABATAN"),
    ):
        assert ("summary", heading) in _kinds(text, name)
        messages = _messages(text, name, "JD101", "JD103")
        assert not any(message.startswith("JD103") for message in messages)
        assert "JD101 Missing section: summary" not in messages


def test_a_summary_heading_over_duty_lines_is_no_second_duties_section() -> None:
    text = """Data Engineer

Role Summary
Design the data platform for our retail clients.
Lead the move of nightly jobs to streaming.
Key Responsibilities
Build and test data pipelines in Python
Keep the warehouse costs within budget
Review the pull requests of two junior engineers
"""
    assert _kinds(text, "data.txt")[1] == ("summary", "Role Summary")
    assert _messages(text, "data.txt", "JD103") == []


def test_without_a_duties_heading_the_summary_list_of_duties_is_the_duties() -> None:
    text = """Data Engineer

Role Summary
Design the data platform for our retail clients.
Build and test data pipelines in Python.
Keep the warehouse costs within budget.
Requirements
Three years of Python
"""
    assert ("responsibilities", "Role Summary") in _kinds(text, "data.txt")


WRAPPER_OVER_LEAD_IN_EN = """Machine Learning Engineer

Responsibilities
About The Team
The team builds the search ranking of our marketplace app for six countries.
Responsibilities:
- Improve the ranking models behind search.
- Run online experiments and report their results.
- Keep the feature pipelines fast and tested.
Qualifications
- Three years of applied machine learning.
"""

WRAPPER_OVER_LEAD_IN_ID = """Insinyur Machine Learning

Tanggung Jawab
Tentang Tim
Tim ini membangun peringkat pencarian aplikasi marketplace kami di enam negara.
Tanggung Jawab:
- Meningkatkan model peringkat di balik pencarian.
- Menjalankan eksperimen daring dan melaporkan hasilnya.
- Menjaga pipeline fitur tetap cepat dan teruji.
Kualifikasi
- Pengalaman tiga tahun di bidang machine learning.
"""


def test_a_heading_over_its_own_sub_heading_and_lead_in_is_not_empty() -> None:
    for text, name in (
        (WRAPPER_OVER_LEAD_IN_EN, "ml.txt"),
        (WRAPPER_OVER_LEAD_IN_ID, "ml-id.txt"),
    ):
        assert _messages(text, name, "JD102") == []


def test_a_heading_left_empty_above_another_section_is_still_reported() -> None:
    text = """Machine Learning Engineer

Responsibilities
Qualifications
- Three years of applied machine learning.
"""
    assert _messages(text, "ml.txt", "JD102") == ['JD102 Section "Responsibilities" is empty']


GLUED_DASHES_HTML = """<div><p>
<strong>Job Description</strong><br/>
-Build the billing service in Go and keep it tested
-Review the pull requests of the payments team
-Write the runbooks for each release
-Membangun layanan penagihan dengan Go dan menjaga pengujiannya
<strong>Job Requirement</strong><br/>
・Three years of backend development
・Good knowledge of PostgreSQL
・Pengalaman tiga tahun sebagai backend engineer
</p></div>
"""


def test_dashes_and_dots_glued_to_items_in_html_are_list_markers() -> None:
    document = parse_document(GLUED_DASHES_HTML, "billing.html")
    lists = {
        section.canonical: [bullet.text for bullet in section.bullets]
        for section in document.sections
    }
    assert lists["responsibilities"][0] == "Build the billing service in Go and keep it tested"
    assert len(lists["responsibilities"]) == 4
    assert lists["qualifications"] == [
        "Three years of backend development",
        "Good knowledge of PostgreSQL",
        "Pengalaman tiga tahun sebagai backend engineer",
    ]
    assert _messages(GLUED_DASHES_HTML, "billing.html", "JD308") == []


DESIRABLE_ITEM_EN = """User Researcher

Skills
Essential
- Three years of planning and running usability tests.
- Experience of working in agile teams.
- Desirable
- Degree in psychology or a related field.
- Experience with accessibility research.
"""

DESIRABLE_ITEM_ID = """# Peneliti Pengguna

## Kualifikasi
- Pengalaman tiga tahun menjalankan uji kegunaan.
- Terbiasa bekerja dalam tim agile.
- Nilai tambah
- S1 Psikologi atau bidang terkait.
- Pengalaman riset aksesibilitas.
"""


def test_a_part_label_written_as_an_item_leads_in_the_items_after_it() -> None:
    for text, name, label in (
        (DESIRABLE_ITEM_EN, "researcher.txt", "Desirable"),
        (DESIRABLE_ITEM_ID, "peneliti.md", "Nilai tambah"),
    ):
        assert ("qualifications", label) in _kinds(text, name)
        assert _messages(text, name, "JD603") == []


def test_a_degree_before_the_part_label_is_still_reported() -> None:
    text = """# User Researcher

## Skills
- Degree in psychology.
- Three years of planning and running usability tests.
- Desirable
- Experience with accessibility research.
"""
    assert _messages(text, "researcher.md", "JD603") == [
        'JD603 Degree required ("Degree in") with no alternative: add "or equivalent experience"'
    ]


def test_why_this_role_after_the_requirements_is_no_requirement() -> None:
    text = """Product Analyst

We are hiring a product analyst to help our squads decide what to build next.
What You'll Do
- Analyse the results of product experiments.
- Report weekly on the product's health.
- Answer the squads' data questions.
What We're Looking For
- Advanced SQL.
- Experience with A/B testing.
Why This Role?
Work with 80 people across three offices on a product used by millions.
"""
    assert ("benefits", "Why This Role?") in _kinds(text, "analyst.txt")


FLATTENED_NUMBERED_EN = """Search Engineer

Responsibilities
About the team We build the search ranking of a shopping app used in nine countries, and we care about fast experiments and clear write-ups for the whole company. Responsibilities 1. Build ranking models that help shoppers find the right product on the first page. 2. Run online experiments on ranking changes and report what they teach us. 3. Improve the feature pipelines that feed the ranking models every hour. Qualifications
Minimum Qualifications 1. Bachelor degree in computer science or a related field 2. Three years of Python or Java in production 3. Solid knowledge of machine learning Preferred Qualifications 1. Experience with learning to rank. 2. Experience with large-scale A/B testing platforms
"""  # noqa: E501

FLATTENED_NUMBERED_ID = """Insinyur Pencarian

Tanggung Jawab
Tentang tim Kami membangun peringkat pencarian aplikasi belanja yang dipakai di sembilan negara, dan kami peduli pada eksperimen yang cepat serta laporan yang jelas untuk seluruh perusahaan. Tanggung Jawab 1. Membangun model peringkat yang membantu pembeli menemukan produk yang tepat di halaman pertama. 2. Menjalankan eksperimen daring atas perubahan peringkat dan melaporkan hasilnya. 3. Meningkatkan pipeline fitur yang memasok model peringkat setiap jam. Kualifikasi
Kualifikasi Umum 1. Pendidikan minimal S1 Ilmu Komputer atau bidang terkait 2. Pengalaman tiga tahun dengan Python atau Java 3. Memahami machine learning dengan baik Kualifikasi Khusus 1. Berpengalaman dengan learning to rank. 2. Berpengalaman dengan platform uji A/B berskala besar
"""  # noqa: E501


def test_numbered_items_run_into_a_line_after_spaces_are_items() -> None:
    for text, name, duties_heading, parts in (
        (
            FLATTENED_NUMBERED_EN,
            "search.txt",
            "Responsibilities",
            ("Minimum Qualifications", "Preferred Qualifications"),
        ),
        (
            FLATTENED_NUMBERED_ID,
            "pencarian.txt",
            "Tanggung Jawab",
            ("Kualifikasi Umum", "Kualifikasi Khusus"),
        ),
    ):
        document = parse_document(text, name)
        counts = {
            section.heading.text: len(section.bullets)
            for section in document.sections
            if section.heading is not None
        }
        assert counts[parts[0]] == 3
        assert counts[parts[1]] == 2
        duties = [s for s in document.sections if s.canonical == "responsibilities"]
        assert sum(len(section.bullets) for section in duties) == 3
        assert duties_heading in counts
        assert _messages(text, name, "JD307") == []


def test_a_number_out_of_turn_in_a_sentence_is_no_item() -> None:
    text = """Support Engineer

Responsibilities
Our product moved to version 2. The support team now answers questions about both versions every day, across chat, email and a community forum with thousands of members, and we keep the answers short, kind and correct for the customers who need them most during their work.
"""  # noqa: E501
    document = parse_document(text, "support.txt")
    assert not any(section.bullets for section in document.sections)
