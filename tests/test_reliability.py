"""Hostile input, one class at a time: jdlint never crashes, never hangs, never loses text.

Each test below is a row of the table in ``docs/reliability.md``. Bad input is handled per
file (JD900 for a file that cannot be read, JD903 for front matter that does not parse) and the
run goes on; configuration mistakes stop the run with exit code 2 and a message, never a
traceback.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import jdlint.lint
from jdlint.cli import cli
from jdlint.config import default_config
from jdlint.lint import lint_bytes, lint_path, lint_text
from jdlint.results import FileResult

REPO = Path(__file__).resolve().parent.parent
CONFIG = default_config()

DRAFT = """# Payroll Analyst

## About the role

We run payroll for four hundred staff across two plants.

## Responsibilities

- Reconcile the payroll ledger each month
- Answer staff questions about their payslips

## Qualifications

- Two years of payroll experience

Location: [Insert location]
"""


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str) -> tuple[int, dict[str, Any], str]:
    code, out, err = run("check", "--format", "json", *args)
    return code, json.loads(out), err


def codes(result: FileResult) -> list[str]:
    return [d.rule for d in result.diagnostics]


def at(result: FileResult, rule: str) -> tuple[int, int, int, int]:
    found = next(d for d in result.diagnostics if d.rule == rule)
    return found.line, found.column, found.end_line, found.end_column


# --- bytes and encodings ----------------------------------------------------------------------


def test_binary_file_is_jd900_naming_the_file_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a-logo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "b-draft.md").write_text(DRAFT, encoding="utf-8")
    code, report, _ = run_json(str(tmp_path))
    first, second = report["files"]
    assert first["path"].endswith("a-logo.md")
    assert [d["rule"] for d in first["diagnostics"]] == ["JD900"]
    assert "binary" in first["diagnostics"][0]["message"]
    assert "JD401" in {d["rule"] for d in second["diagnostics"]}
    assert code == 1  # JD900 is an error; the contract's exit 2 is for configuration only


def test_nul_bytes_in_otherwise_readable_text_are_refused() -> None:
    result = lint_bytes(DRAFT.encode() + b"\x00\x00", "a.md", CONFIG)
    assert codes(result) == ["JD900"]
    assert "NUL" in result.diagnostics[0].message


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
        (lambda text: text.encode("utf-16"), "utf-16"),
        (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16"),
        (lambda text: text.encode("utf-32"), "utf-32"),
        (lambda text: text.encode("cp1252"), "cp1252"),
    ],
)
def test_every_supported_encoding_gives_the_same_diagnostics(encode: Any, encoding: str) -> None:
    text = DRAFT.replace("Reconcile", "Reconcile “quoted” café")
    expected = lint_text(text, "a.md", CONFIG)
    result = lint_bytes(encode(text), "a.md", CONFIG)
    assert result.encoding == encoding
    assert result.diagnostics == expected.diagnostics


def test_word_export_in_cp1252_reports_its_encoding_in_json(tmp_path: Path) -> None:
    (tmp_path / "word.txt").write_bytes(
        b"Payroll Analyst\r\n\r\nLocation: \x93[Insert location]\x94 \x96 caf\xe9\r\n"
    )
    _, report, _ = run_json(str(tmp_path / "word.txt"))
    entry = report["files"][0]
    assert entry["encoding"] == "cp1252"
    message = next(d for d in entry["diagnostics"] if d["rule"] == "JD401")["message"]
    assert message == 'Unfilled placeholder "[Insert location]"'


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_crlf_and_lone_cr_count_lines_as_editors_do(line_end: str) -> None:
    result = lint_bytes(DRAFT.replace("\n", line_end).encode(), "a.md", CONFIG)
    assert at(result, "JD401") == (16, 11, 16, 28)


def test_columns_count_code_points_through_tabs_nbsp_zero_width_emoji_and_combining_marks() -> None:
    prefix = "\t\u00a0\u200b👩🏽‍💻 e\u0301 "
    result = lint_text(f"Analyst\n\nLocation: {prefix}[Insert location]\n", "a.txt", CONFIG)
    column = len("Location: ") + len(prefix) + 1
    assert at(result, "JD401") == (3, column, 3, column + len("[Insert location]"))


def test_empty_file_is_linted_not_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    code, report, _ = run_json(str(tmp_path / "empty.md"))
    assert "JD900" not in {d["rule"] for d in report["files"][0]["diagnostics"]}
    assert code == 1  # an empty draft misses every required section


def test_20_mb_file_is_refused_by_its_size_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)  # sparse: 20 MiB of NUL, never read in full
    started = time.perf_counter()
    result = lint_path(big, CONFIG)
    assert time.perf_counter() - started < 1
    assert codes(result) == ["JD900"]
    assert "20.0 MiB" in result.diagnostics[0].message
    assert "up to 5 MiB" in result.diagnostics[0].message


def test_endless_stream_is_cut_at_the_size_limit() -> None:
    result = lint_path(Path("/dev/zero"), CONFIG)
    assert codes(result) == ["JD900"]
    assert "up to 5 MiB" in result.diagnostics[0].message


def lint_seconds(text: str, name: str) -> float:
    started = time.perf_counter()
    result = lint_text(text, name, CONFIG)
    elapsed = time.perf_counter() - started
    assert result.problems == [] and "JD900" not in codes(result)
    return elapsed


@pytest.mark.parametrize("name", ["big.md", "big.txt"])
def test_lint_time_grows_linearly_up_to_the_size_limit(name: str) -> None:
    """Four times the text takes about four times as long, not sixteen (a 5 MiB draft of
    this shape took 16 s when measured, where a quadratic step once made it minutes)."""
    block = DRAFT.replace("# Payroll", "## Payroll")
    small, large = block * 300, block * 1200  # about 87 KB and 350 KB
    lint_seconds(small, name)  # warm up caches
    ratio = lint_seconds(large, name) / lint_seconds(small, name)
    assert ratio < 8, f"4x the text took {ratio:.1f}x as long"


@pytest.mark.parametrize("name", ["long.md", "long.txt"])
def test_one_line_of_a_megabyte_is_linted_quickly(name: str) -> None:
    text = "Analyst\n\n" + "Manage the ledger and answer questions, " * 25_000 + "\n"
    started = time.perf_counter()
    result = lint_text(text, name, CONFIG)
    assert time.perf_counter() - started < 10
    assert result.problems == []


@pytest.mark.parametrize("name", ["deep.md", "deep.txt"])
def test_deeply_nested_lists_and_quotes(name: str) -> None:
    nested = "".join("  " * depth + "- Manage item\n" for depth in range(3000))
    quotes = ">" * 5000 + " quoted\n"
    result = lint_text("# Analyst\n\n" + nested + quotes, name, CONFIG)
    assert result.problems == []
    assert "JD900" not in codes(result)


def test_html_heavy_text_is_linted() -> None:
    html = (
        ("<div class='job'><h1>Analyst</h1>" + "<p>Manage&nbsp;the <b>ledger</b></p>" * 2000)
        + "<!-- unclosed comment\n<script>alert(1)</script>\n"
        + "</div>" * 5000
    )
    for name in ("page.md", "page.txt"):
        result = lint_text(html, name, CONFIG)
        assert result.problems == []
        assert "JD900" not in codes(result)


# --- front matter -----------------------------------------------------------------------------


def test_invalid_front_matter_is_jd903_at_the_broken_line_and_the_body_is_linted() -> None:
    text = "---\ntitle: Payroll Analyst\nlocation: Leeds: hybrid\n---\n" + DRAFT
    result = lint_text(text, "a.md", CONFIG)
    assert "JD900" not in codes(result)
    assert at(result, "JD903") == (3, 1, 3, 24)
    message = next(d.message for d in result.diagnostics if d.rule == "JD903")
    assert "mapping values are not allowed" in message
    assert "JD401" in codes(result)  # the body was linted
    assert result.problems == []


def test_invalid_front_matter_does_not_change_the_exit_code_by_itself(tmp_path: Path) -> None:
    clean = (REPO / "corpora" / "en" / "good-management-accountant.md").read_text("utf-8")
    body = clean.split("---\n", 2)[2] if clean.startswith("---\n") else clean
    draft = tmp_path / "a.md"
    draft.write_text("---\ntitle: [unclosed\n---\n" + body, encoding="utf-8")
    code, report, _ = run_json(str(draft))
    assert "JD903" in {d["rule"] for d in report["files"][0]["diagnostics"]}
    assert code == 0  # JD903 is a warning; --fail-on error


def test_front_matter_that_is_a_sentence_is_a_thematic_break_and_text() -> None:
    result = lint_text("---\nWe are hiring, [Insert team] included.\n---\n" + DRAFT, "a.md", CONFIG)
    assert "JD903" not in codes(result)
    assert ("JD401", 2) in {(d.rule, d.line) for d in result.diagnostics}


def test_unclosed_front_matter_is_text() -> None:
    result = lint_text("---\ntitle: Analyst\n\n" + DRAFT, "a.md", CONFIG)
    assert "JD900" not in codes(result) and "JD903" not in codes(result)
    assert "JD401" in codes(result)


@pytest.mark.parametrize(
    "yaml_text",
    [
        "a: " + "[" * 100_000 + "]" * 100_000,  # crashed libyaml's composer (segfault)
        "a: " + "- " * 5000 + "x",
        "a: &a [*a]",
        "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n"
        + "".join(
            f"{chr(i)}: &{chr(i)} [{', '.join(['*' + chr(i - 1)] * 9)}]\n" for i in range(98, 107)
        ),
    ],
    ids=["deep-flow", "deep-block", "recursive-alias", "billion-laughs"],
)
def test_front_matter_yaml_that_would_crash_or_swamp_the_loader_is_jd903(yaml_text: str) -> None:
    started = time.perf_counter()
    result = lint_text(f"---\n{yaml_text}\n---\n" + DRAFT, "a.md", CONFIG)
    assert time.perf_counter() - started < 10
    assert "JD903" in codes(result)
    assert "JD401" in codes(result)


def test_yaml_tags_that_would_run_code_are_refused_everywhere(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = f"!!python/object/apply:os.system ['touch {marker}']"
    front = lint_text(f"---\ntitle: {payload}\n---\n" + DRAFT, "a.md", CONFIG)
    assert "JD903" in codes(front)
    (tmp_path / ".jdlint.yaml").write_text(f"language: {payload}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    code, _, err = run("check", str(tmp_path / "a.md"))
    assert code == 2 and ".jdlint.yaml" in err and "python/object" in err
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "evil.yaml").write_text(f"code: {payload}\n", encoding="utf-8")
    (tmp_path / ".jdlint.yaml").write_text("rule_paths: [rules]\n", encoding="utf-8")
    code, _, err = run("check", str(tmp_path / "a.md"))
    assert code == 2 and "evil.yaml" in err
    assert not marker.exists()


def test_bad_jdlint_settings_in_front_matter_are_exit_2_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.md").write_text("---\njdlint: {ignor: [JD107]}\n---\n" + DRAFT, "utf-8")
    (tmp_path / "b.md").write_text(DRAFT, encoding="utf-8")
    code, report, err = run_json(str(tmp_path))
    assert code == 2
    assert "a.md" in err and "jdlint.ignor" in err and 'did you mean "ignore"' in err
    assert [len(entry["diagnostics"]) > 0 for entry in report["files"]] == [True, True]
    assert "Traceback" not in err


# --- paths ------------------------------------------------------------------------------------


def test_directory_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self.md").symlink_to(tmp_path / "self.md")
    code, report, _ = run_json(str(tmp_path))
    paths = [Path(entry["path"]).name for entry in report["files"]]
    assert paths == ["a.md", "self.md"]
    self_link = report["files"][1]["diagnostics"]
    assert [d["rule"] for d in self_link] == ["JD900"]
    assert "symbolic links" in self_link[0]["message"]
    assert code == 1


def test_file_that_disappears_mid_run_is_jd900_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(DRAFT, encoding="utf-8")
    original = jdlint.lint.read_draft

    def vanish_b(path: Path, *args: Any, **kwargs: Any) -> bytes:
        if path.name == "a.md":
            (tmp_path / "b.md").unlink()  # gone after the folder was listed
        return original(path, *args, **kwargs)

    monkeypatch.setattr(jdlint.lint, "read_draft", vanish_b)
    code, report, _ = run_json(str(tmp_path))
    rules = {
        Path(entry["path"]).name: [d["rule"] for d in entry["diagnostics"]]
        for entry in report["files"]
    }
    assert rules["b.md"] == ["JD900"]
    assert "JD401" in rules["a.md"] and "JD401" in rules["c.md"]
    assert code == 1


def test_unreadable_file_is_jd900_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.md"
    locked.write_text(DRAFT, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make open() refuse as it would for a user

        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("jdlint.reader.open", refuse, raising=False)
    try:
        result = lint_path(locked, CONFIG)
    finally:
        locked.chmod(0o644)
    assert codes(result) == ["JD900"]
    assert "Permission denied" in result.diagnostics[0].message


def test_named_pipe_in_a_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "jdlint", "check", "--format", "json", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )
    assert [Path(e["path"]).name for e in json.loads(completed.stdout)["files"]] == ["a.md"]


def test_paths_with_spaces_and_non_ascii_names(tmp_path: Path) -> None:
    folder = tmp_path / "lowongan kerja é"
    folder.mkdir()
    draft = folder / "Analis Data — Jakarta 👩🏽‍💻.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code, report, _ = run_json(str(folder))
    assert report["files"][0]["path"] == str(draft)
    _, text, _ = run("check", "--no-color", str(draft))
    assert text.startswith(str(draft))
    assert code == 1


def test_missing_and_overlong_paths_are_jd900_not_a_traceback(tmp_path: Path) -> None:
    overlong = str(tmp_path / ("a" * 5000 + ".md"))
    code, report, err = run_json(str(tmp_path / "missing.md"), overlong)
    reasons = [entry["diagnostics"][0]["message"] for entry in report["files"]]
    assert "No such file or directory" in reasons[0]
    assert "File name too long" in reasons[1]
    assert code == 1 and "Traceback" not in err


def test_a_folder_named_like_a_draft_is_searched_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "roles.md"
    folder.mkdir()
    (folder / "a.md").write_text(DRAFT, encoding="utf-8")
    _, report, _ = run_json(str(folder))
    assert [Path(entry["path"]).name for entry in report["files"]] == ["a.md"]


# --- user rules -------------------------------------------------------------------------------

CATASTROPHIC_RULE = """\
code: ACME201
name: runaway-pattern
kind: pattern
severity: warning
languages: [en, id]
message: 'Runaway "{match}"'
options:
  patterns: ['(a+)+$', '(\\w+\\s?)+$']
