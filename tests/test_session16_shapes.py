"""Shapes seen on real postings in session 16.

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

from jdlint.parse import parse_document
from tests.shapes import messages

BLURB_EN = (
    "Larkspur Freight moves chilled goods for grocers across four countries, and it has done so "
    "since 1987 from depots in Leeds, Rotterdam, Lyon and Porto. Our drivers, planners and "
    "engineers share one aim: fresh food on the shelf on time, with less fuel burned every "
    "year. We have grown fivefold in ten years and we keep investing in people."
)
ROLE_EN = (
    "As route planner you will build the daily plans for our northern depots and keep the "
    "drivers informed of changes."
)
WRAPPED_EN = f"""# Route Planner

## About the job

{BLURB_EN}

## About the role

{ROLE_EN}

## Responsibilities

- Build the daily route plans.
- Tell drivers about changes.
"""

BLURB_ID = (
    "PT Kenari Logistik melayani pengiriman barang dingin untuk toko swalayan di tiga puluh kota "
    "sejak tahun 1995 dari gudang di Surabaya, Semarang dan Makassar. Pengemudi, perencana dan "
    "teknisi kami bekerja untuk satu tujuan: makanan segar tiba tepat waktu di rak toko dengan "
    "bahan bakar yang makin hemat setiap tahun, dan kami terus bertumbuh bersama karyawan."
)
ROLE_ID = (
    "Sebagai perencana rute Anda menyusun rencana harian untuk gudang wilayah timur dan memberi "
    "kabar perubahan kepada pengemudi."
)
WRAPPED_ID = f"""# Perencana Rute

## About the job

{BLURB_ID}

## Ringkasan Posisi

{ROLE_ID}

## Tanggung Jawab

