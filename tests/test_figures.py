"""Kind ``figures``: statements read once, their figures compared with bounds set in YAML; the
old requirement kinds load as deprecated presets of it and report what they reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import cli
from jdlint.kinds import KINDS, presets
from jdlint.kinds.figures import FIGURES, FiguresPlan
from jdlint.rules import builtin_rules

# An Indonesian job-board post with an English company blurb, bullets kept.
POST_ID = """\
# Admin Gudang

Harbour Crates Ltd has shipped fresh produce across Java since 1998.

Kualifikasi:
• Pria, usia maksimal 24 tahun
• Pengalaman minimal 8 tahun di bidang gudang
• Bisa mengoperasikan Excel
"""

# Text pasted from a web page, bullets lost, with the employer's history in the blurb.
POST_EN = """\
Stock Controller

With over 40 years of experience, we supply timber to builders across the region.

What you bring
At least 6 years of experience in stock control.
Applicants aged 18-40 are welcome.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def lint_with_rule(tmp_path: Path, rule: str, draft: str) -> tuple[int, str, str]:
    """Lint *draft* with one custom rule (only that rule selected)."""
    folder = tmp_path / "house-rules"
    folder.mkdir(exist_ok=True)
    (folder / "acme.yaml").write_text(rule, encoding="utf-8")
    config = tmp_path / ".jdlint.yaml"
    config.write_text("rule_paths: [house-rules]\nselect: [ACME]\n", encoding="utf-8")
    target = tmp_path / "posting.md"
    target.write_text(draft, encoding="utf-8")
    return run("check", "--format", "json", "--config", str(config), str(target))


def messages(output: str) -> list[str]:
    return [d["message"] for f in json.loads(output)["files"] for d in f["diagnostics"]]


HEAD = "code: ACME601\nname: house-experience-cap\nseverity: warning\nlanguages: [en, id]\n"


def test_a_custom_rule_sets_its_own_bound(tmp_path: Path) -> None:
    rule = HEAD + (
        "kind: figures\nmessage: 'Asks for {years} years (our cap is {bound})'\n"
        "options:\n  read: experience\n  above: {years: 5}\n"
    )
    _, out, _ = lint_with_rule(tmp_path, rule, POST_ID)
    assert messages(out) == ["Asks for 8 years (our cap is 5)"]
    _, out, _ = lint_with_rule(tmp_path, rule, POST_EN)  # the employer's 40 years do not count
    assert messages(out) == ["Asks for 6 years (our cap is 5)"]


def test_a_bound_read_from_other_statements(tmp_path: Path) -> None:
    rule = HEAD + (
        "kind: figures\n"
        "message: '{match}: {counted} years from {counted_from}, asks {bound} ({bound_match})'\n"
        "options:\n  read: age-limits\n  compare_with: experience\n"
        "  below: {highest: years}\n  counted_from: 18\n"
    )
    _, out, _ = lint_with_rule(tmp_path, rule, POST_ID)
    assert messages(out) == [
        "usia maksimal 24 tahun: 6 years from 18, asks 8 (Pengalaman minimal 8 tahun)"
    ]
    _, out, _ = lint_with_rule(tmp_path, rule, POST_EN)  # 40 − 18 leaves room for 6 years
    assert messages(out) == []


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ("read: experience\n  above: {yeras: 5}", "unknown figure 'yeras' of experience"),
        ("read: age-limits\n  below: {highest: years}", "needs option 'compare_with'"),
        ("read: experiense\n  above: {years: 5}", 'did you mean "experience"'),
        ("read: experience\n  above: {years: five}", "must be a mapping of whole numbers"),
    ],
)
def test_a_wrong_figure_or_statement_is_exit_2(tmp_path: Path, options: str, problem: str) -> None:
    rule = HEAD + f"kind: figures\nmessage: 'x'\noptions:\n  {options}\n"
    code, _, err = lint_with_rule(tmp_path, rule, POST_EN)
    assert code == 2
    assert "ACME601" in err and problem in err


