"""Dataclasses whose methods come from the cache behave as ones compiled afresh; a damaged
cache file is ignored and rewritten."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jdlint import cache, dataclass_cache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder of its own, with the in-memory entries forgotten."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(dataclass_cache, "_entries", None)
    yield tmp_path / "jdlint"


def _posting_class() -> Any:
    @dataclasses.dataclass(frozen=True, order=True)
    class Posting:
        """A job posting as a test holds it."""

        title: str
        years: int = 3
        skills: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Posting


def _read_back() -> Any:
    dataclass_cache._save()
    dataclass_cache._entries = None
    with dataclass_cache.kept():
        return _posting_class()


def _behaviour(cls: Any) -> list[Any]:
    first, second = cls("Barista"), cls("Barista", 5, ("latte art",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.years = 4
    return [
        repr(second),
        first == cls("Barista"),
        first < second,
        hash(first) == hash(cls("Barista")),
        dataclasses.astuple(second),
        [field.name for field in dataclasses.fields(cls)],
    ]


def test_methods_read_back_behave_as_fresh_ones(cache_home: Path) -> None:
    with dataclass_cache.kept():
        _posting_class()
    assert "exec" not in vars(dataclasses)
    cached = _read_back()
    assert len(dataclass_cache._load()) >= 5  # __init__, __repr__, __eq__, order, frozen
    assert _behaviour(cached) == _behaviour(_posting_class())
    shown = "Posting(title='Barista', years=5, skills=('latte art',))"
    assert _behaviour(cached)[0].endswith(shown)


def test_a_damaged_cache_file_is_ignored_and_rewritten(cache_home: Path) -> None:
    with dataclass_cache.kept():
        _posting_class()
    dataclass_cache._save()
    (kept,) = cache_home.glob("dataclasses-*.bin")
    kept.write_bytes(kept.read_bytes()[:-10])
    dataclass_cache._entries = None
    assert dataclass_cache._load() == {}
    with dataclass_cache.kept():
        _posting_class()
    assert _behaviour(_read_back()) == _behaviour(_posting_class())
    assert len(cache.load(kept.name)) >= 5
