"""Plain-text drafts (pasted from Word, e-mail or a blog) → headings, paragraphs and lists.

A line is a bullet when it starts with a list marker (``•``, ``-``, ``*``, ``–``, ``·``, ``1.``,
``2)``, a Word symbol-font glyph or a garbled bullet, see :mod:`jdlint.markers`) and a space,
or with a bullet glued to its text; when it starts with a number one after the numbered item
above it ("2 Melakukan"); or when it and the line next to it open with the same emoji ("✅").
A heading is short and ends in ``:``, is in capitals, or is exactly a known section name or a
general heading ("Job Description"); the first line is the title when it is short and is none
of these. Everything else is running text; consecutive lines
form one paragraph.

A long line that a scrape flattened (a whole posting run onto one line, its headings inside the
text: "... our customers. Responsibilities - Manage ... - Lead ... Requirements: ...") is read
as a recruiter would see it: a known section name that opens the line or a sentence, or stands
glued to the text before or after it, and ends in ":", runs into a capitalised word or comes
before an inline list marker, is a heading; under such a heading, the pieces that inline
markers ("•", three or more " - ", "1." "2.") or lost line breaks ("terkait.Memiliki",
"targetMemiliki") separate are list items. A line needs two such headings, or one over a list,
before it is read this way: prose that mentions "requirements" stays prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jdlint.content import decided_by_content, title_shaped
from jdlint.data import SectionMatcher, qualified_heading
from jdlint.document import Bullet, Heading, ItemList, Paragraph
from jdlint.markers import BULLET_LINE, INVISIBLE, SPACE, counts_items, marker_style
from jdlint.outline import (
    PSEUDO_HEADING_LEVEL,
    RawBlock,
    detail_line,
    heads_nested_list,
    looks_like_heading,
    word_count,
)
from jdlint.spans import Span
from jdlint.text import WORD

_NUMBER_ONLY = re.compile(
    rf"^(?P<indent>[ \t\u00a0{INVISIBLE}]*)(?P<marker>\d{{1,2}}){SPACE}+(?=[^\W\d_])"
)
"""A number with no "." before its text: the next item of a numbered list ("2 Melakukan …")."""
_EMOJI = "✅☑🔹🔸🔷🔶▶▸➡➜➔→⇒👉⭐★☆♦◇✦✧❯🟢🔵🔘📌"
_EMOJI_BULLET = re.compile(
    f"^(?P<indent>[ \\t\\u00a0{INVISIBLE}]*)(?P<marker>[{_EMOJI}]){SPACE}+(?=\\S)"
)
"""A line opening with a symbol or emoji that is a bullet only in a run of lines opening with
the same one ("✅ Jujur" / "✅ Teliti"); alone it decorates a heading ("⭐ Nilai Tambah")."""
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_MAX_TITLE_WORDS = 12
_FLATTENED_MIN_WORDS = 40
"""How long a line must be before it is searched for headings a scrape ran into the text: longer
than one list item may be."""
_MAX_INLINE_LABEL_WORDS = 6
_MAX_KEYWORD_LABEL_WORDS = 5
_MIN_ITEMS_BEFORE_RUN_ON = 3
_MIN_HEADED_PIECES = 2
"""Items or sentences after a lone section name run into a flattened line, for it to head them."""
_MIN_INLINE_ITEMS = 3
"""Inline markers that make a list after a section name (as _item_breaks asks of dashes)."""
_RUN_ON_FACTOR = 2
_INLINE_MARKER = re.compile(
    r"(?:(?<=\s)|(?<=[^\W\d_][.:;])|(?<=\)[.:;]))(?P<marker>[-*•·])[ \t\u00a0]*(?=[A-Z])"
)
"""A list marker inside a line, before a capital ("risks - Assisting", "organisasi.* Menyusun")."""
_INLINE_NUMBER = re.compile(r"(?<=[^\W\d_]|[.:;])(?P<marker>\d{1,2}[.)])[ \t\u00a0]+(?=[A-Z])")
"""A number closing a word or a sentence, before a capital ("Specialist1. Identifikasi")."""
_SPACED_NUMBER = re.compile(r"(?<=\s)(?P<marker>\d{1,2}[.)])[ \t\u00a0]+(?=[A-Z])")
"""A number after a space, before a capital ("Responsibilities 1. Using … 2. Deeply …"): an
item's number only in a run counting up from 1 (see :func:`_numbered_runs`)."""
_MIN_NUMBERED_RUN = 2
_LOST_BREAK = re.compile(
    r"(?<=[^\W\d_]{2}[.!?;:])(?=[A-Z][a-z0-9])|(?<=[^\W\d_]\)[.!?;])(?=[A-Z][a-z0-9])"
    r"|(?:(?<![^\W\d_])[a-z]{4,}|(?<=[^\W\d_]\.)[a-z]{2,})(?=[A-Z][a-z]{2})"
    r"|(?<=[a-z]{3}\))(?=[A-Z][a-z]{2})"
)
"""Where a scrape dropped a line break: a sentence end or a label's colon, a lower-case word (or
the end of a dotted name) or a closing bracket glued to a capitalised word ("terkait.Memiliki",
"Teknis:Pemahaman", "targetMemiliki", "Vue.jsPernah", "disukai)Mampu")."""
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|(?<=[a-z])(?=[A-Z][a-z])")
"""Where a section name may start inside a piece: a sentence, or a capitalised word glued to the
word before it ("YogyakartaKualifikasiMemiliki")."""
_BEFORE_CAPITAL = re.compile(r"[a-z.!?;:)][A-Z]")
"""What every lost line break (``_LOST_BREAK``) stands between: a quick test before the slower
search."""
_LABEL_COLON = re.compile(r"(?P<label>[^\W\d_][^:：.!?\n]{0,60}?)[ \t]*[:：]")
_JOINED_WORDS = re.compile(r"[^\W\d_]_[^\W\d_]")
"""Two words joined by "_", as in an exported value ("FULL_TIME", "ON_SITE")."""
_CAPITALISED_WORD = re.compile(r"(?<!\S)[A-Z]")
_CAPITAL_AFTER_WORD = re.compile(r"(?<=[a-z] )[A-Z]")
"""A capitalised word right after a lower-case word and a space."""
_WORD_AFTER_SPACE = re.compile(r"(?<=[^\W\d_][ \t])[^\W\d_]")
"""The first letter of a word after a word and a space."""
_JOINED_NAME = re.compile(r"(?P<name>.+?)\s+(?P<joint>\S+)\s+")
"""A section name and the word after it ("Education and ", "Tugas dan ")."""
_COLON = re.compile(r"[:：](?=\s|[A-Z])")
_TRAILING_LABEL = re.compile(r"(?<=[a-z] )(?:[A-Z][\w'’&]*[ \t]+){0,5}[A-Z][\w'’]*[ \t]*$")
"""Capitalised words after a lower-case word, where a section name runs in before an inline list
or a colon ("… enterprise risks What You Must Have - Currently pursuing …")."""
_GLUED_LABEL = re.compile(
    r"(?P<label>[A-Z][^\W\d_&/ ]*?(?:[ \t]+[^\W\d_&/]+){0,5}?)(?<=[a-z])(?=[A-Z])"
)
"""A section name glued to the capitalised word after it ("Job DescriptionMenulis")."""


