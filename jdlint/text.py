"""Words and sentences: a fast tokenizer for English and Indonesian.

Words are runs of letters and digits joined by hyphens or apostrophes, so Indonesian
reduplications (``anak-anak``, ``sehari-hari``) and English contractions stay whole, and
numbers keep their separators (``18.000.000``, ``3,5``). Sentences end at ``.``, ``!`` or ``?``
followed by white space and a capital, digit, quote or bullet, except after a known
abbreviation (``e.g.``, ``dll.``); every line of a draft (a bullet, a heading, a ``Key: value``
line) is also a sentence unit of its own.
"""

from __future__ import annotations

import functools
import re

from jdlint.data import vocabulary
from jdlint.spans import Span

WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:[-'’][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[^\W_a-z])|[.!?…]+[\"'”’)\]]*\s*$")
_LAST_TOKEN = re.compile(r"(\S+)$")


@functools.cache
def _abbreviations() -> frozenset[str]:
    lists = vocabulary("languages")["abbreviations"]
    return frozenset(word.lower() for words in lists.values() for word in words)


def words(text: str) -> list[str]:
    """The words of *text*."""
    return WORD.findall(text)


def sentence_spans(text: str, offset: int = 0) -> list[Span]:
    """Spans of the sentences in *text* (one line or paragraph), shifted by *offset*.

    Leading and trailing white space is outside every span; a text with no words has none.
    """
    spans: list[Span] = []
    start = 0
    abbreviations = _abbreviations()
    for match in _SENTENCE_END.finditer(text):
        head = text[start : match.end()].rstrip()
        last = _LAST_TOKEN.search(head)
        if last and last.group(1).lower() in abbreviations and match.end() < len(text.rstrip()):
            continue
        _append_trimmed(spans, text, start, match.end(), offset)
        start = match.end()
    _append_trimmed(spans, text, start, len(text), offset)
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    if not WORD.search(piece):
        return
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    spans.append(Span(offset + start + lead, offset + end - trail))