OLD_KINDS = [
    ("experience-years", "max_years: 5", "'{years} > {max}'", ["8 > 5"], ["6 > 5"]),
    (
        "age-versus-experience",
        "working_age: 18",
        "'{age}-{working_age}={possible} < {years}: {experience}'",
        ["24-18=6 < 8: Pengalaman minimal 8 tahun"],
        [],
    ),
    (
        "age-limit",
        "max_minimum_age: 21",
        "'{match}'",
        ["usia maksimal 24 tahun"],
        ["aged 18-40"],
    ),
]


@pytest.mark.parametrize(("kind", "options", "message", "in_id", "in_en"), OLD_KINDS)
def test_an_old_requirement_kind_loads_with_a_notice_and_reports_as_before(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    options: str,
    message: str,
    in_id: list[str],
    in_en: list[str],
) -> None:
    monkeypatch.setattr(presets, "_NOTIFIED", set())  # the notice is printed once a run
    rule = HEAD + f"kind: {kind}\nmessage: {message}\noptions:\n  {options}\n"
    _, out, err = lint_with_rule(tmp_path, rule, POST_ID)
    assert messages(out) == in_id
    assert err.count(f"kind '{kind}' is deprecated; use kind 'figures'") == 1
    _, out, _ = lint_with_rule(tmp_path, rule, POST_EN)
    assert messages(out) == in_en


def test_the_requirement_rules_share_one_kind_and_typed_prepared_data() -> None:
    rules = {rule.code: rule for rule in builtin_rules()}
    for code in ("JD503", "JD602", "JD606"):
        assert rules[code].kind is FIGURES
        assert isinstance(rules[code].prepared("id"), FiguresPlan)
    assert rules["JD606"].prepared("en").compare_with is not None
    assert {"age-limit", "experience-years", "age-versus-experience"} <= set(KINDS)


def test_explain_figures_shows_its_contract_and_the_statements_it_reads() -> None:
    code, out, _ = run("explain", "figures")
    assert code == 0
    assert "named groups that are named after the type's figures" in out
    assert "read (text; required; one of the statements age-limits, experience" in out
    assert "Rules of this kind: JD503, JD602, JD606" in out


def lint_with_settings(tmp_path: Path, settings: str, draft: str) -> tuple[int, str, str]:
    """Lint *draft* with the built-in rules under a `.jdlint.yaml` holding *settings*."""
    config = tmp_path / ".jdlint.yaml"
    config.write_text(settings, encoding="utf-8")
    target = tmp_path / "posting.md"
    target.write_text(draft, encoding="utf-8")
    return run("check", "--format", "json", "--config", str(config), str(target))


def codes_and_messages(output: str, code: str) -> list[str]:
    return [
        d["message"]
        for f in json.loads(output)["files"]
        for d in f["diagnostics"]
        if d["rule"] == code
    ]


@pytest.mark.parametrize(
    ("settings", "draft", "code", "before", "after"),
    [
        # rules.md names JD602's bound `max_years`: a configuration may still set it.
        ("{JD602: {max_years: 5}}", POST_EN, "JD602", 0, 1),
        ("{JD602: {max_years: 7}}", POST_ID, "JD602", 0, 1),
        ("{JD503: {max_minimum_age: 17}}", "Kasir\n\n- Usia minimal 19 tahun\n", "JD503", 0, 1),
        ("{JD606: {working_age: 20}}", POST_ID, "JD606", 1, 1),
        ("{JD606: {working_age: 10}}", POST_ID, "JD606", 1, 0),
    ],
)
def test_the_rules_own_option_names_still_set_their_bounds(
    tmp_path: Path, settings: str, draft: str, code: str, before: int, after: int
) -> None:
    _, out, _ = lint_with_settings(tmp_path, "select: [JD]\n", draft)
    assert len(codes_and_messages(out, code)) == before
    status, out, err = lint_with_settings(tmp_path, f"rules: {settings}\n", draft)
    assert status in (0, 1), err
    assert len(codes_and_messages(out, code)) == after


def test_a_misspelt_parameter_is_exit_2_naming_the_rule(tmp_path: Path) -> None:
    status, _, err = lint_with_settings(tmp_path, "rules: {JD602: {max_yeras: 5}}\n", POST_EN)
    assert status == 2
    assert "JD602" in err and "max_yeras" in err


def test_explain_shows_a_rules_parameters() -> None:
    _, out, _ = run("explain", "JD602")
    assert "max_years = 10  — sets above.years" in out
