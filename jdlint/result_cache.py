"""The results of ``jdlint check`` on draft files, kept across runs: a file whose result
depends on nothing that changed since it was last linted is not linted again.

Each configuration (with the run's options) keeps its results in one file of jdlint's cache
folder (:mod:`jdlint.cache`), ``results-<fingerprint>.bin``: a dictionary from a file's path
and name as reported to the digest of everything its result depends on
(:mod:`jdlint.result_keys`), the day it was last used, and the result, marshalled. Files are
looked up in this process; only the others go to :func:`jdlint.parallel.lint_files`, and their
results are kept if the file did not change while it was linted (its size and modification
time) and nothing stopped part of the run on it. A file keeps at most :data:`MOST` entries,
none unused for :data:`MAX_AGE_DAYS` days; a results file unused that long is deleted, and so
are the least recently used past :data:`MOST_FILES`.
"""

from __future__ import annotations

import marshal
import os
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jdlint import cache, parallel
from jdlint.config import Config
from jdlint.lint import lint_path
from jdlint.reader import UnreadableError, read_draft
from jdlint.result_keys import config_digest, file_digest, run_digest
from jdlint.results import FileResult, from_plain, to_plain

MOST = 20_000
"""Entries a results file keeps at most: those used most recently."""
MAX_AGE_DAYS = 30
"""Days after which an entry, or a results file, that was not used is dropped."""
MOST_FILES = 100
"""Results files kept at most (one per configuration and options): those used most recently."""

_PREFIX = "results-"
_DAY = 86_400


def _today() -> int:
    return int(time.time() // _DAY)


class _Store:
    """The results file of one configuration: read on first use, written by :meth:`save`."""

    def __init__(self, settings: bytes) -> None:
        self.name = f"{_PREFIX}{cache.fingerprint(settings)}.bin"
        self._entries: dict[Any, Any] | None = None
        self._changed: dict[Any, Any] = {}

    def entries(self) -> dict[Any, Any]:
        """The stored entries; none when the file is missing, unreadable or damaged."""
        if self._entries is None:
            loaded = cache.load(self.name)
            self._entries = loaded if isinstance(loaded, dict) else {}
        return self._entries

    def get(self, key: tuple[str, str], digest: bytes) -> bytes | None:
        """The result kept for *key* with *digest*, marshalled, if any (its day of use
        refreshed)."""
        entry: Any = self.entries().get(key)
        if _day(entry) is None or entry[0] != digest or not isinstance(entry[2], bytes):
            return None
        data: bytes = entry[2]
        if entry[1] != _today():
            self._changed[key] = (digest, _today(), data)
        return data

    def put(self, key: tuple[str, str], digest: bytes, result: FileResult) -> None:
        """Keep *result* for *key* with *digest* (unless marshal cannot write it)."""
        try:
            data = marshal.dumps(to_plain(result))
        except ValueError:
            return
        self._changed[key] = (digest, _today(), data)

    def save(self) -> bool:
        """Write what changed over what the file holds now (another run may have written it),
        the oldest entries dropped past the bounds; whether there was anything to write."""
        if not self._changed:
            return False
        loaded = cache.load(self.name)
        merged = {**(loaded if isinstance(loaded, dict) else {}), **self._changed}
        cache.store(self.name, _bounded(merged))
        self._changed = {}
        return True


def _day(entry: Any) -> int | None:
    """The day *entry* was last used; ``None`` if it is no entry this module wrote."""
    if isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[1], int):
        return entry[1]
    return None


def _bounded(entries: dict[Any, Any]) -> dict[Any, Any]:
    """*entries* without those unused for :data:`MAX_AGE_DAYS`, at most :data:`MOST` (the
    most recently used)."""
    oldest = _today() - MAX_AGE_DAYS
    recent: list[tuple[int, Any]] = []
    for key, entry in entries.items():
        day = _day(entry)
        if day is not None and day >= oldest:
            recent.append((day, key))
    recent.sort(key=lambda pair: pair[0])
    return {key: entries[key] for _, key in recent[-MOST:]}


@dataclass
class _Lookup:
    """A file looked up: where its result is kept, and the result, marshalled, if it was."""

    store: _Store | None = None
    key: tuple[str, str] = ("", "")
    digest: bytes = b""
    stamp: tuple[int, int] = (0, 0)
    kept: bytes | None = None


