"""Job details read from anywhere a recruiter would find them (JD105, the completeness score),
and one JD101 / JD105 diagnostic per missing section and per missing detail."""

from __future__ import annotations

import re
from collections import Counter
from textwrap import dedent

import pytest

from jdlint.config import default_config
from jdlint.data import vocabulary
from jdlint.kinds.needs import needs_of
from jdlint.lint import lint_path, lint_text
from jdlint.paths import find_drafts
from jdlint.results import FileResult
from tests.corpus import CORPORA


def lint(text: str, name: str = "draft.txt") -> FileResult:
    return lint_text(dedent(text).lstrip("\n"), name, default_config())


def messages(result: FileResult, code: str) -> list[str]:
    return [d.message for d in result.diagnostics if d.rule == code]


def missing_details(text: str, name: str = "draft.txt") -> list[str]:
    return messages(lint(text, name), "JD105")


# --- one diagnostic per missing item (JD101, JD105) -------------------------------------------


@pytest.mark.parametrize("title", ["Warehouse Supervisor", "Supervisor Gudang"])
def test_a_draft_with_only_a_title_gets_one_finding_per_missing_section_and_detail(
    title: str,
) -> None:
    result = lint(f"{title}\n")
    assert messages(result, "JD101") == [
        "Missing section: summary",
        "Missing section: responsibilities",
        "Missing section: qualifications",
    ]
    assert messages(result, "JD105") == [
        "No employment type stated",
        "No location stated",
        "No reporting line stated",
    ]


def test_each_missing_section_is_named_once_when_two_are_missing() -> None:
    result = lint(
        """
        Analis Data

        Tanggung Jawab:
        • Menyusun dasbor penjualan mingguan.
        • Menyajikan temuan kepada manajer wilayah.
        • Membersihkan data dari sistem CRM.
        """
    )
    assert messages(result, "JD101") == [
        "Missing section: summary",
        "Missing section: qualifications",
    ]


def test_no_other_rule_reports_two_findings_at_one_place_in_the_corpus() -> None:
    for draft in find_drafts(CORPORA):
        result = lint_path(draft, default_config())
        places = Counter(
            (d.rule, d.line, d.column, d.end_line, d.end_column)
            for d in result.diagnostics
            if d.rule not in ("JD101", "JD105")
        )
        repeated = [place for place, count in places.items() if count > 1]
        assert not repeated, f"{draft.name}: {repeated}"


# --- details in prose, the title and sections named for them -----------------------------------


def test_english_post_states_type_in_the_title_and_the_manager_in_prose() -> None:
    assert missing_details(
        """
        Sales Executive (Full Time)

        About the role
        We are growing our field team in the north. You will report to the Regional Manager
        and look after twelve accounts.

        Responsibilities
        - Visit each customer once a month.
        - Prepare and send weekly reports to the sales director.
        - Agree yearly volume targets with buyers.

        Requirements
        - Two years of field sales.
        """
    ) == ["No location stated"]


def test_sending_reports_to_a_manager_is_not_a_reporting_line() -> None:
    assert "No reporting line stated" in missing_details(
        """
        Sales Executive

        Responsibilities
        - Prepare and send weekly reports to the sales director.
        - Create reports to communicate findings to the regional manager.
        """
    )


def test_indonesian_job_board_post_with_placement_status_and_superior_in_its_lists() -> None:
    assert (
        missing_details(
            """
            Staff Admin Gudang

            PT Sinar Baru Logistik membuka lowongan untuk posisi Staff Admin Gudang.

            Tanggung Jawab Pekerjaan :
            - Menginput data barang masuk dan keluar setiap hari.
            - Bertanggung jawab kepada Kepala Gudang.

            Kualifikasi :
            - Pendidikan minimal SMA/SMK.
            - Status: Karyawan kontrak
            - Penempatan: Surabaya
            """
        )
        == []
    )