"""


def test_catastrophic_regex_stops_within_seconds_and_names_the_rule(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "runaway.yaml").write_text(CATASTROPHIC_RULE, encoding="utf-8")
    (tmp_path / ".jdlint.yaml").write_text("rule_paths: [rules]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(DRAFT + "\n" + "a" * 5000 + "!\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(DRAFT, encoding="utf-8")
    started = time.perf_counter()
    code, report, err = run_json(str(tmp_path))
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"{elapsed:.1f} s"
    assert code == 2
    assert "a.md" in err and "ACME201" in err and "runaway-pattern" in err and "(a+)+$" in err
    assert "b.md" not in err
    assert len(report["files"]) == 2  # the run went on, other rules still reported
    assert "JD401" in {d["rule"] for d in report["files"][0]["diagnostics"]}


def test_a_long_draft_gets_a_longer_search_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A linear scan of a draft near the size limit is not cut short as a runaway pattern
    (4 MB drafts once lost JD603 and JD804 to the fixed one-second budget)."""
    from jdlint.kinds.matching import RuleTimeout, compile_pattern, find_all

    pattern = compile_pattern(r"\b(?:competitive|attractive)\s+(?:salary|pay)\b")
    text = "We pay a fair wage and say what it is. " * 100_000  # about 4 MB, no match
    monkeypatch.setattr("jdlint.kinds.matching.SEARCH_SECONDS", 0.0001)
    monkeypatch.setattr("jdlint.kinds.matching.SECONDS_PER_MEGABYTE", 0.0)
    with pytest.raises(RuleTimeout):
        list(find_all(pattern, text))
    monkeypatch.setattr("jdlint.kinds.matching.SECONDS_PER_MEGABYTE", 60.0)
    assert list(find_all(pattern, text)) == []


