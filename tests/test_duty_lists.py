"""JD303 on duty lists as real postings write them: unmarked group sub-headings, requirement or
benefit lists under a duty heading, remit lead-ins, and mixed-language Indonesian duties.

Every draft is written for these tests in the shapes the tuning half of the real corpus shows
(plain text pasted from a job board, ATS HTML, an Indonesian job-board template).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from jdlint.config import default_config
from jdlint.lint import lint_text
from tests.covered import covered


def _flagged(text: str, name: str = "posting.txt", language: str = "auto") -> list[str]:
    """The first words of each bullet JD303 fires on, in order."""
    result = lint_text(text, name, default_config(), language)
    return covered(result, text, "JD303")


EN_GROUPS = """\
Export Coordinator

Harbourline Trading ships kitchen appliances from Surabaya to buyers in twelve countries.

Responsibilities:
Shipment Planning & Booking
Plan container bookings with forwarders two weeks ahead of each sailing.
Check that packing lists match the purchase orders before loading.
Customs Documentation
Prepare invoices, certificates of origin and export declarations for each shipment.
Administration of the document archive for customs audits.
Supplier Coordination
Agree pickup windows with the three appliance factories every Monday.

Requirements:
At least 2 years of experience in export documentation.
"""


def test_unmarked_group_subheadings_are_not_duties() -> None:
    assert _flagged(EN_GROUPS) == ["Administration of the"]


ID_GROUPS = """\
Building Manager

PT Griya Rapi Sentosa mengelola tiga gedung apartemen di Jakarta Selatan.

Tanggung Jawab Pekerjaan :
Pengawasan Pemeliharaan dan Perawatan
Menyusun jadwal perawatan lift, genset dan pompa air setiap bulan.
Mengawasi vendor kebersihan dan keamanan selama jam kerja.
Manajemen Tim dan Personil
Memimpin rapat mingguan tim teknis dan membagi tugas harian.
Pelaporan biaya operasional kepada pemilik gedung.
"""


def test_indonesian_unmarked_subheadings_are_not_duties() -> None:
    assert _flagged(ID_GROUPS) == ["Pelaporan biaya operasional"]


ID_TITLE_CASE_ITEMS = """\
Staf Pajak

Tanggung Jawab Pekerjaan :
1. Pembuatan Laporan Keuangan
2. Pelaporan SPT PPN Masa
3. Perhitungan & Pelaporan SPT Tahunan
4. Berhubungan dengan kantor pajak dan konsultan terkait pemeriksaan tahunan
5. Pengarsipan Dokumen Pajak
"""


def test_title_case_items_among_items_alike_stay_items() -> None:
    assert _flagged(ID_TITLE_CASE_ITEMS) == [
        "Pembuatan Laporan Keuangan",
        "Pelaporan SPT PPN",
        "Perhitungan & Pelaporan",
        "Pengarsipan Dokumen Pajak",
    ]


ID_REQUIREMENTS_UNDER_DUTIES = """\
Drafter Panel Listrik

PT Cahaya Panel Mandiri membuat panel listrik tegangan rendah di Cikarang.

Tanggung Jawab Pekerjaan :
Mampu bekerja dalam tekanan dan teliti
Pengetahuan umum tentang komponen listrik (MCB, MCCB)
Memiliki pengalaman minimal 1 tahun sebagai drafter
Mampu membaca single line diagram
Menguasai AutoCAD

Keahlian :
AutoCAD
"""


def test_a_requirement_list_under_a_duty_heading_is_not_judged() -> None:
    assert _flagged(ID_REQUIREMENTS_UNDER_DUTIES) == []


EN_GROUPS_OF_OTHER_KINDS = """\
Junior Data Engineer

