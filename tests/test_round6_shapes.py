"""Shapes behind round 5's wrong firings on fresh test-half postings (docs/precision.md): a
title after a job board's label or in an HTML ``<h2>``, job details written as one word or
behind a middle dot, and sub-items written without markers under a Markdown item ending in a
colon (JD101, JD105, JD302).

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.config import default_config
from jdlint.document import ItemList
from jdlint.lint import lint_text
from jdlint.parse import parse_document


def _messages(text: str, name: str, *codes: str) -> list[str]:
    result = lint_text(text, name, default_config())
    return [f"{d.rule} {d.message}" for d in result.diagnostics if d.rule in codes]


# --- the title ---------------------------------------------------------------------------------

BOARD_LABEL_TEXT = """Lowongan Kerja: Admin Gudang

PT Sinar Rejeki membuka lowongan admin gudang untuk cabang baru kami di Sidoarjo.

Tanggung Jawab:
- Mencatat barang masuk dan keluar setiap hari
- Menyusun laporan stok mingguan untuk kepala gudang

Kualifikasi:
- Pendidikan minimal SMA/SMK
- Teliti dan jujur
"""


def test_a_job_boards_label_before_the_title_gives_the_title() -> None:
    document = parse_document(BOARD_LABEL_TEXT, "loker.txt")
    assert document.title == "Admin Gudang"
    messages = _messages(BOARD_LABEL_TEXT, "loker.txt", "JD101")
    assert "JD101 Missing section: job title" not in messages


def test_an_english_vacancy_label_gives_the_title() -> None:
    text = BOARD_LABEL_TEXT.replace("Lowongan Kerja: Admin Gudang", "Vacancy: Warehouse Admin")
    assert parse_document(text, "vacancy.txt").title == "Warehouse Admin"


H2_TITLE_HTML = """<div><h2>Data Analyst</h2>
<p>Harbor Health runs twelve community clinics. You will turn visit data into weekly
decisions for the clinic managers.</p>
<p><strong>What You'll Do:</strong></p>
<ul><li>Build weekly dashboards for clinic managers</li>
<li>Clean and join visit data from three systems</li>
<li>Explain trends to staff who do not work with data</li></ul>
<p><strong>What You'll Bring:</strong></p>
<ul><li>Two years of SQL experience</li><li>Clear writing</li></ul>
</div>
"""


def test_an_h2_that_opens_an_html_posting_is_its_title() -> None:
    document = parse_document(H2_TITLE_HTML, "ats.html")
    assert document.title == "Data Analyst"
    assert document.title_span is not None
    assert H2_TITLE_HTML[document.title_span.start : document.title_span.end] == "Data Analyst"
    assert _messages(H2_TITLE_HTML, "ats.html", "JD101") == []


def test_a_pitch_in_the_first_h2_is_not_the_title() -> None:
    text = H2_TITLE_HTML.replace("Data Analyst</h2>", "Join the team that keeps clinics open!</h2>")
    assert parse_document(text, "ats.html").title is None
    assert "JD101 Missing section: job title" in _messages(text, "ats.html", "JD101")


def test_a_first_section_heading_in_markdown_is_not_the_title() -> None:
    text = "## About us\n\nWe run twelve clinics.\n\n## Responsibilities\n\n- Build dashboards\n"
    assert parse_document(text, "role.md").title is None


def test_front_matter_title_keeps_the_first_h2_a_heading() -> None:
    text = (
        '---\ntitle: "Social Media Manager"\n---\n\n## Social Media at Northwind\n\n'
        "You will run our channels and plan the posts of each month with the brand team.\n"
    )
    assert parse_document(text, "role.md").title == "Social Media Manager"
    assert _messages(text, "role.md", "JD706") == []


# --- job details -------------------------------------------------------------------------------


def test_fulltime_written_as_one_word_states_the_type() -> None:
    text = BOARD_LABEL_TEXT.replace("- Teliti dan jujur", "- Pekerjaan FULLTIME, bukan sampingan")
    assert "JD105 No employment type stated" not in _messages(text, "loker.txt", "JD105")
    assert "JD105 No employment type stated" in _messages(BOARD_LABEL_TEXT, "loker.txt", "JD105")


def test_a_working_location_behind_a_middle_dot_states_the_location() -> None:
    text = (
        "Sales Executive\n\nYou will sell our payroll software to firms in the region.\n\n"
        "Responsibilities\n- Meet ten prospects a week\n- Keep the CRM up to date\n\n"
        "·         Working Location: Bangsar South, Kuala Lumpur.\n"
    )
    messages = _messages(text, "posting.txt", "JD105")
    assert "JD105 No location stated" not in messages
    assert "JD105 No reporting line stated" in messages


# --- sub-items without markers in Markdown -----------------------------------------------------

STORE_TEXT = """# Store Supervisor

