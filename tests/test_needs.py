"""The word pre-test (jdlint.kinds.needs) never skips a pattern that would match.

A pattern whose needs a draft does not meet is not searched at all, so an unsound analysis
silently loses findings (or, for a pattern that excludes text, adds false ones). Every regular
expression in the rule files and their data is checked against the corpus drafts and the
rules' own examples.
"""

from __future__ import annotations

from pathlib import Path

import regex
import yaml

from jdlint.kinds.needs import needs_of
from jdlint.rules import builtin_rules
from jdlint.word_index import WordIndex
from tests.corpus import drafts

RULES = Path(__file__).resolve().parent.parent / "rules"
FLAGS = regex.VERSION0 | regex.MULTILINE | regex.IGNORECASE


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


def _compiled_patterns() -> list[tuple[str, regex.Pattern[str]]]:
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
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in drafts()]
    texts += [
        example.text
        for rule in builtin_rules()
        for verdicts in rule.examples.values()
        for examples in verdicts.values()
        for example in examples
    ]
    return texts


def test_a_number_then_words_needs_the_words_not_one_run_of_letters() -> None:
    needs = needs_of(r"\b\d{1,3}\s*\+?\s*years?\s+of\s+combined\s+experience\b")
    assert needs is not None
    assert needs.met_by(WordIndex("a team with over 60 years of combined experience"))
    assert not needs.met_by(WordIndex("a team with over 60 years of experience"))


def test_every_rule_and_data_pattern_is_searched_where_it_matches() -> None:
    patterns = [
        (pattern, compiled, needs)
        for pattern, compiled in _compiled_patterns()
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
