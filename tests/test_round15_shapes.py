"""Shapes from the held-out postings of precision round 15 (docs/precision.md): Hugo's TOML
front matter, lettered lists (formal Indonesian postings' "a. … b. …", also under a numbered
item), "<br>" lines that wrap an item, a Laravel view's directives, application documents
under their lead-in, "Bila Anda:" over the candidate's traits, and a pay range with its
currency after it.

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.parse import parse_document
from tests.shapes import messages as _messages


def _lists(text: str, name: str) -> list[list[tuple[str, int, str]]]:
    """Each list's items: marker, depth and text."""
    return [
        [(bullet.marker, bullet.depth, bullet.text) for bullet in item_list.bullets]
        for section in parse_document(text, name).sections
        for item_list in section.lists
    ]


TOML_FRONT_MATTER = """+++
date = '2026-05-23T15:30:45-04:00'
title = 'Software Engineer'
location = 'Hanover, Maryland'
+++

You will build and test the software our analysts use every day.

## Responsibilities
- Design data pipelines for the analytics team.
- Review code from other engineers.
- Fix problems that users report.

## Requirements
- Three years of Python.
"""


def test_hugo_toml_front_matter_is_read() -> None:
    document = parse_document(TOML_FRONT_MATTER, "hugo.md")
    assert document.title == "Software Engineer"
    assert document.front_matter["location"] == "Hanover, Maryland"
    assert document.text.startswith("+++\n")  # spans still point at the source
    assert _messages(TOML_FRONT_MATTER, "hugo.md", "JD101", "JD706", "JD903") == []
    broken = TOML_FRONT_MATTER.replace("location = 'Hanover, Maryland'", "location = Hanover")
    assert _messages(broken, "hugo.md", "JD903") == [
        "JD903 Front matter is not valid TOML (Invalid value); none of its keys were read"
    ]


LETTERED_BR_LINES_ID = """<strong>Tugas &amp; Tanggung Jawab:</strong><br />
<br />
a. Menyusun jadwal pemeliharaan mesin.<br />
b. Memantau pekerjaan kontraktor di lokasi, termasuk<br />
pelaporan dan dokumentasi harian.<br />
c. Berkoordinasi dengan tim keselamatan kerja sebagai<br />
Koordinator Lapangan.<br />
&nbsp;<br />
<strong>Kualifikasi:</strong><br />
<br />
a. Lulusan Teknik Mesin.<br />
b. Pengalaman minimal 3 tahun.<br />
"""


def test_lettered_lines_after_breaks_are_a_list_and_wrapped_lines_join_their_item() -> None:
    duties, requirements = _lists(LETTERED_BR_LINES_ID, "loker.html")
    assert [text.split()[0] for _, _, text in duties] == ["Menyusun", "Memantau", "Berkoordinasi"]
    assert " ".join(duties[1][2].split()).endswith("pelaporan dan dokumentasi harian.")
    assert " ".join(duties[2][2].split()).endswith("sebagai Koordinator Lapangan.")
    assert {marker for marker, _, _ in duties + requirements} == {"a."}
    assert _messages(LETTERED_BR_LINES_ID, "loker.html", "JD306", "JD307", "JD303") == []


LETTERED_UNDER_NUMBERED_ID = """<p>Kualifikasi:</p>
<p>1.    Pengalaman minimal 2 tahun sebagai data engineer</p>
<p>2.    Menguasai proses ETL dengan tools berikut:</p>
<p>a.    Talend atau sejenisnya</p>
<p>b.    Apache Airflow</p>
<p>3.    Memahami konsep data warehouse</p>
<p>4.    Mampu berkomunikasi dengan baik</p>
"""


def test_lettered_items_under_a_numbered_item_are_its_sub_items() -> None:
    outer, inner = _lists(LETTERED_UNDER_NUMBERED_ID, "de.html")
    assert [(marker, depth) for marker, depth, _ in outer] == [("1.", 0)] * 4
    assert [(marker, depth) for marker, depth, _ in inner] == [("a.", 1)] * 2
    assert _messages(LETTERED_UNDER_NUMBERED_ID, "de.html", "JD306") == []


