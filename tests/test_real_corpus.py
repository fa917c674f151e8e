"""Every real draft in ``../shared/corpora-real`` lints without an exception or a JD900.

The folder holds job descriptions written by others (see its README); it is not part of this
repository, so these tests skip when it is absent (a user's clone).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from jdlint.cli import cli
from jdlint.paths import find_drafts
from jdlint.schema import output_schema

REAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora-real"

pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/corpora-real is absent")


def drafts() -> list[str]:
    return sorted(str(path) for path in find_drafts(REAL))


def check(output: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", "--format", output, str(REAL)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_every_real_draft_lints_without_jd900_in_json() -> None:
    code, out, err = check("json")
    assert code in (0, 1), err
    assert err == ""
    report = json.loads(out)
    Draft202012Validator(output_schema()).validate(report)
    assert [entry["path"] for entry in report["files"]] == drafts()
    assert len(report["files"]) >= 565
    unreadable = [
        (entry["path"], diagnostic["message"])
        for entry in report["files"]
        for diagnostic in entry["diagnostics"]
        if diagnostic["rule"] == "JD900"
    ]
    assert unreadable == []
    assert all(entry["language"] in ("en", "id") for entry in report["files"])


def test_every_real_draft_lints_without_jd900_in_text() -> None:
    code, out, err = check("text")
    assert code in (0, 1), err
    assert err == ""
    assert "JD900" not in out and "Traceback" not in out
    assert f"in {len(drafts())} files" in out.splitlines()[-1]


def test_real_drafts_with_broken_front_matter_are_linted_with_jd903() -> None:
    """tts-053 and tts-068 open with YAML front matter that does not parse (they got JD900 and
    nothing else before): JD903 points at the broken line, and the draft is still linted."""
    broken = {"tts-053.md": 119, "tts-068.md": 160}
    paths = [str(REAL / "en" / name) for name in broken]
    result = CliRunner().invoke(cli, ["check", "--format", "json", *paths])
    for entry in json.loads(result.stdout)["files"]:
        diagnostics = entry["diagnostics"]
        rules = [diagnostic["rule"] for diagnostic in diagnostics]
        assert rules.count("JD903") == 1 and "JD900" not in rules
        problem = next(d for d in diagnostics if d["rule"] == "JD903")
        assert problem["line"] == broken[Path(entry["path"]).name]
        assert len(rules) > 2  # the other rules ran
    body = json.loads(result.stdout)["files"][1]["diagnostics"]
    assert any(d["line"] > 216 for d in body)  # tts-068's Markdown after its front matter
