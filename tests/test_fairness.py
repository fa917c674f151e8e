"""Fair-wording rules beyond their YAML examples: fixes, scores, jurisdictions, pre-tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from jdlint.config import Config, apply_settings, default_config
from jdlint.errors import ConfigError
from jdlint.explain import explain_rule
from jdlint.lint import lint_bytes, lint_text
from jdlint.rules import builtin_rules
from tests.corpus import drafts

SALES_DRAFT = """\
# Sales Lead

## About the role
We want a competitive, ambitious and decisive leader who will dominate the market.

## What you'll do
- Lead a team of six and challenge every target.
- Make confident, independent decisions on pricing.
- Build an aggressive pipeline with our sales leads.

## What you bring
- A determined, assertive style.
"""


def _lint(text: str, config: Config | None = None, name: str = "draft.md", language: str = "auto"):
    return lint_text(text, name, config or default_config(), language)


def _apply(text: str, start: tuple[int, int], end: tuple[int, int], replacement: str) -> str:
    lines = text.split("\n")

    def offset(line: int, column: int) -> int:
        return sum(len(item) + 1 for item in lines[: line - 1]) + column - 1

    return text[: offset(*start)] + replacement + text[offset(*end) :]


def test_gender_coding_verdict_and_breakdown_in_scores() -> None:
    result = _lint(SALES_DRAFT)
    assert result.scores is not None
    assert result.scores["gender_coding"] == "strongly-masculine"
    breakdown = result.scores["gender_coding_breakdown"]
    assert breakdown["feminine_words"] == 0
    words = [d for d in result.diagnostics if d.rule == "JD501"]
    assert len(words) == breakdown["masculine_words"]
    flagged = {SALES_DRAFT.split("\n")[d.line - 1][d.column - 1 : d.end_column - 1] for d in words}
    # The heading "Sales Lead" and "sales leads" are not coded wording.
    assert "Lead" in flagged  # the verb opening a bullet
    assert all(d.line != 1 for d in words)
    assert not any(word == "leads" for word in flagged)


def test_gender_coding_is_english_only_and_neutral_drafts_stay_silent() -> None:
    indonesian = _lint("# Staf Gudang\n\nAnda akan mengatur stok dan memimpin tim kecil.\n")
    assert indonesian.scores is not None and "gender_coding" not in indonesian.scores
    balanced = _lint(
        "# Shift Supervisor\n\nYou will lead weekly planning and support new colleagues.\n"
    )
    assert balanced.scores is not None and balanced.scores["gender_coding"] == "neutral"
    assert not [d for d in balanced.diagnostics if d.rule == "JD501"]


def test_gender_coding_reported_even_when_rule_ignored() -> None:
    config = apply_settings(default_config(), {"ignore": ["JD501"]}, "test")
    result = _lint(SALES_DRAFT, config)
    assert result.scores is not None and result.scores["gender_coding"] == "strongly-masculine"
    assert not [d for d in result.diagnostics if d.rule == "JD501"]


@pytest.mark.parametrize(
    ("text", "code", "replacement", "fixed"),
    [
        ("Each rep manages his/her own territory.", "JD502", "their", "manages their own"),
        ("We need a Salesman for Leeds.", "JD502", "Salesperson", "a Salesperson for"),
        ("Plan manpower for the night shift.", "JD502", "workforce", "Plan workforce for"),
        ("Report to the chairman.", "JD502", "chair", "to the chair."),
        ("We want digital natives.", "JD503", "confident with digital tools", "want confident"),
        ("Native English speaker required.", "JD505", "Fluent English speaker", "Fluent English"),
    ],
)
def test_english_fixes_apply_inside_their_range(
    text: str, code: str, replacement: str, fixed: str
) -> None:
    result = _lint(text, name="draft.txt", language="en")
    found = [d for d in result.diagnostics if d.rule == code and d.replacement is not None]
    assert found, f"{code} offered no fix on {text!r}"
    diagnostic = found[0]
    assert diagnostic.replacement == replacement
    after = _apply(
        text,
        (diagnostic.line, diagnostic.column),
        (diagnostic.end_line, diagnostic.end_column),
        diagnostic.replacement,
    )
    assert fixed in after
    assert code not in {d.rule for d in _lint(after, name="draft.txt", language="en").diagnostics}


def test_sex_marker_fix_deletes_it_with_its_comma() -> None:
    text = "Kualifikasi:\n• Pria/Wanita, usia minimal 18 tahun\n• Jujur dan teliti\n"
    result = _lint(text, name="draft.txt", language="id")
    marker = next(d for d in result.diagnostics if d.rule == "JD507")
    assert marker.replacement == ""
    after = _apply(text, (marker.line, marker.column), (marker.end_line, marker.end_column), "")
    assert "• usia minimal 18 tahun" in after
    assert "JD507" not in {
        d.rule for d in _lint(after, name="draft.txt", language="id").diagnostics
    }


def test_jurisdiction_raises_severity_and_cites_the_law() -> None:
    text = "Kualifikasi:\n• Usia maksimal 25 tahun\n• Pengalaman minimal 2 tahun\n"
    plain = _lint(text, name="draft.txt", language="id")
    age = next(d for d in plain.diagnostics if d.rule == "JD503")
    assert age.severity == "warning"
    config = apply_settings(default_config(), {"jurisdiction": ["id"]}, "test")
    raised = next(
        d for d in _lint(text, config, "draft.txt", "id").diagnostics if d.rule == "JD503"
    )
    assert raised.severity == "error"
    assert "M/6/HK.04/V/2025" in raised.message
    pay = next(
        d
        for d in _lint(
            text, apply_settings(default_config(), {"jurisdiction": ["US-CO"]}, "t"), "d.txt", "id"
        ).diagnostics
        if d.rule == "JD106"
    )
    assert pay.severity == "error" and "Colorado" in pay.message


def test_explicit_severity_beats_jurisdiction() -> None:
    config = apply_settings(
        default_config(), {"jurisdiction": ["ID"], "severity": {"JD503": "info"}}, "test"
    )
    result = _lint("• Usia maksimal 25 tahun\n", config, "draft.txt", "id")
    assert next(d for d in result.diagnostics if d.rule == "JD503").severity == "info"


def test_unknown_jurisdiction_is_a_config_error_with_a_suggestion() -> None:
    with pytest.raises(ConfigError, match=r"unknown jurisdiction 'US-C0'.*did you mean"):
        apply_settings(default_config(), {"jurisdiction": ["US-C0"]}, ".jdlint.yaml")


def test_jurisdiction_from_front_matter() -> None:
    text = "---\ntitle: Admin\njdlint:\n  jurisdiction: [ID]\n---\n\n- Usia maksimal 25 tahun\n"
    result = lint_bytes(text.encode(), "draft.md", default_config(), "id")
    assert next(d for d in result.diagnostics if d.rule == "JD503").severity == "error"


def test_explain_prints_jurisdictions_with_dates() -> None:
    rule = next(r for r in builtin_rules() if r.code == "JD106")
    text = explain_rule(rule)
    assert "US-CO: error" in text and "2021" in text
    assert "EU Directive 2023/970" in text


def test_corpus_has_fair_wording_pairs() -> None:
    names = {path.name for path in drafts()}
    bad = {name for name in names if name.startswith("bad-bias-")}
    assert len(bad) >= 6
    for name in bad:
        assert name.replace("bad-bias-", "good-") in names, f"{name} has no fixed version"


def test_seed_example_has_no_fair_wording_false_alarm() -> None:
    seed = Path(__file__).parents[1] / ".." / "shared" / "seeds" / "account-manager-jd-guide.id.txt"
    if not seed.is_file():
        pytest.skip("../shared is not beside this checkout")
    result = lint_bytes(seed.read_bytes(), str(seed), default_config())
    codes = {d.rule for d in result.diagnostics}
    assert not codes & {"JD502", "JD503", "JD504", "JD505", "JD507", "JD806"}


def test_user_override_of_coded_word_thresholds() -> None:
    """Raised thresholds quiet JD501; the gender_coding score keeps the built-in calibration."""
    default = _lint(SALES_DRAFT, default_config())
    config = replace(default_config(), options={"JD501": {"slightly": 50.0, "strongly": 60.0}})
    result = _lint(SALES_DRAFT, config)
    assert "JD501" in {d.rule for d in default.diagnostics}
    assert "JD501" not in {d.rule for d in result.diagnostics}
    assert result.scores is not None and result.scores == default.scores
    assert result.scores["gender_coding"] == "strongly-masculine"


def test_requirements_of_each_job_level_count_on_their_own() -> None:
    levels = "".join(
        f"## Level {n}\n\n### Responsibilities\n\n- Plan the rota.\n- Train staff.\n"
        "- Order stock.\n\n### Requirements\n\n" + "".join(f"- Skill {n}.{i}\n" for i in range(6))
        for n in range(1, 4)
    )
    result = _lint("# Store Roles\n\n" + levels, name="roles.md", language="en")
    assert "JD601" not in {d.rule for d in result.diagnostics}
    more = levels + "- Skill 3.6\n- Skill 3.7\n- Skill 3.8\n"
    result = _lint("# Store Roles\n\n" + more, name="roles.md", language="en")
    assert [d.rule for d in result.diagnostics].count("JD601") == 1


def test_coded_words_found_when_case_folding_changes_lengths() -> None:
    # "ß" folds to "ss": offsets must still point at the words in the original text.
    text = "# Straße Lead\n\nYou are competitive, ambitious and decisive; you lead and dominate.\n"
    result = _lint(text)
    flagged = [
        text.split("\n")[d.line - 1][d.column - 1 : d.end_column - 1]
        for d in result.diagnostics
        if d.rule == "JD501"
    ]
    assert flagged == ["competitive", "ambitious", "decisive", "lead", "dominate"]


def test_a_list_of_alternatives_counts_as_many_as_its_lead_in_asks() -> None:
    head = "# Analyst\n\n## Requirements\n\n" + "".join(f"- Skill {i}\n" for i in range(5))
    two = (
        head
        + "\nYou also need TWO of the following:\n\n"
        + "".join(f"- Option {i}\n" for i in range(6))
    )
    assert "JD601" not in {d.rule for d in _lint(two).diagnostics}  # 5 + 2
    four = two.replace("TWO of", "FOUR of")
    assert "JD601" in {d.rule for d in _lint(four).diagnostics}  # 5 + 4
