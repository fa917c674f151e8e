"""Linting is local: no network connection, no downloads, no files written."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import cli

REPO = Path(__file__).resolve().parent.parent

MARKDOWN_DRAFT = """---
title: Payroll Analyst
location: Surabaya
---

## About the role

We run payroll for four hundred staff across two plants. You will keep it accurate.

## Responsibilities

- Reconcile the payroll ledger each month
- Answer staff questions about their payslips
- Prepare tax filings with the finance team

## Qualifications

- Two years of payroll experience
- Careful with numbers and deadlines
"""

TEXT_DRAFT = """Staf Administrasi Gudang

Kami mencari staf yang teliti untuk gudang kami di Cikarang.

Tanggung Jawab Utama:
• Mencatat barang masuk dan keluar setiap hari
• Mengirim laporan stok mingguan kepada kepala gudang

Kualifikasi:
• Minimal lulusan SMA atau sederajat
• Terbiasa menggunakan Excel

Lokasi: Cikarang, Bekasi
Jenis: Penuh waktu
"""


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsed(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def listing(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*")}


def test_network_guard_really_refuses_connections(no_network: None) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.com", 80))
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.com", 80)


@pytest.mark.parametrize(
    ("name", "draft", "language"),
    [("payroll.md", MARKDOWN_DRAFT, "en"), ("gudang.txt", TEXT_DRAFT, "id")],
)
def test_check_opens_no_connection_and_writes_no_file(
    no_network: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    draft: str,
    language: str,
) -> None:
    nltk_before = "nltk" in sys.modules
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(draft, encoding="utf-8")
    before = listing(tmp_path)

    result = CliRunner().invoke(cli, ["check", "--format", "json", name])

    assert Path.cwd() == tmp_path

    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert [entry["path"] for entry in report["files"]] == [name]
    assert report["files"][0]["language"] == language
    assert listing(tmp_path) == before
    assert nltk_before or "nltk" not in sys.modules


def test_fresh_process_imports_no_nlp_or_network_library(tmp_path: Path) -> None:
    (tmp_path / "payroll.md").write_text(MARKDOWN_DRAFT, encoding="utf-8")
    (tmp_path / "gudang.txt").write_text(TEXT_DRAFT, encoding="utf-8")
    before = listing(tmp_path)
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from jdlint.cli import cli\n"
        "result = CliRunner().invoke(cli, ['check', '--format', 'json', 'payroll.md', "
        "'gudang.txt'])\n"
        "assert result.exit_code in (0, 1), result.output\n"
        "heavy = {'nltk', 'textstat', 'spacy', 'requests', 'urllib3', 'http.client'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    completed = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "[]"
    assert listing(tmp_path) == before
