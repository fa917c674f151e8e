"""Shapes seen on real postings in session 15.

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.parse import parse_document
from tests.shapes import messages
from tests.test_session14_shapes import TAB_LABELS

TAB_LABELS_ID = """Program Magang Analis Data

Bagikan lowongan ini
Program ini memberi tiga rotasi enam bulan di divisi PT Arunika Dana.

Deskripsi Pekerjaan
Benefit dan Fasilitas
Tanggung Jawab Utama

Menyusun kueri untuk menyiapkan data model statistik.
Menyajikan temuan kepada mitra bisnis setiap bulan.
"""


def test_tab_labels_count_as_no_section() -> None:
    for text in (TAB_LABELS, TAB_LABELS_ID):
        document = parse_document(text, "draft.txt")
        kinds = [section.canonical for section in document.sections]
        assert "benefits" not in kinds
        assert "responsibilities" in kinds
        assert messages(text, "draft.txt", "JD102", "JD104") == []


def test_headings_over_a_lead_in_are_no_tab_strip() -> None:
    text = (
        "Data Analyst\n\nWe are a shipping firm in Leeds.\n\n"
        "Job Description\nPrimary Responsibilities\nThe main duties of the post are:\n\n"
        "- Build the weekly freight report.\n- Check the customs data.\n"
    )
    headings = [s.heading.text for s in parse_document(text, "draft.txt").sections if s.heading]
    assert "Primary Responsibilities" in headings


POSTDOC = """# Postdoctoral Researcher in Soil Microbiology

The Fenwick Soil Lab at Norbridge University studies how microbes hold carbon in farm soil.

## Responsibilities

1. Conduct independent research under the guidance of the head of the lab.
2. Write papers and present them at conferences.
3. Work independently or with the other members of the lab on field trials.

## Requirements

1. A PhD in microbiology, soil science or a related field.
2. Shown ability to conduct independent scientific research.
"""


def test_independent_research_is_a_term_of_art_not_a_coded_trait() -> None:
    assert messages(POSTDOC, "draft.md", "JD501") == []
    trait = POSTDOC.replace("conduct independent scientific research", "be independent").replace(
        "Conduct independent research", "Be competitive and ambitious in research"
    )
    assert len(messages(trait, "draft.md", "JD501")) == 4


RUN_IN_LABELS_EN = """---
title: Research technician
---

The Okafor lab studies how bees find flowers, and is hiring a research technician for two years.

*Requirements:* A degree in biology, ecology or a related field. Experience with field work
and with keeping careful records of observations.
"""

RUN_IN_LABELS_ID = """# Teknisi Laboratorium

Laboratorium Tanah PT Subur Makmur di Bogor mencari teknisi untuk menguji sampel dari kebun.

**Persyaratan:** Lulusan D3 kimia atau biologi, teliti dalam mencatat hasil uji, dan bersedia
bekerja di laboratorium pada hari Sabtu.
"""


def test_a_section_name_opening_a_paragraph_heads_it() -> None:
    for text in (RUN_IN_LABELS_EN, RUN_IN_LABELS_ID):
        kinds = [s.canonical for s in parse_document(text, "draft.md").sections]
        assert "qualifications" in kinds
        assert not any("qualifications" in m for m in messages(text, "draft.md", "JD101"))


def test_a_label_with_a_short_value_stays_a_line() -> None:
    text = "Data Engineer\n\nThe role: Data Engineer\nThe engineer keeps the pipelines running.\n"
    headings = [s.heading.text for s in parse_document(text, "draft.txt").sections if s.heading]
    assert "The role:" not in headings


TWO_JOBS_HTML_ID = """<h1>Rekrutmen PT Arunika Telematika</h1>
<div>
<code>PERSYARATAN UMUM <br>
<ol>
<li>Sehat jasmani dan rohani</li>
<li>Jujur dan bertanggung jawab</li>
<li>Mampu bekerja dalam tim</li>
</ol>
</code>
<code>PERSYARATAN KHUSUS STAF BAGIAN KEUANGAN (KODE : KEU) <br>
<ol>
<li>Pendidikan minimal S1 Akuntansi</li>
<li>Pengalaman minimal 2 tahun di bidang keuangan</li>
<li>Menguasai aplikasi perkantoran</li>
<li>Memahami perpajakan</li>
<li>Teliti</li>
<li>Bersedia lembur</li>
</ol>
</code>
<code>PERSYARATAN KHUSUS STAF BAGIAN GUDANG (KODE : GDG) <br>
<ol>
<li>Pendidikan minimal SMA</li>
<li>Pengalaman minimal 1 tahun di gudang</li>
<li>Menguasai aplikasi perkantoran</li>
<li>Memiliki SIM C</li>
<li>Kuat fisik</li>
<li>Bersedia kerja shift</li>
</ol>
</code>
</div>
"""


def test_requirements_of_two_jobs_on_one_html_page_count_per_job() -> None:
    document = parse_document(TWO_JOBS_HTML_ID, "page.html")
    headings = [s.heading.text for s in document.sections if s.heading]
    assert any(h.startswith("PERSYARATAN KHUSUS STAF BAGIAN GUDANG") for h in headings)
    assert messages(TWO_JOBS_HTML_ID, "page.html", "JD305") == []
    assert messages(TWO_JOBS_HTML_ID, "page.html", "JD601") == [
        "JD601 9 requirements listed (more than 8): keep the ones the job truly needs"
    ]


TWO_JOBS_TEXT_EN = """Openings at Harbour Freight

