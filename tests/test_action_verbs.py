"""JD303: duties open with an action verb, judged from verb lexicons and affix morphology.

The drafts are written in the shapes real postings have: an ATS export in Markdown, text pasted
from a careers page, an Indonesian job-board post under an English company blurb.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jdlint import lexicon, verbs
from jdlint.config import default_config
from jdlint.lint import lint_text
from tests.covered import covered


def _flagged(text: str, language: str = "auto", name: str = "draft.md") -> list[str]:
    """The text each JD303 diagnostic covers, in order."""
    result = lint_text(text, name, default_config(), language)
    return covered(result, text, "JD303")


EN_POSTING = """\
# Customer Operations Lead

Northwind Parcel moves small parcels for online shops in three countries.

## What you'll do

- Escalate blocked shipments to the carrier desk within one hour.
- Escalates refund requests above the agent limit to finance.
- Brainstorm fixes for recurring delivery complaints with the product team.
- Tee up the weekly carrier review with data from the ticket system.
- Actively participate in the on-call rota for peak season.
- Proactively identify accounts at risk of churn.
- Regularly review the macros the support team uses.
- You will own the quality score for the customer operations team.
- You’ll coach six support agents through their first quarter.
- You'll run the monthly service review with our largest shops.
- You will be working closely with the logistics engineers.
- Support the sales team during carrier negotiations.
- Plan staffing for holiday peaks.
- Lead the migration to the new ticketing tool.
- Building dashboards that show backlog by country.
- Co-ordinate with the warehouse shift leads.
- Follow-up on unresolved tickets after each weekend.
- Onboard new agents in the first week.
- Carrier escalations: Define the handover steps with each carrier.

## Requirements

- Three years in customer support or logistics.
"""


def test_english_duties_that_open_with_a_verb_pass() -> None:
    assert _flagged(EN_POSTING) == []


EN_TOPICS = """\
Responsibilities:
- Responsible for the weekly stock report.
- Client relationships across the region.
- Various tasks in the front office.
- Administration of the payroll system.
- Support of the regional sales managers.
- Monthly reports for the board.
- You will be responsible for vendor contracts.
- Managed a team of four analysts.
- Must have a valid driving licence.
- Build the quarterly forecast.
"""


def test_english_nouns_and_phrases_fail() -> None:
    assert _flagged(EN_TOPICS, name="careers-page.txt") == [
        "Responsible for the",
        "Client relationships across",
        # "Various tasks in the front office." is a catch-all: JD304 reports it, not JD303
        "Administration of the",
        "Support of the",
        "Monthly reports for",
        "You will be",
        "Managed a team",
        "Must have a",
    ]


ID_POSTING = """\
Staf Admin Gudang

PT Sinar Laut Logistik is a third-party logistics company that runs three warehouses in East
Java for retail brands.

Tanggung Jawab:
• Melakukan pengecekan stok harian di gudang.
• Memastikan dokumen pengiriman lengkap sebelum barang keluar.
• Bekerja sama dengan tim pembelian untuk pemesanan ulang.
• Berkoordinasi dengan ekspedisi terkait jadwal pengiriman.
• Pastikan barang retur dicatat pada hari yang sama.
• Lakukan stock opname setiap akhir bulan.
• Kelola arsip surat jalan dan faktur.
• Buat laporan mingguan untuk kepala gudang.
• Bantu tim penjualan menyiapkan sampel produk.
• Jaga kebersihan dan kerapian area gudang.
• Perbaiki data stok yang tidak sesuai.
• Mengkoordinir bongkar muat barang.
• Menginput data penerimaan barang ke sistem.
• Follow up pesanan pelanggan yang tertunda.
• Update data stok di sistem setiap sore.