def test_a_section_named_for_the_placement_states_the_location() -> None:
    draft = """
        Kasir Toko

        Kami toko bangunan keluarga yang sedang berkembang.

        Tugas:
        - Melayani pembayaran pelanggan.
        - Menyusun laporan kas harian.

        Daerah Penempatan:
        Surabaya Barat

        Lokasi & Waktu Kerja
        Senin sampai Sabtu, 08.00–16.00
        """
    assert missing_details(draft) == ["No employment type stated", "No reporting line stated"]


def test_a_location_heading_with_nothing_under_it_states_nothing() -> None:
    assert "No location stated" in missing_details(
        """
        # Data Engineer

        ## Location

        ## Responsibilities
        - Build the nightly loads.
        """,
        "draft.md",
    )


def test_a_key_line_with_its_value_on_the_next_line_states_the_detail() -> None:
    assert (
        missing_details(
            """
        # Data Engineer

        ## Basic information

        **Location:**
        Leeds, United Kingdom

        **Work schedule:**
        Full time

        **Supervisor:**
        Head of Data Platform
        """,
            "draft.md",
        )
        == []
    )


@pytest.mark.parametrize(
    ("title", "stated"),
    [
        ("Sales Executive (Full Time)", {"employment_type"}),
        ("Staff Admin - Kontrak", {"employment_type"}),
        ("Barista (Part-time) – Bandung", {"employment_type", "location"}),
        ("Data Scientist Intern", {"employment_type"}),
        ("Trainer Freelance", {"employment_type"}),
        ("Senior Backend Engineer - Payments (Remote)", {"location"}),
        ("ADMIN GUDANG - BEKASI", {"location"}),
        ("Data Analyst (6 months contract)", {"employment_type"}),
        ("Contract Manager", set()),
        ("Remote Sensing Analyst", set()),
        ("Machine Learning Engineer - Recommendations", set()),
    ],
)
def test_details_in_the_title(title: str, stated: set[str]) -> None:
    labels = {"employment_type": "employment type", "location": "location"}
    found = missing_details(f"{title}\n\nWe are hiring.\n")
    for field, label in labels.items():
        assert (f"No {label} stated" not in found) == (field in stated), (title, found)


@pytest.mark.parametrize(
    ("sentence", "detail"),
    [
        ("This is a full-time position.", "employment type"),
        ("The role is offered on a part-time basis, three days a week.", "employment type"),
        ("We offer a permanent contract after probation.", "employment type"),
        ("This is a remote role based in the United Kingdom.", "location"),
        ("The team is based in Leeds, close to the station.", "location"),
        ("You will report to the Head of Sales.", "reporting line"),
        ("Reporting to the Chief Financial Officer, you will run month-end.", "reporting line"),
        ("Penempatan: Surabaya", "location"),
        ("Ditempatkan di Jakarta Selatan", "location"),
        ("Lokasi kerja di Bekasi", "location"),
        ("Kantor kami berada di kawasan Kuningan, Jakarta.", "location"),
        ("Bersedia bekerja di area Bekasi atau Cikarang.", "location"),
        ("Bertanggung jawab kepada Kepala Gudang", "reporting line"),
        ("Melapor langsung ke Manajer Operasional.", "reporting line"),
        ("Status: Karyawan tetap", "employment type"),
        ("Status: kontrak 12 bulan", "employment type"),
        ("Status: magang", "employment type"),
        ("Status: freelance", "employment type"),
        ("Kesempatan menjadi karyawan kontrak selama 1 tahun.", "employment type"),
    ],
)
def test_details_stated_in_a_sentence_or_a_line(sentence: str, detail: str) -> None:
    draft = f"Staff Operasional\n\nTentang peran:\n{sentence}\n"
    assert f"No {detail} stated" not in missing_details(draft)


