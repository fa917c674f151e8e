"""jdlint's one cache folder: what a cold run would otherwise work out again from files that
did not change (compiled patterns, parsed built-in YAML, the unpacked English lexicon).

The folder is ``$XDG_CACHE_HOME/jdlint`` (``~/.cache/jdlint``; the platform's cache folder on
Windows and macOS). Callers name each file for what it was made from (:func:`fingerprint`),
so a file made by another version of jdlint or of Python, or from other data, is never read.
Writes are atomic (a temporary file, then ``os.replace``); a file that cannot be read or
written is passed over without a word, so a read-only home works, only slower.
``JDLINT_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jdlint.version import __version__


def folder() -> Path | None:
    """Where the cache is kept (``None`` when it is turned off)."""
    if os.environ.get("JDLINT_NO_CACHE"):
        return None
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "jdlint"


def fingerprint(*parts: bytes | str) -> str:
    """A short name for *parts* and the versions of jdlint and Python, for a cache file's name."""
    checksum = zlib.crc32(f"{__version__} {sys.version}".encode())
    for part in parts:
        checksum = zlib.crc32(part.encode() if isinstance(part, str) else part, checksum)
        checksum = zlib.crc32(b"\0", checksum)
    return f"{checksum:08x}"


def path(name: str) -> Path | None:
    """The cache file *name* (``None`` when the cache is off)."""
    base = folder()
    return None if base is None else base / name


def load(name: str) -> Any:
    """The value stored as *name* by :func:`store`, or ``None`` when it is missing, damaged or
    the cache is off."""
    data = read_bytes(name)
    if data is None or len(data) < 4:
        return None
    checksum, payload = data[:4], data[4:]
    if zlib.crc32(payload).to_bytes(4, "big") != checksum:
        return None
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def store(name: str, value: Any) -> None:
    """Keep *value* (plain data: what ``marshal`` writes) as *name*, with a checksum."""
    try:
        payload = marshal.dumps(value)
    except ValueError:  # a value marshal cannot write: it is simply not cached
        return
    write_bytes(name, zlib.crc32(payload).to_bytes(4, "big") + payload)


def read_bytes(name: str) -> bytes | None:
    """The bytes of cache file *name*, or ``None``."""
    target = path(name)
    if target is None:
        return None
    try:
        return target.read_bytes()
    except OSError:
        return None


def write_bytes(name: str, data: bytes) -> None:
    """Write cache file *name* atomically; a folder that cannot be written is left alone."""
    target = path(name)
    if target is None:
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


_savers: list[Callable[[], None]] = []


def save_at_exit(save: Callable[[], None]) -> None:
    """Run *save* when this process ends: at interpreter exit, or, in a worker of a parallel
    run (which ends without running ``atexit``), through :func:`save_all`."""
    _savers.append(save)
    atexit.register(save)


def save_all() -> None:
    """Run every save registered with :func:`save_at_exit` (a worker calls it as it ends)."""
    for save in _savers:
        save()


class Entries:
    """A dictionary kept in one cache file across runs: read on first use, written as the
    process ends (merged with what another process of the same run wrote meanwhile), started
    afresh past *most* entries. *name* gives the file's name (see :func:`fingerprint`)."""

    def __init__(self, name: Callable[[], str], most: int) -> None:
        self.name = name
        self._most = most
        self._entries: dict[Any, Any] | None = None
        self._saving = False

    def read(self) -> dict[Any, Any]:
        """The entries of the cache file; none when it is missing, unreadable or damaged."""
        entries = load(self.name())
        return entries if isinstance(entries, dict) else {}

    def entries(self) -> dict[Any, Any]:
        """The entries of this process (the file's, read on first use, and those added)."""
        if self._entries is None:
            self._entries = self.read()
        return self._entries

    def forget(self) -> None:
        """Drop the entries held in memory: the next use reads the file again."""
        self._entries = None

    def remember(self, key: Any, value: Any) -> None:
        """Add *key* with *value* (plain data that marshal writes), kept when the process ends."""
        entries = self.entries()
        if len(entries) >= self._most:
            entries.clear()
        entries[key] = value
        if not self._saving:
            self._saving = True
            save_at_exit(self.save)

    def save(self) -> None:
        """Write the entries (atomically; a folder that cannot be written is left alone)."""
        if self._entries is not None:
            merged = {**self.read(), **self._entries}
            store(self.name(), merged if len(merged) <= self._most else self._entries)
