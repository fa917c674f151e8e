"""Sections and duty lists in shapes met on postings nobody tuned on (issue 8): candidate
profiles and general headings, a summary opened by the organisation's blurb (US federal
template), unknown headings after a summary, sub-items of a duty ending in ":" (JD101, JD201,
JD303).

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.config import default_config
from jdlint.lint import lint_text
from jdlint.parse import parse_document


def _messages(text: str, name: str, *codes: str) -> list[str]:
    result = lint_text(text, name, default_config())
    return [f"{d.rule} {d.message}" for d in result.diagnostics if d.rule in codes]


def _sections(text: str, name: str) -> list[tuple[str | None, str | None]]:
    """(heading, section) of each section, in order."""
    return [
        (section.heading.text if section.heading else None, section.canonical)
        for section in parse_document(text, name).sections
    ]


# --- headings a recruiter reads as sections ------------------------------------------------------

PROFILE_TEXT = """Data Analyst

Northwind Freight builds routing software for regional carriers across the archipelago.

Description
We need an analyst who turns shipment data into weekly decisions for our regional teams.

Responsibilities
Build weekly sales dashboards for the regional leads.
Clean and join data from the CRM and the billing system.
Present findings to the operations team every month.

Your Profile
Two years of SQL experience.
Strong written English and a degree in statistics or a related field.
"""


def test_a_profile_heading_holds_the_requirements() -> None:
    assert _messages(PROFILE_TEXT, "posting.txt", "JD101") == []
    assert ("Your Profile", "qualifications") in _sections(PROFILE_TEXT, "posting.txt")


def test_who_are_you_holds_the_requirements_in_markdown() -> None:
    text = (
        "# Support Engineer\n\nYou will answer customers of our billing app by mail and chat.\n\n"
        "## What you'll do\n\n- Answer tickets within a day\n- Write help articles\n"
        "- Report bugs to the developers\n\n## Who are you?\n\n- Two years in customer support\n"
        "- Clear written English\n"
    )
    assert _messages(text, "posting.md", "JD101") == []
    assert ("Who are you?", "qualifications") in _sections(text, "posting.md")


def test_a_general_first_line_is_no_title_and_its_text_is_the_summary() -> None:
    indonesian = (
        "Deskripsi Kerja\n"
        "Kami mencari staf gudang yang teliti untuk cabang Bekasi kami yang sedang berkembang.\n\n"
        "Tanggung Jawab:\n- Menerima dan memeriksa barang masuk.\n"
        "- Menyusun stok di rak sesuai kode.\n- Mencatat barang keluar di sistem.\n\n"
        "Kualifikasi:\n- Pendidikan minimal SMA/SMK.\n- Bersedia bekerja dalam shift.\n"
    )
    assert parse_document(indonesian, "loker.txt").title is None
    assert _messages(indonesian, "loker.txt", "JD101") == ["JD101 Missing section: job title"]
    board = indonesian.replace("Deskripsi Kerja", "Detail Lowongan")
    assert parse_document(board, "loker.txt").title is None
    assert _messages(board, "loker.txt", "JD101") == ["JD101 Missing section: job title"]


def test_a_description_heading_over_the_role_is_the_summary_but_not_over_a_blurb() -> None:
    role = (
        "# Backend Engineer\n\n### Kestrel Labs\n\n## Description\n\n"
        "Kestrel Labs makes scheduling software for clinics in twelve countries.\n\n"
        "We are looking for an engineer to lead the design of our booking service.\n\n"
        "### In this role, you will...\n\n- Design the booking API\n- Review code\n"
        "- Run the on-call rota\n\n### We expect that you have...\n\n"
        "- Five years of backend work\n- Experience with PostgreSQL\n"
    )
    assert _messages(role, "posting.md", "JD101") == []
    blurb = role.replace(
        "We are looking for an engineer to lead the design of our booking service.",
        "Clinics in twelve countries trust it with their busiest days.",
    )
    assert _messages(blurb, "posting.md", "JD101") == ["JD101 Missing section: summary"]


# --- the summary JD201 measures ------------------------------------------------------------------

AGENCY_BLURB = (
    "The Bureau of Regional Supply manages purchasing for forty field offices. It serves "
    "farmers, schools and clinics in every county of the region, and it has done so for more "
    "than sixty years with four hundred staff in three cities and a fleet of delivery trucks."
)
ROLE = "You will award and manage supply contracts for the northern field offices."
FEDERAL_MARKDOWN = f"""---
title: Contract Specialist
---

## Summary

{AGENCY_BLURB}

{ROLE}

## Duties