KEY RESPONSIBILITIES:
Build and maintain batch pipelines that load sales data every night.
Document data models and the decisions behind them.
What You'll Learn
Real-world data engineering with tools the team uses every day
Data modeling and warehousing
Tech Stack
Python (pandas), SQL
Airflow, Docker, Linux
Develop reporting features across domains including:
Inventory Forecasting
Store Performance
Maintenance of the data catalogue.
"""


def test_groups_announcing_other_sections_or_objects_are_not_duties() -> None:
    assert _flagged(EN_GROUPS_OF_OTHER_KINDS) == []


EN_REMIT = """\
# Growth Analyst

## Responsibilities

You'll be responsible for:

- The weekly funnel report and its definitions
- Pricing experiments across the marketplace

## What You'll Own

- The roadmap for demand growth
- The measurement of our most important features

## What you'll do

- Partner with marketing on campaign tests.
- Ownership of the experiment backlog.
"""


def test_items_completing_a_remit_are_not_duties() -> None:
    assert _flagged(EN_REMIT, name="posting.md") == ["Ownership of the"]


ID_MIXED = """\
Staf Admin Pembelian

Tanggung Jawab:
• Bertanggung jawab atas kelengkapan dokumen pembelian.
• Ikut serta dalam stock opname bulanan.
• Turut membantu tim gudang saat barang datang.
• Monitoring status pesanan ke pemasok setiap hari.
• Managing database vendor dan harga.
• Dan memastikan faktur dicatat tepat waktu.
• Jika diperlukan, membantu tim keuangan saat tutup buku.
• Rutin melakukan pengecekan harga pemasok.
• Pengarsipan faktur pembelian.
"""


def test_indonesian_multiword_and_english_ing_verbs_open_duties() -> None:
    assert _flagged(ID_MIXED, language="id") == ["Pengarsipan faktur pembelian."]


EN_SHAPES = """\
Platform Engineer

Responsibilities:
- Re-engineer the deploy pipeline for faster rollbacks.
- And investigating the outages our customers report.
- On occasion, work with external suppliers on their incident reviews.
- When needed, travel to the data centre in Leeds.
- Also manage the spare parts stock.
- Preprocess and clean telemetry before it reaches the warehouse.
- Coordination of the on-call rota.
"""


def test_lead_ins_before_the_verb_are_skipped() -> None:
    assert _flagged(EN_SHAPES) == ["Coordination of the"]


HTML_MOJIBAKE = (
    "<p>The Harbour Games team is looking for a rigging artist for six months.</p>\n"
    "What You Will Do:\n"
    "\u00e2\u0080\u00a2 Update our character rigs to improve deformation\n"
    "\u00e2\u0080\u00a2 Create clean skin weight maps for the face rigs\n"
    "\u00e2\u0080\u00a2 Maintenance of the rig library and its notes\n"
)


def test_a_bullet_decoded_with_the_wrong_encoding_is_skipped() -> None:
    result = lint_text(HTML_MOJIBAKE, "posting.html", default_config())
    found = [d.message for d in result.diagnostics if d.rule == "JD303"]
    assert len(found) == 1 and '"Maintenance of the"' in found[0]


def test_parsing_loads_no_lexicon_when_the_content_needs_no_verbs() -> None:
    """An unknown heading over a list inside a duty section keeps its section without reading
    verbs; a list under "Job Description" is read from its cue words only."""
    script = textwrap.dedent(
        """
        from jdlint import lexicon
        from jdlint.parse import parse_document
        text = (
            "Responsibilities:\\n"
            "Account planning:\\n"
            "- Plan quarterly reviews with each client.\\n"
            "- Keep the CRM up to date.\\n\\n"
            "Job Description:\\n"
            "- Greet visitors at the front desk.\\n"
            "- Answer the phone.\\n"
        )
        document = parse_document(text, "a.txt")
        print(
            [s.canonical for s in document.sections],
            lexicon._english.cache_info().currsize,
            lexicon._indonesian_roots.cache_info().currsize,
        )
        """
    )
    output = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout.strip()
    assert output.endswith("0 0"), output
    assert output.count("responsibilities") == 3, output
