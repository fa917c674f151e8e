"""The audit report (`jdlint report`): what it counts, that it escapes, and that the page works
in a real browser (headless Chromium, skipped when it is not installed)."""

from __future__ import annotations

import csv
import os
import re
import shutil
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from jdlint.cli import cli
from jdlint.diagnostics import Diagnostic
from jdlint.paths import find_drafts
from jdlint.report import Audit, render
from jdlint.results import FileResult

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
HOSTILE_ID = '<script>alert("id")</script>'

# An ATS export as job boards hand it over: HTML descriptions, an English company blurb above
# Indonesian requirements, a posting with an id that would run as script if it were not
# escaped, and an empty description (a bad row).
EXPORT_ROWS = [
    {
        "id": "BRD-7001",
        "description": (
            "<h2>Staf Gudang</h2><p>Northwind Logistics is a regional carrier serving "
            "Java and Bali.</p><h3>Kualifikasi</h3><ul><li>Pria, usia maksimal 25 tahun</li>"
            "<li>Berpenampilan menarik</li></ul>"
        ),
    },
    {
        "id": HOSTILE_ID,
        "description": (
            "Field Sales Executive\n\nWe want a rockstar salesman & ninja closer who will "
            "crush targets in a fast-paced environment.\n"
        ),
    },
    {"id": "BRD-7003", "description": ""},
]


def write_export(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=["id", "description"])
        writer.writeheader()
        writer.writerows(EXPORT_ROWS)
    return path


def write_report(tmp_path: Path) -> Path:
    """The report of the project's corpora and an export, written through the command."""
    output = tmp_path / "report.html"
    export = write_export(tmp_path / "postings.csv")
    result = CliRunner().invoke(cli, ["report", str(CORPORA), str(export), "-o", str(output)])
    assert result.exit_code == 0, result.output
    return output


def diagnostic(rule: str, severity: str, message: str, line: int = 1) -> Diagnostic:
    return Diagnostic(rule, rule.lower(), severity, message, line, 1, line, 5)


def result(path: str, *diagnostics: Diagnostic, completeness: int = 80) -> FileResult:
    scores: dict[str, Any] = {
        "readability": 55.0,
        "grade_level": 9.1,
        "completeness": completeness,
        "gender_coding": "neutral",
    }
    return FileResult(path, "en", list(diagnostics), scores, {"words": 120})


def test_audit_counts_rules_postings_and_keeps_the_first_example() -> None:
    audit = Audit().add_all(
        [
            result("a.md", diagnostic("JD801", "warning", 'Hiring cliché "rockstar"', 3)),
            result(
                "b.md",
                diagnostic("JD801", "warning", 'Hiring cliché "ninja"'),
                diagnostic("JD801", "warning", 'Hiring cliché "guru"'),
                diagnostic("JD401", "error", "Unfilled placeholder"),
            ),
            result("c.md"),
            FileResult("d.md", None, [diagnostic("JD900", "error", "cannot read file")]),
        ]
    )
    counts = {rule.code: (rule.count, rule.postings) for rule in audit.frequent_rules()}
    assert counts == {"JD801": (3, 2), "JD401": (1, 1), "JD900": (1, 1)}
    assert audit.frequent_rules()[0].example.path == "a.md"
    assert audit.frequent_rules()[0].example.line == 3
    assert (audit.postings, audit.unreadable) == (4, 1)
    assert audit.languages == {"en": 3, "unknown": 1}
    assert sum(audit.readability) == 3  # the unreadable file has no score to count
    assert [posting.path for posting in audit.table()][:2] == ["b.md", "d.md"]


def test_audit_keeps_only_the_worst_postings_for_the_table() -> None:
    audit = Audit(keep=3)
    for index in range(50):
        warnings = [diagnostic("JD702", "warning", "Long sentence")] * (index % 7)
        audit.add(result(f"row-{index}", *warnings))
    table = audit.table()
    assert len(table) == 3
    assert all(posting.warnings == 6 for posting in table)
    assert audit.postings == 50
    assert sum(audit.completeness) == 50
    assert "The 3 worst of 50 postings" in render(audit)


