"""Shapes seen on real postings in session 16.

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

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
    en = f"# Route Planner\n\n## Summary\n\n{ROLE_EN}\n\n{EEO_EN}\n"
    id_ = f"# Perencana Rute\n\n## Ringkasan\n\n{ROLE_ID}\n\n{EEO_ID}\n"
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