- Review purchase requests for completeness.
- Negotiate prices with suppliers.
- Award contracts under the simplified acquisition threshold.

## Requirements

- One year of specialized experience in contracting.
"""


def test_an_organisation_paragraph_opening_the_summary_is_not_measured() -> None:
    assert _messages(FEDERAL_MARKDOWN, "posting.md", "JD201", "JD101") == []
    sections = _sections(FEDERAL_MARKDOWN, "posting.md")
    assert (None, "about-company") in sections
    # the role's paragraph is still measured: long, it fires
    offices = ("northern", "southern", "eastern", "western", "coastal", "mountain")
    long_role = FEDERAL_MARKDOWN.replace(
        ROLE, " ".join(ROLE.replace("northern", office) for office in offices)
    )
    assert _messages(long_role, "posting.md", "JD201") == [
        "JD201 Summary is too long (72 words, more than 60)"
    ]


def test_a_paragraph_naming_the_role_in_the_third_person_stays_in_the_summary() -> None:
    text = FEDERAL_MARKDOWN.replace(
        AGENCY_BLURB,
        "Contract specialists at the bureau buy what forty field offices need, from seeds to "
        "school desks, and they keep every purchase open to audit for the taxpayers who fund it, "
        "in every county of the region and across three busy cities, with care and patience "
        "every single working day.",
    )
    assert (None, "about-company") not in _sections(text, "posting.md")
    assert _messages(text, "posting.md", "JD201") == [
        "JD201 Summary is too long (61 words, more than 60)"
    ]


def test_indonesian_organisation_paragraph_opening_the_summary() -> None:
    text = (
        "Jabatan: Staf Pengadaan\n\nRingkasan:\n"
        "Koperasi Tani Makmur melayani dua ribu petani di Jawa Tengah sejak tahun 1985. Koperasi "
        "menyalurkan pupuk, benih dan alat pertanian ke empat puluh desa, dan membeli hasil panen "
        "anggotanya dengan harga yang adil setiap musim, dari gudang di Klaten dan Boyolali.\n\n"
        "Anda akan membeli kebutuhan gudang dan mengelola kontrak pemasok.\n\n"
        "Tanggung Jawab:\n- Memeriksa permintaan pembelian.\n- Menawar harga dengan pemasok.\n"
        "- Mencatat kontrak di sistem.\n\nKualifikasi:\n- Pengalaman pengadaan minimal 1 tahun.\n"
    )
    assert (None, "about-company") in _sections(text, "loker.txt")
    assert _messages(text, "loker.txt", "JD201") == []


def test_unknown_headings_after_the_summary_are_not_the_summary() -> None:
    html = (
        "<h1>Contract Specialist</h1><h2>Summary</h2>"
        f"<p>{ROLE}</p>"
        "<p><strong>This job is open to</strong></p><p>Current employees of the bureau and "
        "veterans who meet the requirements. Applicants apply through the portal.</p>"
        "<p><strong>Clarification from the agency</strong></p><p>Candidates who applied to the "
        "last notice for this job need to apply again.</p>"
        "<h2>Duties</h2><ul><li>Review purchase requests</li><li>Negotiate prices</li>"
        "<li>Award contracts</li></ul><h2>Requirements</h2><ul><li>One year in contracting</li>"
        "</ul>"
    )
    assert _messages(html, "posting.html", "JD201") == []
    sections = _sections(html, "posting.html")
    assert ("This job is open to", None) in sections


# --- duty lists ----------------------------------------------------------------------------------


def test_sub_items_of_a_duty_ending_in_a_colon_are_its_parts() -> None:
    english = (
        "Facilities Coordinator\n\nResponsibilities:\n"
        "1. Manage the vendor portfolio across all sites, covering:\n"
        "   - cleaning and security contracts\n   - supplier invoices and renewals\n"
        "2. Plan office moves with the project team.\n"
        "3. Track maintenance requests in the ticketing system.\n"
        "4. Office supplies for every floor.\n"
    )
    assert _messages(english, "posting.txt", "JD303") == [
        'JD303 Responsibility starts with "Office supplies for"; open with an action verb'
    ]
    indonesian = (
        "# Koordinator Gedung\n\n## Tanggung Jawab\n\n"
        "1. Mengelola kontrak vendor di semua lokasi, meliputi bidang:\n"
        "   - kebersihan dan keamanan gedung\n   - tagihan pemasok dan perpanjangan kontrak\n"
        "2. Merencanakan pindahan kantor bersama tim proyek.\n"
        "3. Mencatat permintaan perbaikan di sistem tiket.\n"
    )
    assert _messages(indonesian, "loker.md", "JD303") == []


def test_sub_items_under_a_group_heading_are_still_duties() -> None:
    text = (
        "Facilities Coordinator\n\nResponsibilities:\n"
        "1. Vendor management:\n   - security contracts for all sites\n"
        "   - Review supplier invoices\n2. Plan office moves with the project team.\n"
    )
    assert _messages(text, "posting.txt", "JD303") == [
        'JD303 Responsibility starts with "security contracts for"; open with an action verb'
    ]


# --- a job board's note to applicants ------------------------------------------------------------

BOARD_NOTE = (
    "Please mention the word **MAPLE** when applying to show you read the job post completely. "
    "This is a feature to avoid spam applicants. Companies can search these words to find "
    "applicants that read this."
)


def test_a_board_note_is_no_prose_duty_and_leaves_the_duties_empty() -> None:
    html = (
        "<p>Harbour Health runs twelve clinics on the coast.</p><h2>About the Role</h2>"
        "<p>You will answer members' questions about their cover by phone and chat.</p>"
        f"<h2>Job Responsibilities</h2><p>{BOARD_NOTE}</p>"
    )
    found = _messages(html, "posting.html", "JD307", "JD102")
    assert found == ['JD102 Section "Job Responsibilities" is empty']


def test_a_board_note_after_the_duties_is_not_counted_as_text() -> None:
    text = (
        "# Member Support Agent\n\n## About the Role\n\n"
        "You will answer members' questions about their cover by phone and chat.\n\n"
        "## Responsibilities\n\n- Answer calls and chats\n- Log every case\n"
        f"- Escalate complaints to the team lead\n\n{BOARD_NOTE}\n"
    )
    assert (None, "how-to-apply") in _sections(text, "posting.md")
    assert _messages(text, "posting.md", "JD307", "JD102", "JD201") == []
    indonesian = (
        "Jabatan: Staf Layanan Anggota\n\nTanggung Jawab:\n"
        "Menjawab pertanyaan anggota lewat telepon dan obrolan setiap hari kerja.\n"
        "Mencatat setiap kasus di sistem. Meneruskan keluhan kepada ketua tim.\n\n"
        "Sebutkan kata MAPEL saat melamar agar kami tahu Anda membaca iklan ini sampai habis.\n"
    )
    assert (None, "how-to-apply") in _sections(indonesian, "loker.txt")


# --- one duty without a marker -------------------------------------------------------------------


def test_one_duty_line_under_a_duties_heading_is_one_duty_in_every_format() -> None:
    html = (
        "<h1>Store Clerk</h1><p>You will keep our corner shop stocked for the neighbourhood.</p>"
        "<h3>Responsibilities</h3><p>Restock the shelves every morning before opening.</p>"
        "<h3>Requirements</h3><ul><li>Friendly manner</li><li>Able to lift 20 kg</li></ul>"
    )
    markdown = (
        "# Kasir Toko\n\nAnda menjaga kasir toko kelontong kami di Depok.\n\n"
        "## Tugas\n\nMelayani pembayaran pelanggan dengan ramah dan teliti.\n\n"
        "## Kualifikasi\n\n- Jujur\n- Teliti\n"
    )
    expected = [
        "JD308 Only 1 responsibilities listed; candidates need at least 3 to picture the job"
    ]
    assert _messages(html, "posting.html", "JD308") == expected
    assert _messages(markdown, "loker.md", "JD308") == expected


def test_a_line_describing_the_role_under_a_duties_heading_stays_prose() -> None:
    text = (
        "# Backend Engineer\n\n## What you'll do\n\n"
        "Backend Engineers at Kestrel are comfortable working on new products under fluid "
        "conditions.\n\n### Responsibilities\n\n- Design the booking API\n- Review code\n"
        "- Run the on-call rota\n"
    )
    assert _messages(text, "posting.md", "JD303", "JD308") == []


# --- lead-in sentences ----------------------------------------------------------------------------


def test_a_lead_in_sentence_ending_a_long_line_introduces_the_duties() -> None:
    english = (
        "Data Analyst\n\nNorthwind Freight builds routing software for regional carriers across "
        "the archipelago. We're growing our data team in Jakarta. In this role you will:\n"
        "- Build weekly sales dashboards for the regional leads.\n"
        "- Clean and join data from the CRM and the billing system.\n"
        "- Present findings to the operations team every month.\n\n"
        "You have:\n- Two years of SQL experience.\n- Strong written English.\n"
    )
    assert _messages(english, "posting.txt", "JD101") == []
    assert ("In this role you will:", "responsibilities") in _sections(english, "posting.txt")
    indonesian = (
        "Analis Data\n\nNusantara Logistik membangun perangkat lunak rute untuk armada di seluruh "
        "Jawa dan Sumatra. Tim data kami di Jakarta sedang berkembang. Di posisi ini Anda akan:\n"
        "- Menyusun dasbor penjualan mingguan.\n- Membersihkan data dari CRM.\n"
        "- Menyajikan temuan kepada tim operasional.\n\n"
        "Kualifikasi:\n- Pengalaman SQL minimal 2 tahun.\n"
    )
    assert _messages(indonesian, "loker.txt", "JD101") == []


def test_a_bold_lead_in_longer_than_a_heading_introduces_its_list() -> None:
    text = (
        "# Data Analyst\n\nNorthwind Freight builds routing software for regional carriers.\n\n"
        "As our first analyst, you will:\n\n- Build weekly sales dashboards\n"
        "- Clean and join data from the CRM\n- Present findings to the operations team\n\n"
        "**We'd love to hear from you if you have:**\n\n- Two years of SQL experience\n"
        "- Strong written English\n"
    )
    assert _messages(text, "posting.md", "JD101") == []


def test_a_job_board_wrapper_at_the_level_of_its_sections_is_not_empty() -> None:
    for wrapper in ("Job description & requirements", "About the job"):
        html = (
            f"<h1>Support Engineer</h1><h2>{wrapper}</h2><h2>About the team</h2>"
            "<p>Our support team of six answers customers of our billing app across Asia.</p>"
            "<h2>Responsibilities</h2><ul><li>Answer tickets</li><li>Write help articles</li>"
            "<li>Report bugs</li></ul><h2>Requirements</h2><ul><li>Two years in support</li></ul>"
        )
        assert _messages(html, "posting.html", "JD102") == [], wrapper
    indonesian = (
        "<h1>Staf Dukungan</h1><h2>Deskripsi Pekerjaan &amp; Persyaratan</h2><h2>Tentang Tim</h2>"
        "<p>Tim dukungan kami menjawab pelanggan aplikasi tagihan di seluruh Asia.</p>"
        "<h2>Tanggung Jawab</h2><ul><li>Menjawab tiket</li><li>Menulis artikel bantuan</li>"
        "<li>Melaporkan bug</li></ul><h2>Kualifikasi</h2><ul><li>Pengalaman 2 tahun</li></ul>"
    )
    assert _messages(indonesian, "loker.html", "JD102") == []
    # a section heading that is no wrapper is still empty
    empty = indonesian.replace("Deskripsi Pekerjaan &amp; Persyaratan", "Benefit")
    assert _messages(empty, "loker.html", "JD102") == ['JD102 Section "Benefit" is empty']


# --- headings that end the duties -----------------------------------------------------------------

CAPITALS = """CONTRACT SPECIALIST