_MAX_QUALIFIED_HEADING_WORDS = 12
"""The longest line that is a heading for naming a section with the role or the employer after
it ("Your qualities and skills as a Software Development Intern")."""


def parse_text(text: str, matcher: SectionMatcher) -> list[RawBlock]:
    """Parse a plain-text draft into blocks with exact spans."""
    return _TextParser(text, matcher).parse()


def in_capitals(line: str) -> bool:
    """A short line of words in capitals with no digits ("BENEFITS", "KUALIFIKASI"), not a value
    an applicant-tracking system exports with its words joined by "_" ("FULL_TIME")."""
    letters = [char for char in line if char.isalpha()]
    return (
        len(letters) >= 3
        and _JOINED_WORDS.search(line) is None
        and all(char.isupper() for char in letters)
        and not any(char.isdigit() for char in line)
        and not line.endswith((".", ",", ";"))
        and 0 < word_count(line) <= 8
    )


def _emoji_runs(lines: list[str]) -> set[int]:
    """The lines that open with the same symbol or emoji as the line above or below them."""
    markers = [_EMOJI_BULLET.match(line) for line in lines]
    found: set[int] = set()
    for index in range(len(lines) - 1):
        this, below = markers[index], markers[index + 1]
        if this is not None and below is not None and this["marker"] == below["marker"]:
            found.update((index, index + 1))
    return found


