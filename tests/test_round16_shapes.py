"""Shapes from the held-out postings of precision round 16 (docs/precision.md): a job board's
export that joins its fields with no heading between (the duties, then the requirements, each
a list, or lines whose markers were lost too), and a licence class ending a line ("SIM A").

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.parse import parse_document
from tests.shapes import messages


def _parts(text: str, name: str) -> list[tuple[str | None, list[str]]]:
    """Each section with a list: its canonical name and its items."""
    return [
        (section.canonical, [bullet.text for bullet in section.bullets])
        for section in parse_document(text, name).sections
        if section.bullets
    ]


JOINED_FIELDS_TEXT = """Content Creator

CV Sinar Pagi adalah produsen keripik di Malang yang berjualan ke seluruh Jawa Timur.

- Membuat konten video untuk Instagram dan TikTok.
- Menyusun jadwal unggahan mingguan.
- Membalas komentar dan pesan pelanggan.

- Pendidikan minimal D3 semua jurusan
- Memiliki kemampuan menyunting video
- Menguasai Canva dan CapCut
- Teliti dan kreatif
"""


def test_an_export_s_joined_fields_are_the_duties_then_the_requirements() -> None:
    assert _parts(JOINED_FIELDS_TEXT, "post.txt") == [
        (
            "responsibilities",
            [
                "Membuat konten video untuk Instagram dan TikTok.",
                "Menyusun jadwal unggahan mingguan.",
                "Membalas komentar dan pesan pelanggan.",
            ],
        ),
        (
            "qualifications",
            [
                "Pendidikan minimal D3 semua jurusan",
                "Memiliki kemampuan menyunting video",
                "Menguasai Canva dan CapCut",
                "Teliti dan kreatif",
            ],
        ),
    ]
    assert messages(JOINED_FIELDS_TEXT, "post.txt", "JD101") == []


REQUIREMENTS_UNDER_BLURB_HTML = """<h1>Management Trainee</h1>
<p>Bank Sejahtera melayani nasabah usaha kecil di seluruh Sulawesi. Program ini menyiapkan
calon pemimpin cabang melalui pelatihan satu tahun.</p>
<p>- Pendidikan minimal S1 semua jurusan<br />- Memiliki kemampuan analisa yang baik<br />
- Memiliki kemampuan negosiasi yang baik<br />- Bersedia ditempatkan di seluruh Sulawesi</p>
"""


def test_requirements_listed_under_the_blurb_with_no_heading_are_the_requirements() -> None:
    found = messages(REQUIREMENTS_UNDER_BLURB_HTML, "post.html", "JD101")
    assert "JD101 Missing section: qualifications" not in found
    assert "JD101 Missing section: responsibilities" in found  # the posting lists no duties


MARKERLESS_FIELDS_TEXT = """Sales Motor

Menawarkan produk ke calon pembeli di area Sidoarjo
Membuat laporan kunjungan harian
Menjaga hubungan baik dengan pelanggan lama

Pendidikan minimal SMA/SMK
Pengalaman penjualan minimal 1 tahun
Mampu mengendarai sepeda motor dan memiliki SIM C
Mampu mengemudikan mobil dan memiliki SIM A
Jujur dan disiplin
"""


def test_lines_of_the_next_field_after_a_blank_line_are_a_list_too() -> None:
    parts = _parts(MARKERLESS_FIELDS_TEXT, "post.txt")
    assert [kind for kind, _items in parts] == ["responsibilities", "qualifications"]
    assert parts[1][1][3] == "Mampu mengemudikan mobil dan memiliki SIM A"


ONE_LIST_OF_DUTIES = """Admin Toko

Toko Bangunan Jaya di Kediri mencari admin untuk toko kami.

- Mencatat penjualan harian
- Menyusun laporan stok
- Melayani pembeli di kasir
- Merapikan nota dan faktur
"""


def test_one_list_of_duties_is_not_split() -> None:
    assert [kind for kind, _items in _parts(ONE_LIST_OF_DUTIES, "post.txt")] == ["responsibilities"]


CLOSING_NOTE = """Admin Toko

- Mencatat penjualan harian
- Menyusun laporan stok
- Melayani pembeli di kasir

Kirim lamaran ke toko.jaya@example.com
Paling lambat 30 Desember
"""


def test_a_closing_note_after_a_list_stays_text() -> None:
    document = parse_document(CLOSING_NOTE, "post.txt")
    assert [b.text for b in document.bullets] == [
        "Mencatat penjualan harian",
        "Menyusun laporan stok",
        "Melayani pembeli di kasir",
    ]
