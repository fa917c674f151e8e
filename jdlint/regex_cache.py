"""Compiled rule patterns kept across runs, so that a cold run does not parse them again.

``regex`` turns a pattern into engine code in Python, which is most of what a cold
``jdlint check`` of one draft costs, and pickles a compiled pattern as its source. This module
keeps the engine code itself: the arguments that ``regex`` hands its C engine, recorded the
first time a pattern is compiled and written at exit to one file in the user's cache folder.
The file is named for the versions of jdlint, ``regex`` and Python, and carries a checksum; a
missing, stale or damaged file is ignored and rewritten. ``JDLINT_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import atexit
import enum
import importlib
import marshal
import os
import sys
import tempfile
import threading
import zlib
from pathlib import Path
from typing import Any

import regex

from jdlint.version import __version__


def _regex_main() -> Any:
    """The part of ``regex`` that turns a pattern into engine code and hands it to the engine
    (``None`` if a later ``regex`` has no such part)."""
    try:
        return importlib.import_module("regex._main")
    except ImportError:
        return None


regex_main: Any = _regex_main()

_MAX_ENTRIES = 4096
"""More patterns than this (rule files edited many times) and the cache starts afresh."""

_Key = tuple[str, int]

_entries: dict[_Key, tuple[Any, ...]] | None = None
_added = False
_recording = threading.Lock()


def compile_regex(pattern: str, flags: int) -> Any:
    """``regex.compile(pattern, flags)``, from the cache when the pattern is in it.

    The cache reaches into ``regex``'s internals; should a later ``regex`` lay them out
    differently, patterns are compiled the ordinary way and nothing is cached.
    """
    if not hasattr(regex_main, "_regex") or not hasattr(regex_main._regex, "compile"):
        return regex.compile(pattern, flags)
    entries = _load()
    key = (pattern, int(flags))
    arguments = entries.get(key)
    if arguments is not None:
        try:
            pattern_text, engine_flags, *rest = arguments
            return regex_main._regex.compile(pattern_text, regex.RegexFlag(engine_flags), *rest)
        except (TypeError, ValueError):  # an entry not in the shape this regex writes
            del entries[key]
    with _recording:
        recorder = _Recorder(regex_main._regex)
        regex_main._regex = recorder
        try:
            # Not from regex's own cache of this process: the engine must be called to be seen.
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            regex_main._regex = recorder.engine
    if recorder.arguments is not None and recorder.arguments[0] == pattern:
        _remember(key, tuple(_plain(argument) for argument in recorder.arguments))
    return compiled


def _plain(argument: Any) -> Any:
    """*argument* as marshal can write it (a flag set as its number)."""
    return int(argument) if isinstance(argument, enum.IntFlag) else argument


class _Recorder:
    """Stands in for regex's C engine while a pattern is compiled, recording what it is given."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.arguments: tuple[Any, ...] | None = None

    def compile(self, *arguments: Any) -> Any:
        self.arguments = arguments
        return self.engine.compile(*arguments)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)


def _remember(key: _Key, arguments: tuple[Any, ...]) -> None:
    global _added
    entries = _load()
    if len(entries) >= _MAX_ENTRIES:
        entries.clear()
    entries[key] = arguments
    if not _added:
        _added = True
        atexit.register(_save)


def cache_file() -> Path | None:
    """Where the cache is kept (``None`` when it is turned off)."""
    if os.environ.get("JDLINT_NO_CACHE"):
        return None
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    versions = f"{__version__} {regex.__version__} {sys.version}".encode()
    return base / "jdlint" / f"patterns-{zlib.crc32(versions):08x}.bin"


def _load() -> dict[_Key, tuple[Any, ...]]:
    global _entries
    if _entries is None:
        _entries = _read(cache_file())
    return _entries


def _read(path: Path | None) -> dict[_Key, tuple[Any, ...]]:
    """The entries of the cache file; none when it is missing, unreadable or damaged."""
    if path is None:
        return {}
    try:
        data = path.read_bytes()
        checksum, payload = data[:4], data[4:]
        if zlib.crc32(payload).to_bytes(4, "big") != checksum:
            return {}
        entries = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _save() -> None:
    """Write the cache, atomically; a folder that cannot be written is left alone."""
    path = cache_file()
    if path is None or _entries is None:
        return
    try:
        payload = marshal.dumps(_entries)
    except ValueError:  # pragma: no cover - a value of a kind a later regex introduced
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as file:
            file.write(zlib.crc32(payload).to_bytes(4, "big") + payload)
    except OSError:
        return
    try:
        os.replace(file.name, path)
    except OSError:
        Path(file.name).unlink(missing_ok=True)