Kualifikasi:
• Pendidikan minimal SMA/SMK.
"""


def test_indonesian_duties_that_open_with_a_verb_pass() -> None:
    assert _flagged(ID_POSTING, language="id", name="loker.txt") == []


ID_TOPICS = """\
Tanggung Jawab:
• Pelaksanaan stock opname bulanan.
• Pengelolaan arsip dokumen gudang.
• Penjualan produk ke toko modern.
• Manajemen hubungan dengan pemasok.
• Tanggung jawab atas laporan bulanan.
• Secara proaktif memantau barang yang mendekati kedaluwarsa.
• Dilakukan pengecekan suhu setiap pagi.
• Melalui sistem kami, pesanan diproses otomatis.
• Mampu bekerja dalam tim.
• Media sosial perusahaan.
• Menyusun laporan stok harian.
"""


def test_indonesian_nouns_of_action_and_phrases_fail() -> None:
    assert _flagged(ID_TOPICS, language="id", name="loker.txt") == [
        "Pelaksanaan stock opname",
        "Pengelolaan arsip dokumen",
        "Penjualan produk ke",
        "Manajemen hubungan dengan",
        "Tanggung jawab atas",
        "Secara proaktif memantau",
        "Dilakukan pengecekan suhu",
        "Melalui sistem kami,",
        "Mampu bekerja dalam",
        "Media sosial perusahaan.",
    ]


@pytest.mark.parametrize(
    ("language", "word", "verb"),
    [
        ("en", "escalate", True),
        ("en", "escalates", True),
        ("en", "brainstorming", True),
        ("en", "led", False),  # a past form
        ("en", "client", False),
        ("en", "re-write", True),
        ("en", "follow-up", True),
        ("en", "cross-functional", False),
        ("id", "memperbaiki", True),
        ("id", "menyelesaikan", True),
        ("id", "pengelolaan", False),
        ("id", "metode", False),  # a root word, not me- + a root
        ("id", "member", False),  # an English noun, not me- + a root
        ("id", "monitoring", True),  # an English -ing verb in an Indonesian duty list
        ("id", "bertanggung", True),  # "bertanggung jawab", a verb of the language
        ("id", "koordinasi", False),  # a noun root
        ("id", "koordinasikan", True),
    ],
)
def test_single_words(language: str, word: str, verb: bool) -> None:
    assert verbs.judge(language).is_verb(word) is verb


def test_reduplication_is_decided_by_its_first_part() -> None:
    assert verbs.judge("id", frozenset({"bantu"})).is_verb("bantu-membantu") is True
    assert verbs.judge("id").is_verb("bantu-membantu") is False  # a bare root the rule must name


def test_a_noun_verb_before_of_reads_as_a_noun_but_not_otherwise() -> None:
    judge = verbs.judge("en")
    assert judge.opens_with_verb(["Review", "of", "accounts"]) is False
    assert judge.opens_with_verb(["Review", "the", "accounts"]) is True
    assert judge.opens_with_verb(["Managing", "of", "accounts"]) is True  # never a noun


def test_the_lexicons_load_only_when_a_duty_needs_them() -> None:
    """In a fresh interpreter: no lexicon for a draft without duties, and never numpy."""
    script = textwrap.dedent(
        """
        import sys
        from jdlint import lexicon
        from jdlint.config import default_config
        from jdlint.lint import lint_text
        lint_text("# Driver\\n\\n## About us\\n\\nWe deliver bread.\\n", "a.md", default_config())
        before = lexicon._english.cache_info().currsize
        lint_text("# Driver\\n\\n## Responsibilities\\n\\n- Deliver bread.\\n", "b.md",
                  default_config())
        after = lexicon._english.cache_info().currsize
        print(before, after, "numpy" in sys.modules, "lemminflect" in sys.modules)
        """
    )
    output = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout.split()
    assert output == ["0", "1", "False", "False"]


def test_without_the_lexicon_jd303_stays_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    """If a lexicon's package is missing, nothing can be judged: no finding on every bullet."""
    monkeypatch.setattr(lexicon, "_package_file", lambda package, relative: None)
    caches = (lexicon._english, lexicon._indonesian_roots, lexicon.english_readings, verbs.judge)
    for cache in caches:
        cache.cache_clear()
    try:
        assert _flagged(EN_TOPICS, name="careers-page.txt") == []
        assert _flagged(ID_TOPICS, language="id", name="loker.txt") == []
    finally:
        monkeypatch.undo()
        for cache in caches:
            cache.cache_clear()
    assert _flagged(EN_TOPICS, name="careers-page.txt")