def test_regex_that_does_not_compile_names_the_file_and_the_rule(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "broken.yaml").write_text(
        CATASTROPHIC_RULE.replace("'(a+)+$', '(\\w+\\s?)+$'", "'ok', '[unclosed'"), "utf-8"
    )
    (tmp_path / ".jdlint.yaml").write_text("rule_paths: [rules]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    code, out, err = run("check", str(tmp_path / "a.md"))
    assert code == 2 and out == ""
    assert "broken.yaml" in err and "ACME201" in err and "[unclosed" in err
    assert "Traceback" not in err


def test_a_rule_that_fails_is_reported_and_the_other_rules_still_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = jdlint.lint.run_rule

    def broken(rule: Any, *args: Any) -> Any:
        if rule.code == "JD301":
            raise IndexError("list index out of range")
        return original(rule, *args)

    monkeypatch.setattr(jdlint.lint, "run_rule", broken)
    result = lint_text(DRAFT, "a.md", CONFIG)
    assert "JD401" in codes(result)
    assert len(result.problems) == 1
    assert "JD301" in result.problems[0] and "IndexError" in result.problems[0]


def test_a_file_that_cannot_be_parsed_is_reported_and_the_other_files_still_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    original = jdlint.lint.parse_document

    def broken(text: str, path: str, *args: Any) -> Any:
        if path.endswith("b.md"):
            raise ValueError("zip() argument 2 is longer than argument 1")
        return original(text, path, *args)

    monkeypatch.setattr(jdlint.lint, "parse_document", broken)
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "b.md").write_text(DRAFT, encoding="utf-8")
    code, out, err = run("check", "--no-cache", "--format", "json", str(tmp_path))
    assert code == 2
    files = {Path(entry["path"]).name: entry for entry in json.loads(out)["files"]}
    assert "JD401" in {diagnostic["rule"] for diagnostic in files["a.md"]["diagnostics"]}
    assert files["b.md"]["diagnostics"] == []
    assert "b.md: could not be read as a posting: ValueError" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("name", ["draft.txt", "draft.md", "page.html"])
