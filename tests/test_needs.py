"""Rule patterns: every built-in one compiles, and the word pre-test (jdlint.kinds.needs) never
skips a pattern that would match.

A pattern whose needs a draft does not meet is not searched at all, so an unsound analysis
silently loses findings (or, for a pattern that excludes text, adds false ones). The rules'
compiled patterns, and every regular expression in the rule files and their data, are checked
against the corpus drafts and the rules' own examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
import yaml

from jdlint.analysis import Analysis
from jdlint.kinds.matching import RulePattern
from jdlint.kinds.needs import needs_of
from jdlint.parse import parse_document
from jdlint.rules import builtin_rules
from jdlint.word_index import WordIndex
from tests.corpus import drafts

RULES = Path(__file__).resolve().parent.parent / "rules"
FLAGS = regex.VERSION0 | regex.MULTILINE | regex.IGNORECASE


def _collect(value: object, found: list[RulePattern]) -> None:
    """Every compiled pattern inside a rule's prepared options."""
    if isinstance(value, RulePattern):
        found.append(value)
    elif isinstance(value, (list, tuple, set)):
        for item in value:
            _collect(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, found)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            _collect(getattr(value, name), found)
    elif type(value).__module__.startswith("jdlint.") and hasattr(value, "__dict__"):
        for item in vars(value).values():  # prepared helpers: stem lists, senses, readings
            _collect(item, found)


def _rule_patterns(languages: tuple[str, ...]) -> list[RulePattern]:
    patterns: list[RulePattern] = []
    for rule in builtin_rules():
        for language in rule.languages:
            if language in languages:
                _collect(rule.prepared(language), patterns)
    return patterns


def _pattern_strings(value: object, found: set[str]) -> None:
    if isinstance(value, str):
        if "\\" in value or "(?" in value:
            found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            _pattern_strings(item, found)
    elif isinstance(value, list):
        for item in value:
            _pattern_strings(item, found)


def _file_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    """Every regular expression written in the rule files and their data."""
    found: set[str] = set()
    for path in sorted(RULES.glob("*.yaml")) + sorted((RULES / "data").glob("*.yaml")):
        _pattern_strings(yaml.safe_load(path.read_text(encoding="utf-8")), found)
    compiled = []
    for pattern in sorted(found):
        try:
            compiled.append((pattern, regex.compile(pattern, FLAGS)))
        except regex.error:
            continue  # a message or a doc string with a backslash, not a pattern
    return compiled


def _texts() -> list[str]:
    """The corpus drafts and every rule's examples."""
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in drafts()]
    texts += [
        example.text
        for rule in builtin_rules()
        for verdicts in rule.examples.values()
        for examples in verdicts.values()
        for example in examples
    ]
    return texts


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_builtin_pattern_compiles_in_each_language(language: str) -> None:
    # Built-in patterns compile on first use, so a broken one would only show at lint time.
    patterns = _rule_patterns((language,))
    assert len(patterns) > 50
    for pattern in patterns:
        assert pattern.regex.pattern == pattern.pattern


def test_a_number_then_words_needs_the_words_not_one_run_of_letters() -> None:
    needs = needs_of(r"\b\d{1,3}\s*\+?\s*years?\s+of\s+combined\s+experience\b")
    assert needs is not None
    assert needs.met_by(WordIndex("a team with over 60 years of combined experience"))
    assert not needs.met_by(WordIndex("a team with over 60 years of experience"))


def test_word_pre_test_never_skips_a_real_match_of_a_rule_pattern() -> None:
    patterns = _rule_patterns(("en", "id"))
    assert len(patterns) > 100
    analysed = [(pattern, needs_of(pattern.pattern)) for pattern in patterns]
    checked = 0
    for text in _texts():
        index = Analysis(parse_document(text, "t.md", "en", "utf-8", "auto")).word_index
        for pattern, needs in analysed:
            if needs is not None and not needs.met_by(index):
                assert pattern.regex.search(text) is None, (pattern.pattern, text[:80])
                checked += 1
    assert checked > 1000


def test_word_pre_test_never_skips_a_real_match_of_a_data_pattern() -> None:
    patterns = [
        (pattern, compiled, needs)
        for pattern, compiled in _file_patterns()
        if (needs := needs_of(pattern)) is not None
    ]
    assert len(patterns) > 250
    skipped = 0
    for text in _texts():
        index = WordIndex(text)
        for pattern, compiled, needs in patterns:
            if not needs.met_by(index):
                match = compiled.search(text)
                assert match is None, (pattern, match.group())
                skipped += 1
    assert skipped > 10_000
