"""The prefilter index of a draft: its case-folded words and their beginnings.

A rule's pattern is searched only in a draft that holds what the pattern needs (see
:mod:`jdlint.kinds.needs`, which reads those needs from the pattern). The index belongs to the
analysis of one draft, computed once and shared by every rule.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

HEAD_LENGTH = 6
"""A word's beginning is compared up to this many characters."""


class Requirement(NamedTuple):
    """What one way of matching needs: whole words, a word beginning, pieces of text."""

    words: frozenset[str]
    heads: frozenset[str]
    inside: str | None
    symbol: str | None = None
    pieces: frozenset[str] = frozenset()


class WordIndex:
    """The case-folded words of a draft and their beginnings."""

    def __init__(self, text: str) -> None:
        self.folded = text.casefold()
        self.words = set(re.findall(r"\w+", self.folded))

    @cached_property
    def heads(self) -> set[str]:
        """Every beginning (2 to ``HEAD_LENGTH`` characters) of every word."""
        return {
            word[:length]
            for word in self.words
            for length in range(2, min(len(word), HEAD_LENGTH) + 1)
        }

    def meets(self, requirement: Requirement) -> bool:
        """Whether the draft holds everything *requirement* needs."""
        return (
            requirement.words <= self.words
            and (not requirement.heads or requirement.heads <= self.heads)
            and (requirement.inside is None or requirement.inside in self.folded)
            and (requirement.symbol is None or requirement.symbol in self.folded)
            and all(piece in self.folded for piece in requirement.pieces)
        )