LETTERED_TEXT_EN = """Data Engineer

Requirements
Degree in Computer Science or a related field.
Strong skills in:
a. Python (data processing)
b. SQL (query tuning)
c. Power BI
Clear written English.

Job Description
a. Pipelines and Delivery
- Build and run the nightly data pipelines.
b. Reporting and Insights
Work with finance to publish monthly reports.
"""


def test_lettered_lines_in_pasted_text() -> None:
    lists = _lists(LETTERED_TEXT_EN, "de.txt")
    skills = next(items for items in lists if items[0][2].startswith("Python"))
    assert [marker for marker, _, _ in skills] == ["a."] * 3
    # "a. Pipelines and Delivery" heads its group; "b. Reporting and Insights" over a line
    # with no marker is a group heading too, not an item among the dashes
    messages = _messages(LETTERED_TEXT_EN, "de.txt", "JD306", "JD303")
    assert not [message for message in messages if "mixes bullet markers" in message], messages


BLADE_VIEW = """@extends('layouts.app')
@section('content')
<h1>Petugas Gudang</h1>
<p>Kami mencari petugas gudang untuk pusat distribusi kami di Bekasi.</p>
<p><strong>Tanggung Jawab</strong></p>
<ul><li>Menerima dan memeriksa barang masuk.</li><li>Menyusun stok di rak.</li>
<li>Mencatat barang keluar.</li></ul>
<p><strong>Kualifikasi</strong></p>
<ul><li>Pengalaman 1 tahun di gudang.</li></ul>
@endsection
"""


def test_a_laravel_views_directives_are_no_text() -> None:
    document = parse_document(BLADE_VIEW, "gudang.html")
    assert document.title == "Petugas Gudang"
    assert "@extends" not in " ".join(
        block.text for section in document.sections for block in section.paragraphs
    )


DOCUMENTS_TO_ATTACH_ID = """# Staf Administrasi

Kami mencari staf administrasi untuk kantor cabang kami.

Kualifikasi:
- Pendidikan minimal SMA/SMK
- Teliti dan rapi
- Menguasai Microsoft Office
- Jujur
- Disiplin
- Mampu bekerja dalam tim
- Berdomisili di Purwokerto

Berkas yang dilampirkan:
- Surat lamaran
- Daftar riwayat hidup
- Fotokopi ijazah
- Pas foto terbaru
"""


def test_documents_to_attach_are_no_requirements() -> None:
    assert _messages(DOCUMENTS_TO_ATTACH_ID, "admin.md", "JD601") == []
    kinds = [s.canonical for s in parse_document(DOCUMENTS_TO_ATTACH_ID, "admin.md").sections]
    assert kinds[-1] == "how-to-apply"


TRAITS_IF_YOU_ID = """# Penulis Konten

Penulis konten membantu menciptakan konten untuk produk digital klien kami.

## Tanggung Jawab
- Menulis artikel untuk situs klien.
- Menyunting tulisan tim.
- Mengelola kalender konten.

## Bila Anda:
- Ahli dalam menulis konten digital.
- Terbiasa dengan SEO.
- Teliti dan kreatif.
"""


def test_if_you_over_traits_heads_the_qualifications() -> None:
    kinds = [s.canonical for s in parse_document(TRAITS_IF_YOU_ID, "konten.md").sections]
    assert kinds[-1] == "qualifications"
    assert _messages(TRAITS_IF_YOU_ID, "konten.md", "JD101", "JD303") == []


def test_demo_and_containerize_are_verbs() -> None:
    text = (
        "Responsibilities:\n- Demos new features to customers.\n"
        "- Containerize the legacy services.\n- Write release notes.\n"
    )
    assert _messages(text, "dev.txt", "JD303") == []


def test_a_range_with_its_currency_after_it_is_pay() -> None:
    text = "# Developer\n\n| Salary | from 800 up to 1500 EUR |\n|---|---|\n\nCompetitive salary.\n"
    assert _messages(text, "dev.md", "JD106", "JD804") == []
    hours = "# Developer\n\nWe work from 9 to 17 and ship 20 releases a year.\n"
    assert _messages(hours, "dev.md", "JD106") == ["JD106 No pay figure or range stated"]


