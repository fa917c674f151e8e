"""Facts about a document that several rules and the scores share, computed once and cached."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any, NamedTuple, TypeVar

from jdlint.content import title_shaped
from jdlint.document import Document, ItemList, Paragraph
from jdlint.markers import GARBLED_MARKER
from jdlint.outline import detail_line
from jdlint.readability import Readability, combined, readability
from jdlint.spans import Span
from jdlint.text import WORD, sentence_spans
from jdlint.word_index import WordIndex

_NOT_TEXT = re.compile(
    r"\]\([^)\n]*\)"  # Markdown link targets
    r"|https?://\S+|www\.\S+"  # bare addresses
    r"|\{\{.*?\}\}|\{%.*?%\}"  # template tags
    r"|<[^>\n]+>"  # HTML tags
    r"|Â(?=[\xa0 ])",  # a garbled no-break space ("Â" before it)
)
_RUN_IN_LABEL = re.compile(r"(?P<label>[^\W\d_][^:.;!?\n]{0,60}?)[ \t]*:[ \t]+(?=\S)")
"""A label run into the start of a line of text ("Stock Control: Count …")."""
_FOLDED_WORD = re.compile(r"\w+")
"""A word as the prefilter index reads it (:class:`~jdlint.word_index.WordIndex`)."""
_DOTTED = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:\.[^\W\d_]{1,3})+\.?(?![^\W\d_])")
"""An abbreviation or name with inner full stops, one word to a reader: "Ph.D.", "e.g.",
"S.Kom.", "Vue.js"."""
_DOT_LETTER = re.compile(r"\.[^\W\d_]")
"""A full stop before a letter: what every dotted word holds, found much faster."""


T = TypeVar("T")


class Unit(NamedTuple):
    """A sentence unit: a sentence of running text, a bullet, a heading or a ``Key: value`` line."""

    span: Span
    words: tuple[str, ...]
    kind: str
    section: str | None
    block: int
    """Start offset of the heading, paragraph line or bullet the unit comes from."""
    language: str
    """The language of the block the unit comes from."""


def _lines(paragraph: Paragraph) -> list[Span]:
    """The span of each line of *paragraph*."""
    spans = []
    offset = paragraph.span.start
    for line in paragraph.text.split("\n"):
        spans.append(Span(offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def countable_words(text: str) -> list[str]:
    """The words of *text* that readers read (no link targets, addresses, tags); "Ph.D." is
    one word."""
    text = _NOT_TEXT.sub(" ", text)
    if _DOT_LETTER.search(text) is not None:
        text = _DOTTED.sub(lambda match: match.group().replace(".", ""), text)
    return WORD.findall(text)


class Analysis:
    """Lazily computed sentence units, word counts and text areas of one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._memo: dict[tuple[Any, ...], Any] = {}

    def remember(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """*compute*'s result, worked out once per draft for *key* (results that several
        rules, or a rule and a score, share)."""
        if key not in self._memo:
            self._memo[key] = compute()
        result: T = self._memo[key]
        return result

    @cached_property
    def units(self) -> list[Unit]:
        """Every sentence unit in document order."""
        text = self.document.text
        default = self.document.language
        units: list[Unit] = []
        for section in self.document.sections:
            name = section.canonical
            if section.heading is not None:
                language = section.language or default
                units.extend(self._units(section.heading.span, "heading", name, language))
            for block in section.blocks:
                language = block.language or section.language or default
                if isinstance(block, Paragraph):
                    for segment, kind in self._segments(block):
                        units.extend(self._units(segment, kind, name, language))
                else:
                    for bullet in block.bullets:
                        units.extend(self._units(bullet.span, "bullet", name, language))
        return [unit for unit in units if unit.words and text]

    def _segments(self, paragraph: Paragraph) -> list[tuple[Span, str]]:
        """Split a paragraph into lines (plain text) or runs of lines (Markdown soft wraps)."""
        segments: list[tuple[Span, str]] = []
        run: Span | None = None
        for span in _lines(paragraph):
            line = self.document.text[span.start : span.end]
            if detail_line(line):
                if run is not None:
                    segments.append((run, "sentence"))
                    run = None
                segments.append((span, "detail"))
            elif self.document.format != "markdown":
                segments.append((span, "sentence"))
            else:
                run = span if run is None else Span(run.start, span.end)
        if run is not None:
            segments.append((run, "sentence"))
        return segments

    def _units(self, span: Span, kind: str, section: str | None, language: str) -> list[Unit]:
        text = self.document.text[span.start : span.end]
        if kind in ("heading", "detail"):
            return [Unit(span, tuple(countable_words(text)), kind, section, span.start, language)]
        label = _RUN_IN_LABEL.match(text) if kind == "sentence" else None
        if label is not None and title_shaped(label["label"]) and text[label.end()].isupper():
            # "Warehouse Upkeep and Safety: Keep the aisles …": the label heads the sentence
            head = Span(span.start, span.start + label.end("label"))
            rest = Span(span.start + label.end(), span.end)
            return [
                *self._units(head, "heading", section, language),
                *self._units(rest, kind, section, language),
            ]
        return [
            Unit(
                piece,
                tuple(countable_words(self.document.text[piece.start : piece.end])),
                kind,
                section,
                span.start,
                language,
            )
            for piece in sentence_spans(text, span.start)
        ]

    @cached_property
    def word_index(self) -> WordIndex:
        """The draft's case-folded words, for quick tests of whether a pattern can match."""
        return WordIndex(self.document.text)

    @cached_property
    def words(self) -> list[str]:
        """Every countable word of the draft's text (front matter and markup excluded)."""
        return [word for unit in self.units for word in unit.words]

    @cached_property
    def language_words(self) -> dict[str, int]:
        """How many countable words each language of the draft has, most first."""
        counts: dict[str, int] = {}
        for unit in self.units:
            counts[unit.language] = counts.get(unit.language, 0) + len(unit.words)
        ordered = sorted(counts.items(), key=lambda item: -item[1])
        return {language: count for language, count in ordered if count}

    @cached_property
    def readability(self) -> Readability:
        """Readability of the draft, every sentence unit counted as a sentence; a draft in two
        languages is scored per language, and the scores combined by word count."""
        languages = self.language_words
        if len(languages) <= 1:
            return readability(self.words, len(self.units), self.document.language)
        parts = []
        for language in languages:
            units = [unit for unit in self.units if unit.language == language]
            words = [word for unit in units for word in unit.words]
            parts.append(readability(words, len(units), language))
        return combined(parts)

    def language_at(self, offset: int) -> str:
        """The language of the block that holds *offset* (the draft's, outside every block)."""
        starts, languages = self._language_starts
        index = bisect_right(starts, offset) - 1
        return languages[index] if index >= 0 else self.document.language

    @cached_property
    def _language_starts(self) -> tuple[list[int], list[str]]:
        spans: list[tuple[int, str]] = []
        document = self.document
        for section in document.sections:
            if section.heading is not None:
                spans.append((section.heading.span.start, section.language or document.language))
            for block in section.blocks:
                language = block.language or section.language or document.language
                if isinstance(block, Paragraph):
                    spans.append((block.span.start, language))
                elif block.bullets:
                    spans.append((block.bullets[0].marker_span.start, language))
        spans.sort()
        return [start for start, _ in spans], [language for _, language in spans]

    @property
    def word_count(self) -> int:
        """Number of countable words."""
        return len(self.words)

    @cached_property
    def text_spans(self) -> list[tuple[Span, str | None]]:
        """The spans of text a reader sees (headings, paragraphs, bullets, front matter values),
        each with its section's canonical name; patterns and term lists search these."""
        spans: list[tuple[Span, str | None]] = []
        document = self.document
        if document.front_matter_span is not None:
            spans.append((document.front_matter_span, None))
        for section in document.sections:
            if section.heading is not None:
                spans.append((section.heading.span, section.canonical))
            for block in section.blocks:
                if isinstance(block, ItemList):
                    spans.extend((bullet.span, section.canonical) for bullet in block.bullets)
                    spans.extend(  # a garbled marker ("â€¢") is text a reader sees too
                        (bullet.marker_span, section.canonical)
                        for bullet in block.bullets
                        if GARBLED_MARKER.match(bullet.marker)
                    )
                elif document.format == "markdown":
                    spans.append((block.span, section.canonical))
                else:  # outside Markdown a line break ends the text ("Usia maks. 35 Tahun")
                    spans.extend((line, section.canonical) for line in _lines(block))
        return spans

    @cached_property
    def _spans_by_word(self) -> dict[str, list[int]]:
        """For each case-folded word, the text spans (by position in start order) holding it."""
        found: dict[str, list[int]] = {}
        text = self.document.text
        for position, (span, _) in enumerate(self._span_starts[1]):
            for word in set(_FOLDED_WORD.findall(text[span.start : span.end].casefold())):
                found.setdefault(word, []).append(position)
        return found

    def ranges_with_words(self, words: Iterable[str]) -> list[tuple[int, int]]:
        """The stretches of the draft covering every text span that holds one of *words*,
        in order, overlapping spans merged."""
        ordered = self._span_starts[1]
        positions = sorted({p for word in words for p in self._spans_by_word.get(word, ())})
        ranges: list[tuple[int, int]] = []
        for position in positions:
            span = ordered[position][0]
            if ranges and span.start <= ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], span.end))
            else:
                ranges.append((span.start, span.end))
        return ranges

    @cached_property
    def _span_starts(self) -> tuple[list[int], list[tuple[Span, str | None]]]:
        ordered = sorted(self.text_spans, key=lambda item: item[0].start)
        return [span.start for span, _ in ordered], ordered

    def text_span_holding(self, start: int, end: int) -> tuple[Span, str | None] | None:
        """The text span (with its section) that wholly contains ``[start, end)``, if any."""
        starts, ordered = self._span_starts
        index = bisect_right(starts, start) - 1
        if index >= 0 and end <= ordered[index][0].end:
            return ordered[index]
        return None