## Summary

You will run the evening shift of our Bandung store and keep the floor ready for customers.

## Responsibilities

- Open and close the store on your shifts
- Prepare the weekly reports for the area manager, covering:
sales against the weekly target for each department
stock that is running low or damaged in the storeroom
staff hours worked and overtime requested by the team
- Coach new cashiers during their first month
"""


def test_unmarked_lines_under_an_item_ending_in_a_colon_are_its_sub_items() -> None:
    assert _messages(STORE_TEXT, "role.md", "JD302", "JD702") == []
    lists = [
        [bullet.text for bullet in block.bullets]
        for section in parse_document(STORE_TEXT, "role.md").sections
        for block in section.blocks
        if hasattr(block, "bullets")
    ]
    assert [
        "sales against the weekly target for each department",
        "stock that is running low or damaged in the storeroom",
        "staff hours worked and overtime requested by the team",
    ] in lists


def test_text_wrapped_under_an_item_ending_in_a_colon_stays_one_item() -> None:
    text = (
        "## Responsibilities\n\n"
        "- Write the monthly newsletter for our members, and before each issue goes out:\n"
        "  collect the news of each branch, check every figure with the finance team, then\n"
        "  send the draft to the director, who reads it and returns it to you within a week\n"
    )
    lists = [
        [bullet.text for bullet in block.bullets]
        for section in parse_document(text, "role.md").sections
        for block in section.blocks
        if hasattr(block, "bullets")
    ]
    assert len(lists) == 1 and len(lists[0]) == 1


# --- headings set in Unicode's bold letters ----------------------------------------------------


def _bold(text: str) -> str:
    """*text* in Unicode's mathematical bold letters, as social sites style headings."""
    return "".join(
        chr(0x1D400 + ord(char) - ord("A"))
        if "A" <= char <= "Z"
        else chr(0x1D41A + ord(char) - ord("a"))
        if "a" <= char <= "z"
        else char
        for char in text
    )


BOLD_HEADINGS_TEXT = (
    "Staff Gudang "
    + _bold("Deskripsi Pekerjaan:")
    + " Mencatat barang masuk dan keluar gudang setiap hari. Menyusun laporan stok mingguan"
    " untuk kepala gudang. Mengatur penempatan barang di rak sesuai kode. "
    + _bold("Kualifikasi:")
    + " Pendidikan minimal SMA atau SMK sederajat. Berpengalaman di bidang gudang minimal satu"
    " tahun. Teliti, jujur dan mampu bekerja dalam tim. Bersedia bekerja dengan sistem shift. "
    + _bold("Benefit:")
    + " Gaji pokok, BPJS Kesehatan dan BPJS Ketenagakerjaan, uang makan.\n"
)


def test_headings_in_bold_unicode_letters_are_read_as_headings() -> None:
    messages = _messages(BOLD_HEADINGS_TEXT, "scrape.txt", "JD101")
    assert "JD101 Missing section: qualifications" not in messages
    # the duty sentences under "Deskripsi Pekerjaan" are the duties, written as prose
    assert "JD101 Missing section: responsibilities" not in messages
    canonical = {s.canonical for s in parse_document(BOLD_HEADINGS_TEXT, "scrape.txt").sections}
    assert {"responsibilities", "qualifications", "benefits"} <= canonical