def _group_heads(lines: list[str]) -> set[int]:
    """The numbered or lettered lines that head a group of items: "1. Finance Support" over
    "· Review …" lines (two or more), or "a. Model Development" over one "-" line, when it
    reads as a heading; so does a lettered title over a line that lost its marker ("c. Data
    Analysis and Insights" over "Work along with …") when the lettered line before it heads a
    group too (else it is the last item of a lettered list: "c. Power BI")."""
    found: set[int] = set()
    lettered_heads = False  # whether the last lettered line headed a group
    for index in range(len(lines) - 1):
        number = BULLET_LINE.match(lines[index])
        if number is None or not number["marker"] or not counts_items(number["marker"]):
            continue
        lettered = marker_style(number["marker"])[0] == "a"
        needed = 1 if lettered else 2
        under = [BULLET_LINE.match(line) for line in lines[index + 1 : index + 1 + needed]]
        heads = len(under) == needed and all(
            match is not None and not counts_items(match[0].strip()) for match in under
        )
        if lettered and not heads and lettered_heads and under[0] is None:
            heads = bool(lines[index + 1].strip()) and title_shaped(lines[index][number.end() :])
        if heads:
            found.add(index)
        if lettered:
            lettered_heads = heads
    return found


def _item_breaks(line: str) -> dict[int, Span | None]:
    """Where the items of a flattened list start in *line*, each with the span of its marker
    (``None`` where a line break was lost and no marker is left)."""
    breaks: dict[int, Span | None] = {}
    if _BEFORE_CAPITAL.search(line) is not None:  # what every lost break has
        breaks = {match.end(): None for match in _LOST_BREAK.finditer(line)}
    markers = list(_INLINE_MARKER.finditer(line))
    dashes = [match for match in markers if match["marker"] != "•"]
    for match in markers:
        if match["marker"] == "•" or len(dashes) >= 3:
            breaks[match.start()] = Span(match.start(), match.start() + 1)
    numbers = list(_INLINE_NUMBER.finditer(line))
    if len(numbers) < 2 or numbers[0]["marker"][:-1] != "1":
        numbers = []
    for match in [*numbers, *_numbered_runs(_SPACED_NUMBER.finditer(line))]:
        breaks[match.start()] = Span(match.start(), match.end("marker"))
    return breaks


