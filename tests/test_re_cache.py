"""Patterns of Python's ``re`` read back from the cache match as fresh ones do; a damaged
cache file is ignored and rewritten."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdlint import cache, re_cache

TEXT = "Requirements:\n- 3+ years of Python\n- Fluent English · Jakarta Selatan\n"
PATTERNS = [
    (r"(?P<years>\d+)\+?\s*years?\b", re.IGNORECASE),
    (r"^- (.+)$", re.MULTILINE),
    (r"(?<![\w'])(?:python|english)(?![\w'])", re.IGNORECASE),
]
needs_compiler = pytest.mark.skipif(
    not hasattr(re, "_compiler"), reason="re is laid out otherwise before Python 3.11"
)


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder of its own, with the in-memory entries forgotten."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(re_cache, "_entries", None)
    yield tmp_path / "jdlint"


def _compiled() -> list[re.Pattern[str]]:
    """Every pattern compiled inside :func:`re_cache.kept`, past ``re``'s own cache."""
    re.purge()
    with re_cache.kept():
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def _read_back() -> list[re.Pattern[str]]:
    re_cache._save()
    re_cache._entries = None
    return _compiled()


@needs_compiler
def test_patterns_read_back_match_as_fresh_ones(cache_home: Path) -> None:
    _compiled()
    cached = _read_back()
    assert len(re_cache._load()) == len(PATTERNS)
    for (pattern, flags), compiled in zip(PATTERNS, cached, strict=True):
        fresh = re.compile(pattern, flags)
        assert compiled == fresh  # same source, flags and engine code
        assert [m.groupdict() or m.groups() for m in compiled.finditer(TEXT)] == [
            m.groupdict() or m.groups() for m in fresh.finditer(TEXT)
        ]
    assert cached[0].search(TEXT)["years"] == "3"  # type: ignore[index]


@needs_compiler
def test_a_damaged_cache_file_is_ignored_and_rewritten(cache_home: Path) -> None:
    _compiled()
    re_cache._save()
    (kept,) = cache_home.glob("re-*.bin")
    kept.write_bytes(b"\x00" * 8 + kept.read_bytes()[8:])
    re_cache._entries = None
    assert re_cache._load() == {}
    _compiled()
    assert [p.pattern for p in _read_back()] == [pattern for pattern, _ in PATTERNS]
    assert len(cache.load(kept.name)) == len(PATTERNS)


def test_outside_the_block_re_is_left_as_it_was() -> None:
    compiler = getattr(re, "_compiler", None)
    before = getattr(compiler, "compile", None)
    with re_cache.kept():
        pass
    assert getattr(compiler, "compile", None) is before