def _peak_of_auditing(postings: int) -> int:
    """The peak memory, in bytes, of auditing *postings* results made one at a time."""
    warning = diagnostic("JD702", "warning", "Sentence has 40 words; keep it under 35")
    tracemalloc.start()
    audit = Audit(keep=200)
    for index in range(postings):
        audit.add(result(f"export.csv#REQ-{index}", *[warning] * (index % 5)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert audit.postings == postings
    return peak


def test_audit_memory_stays_flat_in_the_number_of_postings() -> None:
    small, large = _peak_of_auditing(2_000), _peak_of_auditing(20_000)
    assert large < small * 1.5


def test_render_escapes_messages_paths_and_languages() -> None:
    hostile = "<img src=x onerror=alert(1)>"
    audit = Audit().add_all(
        [
            FileResult(
                f"{hostile}.md",
                hostile,
                [diagnostic("JD801", "warning", f'Hiring cliché "{hostile}"')],
                {"readability": 40.0, "completeness": 60, "gender_coding": hostile},
                {"words": 10},
            )
        ]
    )
    page = render(audit, title=hostile)
    assert "<img" not in page
    assert page.count("&lt;img src=x onerror=alert(1)&gt;") >= 6


def test_report_escapes_every_text_and_needs_no_network(tmp_path: Path) -> None:
    page = write_report(tmp_path).read_text(encoding="utf-8")
    assert HOSTILE_ID not in page
    assert "&lt;script&gt;alert(&quot;id&quot;)&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # the page's own script, inline
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page


def test_report_command_covers_folders_and_exports(tmp_path: Path) -> None:
    page = write_report(tmp_path).read_text(encoding="utf-8")
    drafts = list(find_drafts(CORPORA))
    assert len(drafts) > 20
    assert page.count("<tr data-language=") == len(drafts) + len(EXPORT_ROWS)
    assert "postings.csv#BRD-7001" in page
    assert re.search(r"<b>\d+</b><span>unreadable</span>", page)
    for chart in ("readability", "completeness", "gender", "languages"):
        assert f'id="chart-{chart}"' in page


def test_report_reports_a_configuration_error(tmp_path: Path) -> None:
    outcome = CliRunner().invoke(
        cli,
        [
            "report",
            str(write_export(tmp_path / "postings.csv")),
            "--text-column",
            "body_html",
            "-o",
            str(tmp_path / "report.html"),
        ],
    )
    assert outcome.exit_code == 2
    assert "body_html" in outcome.stderr
    assert not (tmp_path / "report.html").exists()


# In the browser ---------------------------------------------------------------------------


def _chromium() -> str | None:
    return os.environ.get("JDLINT_CHROMIUM") or shutil.which("chromium")


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, list[str]]]:
    """The report open in headless Chromium, with every console error and page error seen."""
    executable = _chromium()
    if executable is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    report = write_report(tmp_path_factory.mktemp("report"))
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        yield page, errors
        browser.close()


def _column(page: Any, index: int) -> list[str]:
    return list(
        page.eval_on_selector_all(
            f"#postings tbody tr:not([hidden]) td:nth-child({index})",
            "cells => cells.map(c => c.getAttribute('data-sort') ?? c.textContent)",
        )
    )


def test_charts_render_with_a_size(browser_page: tuple[Any, list[str]]) -> None:
    page, errors = browser_page
    for chart in ("readability", "completeness", "gender", "languages"):
        box = page.locator(f"#chart-{chart} svg").bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0, chart
        bars = page.locator(f"#chart-{chart} svg rect")
        assert bars.count() > 0
        heights = [bars.nth(i).bounding_box() for i in range(bars.count())]
        assert any(b is not None and b["height"] > 0 and b["width"] > 0 for b in heights)
    assert errors == []


def test_table_sorts_on_a_header_click(browser_page: tuple[Any, list[str]]) -> None:
    page, errors = browser_page
    readability = 4
    header = page.locator("#postings th").nth(readability - 1)
    header.click()
    values = [float(v) for v in _column(page, readability) if v != ""]
    assert values == sorted(values) and values[0] < values[-1]
    assert header.get_attribute("aria-sort") == "ascending"
    header.click()
    values = [float(v) for v in _column(page, readability) if v != ""]
    assert values == sorted(values, reverse=True)
    page.locator("#postings th").first.click()
    names = _column(page, 1)
    assert names == sorted(names, key=str.lower)
    assert errors == []


def test_table_filters_by_text_and_language(browser_page: tuple[Any, list[str]]) -> None:
    page, errors = browser_page
    everything = page.locator("#postings tbody tr").count()
    page.fill("#filter", "BRD-")
    shown = _column(page, 1)
    assert len(shown) == len(EXPORT_ROWS) - 1 and all("BRD-" in name for name in shown)
    assert page.text_content("#shown") == str(len(shown))
    page.fill("#filter", "")
    page.select_option("#language", "id")
    languages = _column(page, 2)
    assert languages and set(languages) == {"id"}
    assert len(languages) < everything
    page.select_option("#language", "")
    assert len(_column(page, 1)) == everything
    assert page.get_by_text(HOSTILE_ID).count() > 0  # shown as text, never run
    assert errors == []