def test_bold_unicode_letters_keep_every_span_in_place() -> None:
    document = parse_document(BOLD_HEADINGS_TEXT, "scrape.txt")
    assert len(document.text) == len(BOLD_HEADINGS_TEXT)
    heading = next(
        s.heading for s in document.sections if s.canonical == "qualifications" and s.heading
    )
    assert BOLD_HEADINGS_TEXT[heading.span.start : heading.span.end] == _bold("Kualifikasi:")


# --- lists run into one line or one HTML paragraph ---------------------------------------------

INLINE_LIST_TEXT = """Sales Motoris

PT Berkah Distribusi membuka lowongan sales motoris untuk area Bekasi dan sekitarnya.

Kualifikasi: * Pria, usia 20 sampai 35 tahun * Pendidikan minimal SMA atau SMK sederajat * Memiliki SIM C dan sepeda motor sendiri * Berpengalaman sebagai sales minimal satu tahun
Tanggung jawab: * Mengunjungi toko di area yang ditentukan * Mencatat pesanan dan tagihan toko * Membuat laporan penjualan harian untuk supervisor
"""  # noqa: E501


def _lists(text: str, name: str) -> dict[str | None, list[str]]:
    """The items of each section's lists, by section."""
    found: dict[str | None, list[str]] = {}
    for section in parse_document(text, name).sections:
        for block in section.blocks:
            if isinstance(block, ItemList):
                found.setdefault(section.canonical, []).extend(b.text for b in block.bullets)
    return found


def test_a_section_name_run_into_its_inline_list_is_a_heading_over_a_list() -> None:
    lists = _lists(INLINE_LIST_TEXT, "loker.txt")
    assert lists["qualifications"][0] == "Pria, usia 20 sampai 35 tahun"
    assert len(lists["qualifications"]) == 4
    assert len(lists["responsibilities"]) == 3
    assert _messages(INLINE_LIST_TEXT, "loker.txt", "JD101", "JD702") == []


def test_a_sentence_with_stars_is_not_an_inline_list() -> None:
    text = INLINE_LIST_TEXT.replace("Kualifikasi: *", "Catatan: kami menilai *").replace(
        "Tanggung jawab: *", "Lainnya *"
    )
    assert "qualifications" not in _lists(text, "loker.txt")


INLINE_LIST_HTML = (
    "<h2>Sales Motoris</h2>\n<p>PT Berkah Distribusi membuka lowongan sales motoris untuk area"
    " Bekasi.</p>\n<p>Kualifikasi: * Pria, usia 20 sampai 35 tahun * Pendidikan minimal SMA"
    " * Memiliki SIM C dan sepeda motor sendiri * Berpengalaman sebagai sales</p>\n"
    "<p>Tanggung jawab:\n- Mengunjungi toko di area yang ditentukan\n- Mencatat pesanan dan"
    " tagihan toko\n- Membuat laporan penjualan harian</p>\n"
)


def test_lists_inside_one_html_paragraph_are_lists() -> None:
    lists = _lists(INLINE_LIST_HTML, "ats.html")
    assert lists["qualifications"][1] == "Pendidikan minimal SMA"
    assert lists["responsibilities"] == [
        "Mengunjungi toko di area yang ditentukan",
        "Mencatat pesanan dan tagihan toko",
        "Membuat laporan penjualan harian",
    ]
    assert _messages(INLINE_LIST_HTML, "ats.html", "JD101") == []


def test_html_list_items_keep_their_source_spans() -> None:
    document = parse_document(INLINE_LIST_HTML, "ats.html")
    bullets = [
        bullet
        for section in document.sections
        for block in section.blocks
        if isinstance(block, ItemList)
        for bullet in block.bullets
    ]
    for bullet in bullets:
        assert INLINE_LIST_HTML[bullet.span.start : bullet.span.end] == bullet.text


def test_line_breaks_in_an_html_paragraph_of_prose_stay_spaces() -> None:
    text = (
        "<p>You will run the evening shift\nof our Bandung store - and keep the floor\n"
        "ready for customers.</p>"
    )
    assert _lists(text, "ats.html") == {}


