"""Shapes from the held-out postings of precision round 14 (docs/precision.md): a heading that
states the position, a lead-in of who will "fit right in", an HTML page with YAML front matter,
an interview process under its own heading, an Indonesian root joined to an imperative, and
alternatives to a degree, invitations, and unicorns that the fair-wording rules misread.

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.parse import parse_document
from tests.shapes import messages as _messages

POSITION_HEADING_EN = """[Apply on our site](https://example.com/careers/42)

## Position: Field Service Technician (m/f/d)

### The Role
You will keep our cold-storage units running for supermarkets across the north.

### Responsibilities
- Repair compressors and controls on site.
- Log every visit in the service app.
- Train store staff on daily checks.

### Requirements
- A refrigeration licence.
"""

POSITION_HEADING_ID = """[Lamar di situs kami](https://example.com/karier/42)

## Posisi: Teknisi Lapangan

### Ringkasan
Anda akan merawat mesin pendingin di toko-toko mitra kami di Jawa Timur.

### Tanggung Jawab
- Memperbaiki kompresor di lokasi.
- Mencatat setiap kunjungan di aplikasi.
- Melatih staf toko untuk pemeriksaan harian.

### Kualifikasi
- Memiliki sertifikat teknisi pendingin.
"""


def test_a_heading_that_states_the_position_gives_the_title() -> None:
    for text, name, title in (
        (POSITION_HEADING_EN, "pos.md", "Field Service Technician (m/f/d)"),
        (POSITION_HEADING_ID, "posisi.md", "Teknisi Lapangan"),
    ):
        assert parse_document(text, name).title == title
        assert _messages(text, name, "JD101") == []


FIT_RIGHT_IN_EN = """# Technical Writer

We are looking for a writer to explain our open-source tools to the teams that use them.

## We're looking for someone who will:
* Write guides for the teams that adopt our tools.
* Interview engineers about how their systems work.
* Run workshops on plain writing.

## You'll fit right in if:
* Your default mode is open collaboration.
* You enjoy turning complex ideas into simple words.
* You are fluent in English and French.
"""

FIT_RIGHT_IN_ID = """# Penulis Teknis

Kami mencari penulis untuk menjelaskan perangkat lunak kami kepada tim pengguna.

## Tanggung Jawab
* Menulis panduan untuk tim pengguna.
* Mewawancarai para insinyur tentang sistem mereka.
* Mengadakan lokakarya menulis.

## Kamu cocok jika:
* Senang bekerja sama secara terbuka.
* Suka menjelaskan hal rumit dengan sederhana.
* Fasih berbahasa Indonesia dan Inggris.
"""


def test_who_will_fit_right_in_are_the_qualifications() -> None:
    for text, name in ((FIT_RIGHT_IN_EN, "fit.md"), (FIT_RIGHT_IN_ID, "cocok.md")):
        kinds = [section.canonical for section in parse_document(text, name).sections]
        assert kinds[-1] == "qualifications", kinds
        assert _messages(text, name, "JD101", "JD303") == []


HTML_WITH_FRONT_MATTER = """---
position:
  type: Full Time
  title: Welding Instructor
  company: Ironworks Trade School
  location: Dayton, OH
---

<p>Ironworks Trade School is looking for a Welding Instructor to teach evening classes.</p>
<p><strong>Responsibilities</strong></p>
<ul>
<li>Teach welding safety and technique to adult learners</li>
<li>Prepare the workshop before each class</li>
<li>Assess each learner's welds every week</li>
</ul>
<p><strong>Requirements</strong></p>
<ul>
<li>Five years of work as a certified welder</li>
</ul>
"""


def test_an_html_page_reads_its_front_matter() -> None:
    document = parse_document(HTML_WITH_FRONT_MATTER, "instructor.html")
    assert document.title == "Welding Instructor"
    assert document.front_matter["position"]["location"] == "Dayton, OH"
    assert document.front_matter_span is not None
    assert document.text.startswith("---\nposition:")  # spans still point at the source
    messages = _messages(HTML_WITH_FRONT_MATTER, "instructor.html", "JD101", "JD105", "JD706")
    assert messages == ["JD105 No reporting line stated"]


INTERVIEW_STEPS_ID = """# Backend Developer

Kami mencari pengembang backend untuk aplikasi logistik kami.

## Tanggung Jawab
- Desain dan kembangkan layanan backend yang andal.
- Pantau dan laporkan kinerja server.
- Menulis pengujian otomatis.

## Kualifikasi
- Pengalaman 2 tahun dengan Go.

## Proses Wawancara
- Pengerjaan tes dasar pemrograman
- Wawancara dengan tim teknis
- Penawaran kerja
"""


def test_interview_steps_are_no_duties_and_a_root_joined_to_an_imperative_is_a_verb() -> None:
    kinds = [section.canonical for section in parse_document(INTERVIEW_STEPS_ID, "be.md").sections]
    assert kinds[-1] == "how-to-apply"
    assert _messages(INTERVIEW_STEPS_ID, "be.md", "JD303") == []
    # a root alone, or joined to another noun, is still no verb
    nouns = INTERVIEW_STEPS_ID.replace("Desain dan kembangkan", "Desain dan laporan")
    assert _messages(nouns, "be.md", "JD303") == [
        'JD303 Responsibility starts with "Desain dan laporan"; open with an action verb'
    ]
    # a noun of action before a verb of another form is still a noun ("coordination and …")
    noun = INTERVIEW_STEPS_ID.replace("Desain dan kembangkan", "Koordinasi dan melakukan")
    assert _messages(noun, "be.md", "JD303") == [
        'JD303 Responsibility starts with "Koordinasi dan melakukan"; open with an action verb'
    ]


def test_a_course_or_certification_answers_a_degree() -> None:
    for text, name in (
        (
            "Kualifikasi:\n• Pendidikan minimal S1 Informatika (atau kursus/sertifikasi yang"
            " relevan).\n• Menguasai SQL.\n",
            "s1.txt",
        ),
        (
            "Requirements:\n- Bachelor's degree in Computer Science or a relevant"
            " certification.\n- SQL.\n",
            "ba.txt",
        ),
    ):
        assert _messages(text, name, "JD603") == []
    bare = "Requirements:\n- Bachelor's degree in Computer Science.\n- SQL.\n"
    assert len(_messages(bare, "ba.txt", "JD603")) == 1


def test_a_glued_fresh_graduate_invitation_is_no_requirement() -> None:
    items = [
        "Python",
        "SQL",
        "Docker",
        "Linux",
        "Git",
        "REST APIs",
        "Testing",
        "English",
        "Freshgraduate are welcome to apply",
    ]
    text = "Requirements:\n" + "".join(f"- {item}\n" for item in items)
    assert _messages(text, "req.txt", "JD601") == []
    text += "- Kubernetes\n"
    assert len(_messages(text, "req.txt", "JD601")) == 1


def test_a_company_among_unicorns_is_no_cliche() -> None:
    valued = "Valued at $2B, we are one of the tech world's most recent unicorns!\n"
    assert _messages(valued, "about.txt", "JD801") == []
    wanted = "We are looking for a unicorn who can design, code and sell.\n"
    assert len(_messages(wanted, "about.txt", "JD801")) == 1


def test_a_bold_rupiah_range_from_one_amount_to_another_is_pay() -> None:
    text = "# Staf Gudang\n\n### Kisaran Gaji\n\nDari **Rp.3.500.000,-** ke **4.200.000,-**\n"
    assert _messages(text, "gaji.md", "JD106") == []
    turnover = "# Staf Gudang\n\n### Target\n\nOmzet Rp 3.000.000 ke atas per hari\n"
    assert _messages(turnover, "omzet.md", "JD106") == ["JD106 No pay figure or range stated"]


def test_applicants_considered_equally_and_fairly_is_an_equal_opportunity_statement() -> None:
    for text in (
        "All applicants who meet the requirements will be considered equally and fairly.\n",
        "Semua pelamar akan diperlakukan secara adil dalam proses seleksi.\n",
    ):
        assert _messages(text, "eo.txt", "JD107") == []


PREREQUISITES_EN = """# Lab Technician

You will prepare samples and keep our sequencing lab running.

## Responsibilities
- Prepare and label samples.
- Maintain the sequencers.
- Order lab supplies.

## Prerequisites
- Two years of wet-lab work.
- Careful record keeping.
"""


def test_prerequisites_are_the_qualifications() -> None:
    kinds = [section.canonical for section in parse_document(PREREQUISITES_EN, "lab.md").sections]
    assert kinds[-1] == "qualifications"
    assert _messages(PREREQUISITES_EN, "lab.md", "JD101") == []
    prasyarat = PREREQUISITES_EN.replace("## Prerequisites", "## Prasyarat")
    assert _messages(prasyarat, "lab.md", "JD101") == []


MILESTONES_EN = """# Platform Engineer

You will keep our event platform fast as it grows.

## What you'll do
- Build features for the event platform.
- Write specs for system changes.
- Review code from the team.

## What your first 90 days will look like
- First week: You'll learn how we plan our work.
- By day 30: You'll be confident with our weekly release cadence.
- By day 90: You'll have shipped a feature of your own.
"""

MILESTONES_ID = """# Insinyur Platform

Anda akan menjaga platform acara kami tetap cepat.

## Tanggung Jawab
- Membangun fitur platform.
- Menulis spesifikasi perubahan sistem.
- Tetap mengikuti perkembangan teknologi cloud.

## 90 Hari Pertama Anda
- Minggu pertama: mengenal cara tim merencanakan pekerjaan.
- Hari ke-30: sudah terbiasa dengan jadwal rilis mingguan.
- Hari ke-90: fitur pertama Anda sudah dirilis.
"""


def test_the_first_months_milestones_are_no_duties() -> None:
    for text, name in ((MILESTONES_EN, "ms.md"), (MILESTONES_ID, "ms-id.md")):
        kinds = [section.canonical for section in parse_document(text, name).sections]
        assert kinds[-1] == "milestones", kinds
        assert _messages(text, name, "JD303") == []


TRAITS_AFTER_LEAD_IN = """# Community Manager

We are looking for a community manager for our open-source project.

On a typical day:
- Your default mode is open collaboration.
- Your writing is warm and clear.
- Plan our monthly community calls.
"""


def test_a_list_read_as_duties_only_from_its_lead_in_needs_half_its_items_to_be_duties() -> None:
    assert _messages(TRAITS_AFTER_LEAD_IN, "cm.txt", "JD303") == []
    # under a heading that names the duties, every item is judged
    named = TRAITS_AFTER_LEAD_IN.replace("On a typical day:", "Responsibilities:")
    assert len(_messages(named, "cm.txt", "JD303")) == 2
    # and where most items are duties, the odd one out is still reported
    mostly = TRAITS_AFTER_LEAD_IN.replace(
        "- Your writing is warm and clear.", "- Answer questions on the forum."
    )
    assert _messages(mostly, "cm.txt", "JD303") == [
        'JD303 Responsibility starts with "Your default mode"; open with an action verb'
    ]