def _numbered_runs(matches: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """The numbers of *matches* that count up from 1 in runs of two or more ("1. … 2. … 3. …",
    then "1. … 2. …" of the next list); a number out of turn ("version 2. The …") is none."""
    found: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for match in matches:
        number = int(match["marker"][:-1])
        if number == 1:
            if len(run) >= _MIN_NUMBERED_RUN:
                found.extend(run)
            run = [match]
        elif run and number == len(run) + 1:
            run.append(match)
    if len(run) >= _MIN_NUMBERED_RUN:
        found.extend(run)
    return found


def _split_off_run_on(blocks: list[RawBlock]) -> None:
    """The last item of a flattened list that runs on far past the others ("- Observing …
    analytics Travel Requirements Up to 80% … The salary range …") holds the rest of the
    posting: it is text, not an item."""
    last = blocks[-1]
    if not isinstance(last, ItemList) or len(last.bullets) < _MIN_ITEMS_BEFORE_RUN_ON:
        return
    *items, final = last.bullets
    if word_count(final.text) > _RUN_ON_FACTOR * max(word_count(item.text) for item in items):
        last.bullets.pop()
        blocks.append(Paragraph(final.span, final.text))


def flattened_blocks(text: str, line: Span, matcher: SectionMatcher) -> list[RawBlock]:
    """The blocks of a long *line* a scrape flattened, or of a section name run into its inline
    list ("Kualifikasi: * Pria * Usia maks. 35 tahun * …"); none when it reads as one paragraph."""
    too_short = line.end - line.start < 2 * _FLATTENED_MIN_WORDS - 1  # a letter and a space each
    if (
        too_short or word_count(text[line.start : line.end]) < _FLATTENED_MIN_WORDS
    ) and not labelled_inline_list(text[line.start : line.end], matcher):
        return []
    return _FlattenedLine(text, line, matcher).blocks()


def labelled_inline_list(line: str, matcher: SectionMatcher) -> bool:
    """Whether *line* opens with a section name and a colon, and its list markers follow."""
    label = _LABEL_COLON.match(line)
    if label is None or matcher.match(label["label"]) is None:
        return False
    return len(_INLINE_MARKER.findall(line, label.end())) >= _MIN_INLINE_ITEMS


class _FlattenedLine:
    """A long line read for the headings and list items a scrape ran into it (positions are
    relative to the line; blocks get spans in the whole text)."""

    def __init__(self, text: str, span: Span, matcher: SectionMatcher) -> None:
        self.text = text
        self.offset = span.start
        self.line = text[span.start : span.end]
        self.matcher = matcher
        self.breaks = _item_breaks(self.line)
        self.cuts = sorted(self.breaks)

    def blocks(self) -> list[RawBlock]:
        """The line's blocks, or none when it does not read as a flattened posting."""
        headings = self._headings()
        if not headings or (len(headings) == 1 and not self._heads_several(headings[0][1])):
            return []
        blocks: list[RawBlock] = []
        self._append_text(blocks, 0, headings[0][0], items=False)
        for index, (start, end) in enumerate(headings):
            span = self._span(start, end)
            blocks.append(Heading(span, self.text[span.start : span.end], PSEUDO_HEADING_LEVEL))
            following = headings[index + 1][0] if index + 1 < len(headings) else len(self.line)
            self._append_text(blocks, end, following, items=True)
        return blocks

    def _heads_several(self, end: int) -> bool:
        """Whether two or more items or sentences follow a lone section name ending at
        *end*: then it heads them; a name in one sentence of prose does not."""
        items = sum(1 for cut in self.cuts if cut > end)
        sentences = sum(1 for _ in _SENTENCE_START.finditer(self.line, end))
        return max(items, sentences) >= _MIN_HEADED_PIECES

    def _headings(self) -> list[tuple[int, int]]:
        """Where the section names run into the line start and end."""
        starts = {0}
        starts.update(match.end() for match in _SENTENCE_START.finditer(self.line))
        for position, marker in self.breaks.items():
            after = position if marker is None else marker.end
            starts.add(after + len(self.line[after:]) - len(self.line[after:].lstrip()))
        for position, marker in self.breaks.items():
            if marker is not None:
                starts.update(self._trailing_label(position))
        for colon in _COLON.finditer(self.line):  # "… Clear written English Benefits: • …"
            starts.update(self._trailing_label(colon.start()))
        found: list[tuple[int, int]] = []
        section: str | None = None
        for start in sorted(starts):
            end = self._heading_end(start) if not found or start >= found[-1][1] else None
            while end is not None:  # "PenempatanYogyakartaKualifikasiMemiliki": one more?
                label = self.line[start:end]
                named = self.matcher.match(label)
                # "Tunjangan makan" under "Benefit" is one of its items; "Preferred
                # Qualifications" after "Minimum Qualifications" is the next part
                if named == section and not self.matcher.is_listed_part(label):
                    break
                found.append((start, end))
                section = named
                start = end
                end = self._heading_end(start)
        return found

    def _trailing_label(self, marker: int) -> list[int]:
        """Where a section name starts that ends the text before *marker* (an inline list
        marker or a colon)."""
        run = _TRAILING_LABEL.search(self.line, max(0, marker - 80), marker)
        if run is not None:
            for word in re.finditer(r"\S+", run.group()):
                if self._names_section(run.group()[word.start() :], exactly=True):
                    return [run.start() + word.start()]
        # a name in sentence case run in after the last item's lost full stop ("… blameless
        # postmortems What we need to see: …")
        for word in _CAPITAL_AFTER_WORD.finditer(self.line, max(0, marker - 60), marker):
            if self._names_section(self.line[word.start() : marker], exactly=True):
                return [word.start()]
        return []

    def _heading_end(self, start: int) -> int | None:
        """The end of a section name that opens the piece of the line at *start*, if any."""
        cut = next((cut for cut in self.cuts if cut > start), len(self.line))
        piece = self.line[start:cut]
        colon = _LABEL_COLON.match(piece)
        if colon is not None and self._opens_with_name(colon["label"]):
            return start + colon.end()
        whole = piece.rstrip()
        if not whole.endswith((".", ",", ";")) and self._opens_with_name(whole.rstrip(":：")):
            return start + len(whole)
        glued = _GLUED_LABEL.match(piece)
        if glued is not None and self._names_section(glued["label"], exactly=True):
            return start + glued.end()
        # after a sentence only: a line may open with a name that is no heading ("Our
        # Mission Software & Services business provides …")
        spaced = self._spaced_name_end(piece) if start > 0 else None
        return None if spaced is None else start + spaced

    def _spaced_name_end(self, piece: str) -> int | None:
        """The end of the longest listed section name that opens *piece* and runs into the
        capitalised first word of its text ("… sesuai pengalaman. Key Responsibilities
        Mengelola proses …")."""
        ends = [word.start() for word in _WORD_AFTER_SPACE.finditer(piece, 0, 80)]
        for end in reversed(ends):
            label = piece[:end].rstrip()
            if piece[end].isupper() and self.matcher.names_exactly(label):
                return end
        return None

    def _opens_with_name(self, label: str) -> bool:
        """Whether *label* is a section name, not an item whose last capitalised words are one
        ("Clear written English Benefits": the name starts at "Benefits"); two names joined
        ("Education and Experience") are one, and so is a listed name holding another
        ("Minimum Qualifications")."""
        if self.matcher.names_exactly(label):
            return word_count(label) <= _MAX_INLINE_LABEL_WORDS
        return self._names_section(label, exactly=False) and not any(
            self._names_section(label[word.start() :], exactly=True)
            and not self._joins_names(label[: word.start()])
            for word in _CAPITALISED_WORD.finditer(label)
            if word.start() > 0
        )

    def _joins_names(self, before: str) -> bool:
        """Whether *before* is a section name and a word joining it to the next: "&" or a word
        in lower case among the capitalised words of a heading ("Education and ", "Tugas dan "),
        unlike an item's last capitalised word ("Clear written English ")."""
        joined = _JOINED_NAME.fullmatch(before)
        return (
            joined is not None
            and (joined["joint"] == "&" or joined["joint"].islower())
            and self._names_section(joined["name"], exactly=False)
        )

    def _names_section(self, label: str, exactly: bool) -> bool:
        """Whether *label* is a section name in a few words: one listed in sections.yaml, or,
        unless *exactly*, one holding a section's keyword ("Kualifikasi Sales Executive")."""
        if not 0 < word_count(label) <= _MAX_INLINE_LABEL_WORDS:
            return False
        if self.matcher.is_general(label) or self.matcher.names_exactly(label):
            return True
        return (
            not exactly
            and word_count(label) <= _MAX_KEYWORD_LABEL_WORDS
            and self.matcher.match(label, strict=True) is not None
        )

    def _append_text(self, blocks: list[RawBlock], start: int, end: int, items: bool) -> None:
        """The text from *start* to *end*: list items where the line breaks between them were
        lost (under a heading), else one paragraph."""
        cuts = [cut for cut in self.cuts if start <= cut < end] if items else []
        if not cuts:
            span = self._span(start, end)
            if WORD.search(self.text, span.start, span.end):
                blocks.append(Paragraph(span, self.text[span.start : span.end]))
            return
        item_list = ItemList()
        for piece_start, piece_end in zip([start, *cuts], [*cuts, end], strict=True):
            marker = self.breaks.get(piece_start) if piece_start in cuts else None
            span = self._span(piece_start if marker is None else marker.end, piece_end)
            if not WORD.search(self.text, span.start, span.end):
                continue
            if marker is None:
                sign, marker_span = "", Span(span.start, span.start)
            else:
                sign = self.line[marker.start : marker.end]
                marker_span = self._span(marker.start, marker.end)
                sign = marker_style(sign)
            content = self.text[span.start : span.end]
            bullet = Bullet(span, content, sign, marker_span, 0)
            bullet.subheading = content.endswith((":", "：")) and word_count(content) <= 8
            if bullet.subheading or (item_list.bullets and item_list.bullets[-1].subheading):
                item_list = ItemList()  # "1. Penilaian Risiko:" over its "* …" items
            if not item_list.bullets:
                item_list.ordered = counts_items(sign)
                blocks.append(item_list)
            item_list.bullets.append(bullet)
        _split_off_run_on(blocks)

    def _span(self, start: int, end: int) -> Span:
        """The span of the line from *start* to *end*, in the whole text, without white space."""
        return Span(self.offset + start, self.offset + end).trimmed(self.text)


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
            if not isinstance(block, Heading) or block.level == 1 or not in_capitals(block.text):
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
            bullet = _EMOJI_BULLET.match(line)
        if bullet is None:
            self.last_number = 0
            flattened = flattened_blocks(self.text, span, self.matcher)
            if flattened:
                self._close_paragraph()
                self.lists.clear()
                self.last_bullet = None
                self.blocks.extend(flattened)
                return
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
        if not words or stripped.endswith((".", ",", ";")) or detail_line(stripped):
            return False
        if (
            words <= 6 or (words <= _MAX_QUALIFIED_HEADING_WORDS and qualified_heading(stripped))
        ) and self.matcher.match(stripped, strict=True) is not None:
            return True
        if words > 8:
            return False
        if self._general(stripped):
            return True
        return in_capitals(stripped)

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
            normalised = marker_style(marker)
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
            item_list = ItemList(ordered=counts_items(marker))
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