class ResultCache:
    """Lints draft files as :func:`jdlint.parallel.lint_files` does, reusing kept results.

    *options* are the command line's options that change results (language, selection …).
    """

    def __init__(self, options: str) -> None:
        self._options = options
        self._settings: dict[int, tuple[Config, bytes | None]] = {}
        self._stores: dict[bytes, _Store] = {}

    def lint_files(
        self, jobs: list[parallel.Job], language: str, workers: int
    ) -> Iterator[FileResult]:
        """The results of *jobs* in order: kept ones (read back as they are reached), and the
        others linted on up to *workers* processes in *language* (then kept)."""
        if not jobs:  # standard input alone: nothing to look up
            return
        run = run_digest(self._options)
        lookups = [self._look_up(run, job) for job in jobs]
        misses = [job for job, found in zip(jobs, lookups, strict=True) if found.kept is None]
        fresh = parallel.lint_files(misses, language, workers)
        for (path, shown, config), found in zip(jobs, lookups, strict=True):
            result = None if found.kept is None else _read_back(found.kept)
            if result is None:  # not kept, or kept damaged (then linted here)
                result = (
                    next(fresh) if found.kept is None else lint_path(path, config, language, shown)
                )
                _keep(found, path, result)
            yield result
        next(fresh, None)  # run to its end: the workers end in their own time, keeping caches
        saved = [store.save() for store in self._stores.values()]
        if any(saved):
            _remove_unused()

    def _look_up(self, run: bytes | None, job: parallel.Job) -> _Lookup:
        """*job*'s file looked up in this *run* (its digest); a file that is not a regular one
        that can be read now, or whose configuration cannot, has no place in the cache."""
        path, shown, config = job
        settings = self._settings_of(run, config)
        if settings is None:
            return _Lookup()
        try:
            status = os.stat(path)
            if not stat.S_ISREG(status.st_mode):
                return _Lookup()
            data = read_draft(path)
        except (OSError, UnreadableError):
            return _Lookup()
        if settings not in self._stores:
            self._stores[settings] = _Store(settings)
        store = self._stores[settings]
        key = (os.path.abspath(path), shown)
        digest = file_digest(settings, shown, data)
        stamp = (status.st_size, status.st_mtime_ns)
        return _Lookup(store, key, digest, stamp, store.get(key, digest))

    def _settings_of(self, run: bytes | None, config: Config) -> bytes | None:
        """The digest of *config* in this run (*run*'s digest), worked out once per
        configuration; ``None`` if either cannot be worked out."""
        if id(config) not in self._settings:
            digest = None if run is None else config_digest(run, config)
            self._settings[id(config)] = (config, digest)
        return self._settings[id(config)][1]


def _read_back(kept: bytes) -> FileResult | None:
    """The result marshalled as *kept*; ``None`` if it is not one (a damaged entry)."""
    try:
        return from_plain(marshal.loads(kept))
    except (TypeError, ValueError, EOFError):
        return None


def _keep(found: _Lookup, path: Path, result: FileResult) -> None:
    """Keep the *result* of a file looked up, unless the file changed since or something
    stopped part of the run on it (a rule that ran out of time …)."""
    if found.store is None or result.problems:
        return
    try:
        status = os.stat(path)
    except OSError:
        return
    if (status.st_size, status.st_mtime_ns) == found.stamp:
        found.store.put(found.key, found.digest, result)


def open_cache(options: str) -> ResultCache | None:
    """A result cache for a run with *options*; ``None`` when the cache is turned off."""
    return None if cache.folder() is None else ResultCache(options)


def _remove_unused() -> None:
    """Delete the results files not written for :data:`MAX_AGE_DAYS` days (a file in use is
    written at least once a day it is used), and the least recently written past
    :data:`MOST_FILES`."""
    folder = cache.folder()
    if folder is None:
        return
    try:
        written = sorted(
            ((path.stat().st_mtime, path) for path in folder.glob(f"{_PREFIX}*.bin")),
            reverse=True,
        )
        oldest = time.time() - MAX_AGE_DAYS * _DAY
        for index, (when, path) in enumerate(written):
            if index >= MOST_FILES or when < oldest:
                path.unlink()
    except OSError:
        pass
