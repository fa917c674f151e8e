"""jdlint's cache folder: a run reads the same from it as without it, a changed rule file or a
damaged cache file is never read, and a cache folder that cannot be written changes nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdlint import cache, data, lexicon

REPO = Path(__file__).resolve().parent.parent
DRAFTS = sorted(
    path
    for folder in ("corpora/en", "corpora/id")
    for path in (REPO / folder).iterdir()
    if path.suffix in {".md", ".txt", ".html"}
)


def _check(drafts: list[Path], *options: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``jdlint check --format json`` with *options* on *drafts* in a fresh process, with *env*
    set."""
    environment = {key: value for key, value in os.environ.items() if key != "JDLINT_NO_CACHE"}
    environment["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "jdlint", "check", "--format", "json", "--no-color", "--jobs", "1"]
        + list(options)
        + [str(path) for path in drafts],
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_cold_warm_and_uncached_runs_print_the_same(tmp_path: Path) -> None:
    assert len(DRAFTS) >= 10 and {path.suffix for path in DRAFTS} >= {".md", ".txt"}
    home = str(tmp_path)
    cold = _check(DRAFTS, XDG_CACHE_HOME=home)
    kept = {path.name.split("-")[0] for path in (tmp_path / "jdlint").iterdir()}
    warm = _check(DRAFTS, "--no-cache", XDG_CACHE_HOME=home)  # linted again, on warm caches
    kept_results = _check(DRAFTS, XDG_CACHE_HOME=home)
    uncached = _check(DRAFTS, XDG_CACHE_HOME=str(tmp_path / "unused"), JDLINT_NO_CACHE="1")
    runs = (cold, warm, kept_results, uncached)
    assert {run.returncode for run in runs} == {1}, cold.stderr
    assert '"diagnostics"' in cold.stdout
    assert {run.stdout for run in runs} == {cold.stdout}
    assert {run.stderr for run in runs} == {""}
    assert kept == {"patterns", "yaml", "lexicon", "needs", "results"}
    assert not (tmp_path / "unused").exists()


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    drafts = DRAFTS[:3]
    blocked = _check(drafts, XDG_CACHE_HOME=str(in_the_way))
    uncached = _check(drafts, JDLINT_NO_CACHE="1")
    assert blocked.stderr == ""
    assert (blocked.returncode, blocked.stdout) == (uncached.returncode, uncached.stdout)
    assert in_the_way.read_text(encoding="utf-8") == "not a folder"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder of its own; the built-in YAML forgotten before and after."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    data.builtin_documents.cache_clear()
    yield tmp_path / "cache" / "jdlint"
    data.builtin_documents.cache_clear()


@pytest.fixture
def rules_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built-in rules folder, read in place of the real one."""
    copy = tmp_path / "rules"
    shutil.copytree(data.rules_dir(), copy)
    monkeypatch.setattr(data, "rules_dir", lambda: copy)
    return copy


def test_the_built_in_yaml_is_read_back_from_the_cache(
    cache_home: Path, rules_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = data.builtin_documents()
    assert parsed is not None and len(list(cache_home.glob("yaml-*.bin"))) == 1
    data.builtin_documents.cache_clear()

    def no_parsing(text: str, trusted: bool = False) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(data, "load_yaml_documents", no_parsing)
    assert data.builtin_documents() == parsed
    assert parsed["data/sections.yaml"][0]["sections"]


def test_a_changed_rule_file_is_parsed_again(cache_home: Path, rules_copy: Path) -> None:
    before = data.builtin_documents()
    assert before is not None
    (rule,) = before["JD801-cliche.yaml"]
    path = rules_copy / "JD801-cliche.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(rule["message"], "Changed message."),
        encoding="utf-8",
    )
    data.builtin_documents.cache_clear()
    after = data.builtin_documents()
    assert after is not None and after["JD801-cliche.yaml"][0]["message"] == "Changed message."
    assert len(list(cache_home.glob("yaml-*.bin"))) == 2


def test_a_damaged_cache_file_is_ignored_and_rewritten(cache_home: Path) -> None:
    fresh = data.builtin_documents()
    (kept,) = cache_home.glob("yaml-*.bin")
    kept.write_bytes(kept.read_bytes()[:100] + b"\x00" * 50)
    assert cache.load(kept.name) is None
    data.builtin_documents.cache_clear()
    assert data.builtin_documents() == fresh
    assert cache.load(kept.name) == fresh


@pytest.mark.skipif(not lexicon.english_available(), reason="lemminflect not installed")
def test_a_damaged_lexicon_file_is_unpacked_again(cache_home: Path) -> None:
    def readings(word: str) -> tuple[lexicon.Reading, ...]:
        lexicon._english.cache_clear()
        lexicon.english_readings.cache_clear()
        return lexicon.english_readings(word)

    fresh = readings("managed")
    assert any(reading.pos == "verb" and "manage" in reading.lemmas for reading in fresh)
    (kept,) = cache_home.glob("lexicon-*.bin")
    size = kept.stat().st_size
    assert readings("managed") == fresh  # memory-mapped from the cache
    kept.write_bytes(kept.read_bytes()[: size // 2])
    assert readings("managed") == fresh
    assert kept.stat().st_size == size
    assert readings("managed") == fresh
    lexicon._english.cache_clear()
    lexicon.english_readings.cache_clear()


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("JDLINT_NO_CACHE", "1")
    cache.store("value.bin", {"a": [1]})
    assert cache.load("value.bin") is None and not (tmp_path / "jdlint").exists()
    monkeypatch.delenv("JDLINT_NO_CACHE")
    cache.store("value.bin", {"a": [1]})
    assert cache.load("value.bin") == {"a": [1]}


def test_the_analysis_of_a_pattern_is_read_back_from_the_cache(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jdlint.kinds import needs

    monkeypatch.setattr(needs._kept, "_entries", None)
    pattern = r"\b(?:work|play)\s+hard\b|\bberpenampilan\s+menarik\b"
    analysed = needs.needs_of(pattern)
    assert analysed is not None
    needs._kept.save()
    assert len(list(cache_home.glob("needs-*.bin"))) == 1
    needs._kept.forget()

    def no_analysis(pattern: str) -> None:
        raise AssertionError("analysed again")

    monkeypatch.setattr(needs, "_analysed", no_analysis)
    read_back = needs.needs_of(pattern)
    assert read_back is not None and read_back.ways == analysed.ways


def test_workers_of_a_parallel_run_keep_what_they_compiled(tmp_path: Path) -> None:
    assert len(DRAFTS) >= 32  # enough for jdlint to lint on several processes
    environment = {key: value for key, value in os.environ.items() if key != "JDLINT_NO_CACHE"}
    environment.update(PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(tmp_path))
    command = [sys.executable, "-m", "jdlint", "check", "--format", "json", "--no-color"]
    parallel = subprocess.run(
        [*command, "--jobs", "2", *map(str, DRAFTS)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    kept = {path.name.split("-")[0] for path in (tmp_path / "jdlint").iterdir()}
    assert {"patterns", "needs"} <= kept, parallel.stderr
    uncached = _check(DRAFTS, JDLINT_NO_CACHE="1")
    assert (parallel.returncode, parallel.stdout) == (uncached.returncode, uncached.stdout)
