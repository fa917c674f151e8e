"""Sections and titles in the shapes real postings take: job-board and ATS headings over the
real sections, template branches, US federal conditions of employment, a company pitch under
"Why join us?", and role names in running text (JD102, JD103, JD104, JD706).

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from typing import Any

from jdlint.config import default_config
from jdlint.lint import lint_text
from jdlint.parse import parse_document
from jdlint.templates import blank_template_code


def _codes(text: str, name: str, *codes: str) -> list[dict[str, Any]]:
    result = lint_text(text, name, default_config())
    return [d.to_json() for d in result.diagnostics if d.rule in codes]


def _read(text: str, name: str) -> list[tuple[str, str | None, str | None]]:
    """(heading, own section, section) of each headed section."""
    return [
        (section.heading.text, section.own_canonical, section.canonical)
        for section in parse_document(text, name).sections
        if section.heading is not None
    ]


# --- general headings of job boards and applicant-tracking systems ------------------------------

ATS_HTML = (
    '<div class="h3">Company Description</div><p>Lindqvist Robotics builds picking arms for '
    "grocery warehouses in six countries.</p>"
    '<div class="h3">Job Description</div><p>You will keep our fleet of arms running.</p>'
    "<ul><li>Diagnose faults reported by the night shift</li><li>Replace worn grippers</li>"
    "<li>Log every repair in the maintenance system</li></ul>"
    '<div class="h3">Qualifications</div><ul><li>Two years of maintenance work</li>'
    "<li>A technical diploma or equivalent experience</li></ul>"
    '<div class="h3">Additional Information</div><p><strong>Benefits</strong></p>'
    "<ul><li>Private health cover</li><li>Twenty-five days of leave</li></ul>"
)


def test_a_general_ats_heading_over_benefits_is_not_an_empty_section() -> None:
    assert _codes(ATS_HTML, "posting.html", "JD102", "JD103", "JD104") == []
    read = _read(ATS_HTML, "posting.html")
    assert ("Additional Information", None, "details") in read
    assert ("Benefits", "benefits", "benefits") in read


def test_a_job_board_heading_over_the_sections_in_plain_text_in_both_languages() -> None:
    english = (
        "Store Supervisor\n\nJob description & requirements\nResponsibilities:\n"
        "- Open and close the store\n- Plan the weekly rota\n\nRequirements:\n"
        "- Two years in retail\n\nBenefits:\n- Staff discount\n"
    )
    indonesian = (
        "Kepala Toko\n\nInformasi Tambahan\nFasilitas:\n- BPJS Kesehatan\n- Makan siang\n\n"
        "Deskripsi Pekerjaan & Persyaratan\nTanggung Jawab:\n- Membuka dan menutup toko\n"
        "- Menyusun jadwal kerja mingguan\n\nKualifikasi:\n- Pengalaman 2 tahun di ritel\n"
    )
    for text in (english, indonesian):
        assert _codes(text, "posting.txt", "JD102", "JD103", "JD104") == []
    # a real empty section still fires
    empty = english.replace(
        "Benefits:\n- Staff discount\n", "Benefits:\n\nHow to apply:\nSend a CV.\n"
    )
    assert [d["rule"] for d in _codes(empty, "posting.txt", "JD102")] == ["JD102"]


def test_an_empty_general_heading_between_two_real_headings_of_its_level_still_fires() -> None:
    text = (
        "---\ntitle: Data Analyst\n---\n\nWe are hiring an analyst to build the weekly sales "
        "reports of our stores.\n\n## Job details\n\n## Responsibilities\n\n"
        "- Build weekly sales reports\n\n## Requirements\n\n- Two years of SQL\n"
    )
    assert [d["message"] for d in _codes(text, "posting.md", "JD102")] == [
        'Section "Job details" is empty'
    ]
    nested = text.replace("## Responsibilities", "### Responsibilities").replace(
        "## Requirements", "### Requirements"
    )
    assert _codes(nested, "posting.md", "JD102", "JD104") == []


def test_a_value_under_a_label_is_not_an_empty_heading() -> None:
    indonesian = (
        "Sales Kanvas\n\nTanggung Jawab:\n- Mengunjungi toko di area Sidoarjo\n\n"
        "Tunjangan :\nMakan siang disediakan\n\nInsentif :\nbonus\n"
    )
    english = (
        "Barista\n\nResponsibilities:\n- Prepare drinks to the house recipes\n\nPerks:\nbonus\n"
    )
    # a part's name as one more line of a list without markers
    listed_id = (
        "Kasir\n\nTanggung Jawab:\n- Melayani pembayaran\n\nBenefit:\nGaji pokok\nTunjangan\n"
        "Lokasi:\nJakarta Barat\n"
    )
    listed_en = (
        "Cashier\n\nResponsibilities:\n- Serve customers at the till\n\nBenefits:\n"
        "Health insurance\nBonus\nLocation:\nLeeds\n"
    )
    for text in (indonesian, english, listed_id, listed_en):
        assert _codes(text, "posting.txt", "JD102") == []
    assert not any(heading == "bonus" for heading, _, _ in _read(indonesian, "posting.txt"))


# --- template branches ---------------------------------------------------------------------------

TEMPLATE = (
    "---\ntitle: Support Engineer\n---\n\n"
    "{% if page.remote %}\n## Responsibilities\n\n- Answer tickets from customers\n"
    "- Write help articles\n- Run video calls from home\n"
    "{% else %}\n## Responsibilities\n\n- Answer tickets from customers\n"
    "- Write help articles\n- Run calls from the Leeds office\n{% endif %}\n\n"
    "## Requirements\n\n- Two years in support\n"
)


def test_a_draft_with_template_branches_is_read_as_its_first_branch() -> None:
    assert _codes(TEMPLATE, "posting.md", "JD103", "JD305") == []
    document = parse_document(TEMPLATE, "posting.md")
    bullets = [bullet.text for bullet in document.bullets]
    assert "Run video calls from home" in bullets
    assert "Run calls from the Leeds office" not in bullets


def test_indonesian_template_branches_and_nested_conditions() -> None:
    text = (
        "{% if page.kota == 'Bandung' %}\nKualifikasi:\n- Berdomisili di Bandung\n"
        "{% if page.shift %}- Bersedia kerja shift{% else %}- Kerja kantor{% endif %}\n"
        "{% elsif page.kota == 'Bogor' %}\nKualifikasi:\n- Berdomisili di Bogor\n"
        "{% else %}\nKualifikasi:\n- Berdomisili di Jakarta\n{% endif %}\n"
    )
    blanked = blank_template_code(text)
    assert len(blanked) == len(text)
    assert blanked.count("\n") == text.count("\n")
    assert "Bandung" in blanked and "shift" in blanked
    assert "Bogor" not in blanked and "Jakarta" not in blanked and "Kerja kantor" not in blanked
    assert _codes(text, "lowongan.txt", "JD103", "JD305") == []


def test_separate_conditions_on_one_state_are_both_kept() -> None:
    # "upcoming" and "open" notices are two conditions, not branches of one: neither is dropped.
    text = (
        "{% if page.state == 'upcoming' %}\nApplications open soon.\n{% endif %}\n"
        "{% if page.state != 'upcoming' %}\nApplications are open now.\n{% endif %}\n"
    )
    assert blank_template_code(text) == text


# --- US federal conditions of employment ----------------------------------------------------------

FEDERAL = (
    "---\ntitle: Digital Services Strategist\n---\n\n## Job Summary\n\nThe Office of Civic "
    "Delivery helps agencies ship services the public can use.\n\n## Key Requirements\n\n"
    "1. You must be a U.S. citizen or national.\n2. Suitable for federal employment, determined "
    "by a background investigation.\n3. You may be required to serve a trial period.\n\n"
    "## Duties\n\n- Advise agencies on service design\n- Lead discovery research with users\n\n"
    "## Qualifications\n\n- One year of specialized experience in digital service delivery\n"
    "- Experience leading cross-functional teams\n"
)


def test_conditions_of_employment_are_job_details_not_requirements() -> None:
    assert _codes(FEDERAL, "posting.md", "JD103", "JD104") == []
    assert ("Key Requirements", "details", "details") in _read(FEDERAL, "posting.md")
    # requirements of skill under the same heading stay qualifications, and the order counts
    skills = FEDERAL.replace(
        "1. You must be a U.S. citizen or national.\n2. Suitable for federal employment, "
        "determined by a background investigation.\n3. You may be required to serve a trial "
        "period.\n",
        "1. Three years of user research.\n2. Fluent written English.\n",
    )
    assert [d["rule"] for d in _codes(skills, "posting.md", "JD104")] == ["JD104"]


def test_indonesian_conditions_of_employment_before_the_duties() -> None:
    text = (
        "Petugas Keamanan\n\nPersyaratan:\n- Warga Negara Indonesia\n"
        "- Memiliki SKCK yang masih berlaku\n- Bersedia menjalani masa percobaan 3 bulan\n\n"
        "Tanggung Jawab:\n- Menjaga pintu masuk gedung\n- Mencatat tamu yang datang\n\n"
        "Kualifikasi:\n- Pengalaman 1 tahun sebagai satpam\n- Memiliki sertifikat Gada Pratama\n"
    )
    assert _codes(text, "lowongan.txt", "JD103", "JD104") == []


# --- "Why join us?" as the company's pitch ---------------------------------------------------


def test_a_pitch_before_the_duties_is_about_the_company() -> None:
    english = (
        "Data Engineer\n\nWhy Join Us?\nKelpwise turns the data of seaweed farms into harvest "
        "forecasts for growers on three continents, and we are growing fast.\n"
        "Key Responsibilities:\n- Build the pipelines that collect sensor data\n"
        "- Keep the forecasts running every night\n\nQualifications:\n- Three years of Python\n\n"
        "Why You'll Love This Role:\n- A yearly learning budget\n- Four-day weeks in summer\n"
    )
    indonesian = (
        "Staf Admin\n\nKenapa bergabung dengan kami?\nKopi Lembah adalah jaringan kedai kopi "
        "yang tumbuh dari satu kedai di Malang menjadi dua puluh cabang di Jawa Timur.\n\n"
        "Tanggung Jawab:\n- Menyusun laporan penjualan harian\n- Mengarsipkan faktur\n\n"
        "Kualifikasi:\n- Menguasai Excel\n\nBenefit:\n- BPJS Kesehatan\n- Cuti tahunan\n"
    )
    assert _read(english, "posting.txt")[1] == ("Why Join Us?", "about-company", "about-company")
    assert _read(indonesian, "lowongan.txt")[1][1:] == ("about-company", "about-company")
    for text in (english, indonesian):
        assert _codes(text, "posting.txt", "JD103", "JD104") == []
    # a perks list under "Why join us?" at the end stays the benefits
    closing = english.replace("Why You'll Love This Role:", "Why Join Us?")
    assert _read(closing, "posting.txt")[-1][1] == "benefits"


# --- JD706: role names in running text ---------------------------------------------


def _titles(text: str, name: str = "posting.txt") -> list[str]:
    return [d["message"] for d in _codes(text, name, "JD706")]


def test_a_role_name_stops_before_a_place_or_the_next_clause() -> None:
    assert (
        _titles(
            "Sales Marketing\n\nPT Sinar Rumpun membuka lowongan untuk posisi sebagai Sales "
            "Marketing Area Yogyakarta.\n"
        )
        == []
    )
    assert (
        _titles(
            "Data Analyst\n\nWe are hiring. As a Data Analyst At Nusa Bank, you will "
            "report to the head of risk.\n"
        )
        == []
    )
    # a different name still fires, in both languages
    assert (
        len(
            _titles("Sales Marketing\n\nKami mencari kandidat sebagai Sales Executive Area Bali.\n")
        )
        == 1
    )
    assert (
        len(_titles("Data Analyst\n\nAs our Data Scientist In Residence, you will teach.\n")) == 1
    )


def test_spelling_slips_shorter_forms_and_team_labels_name_the_same_title() -> None:
    same = [
        "Supervisor Produksi\n\nBergabunglah sebagai Superviso Produksi di pabrik kami.\n",
        "Sales Plafon PVC\n\nKami mencari tenaga penjualan sebagai Sales Plavon PVC.\n",
        "Staff Engineering\n\nSebagai Staff Engineer, Anda merancang perkakas produksi.\n",
        "Staff Admin Gudang\n\nKami mencari Staf Administrasi Gudang yang teliti.\n"
        "Sebagai Staf Administrasi Gudang, Anda mencatat stok.\n",
        "# Senior Platform Software Engineer\n\nAs a Platform Engineer at Tidewater, you will "
        "keep the booking systems running.\n",
        "# Data Analyst\n\nJob title: Data Analyst - Growth Team\n",
        "# Data Analyst - Growth Team\n\nJob title: Data Analyst\n",
    ]
    for text in same:
        assert _titles(text, "posting.md" if text.startswith("#") else "posting.txt") == [], text
    different = [
        "# Manajer Akun\n\nJabatan: Manajer Akun Strategis\n",
        "Staff Arsitek\n\nBergabunglah sebagai Junior Arsitek di studio kami.\n",
        "# Data Analyst\n\nJob title: Data Analytics Lead - Growth Team\n",
    ]
    for text in different:
        assert len(_titles(text, "posting.md" if text.startswith("#") else "posting.txt")) == 1, (
            text
        )


def test_a_title_heading_that_is_a_link_is_compared_and_shown_as_its_text() -> None:
    text = (
        "# [Warehouse Team Leader](https://jobs.example.com/apply/warehouse-team-leader)\n\n"
        "As a Warehouse Shift Manager, you will run the night shift.\n"
    )
    assert _titles(text, "posting.md") == [
        'Job title "Warehouse Shift Manager" differs from "Warehouse Team Leader" (line 1)'
    ]


def test_conditions_of_employment_in_the_only_requirements_list_stay_requirements() -> None:
    text = (
        "Security Officer\n\nResponsibilities:\n- Guard the depot gate at night\n\n"
        "Requirements:\n- You must be a U.S. citizen\n- You must pass a background check\n"
        "- One year of security work\n"
    )
    missing = [d["message"] for d in _codes(text, "posting.txt", "JD101")]
    assert missing == ["Missing section: summary"]
    assert ("Requirements:", "qualifications", "qualifications") in _read(text, "posting.txt")


def test_a_section_name_inside_a_job_boards_box_of_facts_is_a_label() -> None:
    english = (
        "Data Analyst\n\nNusa Retail is growing its analytics team in Jakarta this year.\n\n"
        "Responsibilities:\n- Build weekly sales reports\n- Maintain the KPI dashboard\n\n"
        "Requirements:\n- Two years of SQL\n\nBenefits:\n- Health insurance\n\n"
        "Additional Information\nCareer Level\nEntry Level\nQualification\nBachelor's Degree\n"
        "Years of Experience\n2 years\nJob Type\nFull-Time\n"
    )
    indonesian = (
        "Staf Admin\n\nTanggung Jawab:\n- Menyusun laporan penjualan harian\n\nKualifikasi:\n"
        "- Menguasai Excel\n\nBenefit:\n- BPJS Kesehatan\n\nInformasi Tambahan\n"
        "Tingkat Pekerjaan\nStaf\nKualifikasi\nSarjana (S1)\nPengalaman Kerja\n2 tahun\n"
        "Jenis Pekerjaan\nPenuh Waktu\n"
    )
    for text in (english, indonesian):
        assert _codes(text, "posting.txt", "JD102", "JD103", "JD104") == []
    read = _read(english, "posting.txt")
    assert [heading for heading, _, _ in read][-1] == "Additional Information"
    # a heading over a box whose first line is a label stays a heading
    assert ("Informasi Tambahan", "details", "details") in _read(indonesian, "posting.txt")