# --- labelled items written one per line -------------------------------------------------------

LABELLED_DUTIES_TEXT = """Junior Data Analyst

Northwind Freight is hiring a junior analyst for its Penang office.

What You Will Do
Data Cleaning: Find and fix gaps and duplicates in the shipment records every week.
Shipment volume forecasting for the regional lanes: Build simple models of next month's volumes.
Reporting: Write a short summary of each week's numbers for the operations leads.
If this sounds like you, we would love to hear from you - apply today!

Requirements
A degree in statistics, mathematics or a related field.
Working knowledge of SQL and a spreadsheet tool.
"""


def test_lines_of_label_and_clause_are_list_items() -> None:
    lists = _lists(LABELLED_DUTIES_TEXT, "posting.txt")
    assert lists["responsibilities"] == [
        "Data Cleaning: Find and fix gaps and duplicates in the shipment records every week.",
        "Shipment volume forecasting for the regional lanes: Build simple models of next "
        "month's volumes.",
        "Reporting: Write a short summary of each week's numbers for the operations leads.",
    ]
    messages = _messages(LABELLED_DUTIES_TEXT, "posting.txt", "JD101", "JD303", "JD201")
    assert messages == []


def test_key_value_lines_with_short_values_stay_details() -> None:
    text = (
        "Cashier\n\nYou will serve customers at our Medan store.\n\nDetails\n"
        "Location: Medan, North Sumatra\nEmployment type: Full-time\nReports to: Store Manager\n"
    )
    assert "details" not in _lists(text, "posting.txt")
    assert _messages(text, "posting.txt", "JD105") == []


# --- duties listed right under the title -------------------------------------------------------

DUTIES_UNDER_TITLE_TEXT = """Admin Gudang - Cikarang

Mencatat barang masuk dan keluar gudang
Menyusun laporan stok mingguan untuk kepala gudang
Follow up pengiriman dari pemasok
Mengarsipkan surat jalan dan faktur

Kualifikasi:
Pendidikan minimal SMK
Teliti dan jujur
Pengalaman di bidang gudang minimal 1 tahun
"""


def test_duties_listed_right_under_the_title_are_the_responsibilities() -> None:
    assert len(_lists(DUTIES_UNDER_TITLE_TEXT, "loker.txt")["responsibilities"]) == 4
    messages = _messages(DUTIES_UNDER_TITLE_TEXT, "loker.txt", "JD101")
    assert "JD101 Missing section: responsibilities" not in messages
    assert "JD101 Missing section: summary" in messages


def test_requirements_listed_right_under_the_title_are_not_duties() -> None:
    text = DUTIES_UNDER_TITLE_TEXT.split("\n\nKualifikasi:")[0].replace(
        "Mencatat barang masuk dan keluar gudang\nMenyusun laporan stok mingguan untuk kepala"
        " gudang\nFollow up pengiriman dari pemasok\nMengarsipkan surat jalan dan faktur",
        "Pendidikan minimal SMK\nTeliti dan jujur\nPengalaman di bidang gudang minimal 1 tahun",
    )
    assert "responsibilities" not in _lists(text, "loker.txt")


def test_the_interview_process_is_how_to_apply_not_duties() -> None:
    text = (
        "# Operations Analyst\n\nYou will keep our warehouses supplied across the region.\n\n"
        "## Responsibilities\n\n- Plan weekly stock transfers\n- Track supplier delays\n"
        "- Report stock levels to the regional lead\n\n## The Interview Process\n\n"
        "- Screening call with a recruiter\n- Case study with the team\n"
        "- Final interview with the Head of Operations\n"
    )
    assert _messages(text, "role.md", "JD303") == []
    assert "how-to-apply" in _lists(text, "role.md")