def test_an_unnamed_marked_section_in_html_is_read_as_text(name: str) -> None:
    # the standard library's HTML parser raises AssertionError on "<![" with no name after it
    text = "# Clerk\n\n- <div>\nKey responsibilities\n- File the letters <div> <![\n"
    result = lint_text(text, name, CONFIG)
    assert result.problems == []
    assert result.scores is not None


# --- configuration ----------------------------------------------------------------------------

# (file name, content, what the message must name, a "did you mean" it must offer or None)
CONFIG_SHAPES = [
    (".jdlint.yaml", "selct: [JD4]\n", "selct", "select"),
    (".jdlint.yaml", "- select\n- JD4\n", "mapping", None),
    (".jdlint.yaml", "just words\n", "mapping", None),
    (".jdlint.yaml", "select: [JD4\n", "invalid YAML", None),
    (".jdlint.yaml", "select:\n\t- JD4\n", "invalid YAML", None),
    (".jdlint.yaml", "select: 401\n", "select", None),
    (".jdlint.yaml", "select: [401]\n", "select", None),
    (".jdlint.yaml", "select: [JD4O1]\n", "JD4O1", "JD401"),
    (".jdlint.yaml", "ignore: [{JD107: true}]\n", "ignore", None),
    (".jdlint.yaml", "severity: error\n", "severity", None),
    (".jdlint.yaml", "severity: {JD106: eror}\n", "severity.JD106", None),
    (".jdlint.yaml", "severity: {JD16: error}\n", "JD16", None),
    (".jdlint.yaml", "rules: [JD301]\n", "rules", None),
    (".jdlint.yaml", "rules: {JD301: 6}\n", "rules.JD301", None),
    (".jdlint.yaml", "rules: {JD301: {max_itemz: 6}}\n", "max_itemz", "max_items"),
    (".jdlint.yaml", "rules: {JD301: {max_items: many}}\n", "max_items", None),
    (".jdlint.yaml", "rules: {JD3O1: {max_items: 6}}\n", "JD3O1", "JD301"),
    (".jdlint.yaml", "language: fr\n", "language", None),
    (".jdlint.yaml", "language: [en]\n", "language", None),
    (".jdlint.yaml", "required_sections: [sumary]\n", "sumary", "summary"),
    (".jdlint.yaml", "rule_paths: [no/such/folder]\n", "rule_paths", None),
    (".jdlint.yaml", "rule_paths: 7\n", "rule_paths", None),
    (".jdlint.yaml", "exclude: {a: b}\n", "exclude", None),
    (".jdlint.yaml", "? [a, b]\n: c\n", "invalid YAML", None),
    # jdlint's own check, or libyaml's where a newer libyaml refuses the nesting first.
    (".jdlint.yaml", "a: " + "[" * 100_000 + "\n", "nest", None),
    (".jdlint.yaml", "\ufffe\x00\x01 binary", "", None),
    ("pyproject.toml", "[tool.jdlint]\nselct = ['JD4']\n", "selct", "select"),
    ("pyproject.toml", "[tool.jdlint\nselect = 1\n", "TOML", None),
    ("pyproject.toml", "[[tool.jdlint]]\nselect = ['JD4']\n", "table", None),
    ("pyproject.toml", "[tool.jdlint]\nrules = {JD301 = {max_items = 'x'}}\n", "max_items", None),
    ("pyproject.toml", "[tool.jdlint]\nseverity = {JD106 = 'loud'}\n", "JD106", None),
]


