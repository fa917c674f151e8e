"""The methods ``dataclasses`` writes for jdlint's classes, compiled once and kept across runs.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__`` …
and compiles it with ``exec``: for jdlint's classes that is about a third of the time its
modules take to load. Inside :func:`kept`, ``dataclasses`` is handed an ``exec`` that compiles
each source text once and keeps the code in one file of jdlint's cache (:mod:`jdlint.cache`),
named for the versions of jdlint and Python; the code then runs exactly as the source would.
A missing, stale or damaged file is ignored and rewritten.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
from collections.abc import Iterator
from types import CodeType
from typing import Any

from jdlint import cache

_FILE = f"dataclasses-{cache.fingerprint('dataclasses')}.bin"
_MAX_ENTRIES = 4096

_entries: dict[str, CodeType] | None = None
_added = False


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Compile the methods of the dataclasses made while the block runs from the cache."""
    if "exec" in vars(dataclasses):  # already handed one (a block inside a block)
        yield
        return
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the built-in one
    try:
        yield
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]


def _exec(source: Any, namespace: Any = None, names: Any = None) -> None:
    """``exec``, with the code of a source text compiled once (as ``exec`` compiles it)."""
    if namespace is None:  # as exec called inside dataclasses would take
        namespace = vars(dataclasses)
    if not isinstance(source, str):
        exec(source, namespace, names)
        return
    entries = _load()
    code = entries.get(source)
    if code is None:
        code = compile(source, "<string>", "exec")
        _remember(source, code)
    exec(code, namespace, names)


def _load() -> dict[str, CodeType]:
    global _entries
    if _entries is None:
        entries = cache.load(_FILE)
        valid = isinstance(entries, dict) and all(
            isinstance(code, CodeType) for code in entries.values()
        )
        _entries = entries if valid else {}
    return _entries


def _remember(source: str, code: CodeType) -> None:
    global _added
    entries = _load()
    if len(entries) >= _MAX_ENTRIES:
        entries.clear()
    entries[source] = code
    if not _added:
        _added = True
        atexit.register(_save)


def _save() -> None:
    if _entries is not None:
        cache.store(_FILE, _entries)