LETTERS_TYPED_IN_ITEMS_ID = """<h2>Berkas Lamaran</h2>
<p>Pelamar mengirimkan dokumen berikut:</p>
<ol>
  <li>a.\tSurat lamaran yang ditandatangani;</li>
  <li>b.\tDaftar riwayat hidup terbaru;</li>
  <li>c.\tFotokopi KTP;</li>
</ol>
"""


def test_a_letter_typed_inside_an_item_is_no_sentence() -> None:
    (items,) = _lists(LETTERS_TYPED_IN_ITEMS_ID, "berkas.html")
    assert items[0][2] == "Surat lamaran yang ditandatangani;"
    assert _messages(LETTERS_TYPED_IN_ITEMS_ID, "berkas.html", "JD302") == []


ROLE_NAMED_AGAIN_ID = """<html><head><title>Lowongan - IT Content Writer</title></head><body>
<h1>IT Content Writer</h1>
<p>Urgently Needed</p>
<h3>IT Content Writer di (Jakarta)</h3>
<p>Content Writer membantu menciptakan konten yang sesuai dengan citra perusahaan dan menarik
bagi pembaca di situs klien kami.</p>
<h4>Tanggung Jawab:</h4>
<ul><li>Menulis artikel untuk situs klien.</li><li>Menyunting tulisan tim.</li>
<li>Mengelola kalender konten.</li></ul>
<h4>Persyaratan:</h4>
<ul><li>Pengalaman 1 tahun sebagai penulis.</li></ul>
</body></html>
"""


def test_running_text_under_a_heading_naming_the_role_again_is_the_summary() -> None:
    kinds = [s.canonical for s in parse_document(ROLE_NAMED_AGAIN_ID, "writer.html").sections]
    assert "summary" in kinds
    assert _messages(ROLE_NAMED_AGAIN_ID, "writer.html", "JD101") == []
    english = ROLE_NAMED_AGAIN_ID.replace(
        "IT Content Writer di (Jakarta)", "IT Content Writer in Jakarta"
    ).replace(
        "Content Writer membantu menciptakan konten yang sesuai dengan citra perusahaan dan"
        " menarik\\nbagi pembaca di situs klien kami.",
        "As our content writer you will shape the voice of our clients' websites.",
    )
    assert _messages(english, "writer.html", "JD101") == []


POSITION_UNDER_BLURB_ID = """<p><strong>KopMaju</strong> sebagai koperasi simpan pinjam di Jawa
Tengah mengajak tenaga profesional untuk menempati posisi sebagai berikut :</p>
<p>&nbsp;</p>
<p><strong>ACCOUNT OFFICER (AO)</strong></p>
<p><strong>Persyaratan :</strong><br />&ndash; Pendidikan minimal D3<br />&ndash; Berpengalaman
sebagai marketing<br />&ndash; Dapat berkomunikasi dengan baik</p>
<p><strong>Benefit :</strong><br />&ndash; Gaji pokok<br />&ndash; Bonus<br />&ndash; THR<br />
&ndash; Asuransi kesehatan</p>
<p><strong>Kirim Lamaran dan CV Via Pos :</strong><br />Ke KopMaju Cabang Purwokerto<br />
Jl. Merdeka No. 10</p>
"""


def test_a_position_alone_above_its_sections_is_the_title_and_bonus_is_a_benefit() -> None:
    document = parse_document(POSITION_UNDER_BLURB_ID, "ao.html")
    assert document.title == "ACCOUNT OFFICER (AO)"
    benefits = next(s for s in document.sections if s.canonical == "benefits")
    assert [b.text for b in benefits.bullets] == [
        "Gaji pokok",
        "Bonus",
        "THR",
        "Asuransi kesehatan",
    ]
    assert document.sections[-1].canonical == "how-to-apply"
    assert "JD101 Missing section: job title" not in _messages(
        POSITION_UNDER_BLURB_ID, "ao.html", "JD101"
    )
