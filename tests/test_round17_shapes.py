"""Shapes from the held-out postings of precision round 17 (docs/precision.md): plain-text
headings no list knew, an advertisement that names each post right over its own list, a
breadcrumb over the title, and a bold "General Information" label over a posting's facts.

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.data import section_matcher
from jdlint.parse import parse_document
from tests.shapes import messages


def test_headings_of_plain_text_postings_name_their_sections() -> None:
    matcher = section_matcher()
    assert matcher.match("The Impact You Will Have") == "responsibilities"
    assert matcher.match("What We Look For") == "qualifications"
    assert matcher.match("Required Experience") == "qualifications"
    assert matcher.match("What You Have") == "qualifications"
    assert matcher.match("A bit about you") == "qualifications"
    assert matcher.match("Nice-to-have") == "qualifications"
    assert matcher.match("Pay Range Transparency") == "benefits"
    assert matcher.match("Tata Cara Pendaftaran") == "how-to-apply"
    assert matcher.match("Self-starter") is None


PLAIN_TEXT_POSTING = """Field Technician

Lakeside Pumps services irrigation pumps for farms around Lake Taupo.

The Impact You Will Have

Service pumps at customer farms every week
Repair motors in the workshop
Keep the van stocked and tidy

Required Experience

Two years of work on electric motors
A full driving licence
"""


def test_a_plain_text_posting_under_such_headings_lacks_no_section() -> None:
    missing = messages(PLAIN_TEXT_POSTING, "job.txt", "JD101")
    assert "JD101 Missing section: responsibilities" not in missing
    assert "JD101 Missing section: qualifications" not in missing


POSTS_OVER_LISTS_TEXT = """Toko kami di Bogor sedang mencari dua orang.

Kasir :

1. Pendidikan minimal SMA.
2. Teliti menghitung uang.
3. Jujur dan disiplin.

Admin Gudang :

1. Pendidikan minimal SMK.
2. Menguasai Excel.
3. Jujur dan disiplin.

Kirim lamaran ke rekrut@tokobogor.example.
"""


def test_each_post_named_over_its_own_list_is_a_job_of_its_own() -> None:
    sections = parse_document(POSTS_OVER_LISTS_TEXT, "loker.txt").sections
    assert [section.scope for section in sections if section.bullets] == [1, 2]
    assert messages(POSTS_OVER_LISTS_TEXT, "loker.txt", "JD305") == []


def test_one_post_over_one_list_stays_one_job() -> None:
    text = POSTS_OVER_LISTS_TEXT.split("Admin Gudang :")[0] + "- Jujur dan disiplin.\n"
    assert len(messages(text, "loker.txt", "JD305")) == 1


DOCUMENTS_HTML = (
    "<h1>Lowongan Staf Perpustakaan</h1><p>Perpustakaan Kota membuka satu posisi staf.</p>"
    "<h3>Tata Cara Pendaftaran</h3>"
    "<ol><li>Surat lamaran</li><li>Fotokopi KTP</li><li>Pas foto 4x6</li></ol>"
    "<p>Pada hari wawancara, bawa juga yang berikut ini.</p>"
    "<ol><li>Fotokopi KTP</li><li>Pas foto 4x6</li><li>Ijazah asli</li></ol>\n"
)


def test_the_checklists_of_an_indonesian_application_section_are_no_duplicates() -> None:
    assert messages(DOCUMENTS_HTML, "loker.html", "JD305") == []


BREADCRUMB_HTML = """---
title: Data Engineer — Orchard Labs
---
<div><span class="crumb"><a href="/">Orchard Labs</a><span>/</span><a href="/jobs/">Jobs</a>\
<span>/</span>Data Engineer</span>
<h1>Data Engineer</h1>
<p>You will build the pipelines behind our orchard sensors.</p></div>
"""


def test_a_breadcrumb_over_the_title_names_it_by_its_last_step() -> None:
    assert messages(BREADCRUMB_HTML, "job.html", "JD706") == []


def test_a_title_with_two_fields_after_commas_names_the_same_job() -> None:
    text = (
        "# Account Manager, Enterprise, APAC\n\nWe are hiring an Enterprise Account Manager.\n\n"
        "Job title: Enterprise Account Manager\n"
    )
    assert messages(text, "job.md", "JD706") == []


def test_a_bold_general_information_label_is_not_the_job_title() -> None:
    text = (
        "---\ntitle: Mapping Officer - Kenya\n---\n\n**General Information**\n\n"
        "Our charity maps villages for flood response.\n\n**Responsibilities**\n\n"
        "- Train volunteers to map roads.\n- Check the maps each week.\n"
    )
    assert parse_document(text, "job.md").title == "Mapping Officer - Kenya"
    assert messages(text, "job.md", "JD706") == []


def test_jobs_of_an_advertisement_for_several_are_not_compared_with_its_title() -> None:
    text = (
        "---\ntitle: Klinik Sehat Sentosa\n---\n\nKlinik kami membuka dua lowongan.\n\n"
        "# 1. Perawat\n\nPersyaratan:\n\n* Lulusan D3 Keperawatan.\n* Memiliki STR aktif.\n\n"
        "# 2. Apoteker\n\nPersyaratan:\n\n* Lulusan Profesi Apoteker.\n* Memiliki STR aktif.\n"
    )
    assert messages(text, "loker.md", "JD706") == []


def test_hiring_in_a_row_of_cities_states_the_location() -> None:
    text = (
        "# Service Designer\n\nThe Prairie Digital Office builds public services. We're hiring "
        "designers at every level in Regina, Saskatoon and Moose Jaw.\n"
    )
    assert "JD105 No location stated" not in messages(text, "job.md", "JD105")
    offices = text.replace("We're hiring designers at every level in", "We have offices in")
    assert "JD105 No location stated" not in messages(offices, "job.md", "JD105")


def test_hiring_with_no_places_states_no_location() -> None:
    text = "# Service Designer\n\nWe're hiring designers at every level in our research team.\n"
    assert "JD105 No location stated" in messages(text, "job.md", "JD105")


def test_a_location_heading_over_a_bold_place_states_the_location() -> None:
    text = (
        "# Desainer Grafis\n\n### Lokasi\n\n**Cibinong, Bogor, Indonesia.**\n\n"
        "Kami menerima pelamar dari luar kota.\n\n### Tanggung jawab\n\n"
        "- Membuat materi promosi.\n- Menyunting foto produk.\n"
    )
    assert "JD105 No location stated" not in messages(text, "job.md", "JD105")


SUB_LIST_TEXT = """## Responsibilities
* Plan the monthly newsletter.
* Write short pieces for our blog, like:
 * interviews with farmers
 * recipes from the market
