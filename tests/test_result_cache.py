"""The result cache of ``jdlint check``: a file whose bytes, name, configuration, rule files and
options did not change is printed from the cache, byte for byte as a fresh lint prints it, and
is not linted again; anything else is linted afresh."""

from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import jdlint.cli
import jdlint.parallel
from jdlint import cache, result_cache
from jdlint.formatters import FORMATS
from jdlint.result_cache import MOST
from jdlint.results import FileResult
from tests.test_language_profiles import MALAY, POSTING

REPO = Path(__file__).resolve().parents[1]
DRAFTS = sorted(
    path
    for folder in ("corpora/en", "corpora/id")
    for path in (REPO / folder).iterdir()
    if path.suffix in {".md", ".txt", ".html"}
)
REAL = Path(__file__).parents[1] / "../shared" / "corpora-real"

CUSTOM_RULE = """\
code: ACME101
name: internal-codename
kind: pattern
severity: warning
languages: [en, id]
message: 'Internal codename "{match}" in a public posting'
options:
  patterns: ['\\bProject Falcon\\b']
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of its own, turned on."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    return tmp_path / "cache" / "jdlint"


@pytest.fixture
def linted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files each run hands to the linter (to lint here or in workers)."""
    names: list[str] = []
    original = jdlint.parallel.lint_files

    def counting(
        jobs: list[jdlint.parallel.Job], language: str, workers: int
    ) -> Iterator[FileResult]:
        names.extend(shown for _, shown, _ in jobs)
        return original(jobs, language, workers)

    monkeypatch.setattr(jdlint.parallel, "lint_files", counting)
    monkeypatch.setattr(jdlint.cli, "lint_files", counting)
    return names


def check(*args: str | Path) -> Result:
    """``jdlint check`` in this process, standard output and error apart."""
    return CliRunner().invoke(jdlint.cli.cli, ["check", "--no-color", *map(str, args)])


def json_check(*args: str | Path) -> Result:
    return check("--format", "json", *args)


def results_files(home: Path) -> list[Path]:
    return sorted(home.glob("results-*.bin"))


def copy_drafts(folder: Path, count: int) -> list[Path]:
    """*count* of the corpus's drafts copied into *folder*."""
    folder.mkdir(exist_ok=True)
    return [Path(shutil.copy(draft, folder / draft.name)) for draft in DRAFTS[:count]]


def fresh(*args: str | Path) -> str:
    """What a run that reads no result from the cache prints."""
    return json_check("--no-cache", *args).stdout


def test_a_second_run_prints_the_same_and_lints_nothing(home: Path, linted: list[str]) -> None:
    cold = json_check(*DRAFTS)
    assert cold.exit_code == 1, cold.stderr
    assert len(linted) == len(DRAFTS) >= 10
    linted.clear()
    warm = json_check(*DRAFTS)
    assert linted == []
    assert (warm.exit_code, warm.stdout, warm.stderr) == (cold.exit_code, cold.stdout, "")
    assert warm.stdout == fresh(*DRAFTS)
    assert len(results_files(home)) == 1


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_prints_what_a_fresh_lint_prints(
    home: Path, linted: list[str], output_format: str
) -> None:
    drafts = DRAFTS[:12]
    cold = check("--format", output_format, *drafts)
    warm = check("--format", output_format, *drafts)
    uncached = check("--format", output_format, "--no-cache", *drafts)
    assert len(linted) == 2 * len(drafts)  # the cold run and the uncached one
    assert cold.stdout == warm.stdout == uncached.stdout != ""
    assert cold.exit_code == warm.exit_code == uncached.exit_code


def test_real_postings_print_the_same_from_the_cache(home: Path, linted: list[str]) -> None:
    if not REAL.is_dir():
        pytest.skip(f"{REAL} is absent")
    cold = json_check(REAL)
    linted_cold = len(linted)
    warm = json_check(REAL)
    assert linted_cold == json.loads(cold.stdout)["summary"]["files"] >= 100
    assert len(linted) == linted_cold
    assert cold.stdout == warm.stdout  # the cold run linted every file afresh


def test_an_edited_file_is_linted_again(home: Path, linted: list[str], tmp_path: Path) -> None:
    drafts = copy_drafts(tmp_path / "drafts", 3)
    json_check(*drafts)
    with drafts[1].open("a", encoding="utf-8") as file:
        file.write("\nAs our [JOB TITLE], you will work hard and play hard.\n")
    linted.clear()
    edited = json_check(*drafts)
    assert linted == [str(drafts[1])]
    assert edited.stdout == fresh(*drafts)
    assert "[JOB TITLE]" in edited.stdout


def test_a_changed_configuration_lints_again(home: Path, linted: list[str], tmp_path: Path) -> None:
    drafts = copy_drafts(tmp_path / "drafts", 3)
    config = tmp_path / "drafts" / ".jdlint.yaml"
    config.write_text("ignore: [JD107]\n", encoding="utf-8")
    first = json_check(*drafts)
    config.write_text("ignore: [JD107, JD106]\n", encoding="utf-8")
    linted.clear()
    changed = json_check(*drafts)
    assert linted == list(map(str, drafts))
    assert changed.stdout == fresh(*drafts) != first.stdout
    assert '"JD106"' in first.stdout and '"JD106"' not in changed.stdout


