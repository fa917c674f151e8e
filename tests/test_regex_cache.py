"""The cache of compiled rule patterns: a pattern read back from it finds what a fresh one
finds, stops on the time budget, and a damaged or stale file is ignored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from jdlint import regex_cache
from jdlint.kinds.matching import RuleTimeout, compile_pattern, find_all, term_pattern

FLAGS = regex.VERSION0 | regex.MULTILINE | regex.IGNORECASE

DRAFT = (
    "## Kualifikasi\n"
    "- Pria/Wanita, usia maks. 35 tahun\n"
    "- A rockstar self-starter who is a digital native; non-native speakers welcome.\n"
    "- Salesman experience, FMCG preferred · Jakarta Selatan\n"
)

PATTERNS = [
    term_pattern("digital native"),
    term_pattern("salesman", inflect=True),
    r"\busia\s+(?:maks(?:imal)?\.?|max\.?)\s*\d{2}\s*tahun\b",
    r"(?<![\w-])pria\s*/\s*wanita\b",
    r"(?-i:[A-Z]{2,})\b",
]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder of its own, with the in-memory entries forgotten."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    regex_cache._kept.forget()
    yield tmp_path
    regex_cache._kept.forget()


def _spans(compiled: object) -> list[tuple[int, int]]:
    return [match.span() for match in compiled.finditer(DRAFT)]  # type: ignore[attr-defined]


def _written_and_read_back() -> list[object]:
    """Compile every pattern (recording it), write the cache, forget it, read it back."""
    for pattern in PATTERNS:
        regex_cache.compile_regex(pattern, FLAGS)
    regex_cache._kept.save()
    regex_cache._kept.forget()
    return [regex_cache.compile_regex(pattern, FLAGS) for pattern in PATTERNS]


@pytest.mark.skipif(regex_cache.cache_file() is None, reason="cache turned off")
def test_patterns_read_back_find_what_fresh_ones_find(cache_home: Path) -> None:
    cached = _written_and_read_back()
    assert len(regex_cache._kept.entries()) == len(PATTERNS)
    for pattern, compiled in zip(PATTERNS, cached, strict=True):
        fresh = regex.compile(pattern, FLAGS)
        assert _spans(compiled) == _spans(fresh), pattern
        assert compiled.flags == fresh.flags  # type: ignore[attr-defined]
    assert _spans(cached[0]) == [(DRAFT.index("digital native"), DRAFT.index("; non"))]


def test_a_pattern_read_back_still_stops_on_the_time_budget(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = r"(\w+\s?)+$"
    regex_cache.compile_regex(slow, FLAGS)
    regex_cache._kept.save()
    regex_cache._kept.forget()
    monkeypatch.setattr("jdlint.kinds.matching.SEARCH_SECONDS", 0.05)
    rule_pattern = compile_pattern(slow)
    assert (slow, int(FLAGS)) in regex_cache._kept.entries()
    with pytest.raises(RuleTimeout):
        list(find_all(rule_pattern, "a" * 5000 + "!"))


def test_a_damaged_cache_file_is_ignored_and_rewritten(cache_home: Path) -> None:
    path = regex_cache.cache_file()
    assert path is not None and str(path).startswith(str(cache_home))
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00" * 40 + b"not what was written")
    assert regex_cache._kept.entries() == {}
    cached = _written_and_read_back()
    assert _spans(cached[2]) == _spans(regex.compile(PATTERNS[2], FLAGS))
    assert len(regex_cache._kept.read()) == len(PATTERNS)


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JDLINT_NO_CACHE", "1")
    assert regex_cache.cache_file() is None
