"""Compiled rule patterns kept across runs, so that a cold run does not parse them again.

``regex`` turns a pattern into engine code in Python, which is most of what a cold
``jdlint check`` of one draft costs, and pickles a compiled pattern as its source. This module
keeps the engine code itself: the arguments that ``regex`` hands its C engine, recorded the
first time a pattern is compiled and written at exit to one file of jdlint's cache folder
(:mod:`jdlint.cache`). The file is named for the versions of jdlint, ``regex`` and Python,
and carries a checksum; a missing, stale or damaged file is ignored and rewritten.
"""

from __future__ import annotations

import enum
import importlib
import threading
from pathlib import Path
from typing import Any

import regex

from jdlint import cache


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

_recording = threading.Lock()


def compile_regex(pattern: str, flags: int) -> Any:
    """``regex.compile(pattern, flags)``, from the cache when the pattern is in it.

    The cache reaches into ``regex``'s internals; should a later ``regex`` lay them out
    differently, patterns are compiled the ordinary way and nothing is cached.
    """
    if not hasattr(regex_main, "_regex") or not hasattr(regex_main._regex, "compile"):
        return regex.compile(pattern, flags)
    entries = _kept.entries()
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
        _kept.remember(key, tuple(_plain(argument) for argument in recorder.arguments))
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


def cache_file() -> Path | None:
    """Where the cache is kept (``None`` when it is turned off)."""
    return cache.path(_file_name())


def _file_name() -> str:
    return f"patterns-{cache.fingerprint(regex.__version__)}.bin"


_kept = cache.Entries(_file_name, _MAX_ENTRIES)
"""The engine arguments of each pattern, by ``(pattern, flags)``."""