@pytest.mark.parametrize(("name", "content", "named", "meant"), CONFIG_SHAPES)
def test_every_malformed_configuration_is_exit_2_with_file_and_key(
    tmp_path: Path, name: str, content: str, named: str, meant: str | None
) -> None:
    config = tmp_path / name
    if "\x00" in content:
        config.write_bytes(content.encode("utf-8", "surrogatepass") + b"\xff\xfe")
    else:
        config.write_text(content, encoding="utf-8")
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    for args in (["check", str(tmp_path / "a.md")], ["check", "--config", str(config), "-"]):
        code, out, err = run(*args, stdin=DRAFT)
        assert code == 2, err
        assert out == ""
        assert err.startswith("jdlint: configuration error: ")
        assert str(config) in err and named in err
        if meant is not None:
            assert f'did you mean "{meant}"' in err
        assert "Traceback" not in err


def test_configuration_error_in_a_subfolder_stops_the_run_cleanly(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / ".jdlint.yaml").write_text("ignroe: [JD107]\n", encoding="utf-8")
    (tmp_path / "team" / "b.md").write_text(DRAFT, encoding="utf-8")
    code, _, err = run("check", str(tmp_path))
    assert code == 2 and "team" in err and "ignroe" in err and 'did you mean "ignore"' in err