General requirements:
- Clean driving licence
- Good spoken English
- Able to work some weekends

Requirements for the Warehouse Supervisor:
- Two years of warehouse experience
- Forklift certificate
- Basic spreadsheet skills
- Able to lead a shift of six
- Calm under pressure
- Available for early shifts

Requirements for the Delivery Driver:
- Two years of driving experience
- Basic spreadsheet skills
- Good knowledge of the city
- Polite with customers
- Available for early shifts
- Able to lift 20 kg
- Fit for long days
"""


def test_requirements_of_two_posts_named_in_their_headings_count_per_job() -> None:
    assert messages(TWO_JOBS_TEXT_EN, "draft.txt", "JD305") == []
    found = messages(TWO_JOBS_TEXT_EN, "draft.txt", "JD601")
    assert found == ["JD601 9 requirements listed (more than 8): keep the ones the job truly needs"]


COMPETENCIES = """# Policy Adviser

## Responsibilities

- Write briefings for ministers
- Run the weekly policy meeting

## Seeing the big picture

### Essential

- Explain how your work fits the department's goals
- Spot risks early

## Delivering at pace

### Essential

- Meet deadlines set by ministers
- Keep track of several pieces of work

### Desirable

- Experience of a spending review
- Experience of the budget process
- Experience of parliamentary questions
"""


def test_competency_headings_over_essential_and_desirable_are_one_job() -> None:
    document = parse_document(COMPETENCIES, "draft.md")
    assert {section.scope for section in document.sections} == {0}


LAST_ITEM_TAKEN_FOR_A_HEADING_EN = """Warehouse Supervisor

What You'll Do
Plan the shifts of the loading team every week
Check incoming pallets against the delivery notes
Train new starters on the forklift rules
Additional duties as assigned

What You'll Need
Two years in a warehouse
A forklift licence
"""

LAST_ITEM_TAKEN_FOR_A_HEADING_ID = """Kepala Gudang

Tanggung Jawab
Menyusun jadwal shift tim bongkar muat
Memeriksa barang masuk sesuai surat jalan
Melatih karyawan baru tentang aturan forklift
Tugas lain dari atasan

Kualifikasi
Pengalaman dua tahun di gudang
Memiliki SIM B1
"""


def test_a_last_line_right_under_a_list_is_an_item_not_an_empty_section() -> None:
    for text, last in (
        (LAST_ITEM_TAKEN_FOR_A_HEADING_EN, "Additional duties as assigned"),
        (LAST_ITEM_TAKEN_FOR_A_HEADING_ID, "Tugas lain dari atasan"),
    ):
        assert messages(text, "draft.txt", "JD102") == []
        duties = parse_document(text, "draft.txt").sections_named("responsibilities")
        assert [bullet.text for bullet in duties[0].bullets][-1] == last


def test_a_label_glued_to_the_duty_after_its_colon_is_skipped() -> None:
    text = (
        "# Apoteker Rawat Jalan\n\nRumah Sakit Sehat Sentosa di Bandung membuka lowongan untuk "
        "apoteker yang akan bekerja di unit rawat jalan kami.\n\n## Tanggung Jawab\n\n"
        "- Uraian Tugas :Bertanggung jawab atas pelayanan farmasi rawat jalan\n"
        "- Menyusun laporan stok obat setiap bulan\n"
    )
    assert messages(text, "draft.md", "JD303") == []
    noun = text.replace(":Bertanggung jawab atas pelayanan", ":Pelayanan")
    assert messages(noun, "draft.md", "JD303") == [
        'JD303 Responsibility starts with "Pelayanan farmasi rawat"; open with an action verb'
    ]
