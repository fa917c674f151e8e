"""`jdlint new`: a draft that follows the guidance, whose slots JD401 reports until filled."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import cli
from jdlint.config import default_config
from jdlint.lint import lint_text
from jdlint.results import FileResult
from jdlint.scaffold import LANGUAGES, new_draft

# What a hiring manager would write into each slot, in the order the slots appear.
FILLED = {
    "en": [
        "You will look after 40 retail clients in Surabaya and grow their orders by a fifth "
        "in your first year.",
        "Visit each client at least once a quarter to review orders and stock.",
        "Prepare the monthly sales forecast with the warehouse team.",
        "Resolve delivery and invoice problems within two working days.",
        "Two or more years selling to retail or wholesale clients.",
        "A driving licence and a clean driving record.",
        "Full-time, permanent",
        "Surabaya, East Java (on site)",
        "Two days a month within East Java",
        "Sales Manager",
        "IDR 9,000,000–11,000,000 a month",
        "Health cover from your first day.",
        "Toko Kita",
        "Send your CV through our careers page and tell us about a client you won.",
    ],
    "id": [
        "Anda akan menangani 40 pelanggan toko di Surabaya dan menaikkan pesanan mereka "
        "seperlima pada tahun pertama.",
        "Mengunjungi setiap pelanggan paling sedikit sekali per triwulan.",
        "Menyusun perkiraan penjualan bulanan bersama tim gudang.",
        "Menyelesaikan masalah pengiriman dan tagihan dalam dua hari kerja.",
        "Pengalaman dua tahun menjual ke toko atau grosir.",
        "Memiliki SIM C yang masih berlaku.",
        "Penuh waktu, karyawan tetap",
        "Surabaya, Jawa Timur (di kantor)",
        "Dua hari sebulan di Jawa Timur",
        "Manajer Penjualan",
        "Rp 9.000.000 – Rp 11.000.000 per bulan",
        "BPJS Kesehatan sejak hari pertama.",
        "Toko Kita",
        "Kirim CV melalui halaman karier kami dan ceritakan satu pelanggan yang Anda menangkan.",
    ],
}

TITLES = {"en": "Account Manager", "id": "Account Manager"}


def lint(text: str, language: str) -> FileResult:
    return lint_text(text, f"new-{language}.md", default_config(), language="auto")


def serious(result: FileResult) -> list[str]:
    return [
        f"{d.rule} {d.line}: {d.message}"
        for d in result.diagnostics
        if d.severity in ("error", "warning") and d.rule != "JD401"
    ]


def fill(text: str, result: FileResult, values: list[str]) -> str:
    """Replace each slot JD401 reported, last first, with the value written for it."""
    slots = [d for d in result.diagnostics if d.rule == "JD401"]
    assert len(slots) == len(values)
    lines = text.split("\n")
    for slot, value in reversed(list(zip(slots, values, strict=True))):
        assert slot.line == slot.end_line
        line = lines[slot.line - 1]
        lines[slot.line - 1] = line[: slot.column - 1] + value + line[slot.end_column - 1 :]
    return "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_new_draft_reports_only_its_slots(language: str) -> None:
    text = new_draft(language, TITLES[language])
    result = lint(text, language)
    assert result.language == language
    assert text.startswith(f"# {TITLES[language]}\n")
    assert serious(result) == []
    slots = [d for d in result.diagnostics if d.rule == "JD401"]
    assert len(slots) == len(FILLED[language])
    breakdown = (result.scores or {})["completeness_breakdown"]
    for part in ("title", "summary", "responsibilities", "qualifications"):
        assert breakdown[part] is True, part


@pytest.mark.parametrize("language", LANGUAGES)
def test_filled_draft_is_clean(language: str) -> None:
    text = new_draft(language, TITLES[language])
    filled = fill(text, lint(text, language), FILLED[language])
    result = lint(filled, language)
    assert [d.rule for d in result.diagnostics if d.rule == "JD401"] == []
    assert serious(result) == []
    breakdown = (result.scores or {})["completeness_breakdown"]
    assert breakdown["job_details"] == 1
    assert breakdown["pay_range"] is True


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_a_title_the_title_is_a_slot(language: str) -> None:
    result = lint(new_draft(language), language)
    first = min(result.diagnostics, key=lambda d: d.sort_key())
    assert (first.rule, first.line) == ("JD401", 1)


def test_new_writes_a_file_and_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "account-manager.md"
    runner = CliRunner()
    first = runner.invoke(
        cli, ["new", "--lang", "id", "--title", "Account Manager", "-o", str(target)]
    )
    assert first.exit_code == 0
    assert target.read_text(encoding="utf-8") == new_draft("id", "Account Manager")
    target.write_text("kept", encoding="utf-8")
    again = runner.invoke(cli, ["new", "-o", str(target)])
    assert again.exit_code == 2
    assert "exists" in again.stderr
    assert target.read_text(encoding="utf-8") == "kept"
    forced = runner.invoke(cli, ["new", "--force", "-o", str(target)])
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8") == new_draft("en")


def test_new_prints_to_stdout_and_rejects_unknown_languages() -> None:
    runner = CliRunner()
    printed = runner.invoke(cli, ["new", "--title", "Data Analyst"])
    assert printed.exit_code == 0
    assert printed.stdout == new_draft("en", "Data Analyst")
    assert runner.invoke(cli, ["new", "--lang", "fr"]).exit_code == 2
