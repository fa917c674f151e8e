"""Safe fixes: `jdlint check --fix` and `--diff`, and fixes in SARIF."""

from __future__ import annotations

import difflib
import json
import os
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import cli
from jdlint.config import default_config
from jdlint.fixes import fix_file
from jdlint.lint import lint_text

ROOT = Path(__file__).resolve().parent.parent
CORPORA = sorted(
    path
    for path in (ROOT / "corpora").rglob("*")
    if path.suffix in (".md", ".txt", ".html") and path.name != "README.md"
)
SALES = ROOT / "corpora" / "en" / "bad-bias-sales-executive.md"
# An Indonesian advert as job boards print it, with Windows line ends.
ADVERT_ID = (
    "Sales Counter\r\n\r\nKualifikasi:\r\n"
    "- Pria/Wanita, usia maksimal 25 tahun\r\n"
    "- Belum menikah\r\n- Berpengalaman sebagai salesman minimal 1 tahun\r\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def unchanged_outside_fixes(before: str, after: str) -> bool:
    """Whether *after* differs from *before* only inside the ranges the fixes covered."""
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    fixes = [d for d in lint_text(before, "draft", default_config()).diagnostics if d.replacement]
    covered = []
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", before)]
    for fix in fixes:
        covered.append(
            (starts[fix.line - 1] + fix.column - 1, starts[fix.end_line - 1] + fix.end_column - 1)
        )
    for tag, first, last, _, _ in matcher.get_opcodes():
        if tag == "equal":
            continue
        if not any(start <= first and last <= end for start, end in covered):
            return False
    return True


@pytest.mark.parametrize("draft", CORPORA, ids=lambda path: path.name)
def test_fix_is_idempotent_and_touches_only_the_fixed_ranges(draft: Path, tmp_path: Path) -> None:
    copy = tmp_path / draft.name
    copy.write_bytes(draft.read_bytes())
    first = fix_file(copy, draft.name, default_config())
    assert first is not None
    assert unchanged_outside_fixes(first.before, first.after)
    if first.applied == 0:
        assert copy.read_bytes() == draft.read_bytes()
    second = fix_file(copy, draft.name, default_config())
    assert second is not None
    assert second.applied == 0 and second.after == second.before


def test_fix_replaces_the_offered_wording_and_reports_the_rest(tmp_path: Path) -> None:
    copy = tmp_path / SALES.name
    copy.write_bytes(SALES.read_bytes())
    copy.chmod(0o640)
    code, out, _ = run("check", "--fix", "--format", "json", str(copy))
    text = copy.read_text(encoding="utf-8")
    assert "salesman" not in text and "salesperson" in text
    assert stat.S_IMODE(copy.stat().st_mode) == 0o640
    remaining = json.loads(out)["files"][0]["diagnostics"]
    assert remaining and not any(d["fix"] for d in remaining)
    assert code == 1
    assert [p.name for p in tmp_path.iterdir()] == [SALES.name]  # no temporary file left


def test_fix_keeps_encoding_and_line_ends(tmp_path: Path) -> None:
    draft = tmp_path / "iklan.txt"
    draft.write_bytes(b"\xef\xbb\xbf" + ADVERT_ID.encode("utf-8"))
    fixed = fix_file(draft, draft.name, default_config())
    assert fixed is not None and fixed.applied >= 1
    data = draft.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == ADVERT_ID.count("\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    cp1252 = tmp_path / "iklan-1252.txt"
    cp1252.write_bytes(ADVERT_ID.replace("Sales", "Salés").encode("cp1252"))
    assert fix_file(cp1252, cp1252.name, default_config()) is not None
    assert "Salés".encode("cp1252") in cp1252.read_bytes()


def test_a_file_without_fixes_is_never_written(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text((ROOT / "corpora/en/good-management-accountant.md").read_text("utf-8"))
    os.utime(good, (1_000_000_000, 1_000_000_000))
    assert run("check", "--fix", str(good))[0] == 0
    assert good.stat().st_mtime == 1_000_000_000


def test_diff_prints_the_change_and_writes_nothing(tmp_path: Path) -> None:
    copy = tmp_path / SALES.name
    copy.write_bytes(SALES.read_bytes())
    code, out, _ = run("check", "--diff", str(copy))
    assert code == 1
    assert f"--- a/{copy}" in out and "-We are hunting for a rockstar salesman" in out
    assert "+We are hunting for a rockstar salesperson" in out
    assert copy.read_bytes() == SALES.read_bytes()
    run("check", "--fix", str(copy))
    assert run("check", "--diff", str(copy)) == (0, "", "")


def test_fix_refuses_standard_input() -> None:
    assert run("check", "--fix", "-")[0] == 2


def test_sarif_carries_the_fixes(tmp_path: Path) -> None:
    _, out, _ = run("check", "--format", "sarif", str(SALES))
    results = json.loads(out)["runs"][0]["results"]
    fixed = [r for r in results if "fixes" in r]
    assert fixed
    change = fixed[0]["fixes"][0]["artifactChanges"][0]
    replacement = change["replacements"][0]
    assert replacement["insertedContent"]["text"] == "salesperson"
    assert replacement["deletedRegion"] == fixed[0]["locations"][0]["physicalLocation"]["region"]
    schema_path = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
    jsonschema = pytest.importorskip("jsonschema")
    if schema_path.is_file():
        jsonschema.validate(json.loads(out), json.loads(schema_path.read_text("utf-8")))