# --- offline and quiet ------------------------------------------------------------------------

GUARD = """\
import os, socket
def _refuse(*args, **kwargs):
    with open(os.environ["JDLINT_NETWORK_LOG"], "a") as log:
        log.write(repr(args) + "\\n")
    raise OSError("network access refused by the test")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.socket.sendto = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def tree(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in root.rglob("*")
        if not path.is_symlink()
    }


def test_a_fresh_process_opens_no_connection_and_writes_only_its_output(tmp_path: Path) -> None:
    home, drafts, guard = tmp_path / "home", tmp_path / "drafts", tmp_path / "guard"
    for folder in (home, drafts, guard):
        folder.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    (drafts / "a.md").write_text("---\ntitle: [broken\n---\n" + DRAFT, encoding="utf-8")
    (drafts / "b.txt").write_bytes(DRAFT.encode("cp1252"))
    (drafts / "c.md").write_bytes(b"\x00binary")
    (drafts / ".jdlint.yaml").write_text("ignore: [JD107]\n", encoding="utf-8")
    log = tmp_path / "network.log"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PYTHONPATH": os.pathsep.join([str(guard), str(REPO)]),
        "PYTHONDONTWRITEBYTECODE": "1",
        "JDLINT_NETWORK_LOG": str(log),
    }
    before_home, before_drafts = tree(home), tree(drafts)
    for output in ("text", "json", "sarif", "github"):
        completed = subprocess.run(
            [sys.executable, "-m", "jdlint", "check", "--format", output, "."],
            cwd=drafts,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert completed.returncode == 1, completed.stderr
        assert "Traceback" not in completed.stderr
    assert not log.exists(), log.read_text()
    # The one thing a run keeps: its cache (compiled patterns, parsed built-in YAML, the
    # unpacked lexicon), in the user's cache folder.
    after_home = tree(home)
    cache = {".cache", ".cache/jdlint"} | {
        f".cache/jdlint/{path.name}" for path in (home / ".cache/jdlint").glob("*.bin")
    }
    assert {name: kept for name, kept in after_home.items() if name not in cache} == before_home
    assert tree(drafts) == before_drafts
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('192.0.2.1', 80))"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert probe.returncode != 0 and log.exists()  # the guard really is installed


# --- the library ------------------------------------------------------------------------------


def test_every_module_imports_on_its_own() -> None:
    """``import jdlint.lint`` in a fresh interpreter once failed on a circular import, which
    the test suite hid because other modules happened to be imported first."""
    modules = sorted(
        ".".join(path.relative_to(REPO).with_suffix("").parts)
        for path in (REPO / "jdlint").rglob("*.py")
        if path.name not in ("__init__.py", "__main__.py")
    )
    script = (
        "import importlib, subprocess, sys\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    done = subprocess.run([sys.executable, '-c', f'import {name}'], capture_output=True)\n"
        "    if done.returncode:\n"
        "        failed.append((name, done.stderr.decode().strip().splitlines()[-1]))\n"
        "print(failed)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, *modules],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.stdout.strip() == "[]", completed.stdout + completed.stderr