@pytest.mark.parametrize(
    ("sentence", "detail"),
    [
        ("At least 3 years of full-time work experience.", "employment type"),
        ("Applicants currently holding a permanent post should tell us.", "employment type"),
        ("Manage supplier contract renewals.", "employment type"),
        ("Status: Belum menikah", "employment type"),
        ("Menjaga target output tetap stabil.", "employment type"),
        ("Must be able to work in a fast-paced environment.", "location"),
        ("Willing to work in the I-Gaming industry.", "location"),
        ("Siap ditempatkan di luar kota.", "location"),
        ("Ditempatkan di area kerja sesuai kebutuhan.", "location"),
        ("Perusahaan distribusi terbesar di Indonesia.", "location"),
        ("Beroperasi di sekitar area domisili Anda masing-masing.", "location"),
        (
            "Create visualizations and reports to communicate findings to the manager.",
            "reporting line",
        ),
        ("Mampu bekerja di bawah tekanan.", "reporting line"),
        ("Melaporkan hasil kerja kepada atasan.", "reporting line"),
    ],
)
def test_sentences_that_do_not_state_a_detail(sentence: str, detail: str) -> None:
    draft = f"Staff Operasional\n\nTentang peran:\n{sentence}\n"
    assert f"No {detail} stated" in missing_details(draft)


# --- front matter --------------------------------------------------------------------------------


def test_details_in_nested_front_matter() -> None:
    assert (
        missing_details(
            """
            ---
            title: Management Accountant
            job:
              type: Full-time
              location: Leeds, United Kingdom
            details:
              reports_to: Head of Finance
            ---
            # Management Accountant

            We close the books for a family of bakeries.
            """,
            "draft.md",
        )
        == []
    )


def test_employment_mapping_in_front_matter_states_the_type() -> None:
    found = missing_details(
        """
        ---
        employment:
          type: Kontrak 12 bulan
        ---
        # Perawat Rawat Inap
        """,
        "draft.md",
    )
    assert "No employment type stated" not in found


def test_site_generator_keys_type_and_status_are_not_an_employment_type() -> None:
    found = missing_details(
        """
        ---
        layout: detailed-guidance
        type: guide
        status: draft
        ---
        # Content designer
        """,
        "draft.md",
    )
    assert "No employment type stated" in found


# --- completeness --------------------------------------------------------------------------------


def test_completeness_counts_details_found_outside_key_value_lines() -> None:
    result = lint(
        """
        Barista (Part-time) – Bandung

        Ringkasan:
        Kedai kopi kami melayani pekerja kantor sejak pagi.

        Tugas:
        - Menyiapkan minuman sesuai resep.
        - Menjaga kebersihan area bar.
        - Melayani pembayaran pelanggan.

        Kualifikasi:
        - Pengalaman minimal enam bulan sebagai barista.

        Bertanggung jawab kepada Kepala Toko.
        """
    )
    assert result.scores is not None
    assert result.scores["completeness_breakdown"]["job_details"] == 1.0
    assert messages(result, "JD105") == []


def test_completeness_counts_only_the_details_stated() -> None:
    result = lint("Sales Executive (Full Time)\n\nWe are hiring.\n")
    assert result.scores is not None
    assert result.scores["completeness_breakdown"]["job_details"] == 0.33


# --- the vocabulary ----------------------------------------------------------------------------


def test_every_sentence_pattern_turns_on_a_word_it_is_looked_for_near() -> None:
    """Sentences are searched only near employment types, roles and location hinges: a
    pattern that needs none of them would never be tried."""
    data = vocabulary("details")
    hinges = {hinge.casefold() for hinge in data["location_hinges"]}
    for field, marks in (("employment_type", ("{type}",)), ("reports_to", ("{role}", "{object}"))):
        for pattern in [p for patterns in data["prose"][field].values() for p in patterns]:
            assert any(mark in pattern for mark in marks), pattern
    for pattern in [p for patterns in data["prose"]["location"].values() for p in patterns]:
        needs = needs_of(re.sub(r"\{area\}", "[A-Z]", pattern))
        assert needs is not None, pattern
        for way in needs.ways:
            assert way.words & hinges or (way.symbol or "") in hinges, (pattern, way)
