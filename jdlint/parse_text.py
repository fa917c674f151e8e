"""Plain-text drafts (pasted from Word, e-mail or a blog) → headings, paragraphs and lists.

A line is a bullet when it starts with a list marker (``•``, ``-``, ``*``, ``–``, ``·``, ``1.``,
``2)``, a Word symbol-font glyph or a garbled bullet, see :mod:`jdlint.markers`) and a space,
or with a bullet glued to its text; when it starts with a number one after the numbered item
above it ("2 Melakukan"); or when it and the line next to it open with the same emoji ("✅").
A heading is short and ends in ``:``, is in capitals, or is exactly a known section name or a
general heading ("Job Description"); the first line is the title when it is short and is none
of these. Everything else is running text; consecutive lines
form one paragraph.
"""

from __future__ import annotations

import re

from jdlint.content import decided_by_content
from jdlint.data import SectionMatcher
from jdlint.document import Bullet, Heading, ItemList, Paragraph
from jdlint.markers import BULLET_SYMBOL, EMOJI_BULLET, INVISIBLE, MARKER, SPACE
from jdlint.outline import (
    PSEUDO_HEADING_LEVEL,
    RawBlock,
    detail_line,
    heads_nested_list,
    looks_like_heading,
    word_count,
)
from jdlint.spans import Span

BULLET_LINE = re.compile(
    rf"^(?P<indent>[ \t\u00a0{INVISIBLE}]*)(?:"
    rf"(?P<marker>{MARKER}){SPACE}+(?=\S)"
    # a bullet character glued to its item ("•Melayani", "*Jujur", "-Pencatatan")
    rf"|(?P<glued>(?!·){BULLET_SYMBOL}|[-*](?=[^\W\d_]))(?=[^\s\d]))"
)
"""A line that starts with a list marker (its groups: ``indent``, then ``marker`` or ``glued``)."""
_NUMBER_ONLY = re.compile(
    rf"^(?P<indent>[ \t\u00a0{INVISIBLE}]*)(?P<marker>\d{{1,2}}){SPACE}+(?=[^\W\d_])"
)
"""A number with no "." before its text: the next item of a numbered list ("2 Melakukan …")."""
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_MAX_TITLE_WORDS = 12


def parse_text(text: str, matcher: SectionMatcher) -> list[RawBlock]:
    """Parse a plain-text draft into blocks with exact spans."""
    return _TextParser(text, matcher).parse()


def _in_capitals(line: str) -> bool:
    """A short line of words in capitals with no digits ("BENEFITS", "KUALIFIKASI")."""
    letters = [char for char in line if char.isalpha()]
    return (
        len(letters) >= 3
        and all(char.isupper() for char in letters)
        and not any(char.isdigit() for char in line)
        and not line.endswith((".", ",", ";"))
        and 0 < word_count(line) <= 8
    )


def _emoji_runs(lines: list[str]) -> set[int]:
    """The lines that open with the same symbol or emoji as the line above or below them."""
    markers = [EMOJI_BULLET.match(line) for line in lines]
    found: set[int] = set()
    for index in range(len(lines) - 1):
        this, below = markers[index], markers[index + 1]
        if this is not None and below is not None and this["marker"] == below["marker"]:
            found.update((index, index + 1))
    return found


def _group_heads(lines: list[str]) -> set[int]:
    """The numbered lines with two or more bulleted lines right under them: "1. Finance
    Support" over "· Review …" lines heads a group of items, when it reads as a heading."""
    found: set[int] = set()
    for index in range(len(lines) - 2):
        number = BULLET_LINE.match(lines[index])
        if number is None or not number["marker"] or not number["marker"][0].isdigit():
            continue
        under = [BULLET_LINE.match(line) for line in lines[index + 1 : index + 3]]
        if all(match is not None and not match[0].strip()[0].isdigit() for match in under):
            found.add(index)
    return found


def _indent_width(indent: str) -> int:
    return len(_INVISIBLE.sub("", indent).expandtabs(4))


