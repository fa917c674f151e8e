"""A long draft is searched only in the texts that hold a pattern's words; the diagnostics are
the same as a search of the whole draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdlint.config import default_config
from jdlint.kinds import matching
from jdlint.lint import lint_text

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def _long_draft(language: str) -> str:
    """Every draft of the corpus in *language*, one after another (twice), as one long text."""
    paths = sorted((CORPORA / language).glob("*.*"))
    drafts = [path for path in paths if path.suffix in (".md", ".txt")]
    return "\n\n".join(path.read_text(encoding="utf-8") for path in drafts * 2)


@pytest.mark.parametrize("language", ["en", "id"])
def test_windowed_search_finds_what_a_whole_search_finds(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _long_draft(language)
    assert len(text) >= matching.WINDOWED_FROM
    windowed = lint_text(text, "long.txt", default_config()).diagnostics
    monkeypatch.setattr(matching, "WINDOWED_FROM", len(text) + 1)
    whole = lint_text(text, "long.txt", default_config()).diagnostics
    assert [(d.rule, d.offset, d.end_offset, d.message) for d in windowed] == [
        (d.rule, d.offset, d.end_offset, d.message) for d in whole
    ]
    assert any(d.rule.startswith(("JD5", "JD8")) for d in whole)


def test_a_branchy_alternation_still_yields_the_words_each_way_needs() -> None:
    from jdlint.kinds.needs import needs_of

    places = "|".join(f"place{number}" for number in range(40))
    pattern = rf"\b(?:top|elite|leading)\s+(?:{places})\s+(?:school|college)s?\b|\bIvy\s+League\b"
    needs = needs_of(pattern)
    assert needs is not None
    assert {"ivy", "league"} in [set(way.words) for way in needs.ways]
    assert all(way.words for way in needs.ways)
