"""Lint many files at once on several processes, results in the order of the files."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from jdlint import cache, memo
from jdlint.config import Config
from jdlint.exports import Row, shown_name
from jdlint.lint import lint_path, lint_text, unreadable
from jdlint.results import FileResult

PARALLEL_THRESHOLD = 32
"""Fewer files than this are linted in this process: starting workers would cost more."""

_CHUNK = 8

Job = tuple[Path, str, Config]
"""A file to lint, the name to report it by, and its configuration."""

_jobs: list[Job] = []
_language = "auto"


def available_workers() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def lint_files(jobs: list[Job], language: str, workers: int) -> Iterator[FileResult]:
    """Lint *jobs*, on up to *workers* processes when there are enough of them.

    Workers are forked, so they share the parent's loaded rules and configurations (each
    compiles the patterns it needs); where ``fork`` is unavailable (Windows, macOS defaults)
    the files are linted here, one by one.
    """
    workers = min(workers, len(jobs) // _CHUNK)
    if workers < 2 or len(jobs) < PARALLEL_THRESHOLD or not _can_fork():
        for path, shown, config in jobs:
            yield lint_path(path, config, language, shown)
        return
    global _jobs, _language
    _jobs, _language = jobs, language
    # Objects loaded so far (rules, configurations) live as long as the run: moving them out of
    # the collector's reach spares the workers from scanning them, and from copying the memory
    # pages that scanning would touch.
    gc.freeze()
    try:
        import multiprocessing  # here: a run of one file does not pay for importing it

        with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker) as pool:
            yield from pool.imap(_lint_job, range(len(jobs)), chunksize=_CHUNK)
            pool.close()  # the workers end in their own time, keeping their caches
            pool.join()
    finally:
        _jobs = []
        gc.unfreeze()


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _start_worker() -> None:
    # A worker allocates many short-lived objects per draft and keeps few: collect less often.
    gc.set_threshold(50_000, 50, 100)
    # A worker ends without running atexit: it keeps what it compiled in the cache as it ends.
    from multiprocessing import util

    util.Finalize(None, cache.save_all, exitpriority=10)


def _lint_job(index: int) -> FileResult:
    path, shown, config = _jobs[index]
    return lint_path(path, config, _language, shown)


ROW_BATCH = 512
"""Rows of an export read ahead and handed to the workers at a time: memory stays flat."""

_row_config: Config | None = None


def lint_rows(
    rows: Iterable[Row], export: str, config: Config, language: str, workers: int
) -> Iterator[FileResult]:
    """Lint the rows of an export, in order, a batch at a time, on up to *workers* processes.

    Each row is reported under the export's name and its id; a row that could not be read
    gets JD900 with the reason, and the next row is read.
    """
    global _row_config
    batches = _batches(((shown_name(export, row), row) for row in rows), ROW_BATCH)
    if workers < 2 or not _can_fork():
        for batch in batches:
            yield from (lint_row(item, config, language) for item in batch)
        return
    _row_config = config
    import multiprocessing  # here: a run of one file does not pay for importing it

    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=_start_worker) as pool:
            for batch in batches:
                tasks = [(item, language) for item in batch]
                yield from pool.imap(_lint_row_job, tasks, chunksize=_CHUNK)
            pool.close()
            pool.join()
    finally:
        _row_config = None
        gc.unfreeze()


def _batches(items: Iterable[tuple[str, Row]], size: int) -> Iterator[list[tuple[str, Row]]]:
    batch: list[tuple[str, Row]] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


ROWS_BETWEEN_CLEARS = 4096
"""Rows an export's process lints before it empties its caches of texts (:mod:`jdlint.memo`):
an export's rows rarely repeat one another's texts, so the caches would only fill up."""

_rows_linted = 0


def lint_row(item: tuple[str, Row], config: Config, language: str) -> FileResult:
    """The result of one row of an export, reported under its name: JD900 if it is unreadable.
    Every ``ROWS_BETWEEN_CLEARS`` rows, the process empties its caches of texts, so that its
    memory stays flat however many rows the export holds."""
    global _rows_linted
    _rows_linted += 1
    if _rows_linted % ROWS_BETWEEN_CLEARS == 0:
        memo.clear()
    shown, row = item
    if row.text is None:
        return unreadable(shown, config, row.problem or "unreadable row")
    return lint_text(row.text, shown, config, language)


def _lint_row_job(task: tuple[tuple[str, Row], str]) -> FileResult:
    item, language = task
    assert _row_config is not None  # set before the workers were forked
    return lint_row(item, _row_config, language)
