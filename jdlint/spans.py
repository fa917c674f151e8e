"""Offsets in a text and their 1-based line/column positions (columns count code points)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

_NEWLINE = re.compile("\n")


class Span(NamedTuple):
    """A half-open range ``[start, end)`` of offsets into a document's text."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        """Whether the two ranges share at least one offset."""
        return self.start < other.end and other.start < self.end

    def trimmed(self, text: str) -> Span:
        """This range of *text* without its leading and trailing white space."""
        start, end = self.start, self.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start, end)


class Position(NamedTuple):
    """A 1-based line and column."""

    line: int
    column: int


class LineIndex:
    """Maps offsets of a text with ``\\n`` line ends to line/column positions."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(match.end() for match in _NEWLINE.finditer(text))
        self._length = len(text)

    def position(self, offset: int) -> Position:
        """The line and column of *offset* (clamped to the text)."""
        offset = max(0, min(offset, self._length))
        line = bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1)

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based *line*."""
        return self._starts[line - 1]

    def line_end(self, line: int) -> int:
        """Offset just past the last character of 1-based *line* (before its ``\\n``)."""
        if line < len(self._starts):
            return self._starts[line] - 1
        return self._length

    @property
    def line_count(self) -> int:
        """Number of lines in the text."""
        return len(self._starts)
