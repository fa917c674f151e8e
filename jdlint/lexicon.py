"""Word lexicons read in place from installed packages, each loaded the first time it is asked.

- English: the SPECIALIST Lexicon of the U.S. National Library of Medicine, as ``lemminflect``
  ships it (``lemminflect/resources/lemma_lu.csv.gz``): one ``form,part-of-speech,lemma`` line
  per reading of a word form, sorted by form. It is decompressed once and searched by bisection;
  lemminflect itself (which imports numpy) is never imported. The decompressed file is kept in
  jdlint's cache (:mod:`jdlint.cache`) and memory-mapped from there on later runs.
- Indonesian: the root words (kata dasar) of the PySastrawi stemmer
  (``Sastrawi/Stemmer/data/kata-dasar.txt``), one sorted word a line, memory-mapped and searched
  by bisection.

Both files are read at the paths these packages' releases use (pyproject.toml pins the series).
A lexicon whose package or file is missing reads as ``None``: callers then cannot judge words.
"""

from __future__ import annotations

import functools
import importlib.util
import mmap
import zlib
from pathlib import Path
from typing import NamedTuple

from jdlint import cache
from jdlint.memo import text_cache


class Reading(NamedTuple):
    """One reading of a word form: its part of speech (``verb``, ``noun``, ``adj``, ``adv``,
    ``aux``) and the lemmas it is a form of (spelling variants: ``install``, ``instal``)."""

    pos: str
    lemmas: tuple[str, ...]


class SortedLines:
    """Bisection over lines sorted by their first comma-separated field (bytes order)."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self._data = data

    def lines(self, key: str) -> list[bytes]:
        """Every line whose first field is *key* (they are adjacent)."""
        target = key.encode("utf-8")
        data = self._data
        low, high = 0, len(data)
        while low < high:  # find the first line whose key is >= target
            middle = (low + high) // 2
            start = data.rfind(b"\n", 0, middle) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            if _key(data[start:end]) < target:
                low = end + 1
            else:
                high = start
        found = []
        while low < len(data):
            end = data.find(b"\n", low)
            end = len(data) if end < 0 else end
            line = data[low:end]
            if _key(line) != target:
                break
            found.append(line)
            low = end + 1
        return found


def _key(line: bytes) -> bytes:
    return line.split(b",", 1)[0].rstrip(b"\r")


def _package_file(package: str, relative: str) -> Path | None:
    """A data file inside an installed package, without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / relative
    return path if path.is_file() else None


@functools.cache
def _english() -> SortedLines | None:
    path = _package_file("lemminflect", "resources/lemma_lu.csv.gz")
    if path is None:
        return None
    return SortedLines(_unpacked(path))


def _unpacked(path: Path) -> bytes | mmap.mmap:
    """The gzip file *path* decompressed: memory-mapped from jdlint's cache, where it is kept
    the first time (named for the file's place, size and time of change, and checked against
    the length the gzip file records)."""
    status = path.stat()
    name = cache.fingerprint(str(path), str(status.st_size), str(status.st_mtime_ns))
    kept = f"lexicon-{name}.bin"
    mapped = _mapped(kept, _gzip_length(path))
    if mapped is not None:
        return mapped
    data = zlib.decompress(path.read_bytes(), wbits=31)
    cache.write_bytes(kept, data)
    return data


def _gzip_length(path: Path) -> int:
    """The length of *path*'s content, from its gzip trailer (modulo 2**32; -1 if unreadable)."""
    try:
        with path.open("rb") as handle:
            handle.seek(-4, 2)
            return int.from_bytes(handle.read(4), "little")
    except OSError:
        return -1


def _mapped(name: str, length: int) -> mmap.mmap | None:
    """Cache file *name* memory-mapped, if it is there and *length* long (modulo 2**32)."""
    kept = cache.path(name)
    if kept is None:
        return None
    try:
        with kept.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, or empty (which mmap refuses)
        return None
    if len(mapped) % 2**32 == length:
        return mapped
    mapped.close()
    return None


@functools.cache
def _indonesian_roots() -> SortedLines | None:
    path = _package_file("Sastrawi", "Stemmer/data/kata-dasar.txt")
    if path is None:
        return None
    with path.open("rb") as handle:
        return SortedLines(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))


def english_available() -> bool:
    """Whether the English lexicon is installed (loads it)."""
    return _english() is not None


def indonesian_available() -> bool:
    """Whether the Indonesian root list is installed."""
    return _indonesian_roots() is not None


@text_cache(maxsize=4096)
def english_readings(word: str) -> tuple[Reading, ...]:
    """The readings of an English word form as written (lower-case for common words)."""
    lexicon = _english()
    if lexicon is None:
        return ()
    readings = []
    for line in lexicon.lines(word):
        parts = line.decode("utf-8", "replace").split(",")
        if len(parts) == 3:
            readings.append(Reading(parts[1], tuple(parts[2].split("/"))))
    return tuple(readings)


@text_cache(maxsize=16384)
def is_indonesian_root(word: str) -> bool:
    """Whether *word* (lower-case) is an Indonesian root word."""
    roots = _indonesian_roots()
    return roots is not None and bool(roots.lines(word))
