"""Words and sentences: a fast tokenizer for English and Indonesian.

Words are runs of letters and digits joined by hyphens or apostrophes, so Indonesian
reduplications (``anak-anak``, ``sehari-hari``) and English contractions stay whole, and
numbers keep their separators (``18.000.000``, ``3,5``). Sentences end at ``.``, ``!`` or ``?``
followed by white space and a capital, digit, quote or bullet (or at a full stop between a word
of five letters or more and a lower-case word: "makanan. saat ini"), except after an abbreviation
that stands before what follows it (``e.g. Excel``, ``Pend. Min. S1``, ``No. 5``; listed in
``rules/data/abbreviations.yaml``) or after an initial (``J. Smith``, ``U.S. Citizen``); every
line of a draft (a bullet, a heading, a ``Key: value`` line) is also a sentence unit of its own.
Text damaged on its way from a web page keeps its sentence ends: a full stop glued to the next
sentence ("baik.Mengembangkan") or to Markdown bold ("now.**Then"), a garbled no-break space
after it ("hiring.Â Then"), and list items run together by a scrape ("targetMemiliki"; three or
more "- Item" markers inside one line) end sentences too.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from jdlint.data import vocabulary
from jdlint.spans import Span

WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:[-'’][^\W_]+)*")
_SENTENCE_END = re.compile(
    r"[.!?…](?:"  # (a mark first: the search skips straight to the next one)
    # before a capital, digit or quote, maybe past a garbled no-break space ("Â" before it)
    r"[.!?…]*[\"'”’)\]*_]*(?=(?:Â(?=[\xa0 ]))?\s+[*_]*[\"'“‘(\[]?[^\W_a-z])"
    r"|(?<=[^\W\d_]{5}\.)(?=\s+[a-z])"  # a full stop after a long word, before a lower-case one
    # glued to the next sentence, as scraped lists lose their line breaks ("baik.Mengembangkan"),
    # or to Markdown emphasis ("now.**Then", "team.**Benefits**")
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z0-9])|(?<=[a-z]\)[.!?])(?=[A-Z][a-z0-9])"
    r"|[.!?…]*[\"'”’)\]]*(?=[*_]{2}[\"'“‘(\[]?[^\W\d_a-z])"
    r"|[.!?…]*[\"'”’)\]]*<br\s*/?>"  # with a line break written in HTML ("team.<br>")
    r"|[.!?…]*[\"'”’)\]*_]*\s*$)"  # (closing quotes, brackets and Markdown emphasis stay in)
)
_GLUED_ITEM = re.compile(
    r"(?<![^\W\d_])[a-z]{4,}(?=[A-Z][a-z]{2})|(?<=[a-z]{3})\)(?=[A-Z][a-z]{2})"
)
"""A lower-case word or a closing bracket run into a capitalised word, as scraped lists lose
their line breaks ("targetMemiliki", "skillsData", "(lebih disukai)Mampu"); names with a
capital inside ("PowerPoint") start upper-case."""
_GLUE = re.compile(r"[a-z)][A-Z]")
"""What every glued item holds: a quick test before the slower search for one."""
_INLINE_ITEM = re.compile(r"(?<=[^\W_]) [-•] (?=[A-Z])")
"""A list marker inside a line, before a capital: a list whose line breaks a scrape lost
("Responsibilities - Supporting teams … - Assisting in …")."""
_MIN_INLINE_ITEMS = 3
"""How many such markers a text needs before they are read as items (a dash or two is prose)."""
_ABBREVIATION = re.compile(r"(?<![\w.])(?:[^\W\d_]+\.)*[^\W\d_]+\.\Z")
"""The letters (maybe dotted: ``e.g.``, ``U.S.``) that a full stop closes, at the end of a text."""
_LONGEST_ABBREVIATION = 16
_INITIAL = re.compile(r"(?:\A|\.)[A-Z]\.\Z")
"""A single capital closed by a full stop: ``J.``, and the last letter of ``U.S.``."""
_BRACKETS_ONLY = re.compile(r"\s*\([^()]*\)[.!?…]*\s*")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]?(\S+)")
_VALUE = re.compile(r"\d|[A-Z]+(?![^\W\d_])")
"""The start of a number or of a code in capitals: ``35``, ``S1``, ``SMA/SMK``, ``D3``."""


class _Abbreviations(NamedTuple):
    """The abbreviations of ``rules/data/abbreviations.yaml``, lower-cased, all languages."""

    before_anything: frozenset[str]
    before_numbers: frozenset[str]
    before_values: frozenset[str]


@functools.cache
def _abbreviations() -> _Abbreviations:
    lists = vocabulary("abbreviations")

    def merged(group: str) -> frozenset[str]:
        return frozenset(word.lower() for words in lists.values() for word in words[group])

    return _Abbreviations(
        merged("before_anything"), merged("before_numbers"), merged("before_values")
    )


def words(text: str) -> list[str]:
    """The words of *text*."""
    return WORD.findall(text)


def sentence_spans(text: str, offset: int = 0) -> list[Span]:
    """Spans of the sentences in *text* (one line or paragraph), shifted by *offset*.

    Leading and trailing white space is outside every span; a text with no words has none.
    """
    spans: list[Span] = []
    start = 0
    for end in _sentence_ends(text):
        _append_trimmed(spans, text, start, end, offset)
        start = end
    _append_trimmed(spans, text, start, len(text), offset)
    return spans


def _sentence_ends(text: str) -> list[int]:
    """Where the sentences of *text* end, in order (the end of the text aside)."""
    ends = [
        match.end()
        for match in _SENTENCE_END.finditer(text)
        if match.group() != "." or not _continues(text, match.start(), match.end())
    ]
    if "(" in text:
        ends = _before_brackets(text, ends)
    glued = _glued_items(text)
    inline = _inline_items(text)
    if len(inline) >= _MIN_INLINE_ITEMS:
        glued += inline
    return sorted(ends + glued) if glued else ends


def _before_brackets(text: str, ends: list[int]) -> list[int]:
    """*ends* without those followed only by a bracketed phrase up to the next end ("… from
    several sources. (Books, the internet, colleagues)."): the brackets belong to the sentence
    before them; they are no sentence of their own."""
    kept = []
    for index, end in enumerate(ends):
        following = ends[index + 1] if index + 1 < len(ends) else len(text)
        if _BRACKETS_ONLY.fullmatch(text, end, following) is None:
            kept.append(end)
    return kept


def _glued_items(text: str) -> list[int]:
    """Where items run together in *text* end (see ``_GLUED_ITEM``)."""
    if _GLUE.search(text) is None:
        return []
    return [match.end() for match in _GLUED_ITEM.finditer(text)]


def _inline_items(text: str) -> list[int]:
    """Where list markers inside a line of *text* start (see ``_INLINE_ITEM``)."""
    if " - " not in text and " • " not in text:
        return []
    return [match.start() for match in _INLINE_ITEM.finditer(text)]


def _continues(text: str, dot: int, after: int) -> bool:
    """Whether the sentence goes on past the full stop at *dot*: it closes an abbreviation
    or an initial that stands before the word at *after*."""
    following = _NEXT_WORD.match(text, after)
    if following is None:  # the end of the text
        return False
    low = max(0, dot + 1 - _LONGEST_ABBREVIATION)
    closed = _ABBREVIATION.search(text, low, dot + 1)
    if closed is None or (closed.start() == low and low > 0):
        return False
    word = closed.group()
    if _INITIAL.search(word):
        return True
    known = _abbreviations()
    word = word.lower()
    if word in known.before_anything:
        return True
    after_word = following.group(1)
    if after_word[0].islower():  # "makanan. saat ini kami ...": a sentence that starts small
        return "." in word[:-1]
    if word in known.before_numbers:
        return after_word[0].isdigit()
    if word not in known.before_values:
        return False
    line_start = text.rfind("\n", 0, closed.start()) + 1
    if not WORD.search(text, line_start, closed.start()):
        return True  # "Min. Gelar Sarjana …" opening an item: no sentence is one such word
    return _VALUE.match(after_word) is not None


def _append_trimmed(spans: list[Span], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    if not WORD.search(piece):
        return
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    spans.append(Span(offset + start + lead, offset + end - trail))