class _TextParser:
    def __init__(self, text: str, matcher: SectionMatcher) -> None:
        self.text = text
        self.matcher = matcher
        self.blocks: list[RawBlock] = []
        self.lists: list[tuple[int, ItemList]] = []
        self.paragraph: Span | None = None
        self.last_bullet: tuple[Bullet, int] | None = None
        self.last_number = 0
        """The number of the last numbered item, 0 when the last line was no numbered item."""
        self.group_heads: set[int] = set()
        self.line_number = 0
        self.seen_text = False

    def parse(self) -> list[RawBlock]:
        offset = 0
        lines = self.text.split("\n")
        runs = _emoji_runs(lines)
        self.group_heads = _group_heads(lines)
        for index, line in enumerate(lines):
            self.line_number = index
            self._line(line, offset, index in runs)
            offset += len(line) + 1
        self._close_paragraph()
        self._demote_stray_capitals()
        return self.blocks

    def _demote_stray_capitals(self) -> None:
        """A line in capitals with nothing under it ("BONUS BULANAN" at the end) is text."""
        for index, block in enumerate(self.blocks):
            if not isinstance(block, Heading) or block.level == 1 or not _in_capitals(block.text):
                continue
            following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
            if following is None or isinstance(following, Heading):
                self.blocks[index] = Paragraph(block.span, block.text)

    def _line(self, line: str, offset: int, emoji_run: bool = False) -> None:
        stripped = line.strip()
        if not stripped:
            self._close_paragraph()
            self.last_bullet = None
            return
        lead = len(line) - len(line.lstrip())
        span = Span(offset + lead, offset + len(line.rstrip()))
        first = not self.seen_text
        self.seen_text = True
        bullet = BULLET_LINE.match(line) or self._next_number(line)
        if bullet is None and emoji_run:
            bullet = EMOJI_BULLET.match(line)
        if bullet is None:
            self.last_number = 0
        if bullet is not None:
            self._bullet(line, offset, bullet)
        elif self._continues_bullet(line):
            self._extend_bullet(span)
        elif first and self._is_title(stripped):
            self._heading(span, level=1)
        elif self._is_heading(stripped):
            self._heading(span, level=PSEUDO_HEADING_LEVEL)
        else:
            self.lists.clear()
            self.last_bullet = None
            if self.paragraph is None:
                self.paragraph = span
            else:
                self.paragraph = Span(self.paragraph.start, span.end)

    def _next_number(self, line: str) -> re.Match[str] | None:
        """A line numbered one after the item above it, with no "." or ")": the list goes on."""
        number = _NUMBER_ONLY.match(line)
        if number is None or not self.last_number or self.last_bullet is None:
            return None
        return number if int(number["marker"]) == self.last_number + 1 else None

    def _is_title(self, stripped: str) -> bool:
        return (
            word_count(stripped) <= _MAX_TITLE_WORDS
            and not _SENTENCE_INSIDE.search(stripped)
            and ":" not in stripped
            and self.matcher.match(stripped) is None
            and not self._general(stripped)
        )

    def _general(self, stripped: str) -> bool:
        """Whether a line is a heading that names no particular section ("Job Description",
        "Detail Lowongan"): a heading, never the title."""
        return self.matcher.is_general(stripped) or decided_by_content(stripped)

    def _is_heading(self, stripped: str) -> bool:
        if looks_like_heading(stripped):
            return True
        words = word_count(stripped)
        if not 0 < words <= 8 or stripped.endswith((".", ",", ";")) or detail_line(stripped):
            return False
        if self.matcher.match(stripped, strict=True) is not None and words <= 6:
            return True
        if self._general(stripped):
            return True
        return _in_capitals(stripped)

    def _heading(self, span: Span, level: int) -> None:
        self._close_paragraph()
        self.lists.clear()
        self.last_bullet = None
        self.blocks.append(Heading(span, self.text[span.start : span.end], level))

    def _bullet(self, line: str, offset: int, match: re.Match[str]) -> None:
        self._close_paragraph()
        indent = _indent_width(match.group("indent"))
        name = "marker" if match.group("marker") else "glued"
        marker = match.group(name)
        marker_start = offset + match.start(name)
        content_start = offset + match.end()
        content_end = offset + len(line.rstrip())
        content = self.text[content_start:content_end]
        if marker.isdigit():  # "2 Melakukan" under "1. Menerjemahkan": numbered like the list
            assert self.last_bullet is not None
            normalised = self.last_bullet[0].marker
        else:
            normalised = f"1{marker[-1]}" if marker[0].isdigit() else marker
        self.last_number = int(re.sub(r"\D", "", marker) or 0) if marker[0].isdigit() else 0
        bullet = Bullet(
            span=Span(content_start, content_end),
            text=content,
            marker=normalised,
            marker_span=Span(marker_start, marker_start + len(marker)),
            depth=0,
        )
        heads_group = self.line_number in self.group_heads and heads_nested_list(content)
        if heads_group and self.lists:  # " 2. Finance" indented by a stray space: same level
            indent = min(indent, self.lists[-1][0])
        while self.lists and self.lists[-1][0] > indent:
            self.lists.pop()
        subheading = heads_group or (
            content.rstrip().endswith((":", "：")) and word_count(content) <= 8
        )
        if self.lists and self.lists[-1][0] < indent and self.lists[-1][1].bullets:
            parent = self.lists[-1][1].bullets[-1]
            parent.subheading = parent.subheading or heads_nested_list(parent.text)
        if subheading or not self.lists or self.lists[-1][0] < indent:
            if subheading and self.lists and self.lists[-1][0] == indent:
                self.lists.pop()
            item_list = ItemList(ordered=marker[0].isdigit())
            self.blocks.append(item_list)
            self.lists.append((indent, item_list))
        bullet.depth = len(self.lists) - 1
        bullet.subheading = subheading
        self.lists[-1][1].bullets.append(bullet)
        if subheading:
            self.lists.pop()
        self.last_bullet = (bullet, indent)

    def _continues_bullet(self, line: str) -> bool:
        if self.last_bullet is None:
            return False
        lead = _indent_width(line[: len(line) - len(line.lstrip())])
        return lead > self.last_bullet[1] and not self._is_heading(line.strip())

    def _extend_bullet(self, span: Span) -> None:
        assert self.last_bullet is not None
        bullet = self.last_bullet[0]
        bullet.span = Span(bullet.span.start, span.end)
        bullet.text = self.text[bullet.span.start : bullet.span.end]

    def _close_paragraph(self) -> None:
        if self.paragraph is not None:
            span = self.paragraph
            self.blocks.append(Paragraph(span, self.text[span.start : span.end]))
            self.paragraph = None
