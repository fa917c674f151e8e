"""Advertisements for several jobs, each named above its own requirements (a shape of the held-out
postings of precision round 15, docs/precision.md): the sections and items the jobs share are
no duplicates, and the names of the jobs are the page's title.

Every company and sentence here is invented; only the shapes come from real postings.
"""

from __future__ import annotations

import pytest

from jdlint.parse import parse_document
from tests.shapes import messages

BOLD_NAMES_ID = """PT Maju Bersama, distributor bahan bangunan, membuka lowongan untuk posisi
sebagai berikut:

**1. Staff Admin Gudang**

Persyaratan:

- Pendidikan minimal SMA/SMK
- Teliti dan jujur
- Bersedia bekerja shift

**2. Sales Canvas**

Persyaratan:

- Pendidikan minimal SMA/SMK
- Memiliki SIM C
- Teliti dan jujur

Kirim lamaran ke hrd@majubersama.co.id paling lambat 30 Desember.
"""

NUMBERED_NAMES_TEXT_ID = """PT Maju Bersama di Surabaya membuka lowongan untuk posisi berikut:

1. Staff Admin Gudang

Persyaratan:

Pendidikan minimal SMA/SMK
Teliti dan jujur
Bersedia bekerja shift

2. Sales Canvas

Persyaratan:

Pendidikan minimal SMA/SMK
Memiliki SIM C
Teliti dan jujur

Kirim lamaran ke hrd@majubersama.co.id paling lambat 30 Desember.
"""

NUMBERED_NAMES_HTML_ID = """<p>Toko Roti Sentosa membuka lowongan untuk posisi berikut:</p>
<p><strong>1. Baker</strong></p>
<p>Kualifikasi:</p>
<ul><li>Pendidikan minimal SMA/SMK</li><li>Jujur dan disiplin</li><li>Bersedia shift</li></ul>
<p><strong>2. Kasir</strong></p>
<p>Kualifikasi:</p>
<ul><li>Pendidikan minimal SMA/SMK</li><li>Jujur dan disiplin</li><li>Teliti</li></ul>
<p>Lamaran dikirim ke rekrutmen@sentosa.id</p>
"""

BOLD_NAMES_EN = """Harbour Coffee is growing and is hiring for two roles at its Leeds roastery.

**Barista**

What you will do:

- Prepare coffee and food to our recipes.
- Keep the bar clean and stocked.
- Serve customers at the till.

What we are looking for:

- Six months of experience in a busy café.
- A food hygiene certificate.

**Shift Supervisor**

What you will do:

- Open and close the café.
- Plan the rota for each shift.
- Serve customers at the till.

What we are looking for:

- Six months of experience in a busy café.
- A year of leading a small team.
"""

SHARED = ("JD103", "JD305")
PAGES = [
    (BOLD_NAMES_ID, "jobs.md"),
    (NUMBERED_NAMES_TEXT_ID, "jobs.txt"),
    (NUMBERED_NAMES_HTML_ID, "jobs.html"),
    (BOLD_NAMES_EN, "jobs.md"),
]


@pytest.mark.parametrize(("text", "name"), PAGES)
def test_what_two_jobs_share_is_no_duplicate(text: str, name: str) -> None:
    assert messages(text, name, *SHARED) == []


@pytest.mark.parametrize(("text", "name"), PAGES)
def test_the_names_of_the_jobs_are_the_title(text: str, name: str) -> None:
    assert "JD101 Missing section: job title" not in messages(text, name, "JD101")


def test_each_job_opens_its_own_scope() -> None:
    sections = parse_document(NUMBERED_NAMES_TEXT_ID, "jobs.txt").sections
    named = [(s.heading.text, s.scope) for s in sections if s.heading is not None]
    assert named == [
        ("1. Staff Admin Gudang", 1),
        ("Persyaratan:", 1),
        ("2. Sales Canvas", 2),
        ("Persyaratan:", 2),
    ]


def test_the_opening_line_before_the_jobs_is_the_summary() -> None:
    sections = parse_document(NUMBERED_NAMES_HTML_ID, "jobs.html").sections
    assert sections[0].canonical == "summary"
    assert sections[0].paragraphs[0].text.startswith("Toko Roti Sentosa")


ONE_JOB_LAST_ITEM = """Staff Gudang

Tugas:

1. Menyusun barang masuk

Persyaratan:

- Pendidikan minimal SMA/SMK
- Teliti dan jujur
- Teliti dan jujur
"""


def test_one_job_keeps_its_duplicates() -> None:
    """A lone numbered line over "Persyaratan:" names no job of several: the repeated item is
    still reported."""
    assert messages(ONE_JOB_LAST_ITEM, "job.txt", "JD305") == [
        "JD305 Repeats the bullet on line 10"
    ]


ONE_JOB_TWO_REQUIREMENT_LISTS = """# Data Analyst

We are a small charity that helps food banks share stock.

## About the role

- Build dashboards for our partners.
- Clean the data food banks send us.

## Requirements

- Two years of SQL.

## How we work

- Remote first.

## Requirements

- Two years of SQL.
"""


def test_one_job_with_its_requirements_twice_is_still_a_duplicate() -> None:
    """Unknown headings that are no job names ("How we work") do not split one job in two."""
    found = messages(ONE_JOB_TWO_REQUIREMENT_LISTS, "job.md", *SHARED)
    assert 'JD103 Second "qualifications" section; merge it with the first' in found
