"""Kind ``required``: one finding per missing item of a required set, sections or job details;
the old kinds ``required-sections`` and ``required-details`` load as deprecated presets of it
and report what they reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import cli
from jdlint.kinds import KINDS, presets
from jdlint.kinds.required import REQUIRED, RequiredPlan
from jdlint.rules import builtin_rules

# A bakery's posting as pasted into a form: duties, no requirements, the location under a
# details heading, benefits in a paragraph.
POST = """\
# Night Baker

Crumb & Co bakes bread for twelve cafés in the city.

## Job details

Location: Bristol

## What you will do

- Mix and shape dough for the morning bake.
- Keep the ovens and the proving room clean.

## What we offer

Free bread, a cycle-to-work scheme and four-day weeks.
"""

HEAD = "code: ACME101\nname: house-outline\nseverity: warning\nlanguages: [en, id]\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def lint_with_rule(tmp_path: Path, rule: str, settings: str = "") -> tuple[int, str, str]:
    """Lint POST with one custom rule (only that rule selected) and extra *settings*."""
    folder = tmp_path / "house-rules"
    folder.mkdir(exist_ok=True)
    (folder / "acme.yaml").write_text(rule, encoding="utf-8")
    config = tmp_path / ".jdlint.yaml"
    config.write_text(f"rule_paths: [house-rules]\nselect: [ACME]\n{settings}", encoding="utf-8")
    target = tmp_path / "posting.md"
    target.write_text(POST, encoding="utf-8")
    return run("check", "--format", "json", "--config", str(config), str(target))


def found(output: str) -> list[tuple[int, str]]:
    return [
        (d["line"], d["message"]) for f in json.loads(output)["files"] for d in f["diagnostics"]
    ]


SECTIONS_RULE = HEAD + (
    "kind: required\nmessage: 'No {section}'\n"
    "options:\n  of: sections\n  sections: [qualifications, benefits, how-to-apply]\n"
)
DETAILS_RULE = HEAD + (
    "kind: required\nmessage: 'No {detail}'\noptions:\n  of: details\n"
    "  fields: [location, employment_type, pay]\n"
)


def test_a_custom_rule_requires_its_own_sections_or_details(tmp_path: Path) -> None:
    _, out, _ = lint_with_rule(tmp_path, SECTIONS_RULE)
    assert found(out) == [(1, "No qualifications"), (1, "No how to apply")]
    _, out, _ = lint_with_rule(tmp_path, DETAILS_RULE)
    assert found(out) == [(5, "No employment type"), (5, "No pay")]  # at the details heading


def test_the_configured_required_sections_win_over_sections_only(tmp_path: Path) -> None:
    settings = "required_sections: [responsibilities, benefits, how-to-apply]\n"
    _, out, _ = lint_with_rule(tmp_path, SECTIONS_RULE, settings)
    assert found(out) == [(1, "No how to apply")]
    _, out, _ = lint_with_rule(tmp_path, DETAILS_RULE, settings)
    assert found(out) == [(5, "No employment type"), (5, "No pay")]


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ("of: sections\n  fields: [pay]", "option 'fields' lists details: it needs `of: details`"),
        ("of: details\n  sections: [benefits]", "option 'sections' lists sections"),
        ("sections: [benefits]", "option 'of' is required by kind 'required'"),
        ("of: details\n  fields: [benefits]", "unknown detail field 'benefits'"),
    ],
)
def test_options_that_do_not_fit_the_set_are_exit_2(
    tmp_path: Path, options: str, problem: str
) -> None:
    code, _, err = lint_with_rule(
        tmp_path, HEAD + f"kind: required\nmessage: x\noptions:\n  {options}\n"
    )
    assert code == 2
    assert "ACME101" in err and problem in err


OLD_KINDS = [
    ("required-sections", "section", "sections: [qualifications, benefits, how-to-apply]"),
    ("required-details", "detail", "fields: [location, employment_type, pay]"),
]


@pytest.mark.parametrize(("kind", "field", "options"), OLD_KINDS)
def test_an_old_kind_loads_with_a_notice_and_reports_as_the_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, field: str, options: str
) -> None:
    monkeypatch.setattr(presets, "_NOTIFIED", set())  # the notice is printed once a run
    new = SECTIONS_RULE if field == "section" else DETAILS_RULE
    _, expected, err = lint_with_rule(tmp_path, new)
    assert "deprecated" not in err
    old = HEAD + f"kind: {kind}\nmessage: 'No {{{field}}}'\noptions:\n  {options}\n"
    _, out, err = lint_with_rule(tmp_path, old)
    assert found(out) == found(expected) != []
    assert err.count(f"kind '{kind}' is deprecated; use kind 'required'") == 1


@pytest.mark.parametrize(
    "rule", ["kind: required-sections\n", "kind: required\noptions: {of: sections}\n"]
)
def test_without_a_list_the_four_core_sections_are_required(tmp_path: Path, rule: str) -> None:
    _, out, _ = lint_with_rule(tmp_path, HEAD + "message: 'No {section}'\n" + rule)
    assert found(out) == [(1, "No qualifications")]  # title, summary and duties are there


def test_jd101_and_jd105_share_the_kind_and_a_typed_plan() -> None:
    rules = {rule.code: rule for rule in builtin_rules()}
    assert rules["JD101"].kind is REQUIRED and rules["JD105"].kind is REQUIRED
    assert rules["JD101"].prepared("id") == RequiredPlan(
        "sections", ("title", "summary", "responsibilities", "qualifications")
    )
    assert rules["JD105"].prepared("en").of == "details"
    assert {"required-sections", "required-details"} <= set(KINDS)


def test_explain_required_shows_its_contract_options_and_rules() -> None:
    code, out, _ = run("explain", "required")
    assert code == 0
    assert "one finding per item of a required set" in out
    assert "of (text; required; one of sections, details)" in out
    assert "Rules of this kind: JD101, JD105" in out


@pytest.mark.parametrize(
    ("kind", "rewritten"),
    [("required-sections", "of: sections"), ("required-details", "of: details")],
)
def test_explain_an_old_kind_shows_the_rule_rewritten(kind: str, rewritten: str) -> None:
    code, out, _ = run("explain", f"kind:{kind}")
    assert code == 0
    assert f"Write instead: kind: required, {rewritten}." in " ".join(out.split())


def test_a_configuration_sets_jd101_and_jd105_by_their_old_option_names(tmp_path: Path) -> None:
    config = tmp_path / ".jdlint.yaml"
    config.write_text(
        "select: [JD101, JD105]\nrules:\n  JD101: {sections: [qualifications, benefits]}\n"
        "  JD105: {fields: [location, pay]}\n",
        encoding="utf-8",
    )
    target = tmp_path / "posting.md"
    target.write_text(POST, encoding="utf-8")
    _, out, _ = run("check", "--format", "json", "--config", str(config), str(target))
    assert found(out) == [(1, "Missing section: qualifications"), (5, "No pay stated")]