def test_job_deskripsi_holds_the_duties_it_lists() -> None:
    # half the items read as skills, so only the heading's meaning makes them the duties
    text = (
        "<p><strong>Job Deskripsi:</strong></p><ol><li>Membangun aplikasi web dengan Spring</li>"
        "<li>Menguasai Java dan Spring Boot</li><li>Memahami REST API dan integrasi sistem</li>"
        "<li>Memperbaiki bug setelah implementasi</li></ol>"
        "<p><strong>Kualifikasi:</strong></p><ol><li>Pengalaman minimal 3 tahun</li>"
        "<li>Pendidikan minimal S1</li></ol>"
    )
    assert len(_lists(text, "ats.html")["responsibilities"]) == 4
    assert "JD101 Missing section: responsibilities" not in _messages(text, "ats.html", "JD101")


def test_off_is_a_particle_and_serta_a_lead_in_but_hands_on_is_no_verb() -> None:
    from jdlint.verbs import judge

    assert judge("en").opens_with_verb(["Sign-off", "the", "monthly", "stock", "count"])
    assert not judge("en").opens_with_verb(["Hands-on", "leadership", "development"])
    assert judge("id").opens_with_verb(["Serta", "mempertahankan", "pelanggan", "lama"])


def test_a_contract_of_a_stated_length_states_the_employment_type() -> None:
    text = (
        "Admin Klinik\n\nKami membuka lowongan admin klinik di Medan.\n\nTanggung Jawab:\n"
        "- Mencatat data pasien\n- Menyusun jadwal dokter\n\nKeterangan:\n"
        "Kontrak kerja selama 1 (satu) tahun dan dapat diperpanjang.\n"
    )
    assert "JD105 No employment type stated" not in _messages(text, "loker.txt", "JD105")
    without = text.replace("Kontrak kerja selama 1 (satu) tahun dan", "Masa kerja")
    assert "JD105 No employment type stated" in _messages(without, "loker.txt", "JD105")


GROUPED_DUTIES_TEXT = """Warehouse Lead

Key Responsibilities
Stock Control & Counting
Count the fast-moving lines every Monday morning
Investigate gaps between the system and the shelves
Inbound Deliveries
Check each delivery against its purchase order
Book damaged goods back to the supplier the same day
Team Coordination
Plan the weekly rota for six pickers
Train new starters on the scanners
"""


def test_title_shaped_lines_head_groups_of_unmarked_duties() -> None:
    document = parse_document(GROUPED_DUTIES_TEXT, "posting.txt")
    lists = [
        [(bullet.text, bullet.subheading) for bullet in block.bullets]
        for section in document.sections
        for block in section.blocks
        if isinstance(block, ItemList)
    ]
    assert lists[0] == [("Stock Control & Counting", True)]
    assert [text for text, _ in lists[1]] == [
        "Count the fast-moving lines every Monday morning",
        "Investigate gaps between the system and the shelves",
    ]
    assert len(lists) == 6
    assert _messages(GROUPED_DUTIES_TEXT, "posting.txt", "JD301", "JD303") == []


def test_one_title_shaped_line_among_duties_does_not_group_them() -> None:
    text = GROUPED_DUTIES_TEXT.replace("Inbound Deliveries\n", "").replace(
        "Team Coordination\n", ""
    )
    lists = _lists(text, "posting.txt")
    assert len(lists["responsibilities"]) == 7


def test_an_office_location_key_inside_a_bullet_states_the_location() -> None:
    text = (
        "Staff Admin\n\nKami mencari staf admin untuk kantor pusat.\n\nKualifikasi:\n"
        "-Pendidikan minimal SMA\n-Lokasi kantor: Kemayoran, Jakarta Pusat\n"
    )
    assert "JD105 No location stated" not in _messages(text, "loker.txt", "JD105")


def test_a_closing_note_to_applicants_ends_a_run_of_unmarked_items() -> None:
    text = (
        "Data Analyst\n\nYou will turn our sales data into weekly decisions.\n\nRequirements:\n"
        "A degree in statistics or a related field\nThree years of SQL\nClear written English\n"
        "Interested candidates, kindly send your CV through the Apply button. Only shortlisted "
        "candidates will be notified.\nThank you.\n"
    )
    assert _lists(text, "posting.txt")["qualifications"] == [
        "A degree in statistics or a related field",
        "Three years of SQL",
        "Clear written English",
    ]
    assert _messages(text, "posting.txt", "JD302") == []
