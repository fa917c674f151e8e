"""Every rule's YAML examples are tests: fail examples fire, pass examples stay silent."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jdlint.config import Config, default_config
from jdlint.lint import lint_bytes
from jdlint.rules import Example, Rule, builtin_rules

RULES = builtin_rules()


def _cases() -> list[tuple[Rule, str, str, int, Example]]:
    cases = []
    for rule in RULES:
        for language, verdicts in rule.examples.items():
            for verdict, examples in verdicts.items():
                for index, example in enumerate(examples):
                    cases.append((rule, language, verdict, index, example))
    return cases


def _codes_for(rule: Rule, language: str, example: Example) -> list[str]:
    config: Config = default_config()
    if example.options:
        config = replace(config, options={rule.code: example.options})
    name = (
        "example.md"
        if example.text.lstrip().startswith(("#", "---", "+++", "<!--"))
        else "example.txt"
    )
    result = lint_bytes(example.text.encode("utf-8"), name, config, language)
    return [d.rule for d in result.diagnostics]


def test_every_rule_has_examples_in_each_of_its_languages() -> None:
    for rule in RULES:
        for language in rule.languages:
            examples = rule.examples.get(language, {})
            assert examples.get("fail"), f"{rule.code} has no failing example in {language}"
            assert examples.get("pass"), f"{rule.code} has no passing example in {language}"


def test_every_rule_documents_why_and_fix() -> None:
    for rule in RULES:
        assert rule.docs.get("why") and rule.docs.get("fix"), rule.code


@pytest.mark.parametrize(
    ("rule", "language", "verdict", "index", "example"),
    _cases(),
    ids=lambda value: (
        value.code
        if isinstance(value, Rule)
        else str(value)
        if not isinstance(value, Example)
        else ""
    ),
)
def test_example(rule: Rule, language: str, verdict: str, index: int, example: Example) -> None:
    codes = _codes_for(rule, language, example)
    if verdict == "fail":
        assert rule.code in codes, f"{rule.code} did not fire on {example.text!r}"
    else:
        assert rule.code not in codes, f"{rule.code} fired on {example.text!r}"