def test_a_changed_rule_file_lints_again(home: Path, linted: list[str], tmp_path: Path) -> None:
    drafts = copy_drafts(tmp_path / "drafts", 2)
    with drafts[0].open("a", encoding="utf-8") as file:
        file.write("\nYou will join Project Falcon.\n")
    rules = tmp_path / "drafts" / "house-rules"
    rules.mkdir()
    (rules / "acme.yaml").write_text(CUSTOM_RULE, encoding="utf-8")
    (tmp_path / "drafts" / ".jdlint.yaml").write_text("rule_paths: [house-rules]\n", "utf-8")
    first = json_check(*drafts)
    assert "Internal codename" in first.stdout
    (rules / "acme.yaml").write_text(CUSTOM_RULE.replace("Internal", "Secret"), "utf-8")
    linted.clear()
    changed = json_check(*drafts)
    assert linted == list(map(str, drafts))
    assert "Secret codename" in changed.stdout and "Internal codename" not in changed.stdout
    assert changed.stdout == fresh(*drafts)
    (rules / "more.yaml").write_text(CUSTOM_RULE.replace("ACME101", "ACME102"), "utf-8")
    linted.clear()
    json_check(*drafts)  # a file added to the folder is a change too
    assert linted == list(map(str, drafts))


def test_another_selection_lints_again_and_each_is_kept(home: Path, linted: list[str]) -> None:
    drafts = DRAFTS[:5]
    everything = json_check(*drafts)
    linted.clear()
    selected = json_check("--select", "JD4", *drafts)
    assert linted == list(map(str, drafts))
    assert selected.stdout == fresh("--select", "JD4", *drafts) != everything.stdout
    linted.clear()
    assert json_check(*drafts).stdout == everything.stdout
    assert json_check("--select", "JD4", *drafts).stdout == selected.stdout
    assert linted == []
    ignored = json_check("--ignore", "JD4", *drafts)
    english = json_check("--lang", "en", *drafts)
    assert linted == [*map(str, drafts), *map(str, drafts)]
    assert ignored.stdout == fresh("--ignore", "JD4", *drafts)
    assert english.stdout == fresh("--lang", "en", *drafts)