* Edit the volunteers' stories.
"""


def test_a_sub_list_indented_one_space_ends_as_examples_do() -> None:
    assert messages(SUB_LIST_TEXT, "job.md", "JD306") == []


def test_items_at_the_list_s_own_margin_are_still_judged() -> None:
    text = SUB_LIST_TEXT.replace(" * interviews", "* interviews").replace(" * recipes", "* recipes")
    text = text.replace("like:", "for example.")
    assert len(messages(text, "job.md", "JD306")) == 1


PITCH_THEN_PERKS_HTML = (
    "<h1>Backend Engineer</h1><h2>Job Description</h2><p>Location: Gdańsk</p>"
    "<h3>Why you should join us</h3><ul><li>We run 300 services on our own cloud.</li>"
    "<li>Every engineer goes to one conference a year.</li></ul>"
    "<h3>What we offer</h3><ul><li>Private health care</li><li>A laptop of your choice</li></ul>"
    "<h2>Requirements</h2><ul><li>Three years of Go or Java</li></ul>\n"
)


def test_a_pitch_headed_why_you_should_join_us_is_no_requirements_list() -> None:
    sections = parse_document(PITCH_THEN_PERKS_HTML, "job.html").sections
    pitch = next(s for s in sections if s.heading and "join" in s.heading.text)
    assert pitch.canonical == "benefits"
    assert messages(PITCH_THEN_PERKS_HTML, "job.html", "JD601", "JD103") == []


LIST_IN_HEADING_HTML = """<h4>Staf Gudang</h4>
<h6>
  Persyaratan: <br>
  1. Pria usia 20-35 tahun<br>
  2. Pendidikan minimal SMA<br>
  3. Sehat dan kuat mengangkat barang<br>
  4. Bisa mengoperasikan forklift<br>
  5. Jujur dan teliti<br>
  6. Bersedia kerja shift<br>
  7. Tinggal di sekitar Cikarang<br><br>
  Kirim lamaran ke hrd@gudangcikarang.example
</h6>
"""


def test_a_list_written_inside_a_heading_element_is_a_list() -> None:
    document = parse_document(LIST_IN_HEADING_HTML, "loker.html")
    assert [len(section.bullets) for section in document.sections if section.bullets] == [7]
    assert len(messages(LIST_IN_HEADING_HTML, "loker.html", "JD301")) == 1


def test_a_heading_element_with_one_line_stays_a_heading() -> None:
    document = parse_document("<h6>Persyaratan</h6><p>Jujur dan teliti.</p>\n", "loker.html")
    assert [section.heading.text for section in document.sections if section.heading] == [
        "Persyaratan"
    ]