- Menyusun rencana rute harian.
- Memberi kabar perubahan kepada pengemudi.
- Memeriksa laporan pengiriman setiap pagi.
"""


def test_a_wrapper_over_the_company_text_is_not_the_summary() -> None:
    for text in (WRAPPED_EN, WRAPPED_ID):
        assert messages(text, "draft.md", "JD201") == []


MORE_EN = (
    "You will also plan the weekend cover for the depots in the north, agree the loading times "
    "with the warehouse teams, track fuel use per route and suggest changes that save it, "
    "train two junior planners and report the week's delays to the operations manager every Friday."
)
MORE_ID = (
    "Anda juga menyusun jadwal akhir pekan untuk gudang wilayah timur, menyepakati jam muat "
    "dengan tim gudang, mencatat pemakaian bahan bakar tiap rute dan melatih dua perencana baru "
    "serta melaporkan keterlambatan setiap minggu kepada manajer operasional di kantor pusat. "
    "Posisi ini melapor kepada kepala gudang wilayah timur."
)


def test_the_summary_under_its_own_heading_is_still_measured() -> None:
    en = WRAPPED_EN.replace(ROLE_EN, f"{ROLE_EN} {MORE_EN}")
    assert messages(en, "draft.md", "JD201") == [
        "JD201 Summary is too long (67 words, more than 60)"
    ]
    id_ = WRAPPED_ID.replace(ROLE_ID, f"{ROLE_ID} {MORE_ID}")
    assert len(messages(id_, "draft.md", "JD201")) == 1


EEO_EN = (
    "We are an equal opportunity employer and do not discriminate on the basis of race, colour, "
    "religion, sex, sexual orientation, age, disability or any other protected characteristic."
)
EEO_ID = (
    "Kami memberi kesempatan yang sama kepada semua pelamar tanpa memandang suku, agama, jenis "
    "kelamin, usia maupun disabilitas, dan setiap lamaran dinilai dengan cara yang sama."
)


def test_an_equal_opportunity_statement_under_the_summary_is_not_measured() -> None:
    en = (
        f"# Route Planner\n\n## Summary\n\n{ROLE_EN} You will report to the depot manager.\n\n"
        f"{EEO_EN} All applicants are considered without regard to race, religion or age.\n"
    )
    id_ = (
        f"# Perencana Rute\n\n## Ringkasan\n\n{ROLE_ID} Anda melapor kepada manajer gudang.\n\n"
        f"{EEO_ID} Semua lamaran dinilai tanpa diskriminasi.\n"
    )
    for text in (en, id_):
        assert messages(text, "draft.md", "JD201") == []
    padded = f"# Route Planner\n\n## Summary\n\n{ROLE_EN} {MORE_EN}\n\n{EEO_EN}\n"
    assert len(messages(padded, "draft.md", "JD201")) == 1


def test_a_catch_all_duty_is_reported_once_by_jd304() -> None:
    en = (
        "Lab Technician\n\nWhat You'll Do\n"
        "Prepare buffers and media for the cell culture team\n"
        "Keep the freezer inventory up to date\n"
        "Other duties as assigned\n"
    )
    id_ = (
        "Staf Gudang\n\nTanggung Jawab:\n"
        "• Menyusun laporan stok harian untuk kepala gudang.\n"
        "• Memeriksa barang yang masuk dan keluar setiap pagi.\n"
        "• Tugas lain yang diberikan oleh atasan.\n"
        "• Tugas tambahan menjadi panitia kegiatan kantor.\n"
    )
    assert [m.split(" ")[0] for m in messages(en, "draft.txt", "JD303", "JD304")] == ["JD304"]
    found = messages(id_, "draft.txt", "JD303", "JD304")
    assert found == [
        'JD304 Vague duty "Tugas lain yang diberikan oleh atasan": say what the work is',
        'JD303 Responsibility starts with "Tugas tambahan menjadi"; open with an action verb',
    ], found


def _kinds(text: str, name: str) -> list[str | None]:
    return [section.canonical for section in parse_document(text, name).sections]


def test_a_list_of_job_details_under_a_general_heading_is_the_details() -> None:
    id_ = (
        "# Staf Gudang\n\n## Tanggung Jawab\n- Menyusun laporan stok harian.\n"
        "- Memeriksa barang masuk.\n\n## Informasi Lowongan\n- Posisi: Staf Gudang\n"
        "- Perusahaan: PT Kenari Logistik\n- Penempatan: Cikarang, Jawa Barat\n"
    )
    en = (
        "# Stock Clerk\n\n## Job Description\n- Position: Stock Clerk\n"
        "- Company: Kestrel Freight\n- Location: Leeds\n\n## Responsibilities\n"
        "- Count the stock every week.\n- Check incoming goods.\n"
    )
    assert _kinds(id_, "draft.md")[-1] == "details"
    assert _kinds(en, "draft.md").count("responsibilities") == 1
    for text in (id_, en):
        assert messages(text, "draft.md", "JD103", "JD104") == []


def test_a_bold_label_with_the_colon_outside_heads_the_text_after_it() -> None:
    en = (
        "# Reporter\n\n**Summary**: We need a reporter to cover the statehouse for readers "
        "across the state.\n\n**What you'll do**: You will cover hearings and votes. You will "
        "write two stories a week and file records requests for each.\n\n"
        "**Who we're looking for**: Someone with two years of reporting who writes clean copy "
        "on deadline.\n"
    )
    id_ = (
        "# Reporter\n\n**Ringkasan**: Kami mencari reporter untuk meliput kegiatan DPRD bagi "
        "pembaca di seluruh provinsi.\n\n**Tanggung Jawab**: Anda meliput rapat dan sidang. "
        "Anda menulis dua berita setiap minggu untuk pembaca kami.\n\n"
        "**Kualifikasi**: Berpengalaman dua tahun sebagai reporter dan menulis dengan rapi.\n"
    )
    for text in (en, id_):
        kinds = _kinds(text, "draft.md")
        assert kinds[-3:] == ["summary", "responsibilities", "qualifications"], kinds


def test_form_controls_of_a_careers_page_are_not_text() -> None:
    page = (
        "<h1>Guru Fisika</h1><h5>Deskripsi pekerjaan :</h5><ul><li>Mengajar fisika kelas 12."
        "</li><li>Menyusun soal latihan.</li></ul><h6>Kirim Lamaran disini</h6>"
        "<form><select name='cabang'><option>Pilih Cabang Jakarta Selatan</option>"
        "<option>Pilih Cabang Bandung Utara</option></select>"
        "<textarea>Tulis pesan untuk tim rekrutmen kami di sini</textarea>"
        "<button>KIRIM SEKARANG</button></form>"
    )
    document = parse_document(page, "page.html")
    assert "Pilih Cabang" not in document.text
    assert "KIRIM SEKARANG" not in document.text
    assert document.sections[-1].canonical == "how-to-apply"


def test_an_unannounced_list_and_a_lead_in_with_no_colon_in_plain_text() -> None:
    en = (
        "\nBuild, test and scale the backend services behind the new features of our mobile app\n"
        "Work with the design team to turn what members struggle with into new features\n"
        "Review code written by other engineers and keep our standards high across teams\n\n"
        "To thrive in this role, you have\n\n"
        "3+ years of backend development\nExperience with PostgreSQL\n"
        "Experience with message queues\n"
    )
    id_ = (
        "Sales Kanvas\n\nPT Kenari Logistik membuka lowongan sales kanvas untuk wilayah Bekasi "
        "dan Cikarang yang siap bekerja di lapangan setiap hari.\n\n"
        "Dalam peran ini Anda akan\n\n"
        "Menyusun laporan penjualan mingguan untuk kepala cabang\n"
        "Mengunjungi pelanggan lama dan calon pelanggan baru\n"
        "Menagih pembayaran yang jatuh tempo setiap minggu\n"
    )
    assert [kind for kind in _kinds(en, "draft.txt") if kind] == [
        "responsibilities",
        "qualifications",
    ]
    document = parse_document(id_, "draft.txt")
    duties = [section for section in document.sections if section.canonical == "responsibilities"]
    assert len(duties) == 1 and len(duties[0].bullets) == 3
