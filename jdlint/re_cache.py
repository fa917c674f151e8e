"""Python's ``re`` patterns compiled while jdlint's modules load, kept across runs.

Most of jdlint's own regular expressions are compiled when its modules are imported, and
``re`` turns each into engine code in Python, again in every new process. Inside
:func:`kept`, the arguments ``re`` hands its C engine are recorded the first time a pattern is
compiled and written at exit to one file of jdlint's cache (:mod:`jdlint.cache`); later runs
hand them to the engine directly. The file is named for the versions of jdlint and Python and
carries a checksum; a missing, stale or damaged file is ignored and rewritten. Where ``re``
is laid out otherwise (before Python 3.11), patterns are compiled the ordinary way.
"""

from __future__ import annotations

import atexit
import contextlib
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any

from jdlint import cache

_compiler: Any = getattr(re, "_compiler", None)
"""The part of ``re`` that turns a pattern into engine code (Python 3.11 and later)."""

_MAX_ENTRIES = 4096
_FILE = f"re-{cache.fingerprint('re')}.bin"

_Key = tuple[str, int]

_entries: dict[_Key, tuple[Any, ...]] | None = None
_added = False
_lock = threading.Lock()


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Compile ``re`` patterns from the cache, and record new ones, while the block runs."""
    if not hasattr(_compiler, "_sre") or not callable(getattr(_compiler, "compile", None)):
        yield
        return
    original = _compiler.compile
    _compiler.compile = _cached(original)
    try:
        yield
    finally:
        _compiler.compile = original


def _cached(original: Callable[..., Any]) -> Callable[..., Any]:
    def compile_pattern(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return original(pattern, flags)
        entries = _load()
        key = (pattern, int(flags))
        arguments = entries.get(key)
        if arguments is not None:
            try:
                return _compiler._sre.compile(*arguments)
            except (TypeError, ValueError, RuntimeError):  # not in the shape this Python uses
                del entries[key]
        with _lock:
            recorder = _Recorder(_compiler._sre)
            _compiler._sre = recorder
            try:
                compiled = original(pattern, flags)
            finally:
                _compiler._sre = recorder.engine
        if recorder.arguments is not None and recorder.arguments[0] == pattern:
            _remember(key, recorder.arguments)
        return compiled

    return compile_pattern


class _Recorder:
    """Stands in for ``re``'s C engine while a pattern is compiled, recording what it is given."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.arguments: tuple[Any, ...] | None = None

    def compile(self, *arguments: Any) -> Any:
        self.arguments = tuple(_plain(argument) for argument in arguments)
        return self.engine.compile(*arguments)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)


def _plain(argument: Any) -> Any:
    """*argument* as marshal writes it: ``re``'s named opcodes and flags as plain numbers."""
    if isinstance(argument, list):
        return [int(item) for item in argument]
    return int(argument) if isinstance(argument, int) else argument


def _load() -> dict[_Key, tuple[Any, ...]]:
    global _entries
    if _entries is None:
        entries = cache.load(_FILE)
        _entries = entries if isinstance(entries, dict) else {}
    return _entries


def _remember(key: _Key, arguments: tuple[Any, ...]) -> None:
    global _added
    entries = _load()
    if len(entries) >= _MAX_ENTRIES:
        entries.clear()
    entries[key] = arguments
    if not _added:
        _added = True
        atexit.register(_save)


def _save() -> None:
    if _entries is not None:
        cache.store(_FILE, _entries)