def test_no_cache_neither_reads_nor_writes(
    home: Path, linted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = DRAFTS[:4]
    json_check("--no-cache", *drafts)
    assert results_files(home) == []
    json_check(*drafts)
    kept = {path: path.read_bytes() for path in results_files(home)}
    linted.clear()
    json_check("--no-cache", *drafts)
    assert linted == list(map(str, drafts))
    assert {path: path.read_bytes() for path in results_files(home)} == kept
    monkeypatch.setenv("JDLINT_NO_CACHE", "1")
    linted.clear()
    json_check(*drafts)
    assert linted == list(map(str, drafts))


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", None])
def test_a_damaged_cache_file_is_ignored(
    home: Path, linted: list[str], damage: bytes | None
) -> None:
    drafts = DRAFTS[:4]
    first = json_check(*drafts)
    (kept,) = results_files(home)
    if damage is None:  # a sound file holding something else
        cache.store(kept.name, {"not": "an entry", (str(drafts[0]), str(drafts[0])): (1, 2)})
    else:
        kept.write_bytes(damage)
    linted.clear()
    again = json_check(*drafts)
    assert linted == list(map(str, drafts))
    assert (again.exit_code, again.stdout, again.stderr) == (first.exit_code, first.stdout, "")
    linted.clear()
    json_check(*drafts)
    assert linted == []  # written afresh


def test_a_kept_result_that_cannot_be_read_back_is_linted_again(
    home: Path, linted: list[str]
) -> None:
    drafts = DRAFTS[:3]
    first = json_check(*drafts)
    (kept,) = results_files(home)
    entries = cache.load(kept.name)
    cache.store(
        kept.name, {key: (digest, day, b"\x00") for key, (digest, day, _) in entries.items()}
    )
    again = json_check(*drafts)
    assert (again.exit_code, again.stdout, again.stderr) == (first.exit_code, first.stdout, "")
    assert {key: marshal.loads(data) for key, (_, _, data) in cache.load(kept.name).items()} == {
        key: marshal.loads(data) for key, (_, _, data) in entries.items()
    }  # kept afresh
    assert linted == list(map(str, drafts))  # the first run only: the others read back


def test_a_parallel_run_fills_and_uses_the_cache(home: Path, linted: list[str]) -> None:
    drafts = DRAFTS if len(DRAFTS) >= 32 else pytest.skip("fewer than 32 drafts")
    cold = json_check("--jobs", "2", *drafts)
    assert len(linted) == len(drafts)
    (kept,) = results_files(home)
    assert len(cache.load(kept.name)) == len(drafts)
    linted.clear()
    warm = json_check("--jobs", "2", *drafts)
    assert linted == []
    assert warm.stdout == cold.stdout == fresh(*drafts)


def test_a_file_that_changes_while_it_is_linted_is_not_kept(
    home: Path, linted: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (draft,) = copy_drafts(tmp_path / "drafts", 1)
    original = jdlint.parallel.lint_files

    def editing(
        jobs: list[jdlint.parallel.Job], language: str, workers: int
    ) -> Iterator[FileResult]:
        with draft.open("a", encoding="utf-8") as file:
            file.write("\nOne more line.\n")
        return original(jobs, language, workers)

    monkeypatch.setattr(jdlint.parallel, "lint_files", editing)
    json_check(draft)
    assert results_files(home) == []


def test_a_result_with_problems_is_not_kept(home: Path, linted: list[str], tmp_path: Path) -> None:
    source = next(path for path in DRAFTS if path.suffix == ".md")
    draft = tmp_path / source.name
    draft.write_text("---\njdlint:\n  select: [NOPE1]\n---\n" + source.read_text("utf-8"), "utf-8")
    first = json_check(draft)
    second = json_check(draft)
    assert first.exit_code == second.exit_code == 2
    assert "configuration error" in first.stderr and first.stderr == second.stderr
    assert len(linted) == 2


def test_standard_input_and_exports_are_not_kept(
    home: Path, linted: list[str], tmp_path: Path
) -> None:
    export = tmp_path / "postings.csv"
    export.write_text('id,text\n1,"We need a [JOB TITLE]."\n', encoding="utf-8")
    text = DRAFTS[0].read_text(encoding="utf-8")
    for _ in range(2):
        run = CliRunner().invoke(jdlint.cli.cli, ["check", "-", str(export)], input=text)
        assert run.exit_code == 1 and "[JOB TITLE]" in run.stdout
    assert results_files(home) == []


def test_a_results_file_keeps_at_most_its_bound(
    home: Path, linted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert MOST >= 10_000
    monkeypatch.setattr(result_cache, "MOST", 3)
    json_check(*DRAFTS[:5])
    (kept,) = results_files(home)
    assert len(cache.load(kept.name)) == 3
    linted.clear()
    json_check(*DRAFTS[:5])
    assert len(linted) == 2


def test_entries_unused_for_a_month_are_dropped(
    home: Path, linted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    today = result_cache._today()
    json_check(*DRAFTS[:2])
    monkeypatch.setattr(result_cache, "_today", lambda: today + 20)
    json_check(DRAFTS[0])  # used again: kept longer
    monkeypatch.setattr(result_cache, "_today", lambda: today + 40)
    json_check(DRAFTS[2])
    (kept,) = results_files(home)
    assert sorted(shown for _, shown in cache.load(kept.name)) == [str(DRAFTS[0]), str(DRAFTS[2])]


def test_a_results_file_unused_for_a_month_is_deleted(home: Path, linted: list[str]) -> None:
    json_check(DRAFTS[0])
    (kept,) = results_files(home)
    unused = home / "results-00000000.bin"
    unused.write_bytes(kept.read_bytes())
    long_ago = time.time() - 31 * 86_400
    os.utime(unused, (long_ago, long_ago))
    json_check(DRAFTS[0])
    assert unused.exists()  # nothing written, nothing tidied
    json_check(DRAFTS[1])
    assert results_files(home) == [kept]


def test_only_the_most_recently_used_results_files_are_kept(
    home: Path, linted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(result_cache, "MOST_FILES", 2)
    written = []
    for selection in ("JD1", "JD3", "JD4"):
        json_check("--select", selection, DRAFTS[0])
        written.append(max(results_files(home), key=lambda path: path.stat().st_mtime_ns))
    assert results_files(home) == sorted(written[1:])


def test_a_changed_language_profile_lints_again(tmp_path: Path) -> None:
    """In fresh processes: a language folder, once added, stays added for the process."""
    folder = tmp_path / "drafts"
    (folder / "languages").mkdir(parents=True)
    profile = folder / "languages" / "ms.yaml"
    profile.write_text(
        MALAY.format(method="fry-indonesian", extra="fallback: id\n", more=""), "utf-8"
    )
    (folder / ".jdlint.yaml").write_text("language_paths: [languages]\n", encoding="utf-8")
    draft = folder / "jawatan.md"
    draft.write_text(POSTING, encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if key != "JDLINT_NO_CACHE"}
    environment.update(PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(tmp_path / "cache"))

    def method(*options: str) -> str:
        command = [sys.executable, "-m", "jdlint", "check", "--format", "json", *options]
        run = subprocess.run(
            [*command, str(draft)], env=environment, capture_output=True, text=True, check=False
        )
        assert run.returncode in (0, 1), run.stderr
        return str(json.loads(run.stdout)["files"][0]["scores"]["readability_method"])

    assert method() == method() == "fry-indonesian"
    assert len(results_files(tmp_path / "cache" / "jdlint")) == 1
    profile.write_text(
        MALAY.format(method="flesch-reading-ease", extra="fallback: id\n", more=""), "utf-8"
    )
    assert method() == method("--no-cache") == "flesch-reading-ease"
