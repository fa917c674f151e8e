"""Shapes seen on real postings in session 17 (precision round 20's misreadings).

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.parse import parse_document
from tests.shapes import messages


def _kinds(text: str, name: str) -> list[str | None]:
    return [section.canonical for section in parse_document(text, name).sections]


def _headed(text: str, name: str) -> dict[str, str | None]:
    return {
        section.heading.text.strip(): section.canonical
        for section in parse_document(text, name).sections
        if section.heading is not None
    }


def test_a_heading_with_the_role_or_the_employer_after_it_names_its_section() -> None:
    en = (
        "Warehouse Intern\n\nWhat you will do at Kestrel Freight\n\n"
        "- Count the stock every week.\n- Check incoming goods against the orders.\n\n"
        "Your qualities and skills as a Warehouse Operations Intern\n\n"
        "- A student in the third year of a logistics degree\n- Good spoken English\n"
    )
    id_ = (
        "Staf Gudang\n\nApa yang akan kamu kerjakan bersama PT Kenari Logistik\n\n"
        "- Menghitung stok setiap minggu.\n- Memeriksa barang yang masuk.\n\n"
        "Syarat dan kemampuan yang dibutuhkan sebagai Staf Gudang Cabang Cikarang\n\n"
        "- Pendidikan minimal SMA atau SMK\n- Mampu bekerja dalam tim\n"
    )
    assert list(_headed(en, "draft.txt").values())[1:] == ["responsibilities", "qualifications"]
    assert list(_headed(id_, "draft.txt").values())[-1] == "qualifications"
    for text in (en, id_):
        assert messages(text, "draft.txt", "JD101") == ["JD101 Missing section: summary"], messages(
            text, "draft.txt", "JD101"
        )


def test_a_culture_pitch_under_whats_in_it_for_you_before_the_duties_is_no_benefit() -> None:
    en = (
        "Route Planner\n\nSummary\n\nYou will plan the daily routes of our northern depots.\n\n"
        "What’s in it for you\n\nWe learn from each other every week, through workshops and "
        "shared lunches. You will work with people who care about fresh food and short routes, "
        "in a team small enough that everyone knows your name.\n\n"
        "Responsibilities\n\n- Build the daily route plans.\n- Tell drivers about changes.\n\n"
        "Requirements\n\n- Two years of planning experience\n- A driving licence\n"
    )
    assert "about-company" in _kinds(en, "draft.txt")
    assert messages(en, "draft.txt", "JD104") == []
    pitch = en.split("What’s in it for you\n\n")[1].split("\n\n")[0]
    listed = en.replace(pitch, "- Free lunches\n- Twenty-five days of leave")
    assert pitch not in listed
    assert "about-company" not in _kinds(listed, "draft.txt")


def test_a_plural_job_descriptions_heading_over_one_duty_line_holds_the_duties() -> None:
    en = (
        "<h1>ACCOUNT EXECUTIVE</h2>"
        "<h3>REQUIREMENTS :</h3><ul><li>Two years in sales</li><li>Fluent English</li></ul>"
        "<h3>JOB DESCRIPTIONS:</h3><p>Plan and run the promotional campaigns of the region</p>"
    )
    id_ = (
        "<h1>STAF ADMIN</h2>"
        "<h3>PERSYARATAN :</h3><ul><li>Pendidikan minimal D3</li><li>Teliti</li></ul>"
        "<h3>JOBDESK:</h3><p>Menyusun laporan penjualan harian untuk kepala cabang</p>"
    )
    for text in (en, id_):
        headed = _headed(text, "page.html")
        assert list(headed.values()) == ["title", "qualifications", "responsibilities"], headed
        assert "JD101 Missing section: responsibilities" not in messages(text, "page.html", "JD101")


def test_an_empty_first_heading_over_every_section_labels_the_page() -> None:
    en = (
        "# Responsibilities\n\n## The role\n\nYou will verify memory chips before they ship.\n\n"
        "## Key responsibilities\n\nWrite test plans for each chip.\nRun the nightly regressions.\n"
        "Debug failing simulations with the designers.\n\n## Preferred experience\n\n"
        "A degree in electrical engineering and some SystemVerilog.\n"
    )
    id_ = (
        "# Tanggung Jawab\n\n## Ringkasan\n\n"
        "Anda memeriksa kualitas cip memori sebelum dikirim.\n\n"
        "## Tugas utama\n\nMenyusun rencana pengujian untuk setiap cip.\n"
        "Menjalankan pengujian setiap malam.\nMencari penyebab kegagalan bersama perancang.\n\n"
        "## Kualifikasi\n\nLulusan S1 teknik elektro dan mengenal SystemVerilog.\n"
    )
    for text in (en, id_):
        assert _kinds(text, "draft.md")[0] is None
        assert messages(text, "draft.md", "JD104") == []
        found = parse_document(text, "draft.md")
        duties = [s for s in found.sections if s.canonical == "responsibilities"]
        assert len(duties) == 1 and duties[0].level == 2


def test_a_full_stop_before_an_html_line_break_ends_the_sentence() -> None:
    first = (
        "The planner will work with the depot teams on building new daily routes for the "
        "chilled fleet using the tools we already have.<br>"
    )
    second = (
        "The planning team is responsible for the routes of all our trucks and works closely "
        "with the warehouse staff every morning.<br>"
    )
    text = f"# Route Planner\n\n## Summary\n\n{first}\n{second}\n"
    assert messages(text, "draft.md", "JD702") == []


def test_a_lead_in_among_one_line_paragraphs_starts_a_list_of_its_own() -> None:
    lead_in = "Experience testing in one or more of the following depot environments:"
    items = "\n\n".join(
        [
            *["Experience with:", "Route planning software", "Fleet telematics"],
            *["Warehouse scanners", "Fuel cards", "Tachograph tools", "Spreadsheet macros"],
            *[lead_in, "Cold-chain audits", "Depot audits"],
            *["A driving licence", "A degree in logistics preferred"],
        ]
    )
    en = f"# Route Planner\n\n## Requirements\n\n{items}\n"
    id_ = en.replace(
        lead_in,
        "Pengalaman menguji di salah satu atau beberapa lingkungan gudang berikut ini:",
    )
    for text in (en, id_):
        assert messages(text, "draft.md", "JD301") == []
    longer = en.replace("Spreadsheet macros", "Spreadsheet macros\n\nRoute maps")
    assert messages(longer, "draft.md", "JD301") == [
        "JD301 List has 7 items; keep it to 6 or fewer"
    ]


def test_a_capitals_line_in_markdown_heads_one_sentence_paragraphs_of_duties() -> None:
    duties = [
        "Plans the daily routes of the northern depots.",
        "Checks the loading times with the warehouse.",
        "Tracks fuel use on every route.",
        "Trains the junior planners.",
        "Reports delays to the operations manager.",
        "Agrees weekend cover with the depots.",
        "Keeps the route maps up to date.",
    ]
    tugas = [
        "Menyusun rencana rute harian gudang.",
        "Memeriksa jam muat bersama tim gudang.",
        "Mencatat pemakaian bahan bakar tiap rute.",
        "Melatih perencana baru.",
        "Melaporkan keterlambatan kepada manajer.",
        "Menyepakati jadwal akhir pekan.",
        "Memperbarui peta rute.",
    ]
    en = "Kestrel Freight\n\nROLE\n\n" + "\n\n".join(duties) + "\n"
    id_ = "PT Kenari Logistik\n\nTANGGUNG JAWAB\n\n" + "\n\n".join(tugas) + "\n"
    for text in (en, id_):
        assert "responsibilities" in _kinds(text, "draft.md")
        assert messages(text, "draft.md", "JD301", "JD307") == [
            "JD301 List has 7 items; keep it to 6 or fewer"
        ]
    assert "TBD" not in _headed("# Planner\n\n## Summary\n\nTBD\n", "draft.md")


def test_a_plural_pay_heading_and_a_contact_heading_over_its_labels() -> None:
    en = (
        "# Route Planner\n\n## Responsibilities\n\n- Build the daily route plans.\n"
        "- Tell drivers about changes.\n\nPay Ranges:\n\nLevel 1 - $32.60 - $45.67\n\n"
        "Level 2 - $85,000 - $115,000\n\nLevel 3 - $105,000 - $135,000\n\n"
        "Every level includes a yearly bonus.\n\n"
        "CONTACT DETAILS\n\nFOR INFORMATION REGARDING RECRUITMENT:\n\njobs@kestrel.example\n"
    )
    headed = _headed(en, "draft.md")
    assert headed["Pay Ranges:"] == "benefits"
    assert headed["FOR INFORMATION REGARDING RECRUITMENT:"] == "details"
    assert messages(en, "draft.md", "JD102") == []


def test_position_names_over_a_placement_line_and_a_list_are_several_jobs() -> None:
    job = (
        '<div class="item"><div class="head"><h5>{name}</h5><span>Penempatan : Surabaya</span>'
        '</div><div class="body"><ol><li>Pendidikan minimal S1 Akuntansi</li>'
        "<li>Usia maksimal 30 tahun.</li><li>Teliti dan jujur</li></ol><br><br>"
        "Kirim CV Anda ke : kerja@kenari.example</div></div>"
    )
    intro = (
        "<h3>BERGABUNG DENGAN KENARI</h3><h3>Kenari membuka peluang bagi lulusan baru untuk "
        "belajar sambil bekerja bersama tim kami.</h3>"
    )
    names = ("Payroll Supervisor", "Credit Analyst")
    page = intro + "\n".join(job.format(name=name) for name in names)
    english = page.replace("Penempatan", "Placement").replace(
        "Pendidikan minimal S1 Akuntansi", "A degree in accounting"
    )
    for text in (page, english):
        assert messages(text, "page.html", "JD305") == []
        scopes = {section.scope for section in parse_document(text, "page.html").sections}
        assert scopes == {0, 1, 2}, scopes  # the page's intro, then each job


def test_hashes_run_into_a_headings_words_still_make_a_heading() -> None:
    en = (
        "---\ntitle: Route Planner\n---\n##Route Planner\n###Kestrel Freight\n\n"
        "* Location: Leeds\n* Closing date: 1 May\n\n###Position Description\n"
        "You will plan the daily routes of our northern depots and tell the drivers about "
        "every change.\n\n#This position has been closed.\n"
    )
    id_ = en.replace("Position Description", "Deskripsi Posisi").replace("Location", "Lokasi")
    for text in (en, id_):
        headed = _headed(text, "draft.md")
        assert "Kestrel Freight" in headed and headed["Kestrel Freight"] == "details", headed
        assert not any(name.startswith("This position") for name in headed)


def test_a_colon_lead_in_over_indented_lines_without_markers_makes_a_list() -> None:
    duties = [
        "Plan the daily routes of the northern depots and agree them with the leads.",
        "Check the loading times with the warehouse every morning before eight.",
        "Track fuel use on every route and suggest changes that save it.",
        "Train the junior planners in the routing software we use.",
        "Report delays to the operations manager every Friday afternoon.",
        "Agree weekend cover with the depots a week ahead.",
        "Keep the route maps up to date after every change.",
    ]
    body = "\n".join(f"    {duty}" for duty in duties)
    lead_in = "Key responsibilities for this role include (but are not limited to) the following:"
    en = f"Route Planner\n\nResponsibilities\n\n{lead_in}\n\n{body}\n"
    id_ = en.replace("Responsibilities", "Tanggung Jawab").replace(
        lead_in,
        "Tugas utama untuk posisi ini antara lain (tetapi tidak terbatas pada) berikut:",
    )
    for text in (en, id_):
        assert messages(text, "draft.txt", "JD301", "JD307") == [
            "JD301 List has 7 items; keep it to 6 or fewer"
        ], messages(text, "draft.txt", "JD301", "JD307")