SUMMARY
You will award and manage supply contracts for the northern field offices of the bureau.

RESPONSIBILITIES
- Review purchase requests for completeness.
- Negotiate prices with suppliers.
- Award contracts under the simplified acquisition threshold.

APPLICATION INSTRUCTIONS
- Resume showing dates of each job held
- Transcripts for any degree claimed

CAREER LADDER
- GS-9 to GS-12 in yearly steps

REQUIREMENTS
- One year of specialized experience in contracting.
"""


def test_application_instructions_and_career_ladder_end_the_duties() -> None:
    assert _messages(CAPITALS, "posting.txt", "JD303") == []
    sections = _sections(CAPITALS, "posting.txt")
    assert ("APPLICATION INSTRUCTIONS", "how-to-apply") in sections
    assert ("CAREER LADDER", "details") in sections


def test_an_unknown_heading_styled_like_the_duties_heading_is_its_peer() -> None:
    english = CAPITALS.replace("CAREER LADDER", "GRADE PATH")
    assert _messages(english, "posting.txt", "JD303") == []
    assert ("GRADE PATH", None) in _sections(english, "posting.txt")
    indonesian = (
        "# Staf Pengadaan\n\n**RINGKASAN**\n\nAnda membeli kebutuhan gudang koperasi kami.\n\n"
        "**TANGGUNG JAWAB**\n\n- Memeriksa permintaan pembelian\n- Menawar harga dengan pemasok\n"
        "- Mencatat kontrak di sistem\n\n**JENJANG GOLONGAN**\n\n- Golongan II sampai III\n\n"
        "**KUALIFIKASI**\n\n- Pengalaman pengadaan minimal 1 tahun\n"
    )
    assert _messages(indonesian, "loker.md", "JD303") == []
    # a sub-heading written unlike the duties heading still nests under it
    nested = (
        "ACCOUNT MANAGER\n\nRESPONSIBILITIES\n- Visit each client every quarter.\n"
        "- Answer questions about invoices.\n\nAccount planning:\n"
        "- Review the yearly plan with each client.\n- Forecast demand for the next season.\n"
    )
    assert ("Account planning:", "responsibilities") in _sections(nested, "posting.txt")


# --- a bold first line ----------------------------------------------------------------------------


def test_a_bold_role_name_run_into_the_blurb_is_the_title_not_the_summary() -> None:
    text = (
        "**Senior Data Analyst (Remote)**\n"
        "Northwind Freight builds routing software for regional carriers across the islands.\n\n"
        "**Responsibilities**\n\n- Build dashboards\n- Clean data\n- Present findings\n\n"
        "**Requirements**\n\n- SQL\n"
    )
    assert parse_document(text, "posting.md").title == "Senior Data Analyst (Remote)"
    assert _messages(text, "posting.md", "JD101") == []
    indonesian = (
        "<p><strong>Staf Gudang</strong><br>PT Sinar Gudang menyewakan gudang di Cikarang dan "
        "Karawang sejak 2009.</p><p><strong>Tanggung Jawab</strong></p><ul><li>Menerima barang"
        "</li><li>Menyusun stok</li><li>Mencatat barang keluar</li></ul>"
        "<p><strong>Kualifikasi</strong></p><ul><li>Pendidikan minimal SMA</li></ul>"
    )
    assert parse_document(indonesian, "loker.html").title == "Staf Gudang"
    assert _messages(indonesian, "loker.html", "JD101") == []


def test_a_bold_label_over_its_value_stays_a_detail() -> None:
    text = (
        "# Data Analyst\n\nYou will turn shipment data into weekly decisions for our teams.\n\n"
        "**Travel requirement:**\nOccasional travel to the regional offices.\n\n"
        "## Responsibilities\n\n- Build dashboards\n- Clean data\n- Present findings\n\n"
        "## Requirements\n\n- SQL\n"
    )
    headings = [heading for heading, _ in _sections(text, "posting.md")]
    assert "**Travel requirement:**" not in headings
    assert _messages(text, "posting.md", "JD104") == []


def test_a_second_duties_heading_further_down_counts_toward_the_duties() -> None:
    english = (
        "Site Supervisor\n\nSummary:\nYou will run our Bekasi warehouse site day and night.\n\n"
        "Responsibilities:\n- Plan the weekly shift rota.\n- Check every delivery note.\n\n"
        "Requirements:\n- Three years in warehousing.\n\n"
        "Job Scope:\n- Report stock losses to the area manager.\n- Train new pickers.\n"
    )
    assert _messages(english, "posting.txt", "JD308") == []
    indonesian = (
        "Supervisor Gudang\n\nRingkasan:\nAnda memimpin gudang kami di Bekasi.\n\n"
        "Tanggung Jawab:\n- Menyusun jadwal shift mingguan.\n- Memeriksa setiap surat jalan.\n\n"
        "Kualifikasi:\n- Pengalaman gudang minimal 3 tahun.\n\n"
        "Uraian Pekerjaan:\n- Melaporkan selisih stok.\n- Melatih staf baru.\n"
    )
    assert _messages(indonesian, "loker.txt", "JD308") == []


BENEFITS_AFTER_DUTIES = {
    "en": (
        "Data Analyst\n\nResponsibilities\nBuild weekly sales dashboards for the regional leads.\n"
        "Clean and join data from the CRM and the billing system.\n"
        "Present the findings to the sales managers each Monday.\n\nWhat You'll Gain\n"
        "Health cover for you and your family.\nA yearly learning budget.\n"
        "Flexible hours and two remote days a week.\n"
    ),
    "id": (
        "Staf Admin\n\nTanggung Jawab\nMembuat laporan penjualan harian.\n"
        "Mengarsipkan dokumen pengiriman.\nMenjawab telepon pelanggan.\n\n"
        "Apa yang Kamu Dapatkan\nGaji pokok dan insentif bulanan.\n"
        "BPJS Kesehatan dan Ketenagakerjaan.\nPelatihan rutin.\n"
    ),
}


def test_what_the_candidate_gains_is_benefits_not_more_duties() -> None:
    for language, text in BENEFITS_AFTER_DUTIES.items():
        assert _sections(text, "draft.txt")[-1][1] == "benefits", language
        assert _messages(text, "draft.txt", "JD303") == [], language
