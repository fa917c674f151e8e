"""Word lists found in a text by looking its words up, not by one long regular expression.

A list of a few hundred phrases compiled into an alternation costs a cold run milliseconds and
scans slowly; a pass over the words of a text with set look-ups finds the phrases of every list
at once, in time that grows with the text alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import NamedTuple

_TOKEN = re.compile(r"[^\W_]+|[^\w\s\x00-\u2fff]")
"""A word, or one symbol outside the common scripts (an emoji such as "📍")."""
_SEPARATORS = re.compile(r"[-\s_]+")
_PHRASE_REACH = 60
"""The longest phrase of a list, in characters, and some."""


class Token(NamedTuple):
    """One word of a text: where it is, as written and in lower case."""

    start: int
    end: int
    text: str
    folded: str


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``."""
    end = len(text) if end is None else min(end, len(text))
    piece = text[start:end]
    folded = piece.lower()
    if len(folded) != len(piece):  # a letter whose lower case is longer ("İ"): fold word by word
        matches = _TOKEN.finditer(text, start, end)
        return [Token(m.start(), m.end(), m[0], m[0].lower()) for m in matches]
    found = []
    for match in _TOKEN.finditer(folded):
        a, b = match.span()
        found.append(Token(start + a, start + b, piece[a:b], match[0]))
    return found


def folded_words(text: str) -> set[str]:
    """The lower-case words of *text*: the ``folded`` of each of its :func:`tokens`."""
    folded = text.lower()
    if len(folded) != len(text):
        return {word.lower() for word in _TOKEN.findall(text)}
    return set(_TOKEN.findall(folded))


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where *word* stands in *text* as a whole word."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            yield start
        start = text.find(word, start + 1)


class PhraseTable:
    """A list of words and phrases, each found as whole words.

    With *fold_case*, case does not count and a hyphen, a space or an underscore between two
    words matches any of the three or none ("full-time", "Full Time", "FULL_TIME", "fulltime").
    Without it, a phrase matches as written or in capitals ("Jakarta Selatan", "JAKARTA
    SELATAN"), its words one space apart.
    """

    def __init__(self, phrases: Iterable[str], fold_case: bool = True) -> None:
        self.fold_case = fold_case
        self._keys: set[str] = set()
        self._firsts: set[str] = set()
        self._longest = 1
        for phrase in phrases:
            forms = [phrase.lower()] if fold_case else [phrase, phrase.upper()]
            for form in forms:
                words = [word for word in _SEPARATORS.split(form) if word]
                if not words:
                    continue
                self._keys.add(" ".join(words))
                self._firsts.add(words[0])
                self._longest = max(self._longest, len(words))
                if fold_case and len(words) > 1:
                    for joined in ("".join(words), "_".join(words)):
                        self._keys.add(joined.replace("_", " "))
                        self._firsts.add(joined)
        # A word in ASCII folds to the same lower case alone as inside its text; other letters
        # may not (a final sigma), so a table with such first words is not tested that way.
        self._firsts_by_lower: dict[str, list[str]] = {}
        for first in sorted(self._firsts):
            self._firsts_by_lower.setdefault(first.lower(), []).append(first)
        self._folded_firsts: set[str] | None = self._firsts
        if not fold_case:
            ascii_only = all(first.isascii() for first in self._firsts)
            self._folded_firsts = {first.lower() for first in self._firsts} if ascii_only else None

    def spans(self, text: str, words: list[Token] | None = None) -> list[tuple[int, int]]:
        """Where the phrases stand in *text* (its *words*, when already split), the longest
        at each word, left to right."""
        words = tokens(text) if words is None else words
        found = []
        index = 0
        while index < len(words):
            size = self.size_at(text, words, index)
            if size:
                found.append((words[index].start, words[index + size - 1].end))
            index += size or 1
        return found

    def size_at(self, text: str, words: list[Token], index: int) -> int:
        """How many words from ``words[index]`` on make one phrase (0: none)."""
        if self._key(words[index]) not in self._firsts:
            return 0
        for size in range(min(self._longest, len(words) - index), 0, -1):
            group = words[index : index + size]
            joined = all(self._joined(text[a.end : b.start]) for a, b in pairwise(group))
            if joined and " ".join(self._key(word) for word in group) in self._keys:
                return size
        return 0

    def find(self, text: str, lowered: str, words: set[str]) -> list[tuple[int, int]]:
        """As :meth:`spans`, for a long *text*: looked for only where the first word of a
        phrase stands. *lowered* is ``text.lower()`` (of the same length) and *words* holds
        at least every lower-case word of *text*."""
        found = []
        for first in self._firsts & words if self.fold_case else self._cased_firsts(words):
            haystack = lowered if self.fold_case else text
            for start in _occurrences(haystack, first):
                window = tokens(text, start, start + _PHRASE_REACH)
                size = self.size_at(text, window, 0)
                if size:
                    found.append((start, window[size - 1].end))
        found.sort()
        return [span for i, span in enumerate(found) if i == 0 or span[0] >= found[i - 1][1]]

    def _cased_firsts(self, words: set[str]) -> list[str]:
        by_lower = self._firsts_by_lower
        return [first for lower in by_lower.keys() & words for first in by_lower[lower]]

    def starts_any(self, words: list[Token]) -> bool:
        """Whether one of *words* may begin a phrase (a quick test before :meth:`spans`)."""
        return any(self._key(word) in self._firsts for word in words)

    def may_start(self, folded: set[str]) -> bool:
        """False when no word of a text whose :func:`folded_words` are *folded* begins a
        phrase (a quicker test than :meth:`starts_any`, which needs the text's tokens)."""
        return self._folded_firsts is None or not self._folded_firsts.isdisjoint(folded)

    def search(self, text: str) -> bool:
        """Whether *text* holds one of the phrases."""
        return bool(self.spans(text))

    def fullmatch(self, text: str) -> bool:
        """Whether *text* is one of the phrases and nothing else (white space aside)."""
        text = text.strip()
        return self.spans(text) == [(0, len(text))] if text else False

    def _key(self, word: Token) -> str:
        return word.folded if self.fold_case else word.text

    def _joined(self, gap: str) -> bool:
        """Whether *gap* joins two words of one phrase."""
        if self.fold_case:
            return gap in ("", "-", "_") or (len(gap) == 1 and gap.isspace())
        return gap in (" ", "-")
