"""HTML bodies (ATS exports, job-board pages) → the reader's view and blocks with exact spans.

The *reader's view* is a text exactly as long as the source: every tag, comment and script is
blanked (a block-level tag starts a new line), and every character reference is its character
followed by spaces ("&amp;" → "&" and four spaces); a built page's navigation (``nav``, and
the ``footer`` and ``aside`` outside its ``main`` or ``article``) is blanked like a script. A
span of the view is therefore the same span of the source, and a diagnostic found in the view
points at the source as written.

Blocks come from the parse: ``h1``–``h6`` are headings; ``ul``/``ol``/``li`` are lists and
bullets (a nested list is an ``ItemList`` of its own); ``p``, ``div`` and text outside any
block are read line by line (lines end at ``br``, and, outside any block, at line ends): a line
that is one ``strong``/``b`` element or ends in ":" is a heading-like line, a line that starts
with a bullet character or a number is a bullet, anything else is running text. Every visible
text ends up in some block.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from html.entities import html5
from html.parser import HTMLParser

from jdlint.content import names_position
from jdlint.data import section_matcher
from jdlint.document import Bullet, Heading, ItemList, Paragraph
from jdlint.markers import BULLET_SYMBOL, INVISIBLE, MARKER, SPACE, counts_items, marker_style
from jdlint.outline import (
    PSEUDO_HEADING_LEVEL,
    RawBlock,
    bold_sentence,
    continues_sentence,
    detail_line,
    heads_nested_list,
    looks_like_heading,
    word_count,
)
from jdlint.parse_text import flattened_blocks, in_capitals
from jdlint.spans import LineIndex, Span

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "title": 1}
_HEADING_TAGS = frozenset(_HEADINGS) - {"title"}
_LISTS = frozenset({"ul", "ol"})
_BOXES = frozenset(
    {
        *_HEADINGS,
        *_LISTS,
        "p",
        "div",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "address",
        "details",
        "summary",
        "form",
        "fieldset",
    }
)
"""Elements that hold a block of their own: their text is never part of the text around them."""
_BLOCK_TAGS = _BOXES | {"br", "hr", "html", "head", "body"}
"""Tags a reader sees as a line break: they start a new line of the view."""
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_STRONG = frozenset({"strong", "b"})
_LIST_PARTS = frozenset({*_LISTS, "li"})
_CONTAINERS = frozenset({*_HEADINGS, *_LIST_PARTS})
"""Elements whose text is read as a whole: a heading, a bullet (text directly in a list is
read line by line, like a paragraph)."""
_MARKER = re.compile(
    rf"[{INVISIBLE}]*(?:(?P<symbol>{MARKER}){SPACE}+(?=\S)|(?P<glued>(?!·){BULLET_SYMBOL}|[-*](?=[^\W\d_]))(?=[^\s\d]))"
)
_ESCAPED_REFERENCE = re.compile(r"#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};")
_NOT_NEW_LINE = re.compile(r"[^\n]")
_ENDS_ITEM = (".", "!", "?", ";", ":")
_TYPED_MARKER = re.compile(rf"(?:\d{{1,2}}|[a-z])[.)]{SPACE}+(?=\S)")
"""A number or letter typed at the start of an item's text, though the list numbers it too."""
_MIN_MARKED_LINES = 2
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_MAX_TITLE_WORDS = 12
_MAX_SUBHEADING_WORDS = 6
_BLOCK_MARKUP = re.compile(
    r"</?(?:p|div|li|ul|ol|br|h[1-6]|table|tr|td|section|article)\b[^>\n]*>", re.IGNORECASE
)


@dataclass(frozen=True)
class HtmlReading:
    """An HTML body read: the text rules search (the view, or the source with its markup when
    asked to keep it) and the blocks found in it."""

    text: str
    blocks: list[RawBlock]


def holds_html(text: str) -> bool:
    """Whether *text* (a draft named as plain text) is mostly HTML block markup: at least
    three block tags, on lines that hold most of its characters."""
    if len(_BLOCK_MARKUP.findall(text, 0, len(text))) < 3:
        return False
    marked = total = 0
    for line in text.split("\n"):
        size = len(line.strip())
        total += size
        if size and _BLOCK_MARKUP.search(line):
            marked += size
    return marked * 2 >= total


def read_html(
    source: str,
    start: int = 0,
    end: int | None = None,
    keep_markup: bool = False,
    find_title: bool = True,
) -> HtmlReading:
    """Read ``source[start:end]`` as HTML; spans are offsets into *source*.

    The returned text is the reader's view of *source* (outside ``[start, end)`` it is the
    source itself), or with *keep_markup* the source: a plain-text or Markdown draft keeps its
    tags as written, and only its structure is read from them. With *find_title*, a short
    first line outside any element ("Senior Analyst<p>…") is the title.
    """
    end = len(source) if end is None else end
    events = _events(source, start, end)
    view = _view(source, events, start, end)
    text = source if keep_markup else source[:start] + view + source[end:]
    reader = _Reader(source, _Seen(view, start), text, find_title)
    for event in events:
        reader.take(event)
    return HtmlReading(text, reader.finish())


@dataclass(frozen=True)
class _Event:
    """One thing the HTML parser reported, with the span of the source it covers."""

    kind: str  # data, hidden, reference, start, end, markup
    span: Span
    tag: str = ""


class _Tokenizer(HTMLParser):
    """Records where each parse event starts; an event runs up to the start of the next."""

    def __init__(self, lines: LineIndex, offset: int) -> None:
        super().__init__(convert_charrefs=False)
        self._lines = lines
        self._offset = offset
        self.found: list[tuple[str, int, str, int]] = []  # kind, start, tag, data length

    def _here(self) -> int:
        line, column = self.getpos()
        return self._offset + self._lines.line_start(line) + column

    def _add(self, kind: str, tag: str = "", length: int = -1) -> None:
        self.found.append((kind, self._here(), tag, length))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add("start", tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add("start", tag)  # HTML ignores the "/" of "<div/>"; "<br/>" is a void tag

    def handle_endtag(self, tag: str) -> None:
        self._add("end", tag)

    def handle_data(self, data: str) -> None:
        self._add("hidden" if self.cdata_elem is not None else "data", length=len(data))

    def handle_entityref(self, name: str) -> None:
        self._add("reference")

    def handle_charref(self, name: str) -> None:
        self._add("reference")

    def handle_comment(self, data: str) -> None:
        self._add("markup")

    def handle_decl(self, decl: str) -> None:
        self._add("markup")

    def handle_pi(self, data: str) -> None:
        self._add("markup")

    def unknown_decl(self, data: str) -> None:
        self._add("markup")

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """A marked section ("<![CDATA[ … ]]>"); one with no name after "<![" (the standard
        library raises AssertionError on it) is left to :meth:`close`, which passes it on as
        text."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return -1


def _events(source: str, start: int, end: int) -> list[_Event]:
    """The parse events of ``source[start:end]`` in order, each with the span it covers.

    Data covers exactly its characters; a tag, comment or reference runs up to the next event,
    so markup the parser passes over without a word is blanked with it, never shown as text.
    """
    body = source[start:end]
    tokenizer = _Tokenizer(LineIndex(body), start)
    tokenizer.feed(body)
    tokenizer.close()
    found = tokenizer.found
    events = []
    for index, (kind, at, tag, length) in enumerate(found):
        following = found[index + 1][1] if index + 1 < len(found) else end
        stop = at + length if length >= 0 else following
        events.append(_Event(kind, Span(at, stop), tag))
        if stop < following:
            events.append(_Event("markup", Span(stop, following)))
    return _without_page_chrome(events)


_ALWAYS_HIDDEN = frozenset({"nav", "select", "textarea", "button"})
_CHROME = frozenset({*_ALWAYS_HIDDEN, "footer", "aside"})
_CONTENT = frozenset({"main", "article"})


def _without_page_chrome(events: list[_Event]) -> list[_Event]:
    """*events* with the text of a site's navigation and forms hidden: every ``nav``
    element and form control (a drop-down's options, a button's label), and, on a page that
    marks its content with ``main`` or ``article``, the ``footer`` and ``aside`` elements
    outside it (menus, footer links, a search box), which no reader takes for the posting. An
    element never closed hides nothing: no text is dropped on a guess."""
    marks_content = any(event.kind == "start" and event.tag in _CONTENT for event in events)
    chrome = _CHROME if marks_content else _ALWAYS_HIDDEN
    result = list(events)
    content_depth = 0
    index = 0
    while index < len(result):
        event = result[index]
        if event.tag in _CONTENT and event.kind in ("start", "end"):
            content_depth += 1 if event.kind == "start" else -1
        end = (
            _closing(result, index)
            if event.kind == "start"
            and event.tag in chrome
            and (event.tag in _ALWAYS_HIDDEN or content_depth <= 0)
            else None
        )
        for position in range(index, end or index):
            if result[position].kind in ("data", "reference"):
                result[position] = _Event("hidden", result[position].span)
        index = (end or index) + 1
    return result


def _closing(events: list[_Event], opening: int) -> int | None:
    """The index of the end tag that closes the element opened at *opening*, if any."""
    tag = events[opening].tag
    depth = 0
    for index in range(opening, len(events)):
        event = events[index]
        if event.tag == tag and event.kind in ("start", "end"):
            depth += 1 if event.kind == "start" else -1
            if depth == 0:
                return index
    return None


def _blank(text: str, new_line: bool = False) -> str:
    """Spaces as long as *text*, keeping its line ends; *new_line* starts it with one."""
    blank = _NOT_NEW_LINE.sub(" ", text) if "\n" in text else " " * len(text)
    return "\n" + blank[1:] if new_line and blank else blank


def _view(source: str, events: list[_Event], start: int, end: int) -> str:
    """The reader's view of ``source[start:end]``."""
    parts = []
    cursor = start
    for event in events:
        raw = source[event.span.start : event.span.end]
        if event.span.start > cursor:
            parts.append(_blank(source[cursor : event.span.start]))
        if event.kind == "data":
            parts.append(raw)
        elif event.kind == "reference":
            parts.append(_reference_view(raw, source, event.span.end))
        else:
            parts.append(_blank(raw, event.kind in ("start", "end") and event.tag in _BLOCK_TAGS))
        cursor = event.span.end
    parts.append(_blank(source[cursor:end]))
    return "".join(parts)


def _reference_view(raw: str, source: str, after: int) -> str:
    """A character reference as a reader sees it: its character, then spaces.

    An "&amp;" that escapes another reference ("&amp;nbsp;") is shown as written, so the
    debris a reader sees ("&nbsp;") stays in the view, where it is reported.
    """
    if raw == "&amp;":
        escaped = _ESCAPED_REFERENCE.match(source, after)
        if escaped and (escaped[0][0] == "#" or escaped[0] in html5):
            return raw
    decoded = html.unescape(raw)
    if len(decoded) > len(raw):
        return raw
    return decoded + " " * (len(raw) - len(decoded))


@dataclass(frozen=True)
class _Seen:
    """The reader's view of the part of the source being read, addressed by source offsets."""

    view: str
    offset: int

    def __call__(self, start: int, end: int) -> str:
        return self.view[start - self.offset : end - self.offset]


@dataclass
class _Item:
    """An open ``li``: the list it belongs to, its tag and its bullet once it has text."""

    item_list: ItemList
    marker_span: Span
    depth: int
    bullet: Bullet | None = None
    nested: bool = False


@dataclass
class _Open:
    """An open element."""

    tag: str
    item: _Item | None = None
    item_list: ItemList | None = None
    number: int = 0


class _OpenElements:
    """The elements open at a point of the parse, with counts that answer the reader's questions
    without walking the stack (a draft may nest thousands of elements)."""

    def __init__(self) -> None:
        self.stack: list[_Open] = []
        self.count: Counter[str] = Counter()
        self.boxes = 0
        self.containers: list[_Open] = []
        self.strong: list[int] = []  # the numbers of the open strong/b elements, outermost first

    def push(self, entry: _Open) -> None:
        self.stack.append(entry)
        self.count[entry.tag] += 1
        self.boxes += entry.tag in _BOXES
        if entry.tag in _CONTAINERS:
            self.containers.append(entry)
        if entry.tag in _STRONG:
            self.strong.append(entry.number)

    def close(self, tag: str, stop: frozenset[str] = frozenset()) -> None:
        """Close the innermost open *tag* and what is open inside it, unless one of *stop*
        comes first."""
        if not self.count[tag]:
            return
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag in stop and self.stack[index].tag != tag:
                return
            if self.stack[index].tag == tag:
                for entry in reversed(self.stack[index:]):
                    self.count[entry.tag] -= 1
                    self.boxes -= entry.tag in _BOXES
                    if entry.tag in _CONTAINERS:
                        self.containers.pop()
                    if entry.tag in _STRONG:
                        self.strong.pop()
                del self.stack[index:]
                return

    def nearest(self, tags: frozenset[str]) -> _Open | None:
        """The innermost open element among *tags*."""
        return next((entry for entry in reversed(self.stack) if entry.tag in tags), None)

    @property
    def list_depth(self) -> int:
        return self.count["ul"] + self.count["ol"]


@dataclass
class _Piece:
    """A piece of visible text: its span, the outermost ``strong``/``b`` around it and whether
    it is the text of a link."""

    span: Span
    strong: int | None
    link: bool


@dataclass
class _Line:
    """A line of a run: from its first piece of text to its last."""

    span: Span
    pieces: list[_Piece]


class _Reader:
    """Builds blocks from the parse events, one run of inline text at a time."""

    def __init__(self, source: str, seen: _Seen, text: str, find_title: bool) -> None:
        self.source = source
        self.seen = seen
        self.text = text
        self.open = _OpenElements()
        self.blocks: list[RawBlock] = []
        self.run: list[list[_Piece]] = [[]]
        self.broke_line = False
        """Whether a "<br>" ended the last line, with no text read since."""
        self.marker_list: ItemList | None = None
        self.letter_list: ItemList | None = None
        """The lettered items under the last numbered item of ``marker_list``."""
        self.stray_list: ItemList | None = None
        self.title_pending = find_title
        self.opened = 0
        self.bold_items: set[int] = set()
        """The ids of the bullets whose text is all in one ``strong``/``b`` element."""

    def finish(self) -> list[RawBlock]:
        self._flush()
        lists = [b for b in self.blocks if isinstance(b, ItemList) and b.bullets]
        for item_list in lists:
            self._bold_subheadings(item_list)
        return [b for b in self.blocks if not isinstance(b, ItemList) or b.bullets]

    def _bold_subheadings(self, item_list: ItemList) -> None:
        """Items all in bold, short and with no full stop, each over items that are not bold,
        are the sub-headings of the list ("<li><b>Technical skills</b></li>"), not items, when
        the list opens with one of them."""
        bullets = item_list.bullets
        bold = [id(bullet) in self.bold_items for bullet in bullets]
        heads = [
            bullet
            for bullet, in_bold in zip(bullets, bold, strict=True)
            if in_bold
            and word_count(bullet.text) <= _MAX_SUBHEADING_WORDS
            and not bullet.text.rstrip().endswith((".", "!", "?", ";", ","))
        ]
        if not bold[0] or bold[-1] or len(heads) < bold.count(True):
            return  # bold items that are not all sub-headings are items given weight
        if any(bold[index] and bold[index + 1] for index in range(len(bold) - 1)):
            return
        for bullet in heads:
            bullet.subheading = True

    def take(self, event: _Event) -> None:
        if event.kind == "data":
            self._data(event.span)
        elif event.kind == "reference":
            if self.seen(event.span.start, event.span.end).strip():
                self._piece(event.span)
        elif event.kind == "start":
            self._start(event.tag, event.span)
        elif event.kind == "end":
            self._end(event.tag)

    # --- text --------------------------------------------------------------------------------

    def _data(self, span: Span) -> None:
        lines = self.seen(span.start, span.end).split("\n")
        if not self._breaks_at_line_ends() and not _marked_lines(lines):
            self._piece(span)
            return
        offset = span.start
        for index, line in enumerate(lines):
            # the line end right after a "<br>" is the same break ("…eksekusi<br />⏎pekerjaan")
            if index and not (index == 1 and self.broke_line and not lines[0].strip()):
                self.run.append([])
            self._piece(Span(offset, offset + len(line)))
            offset += len(line) + 1

    def _breaks_at_line_ends(self) -> bool:
        """Line ends break lines in text outside any block (a body pasted as plain text) and
        inside ``pre``; elsewhere they are spaces."""
        return not self.open.boxes or self.open.count["pre"] > 0

    def _piece(self, span: Span) -> None:
        chunk = self.seen(span.start, span.end)
        stripped = chunk.strip()
        if not stripped:
            return
        start = span.start + len(chunk) - len(chunk.lstrip())
        strong = self.open.strong[0] if self.open.strong else None
        link = self.open.count["a"] > 0
        self.run[-1].append(_Piece(Span(start, start + len(stripped)), strong, link))
        self.broke_line = False

    # --- tags --------------------------------------------------------------------------------

    def _start(self, tag: str, span: Span) -> None:
        if tag == "br":
            self.run.append([])
            self.broke_line = True
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "li":
            self.open.close("li", stop=_LISTS)
            self.open.push(_Open(tag, item=self._item(span)))
        elif tag in _LISTS:
            self._open_list(tag)
        elif tag == "p":
            self.open.close("p", stop=_BOXES)
            self.open.push(_Open(tag))
        elif tag not in _VOID:
            self.opened += 1
            self.open.push(_Open(tag, number=self.opened))

    def _end(self, tag: str) -> None:
        if tag == "br":  # browsers read "</br>" as "<br>"
            self.run.append([])
            self.broke_line = True
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _HEADING_TAGS and not self.open.count[tag]:
            # browsers close any open heading at a heading's end tag ("<h1>…</h2>")
            heading = self.open.nearest(_HEADING_TAGS)
            tag = heading.tag if heading is not None else tag
        self.open.close(tag)

    def _open_list(self, tag: str) -> None:
        item_list = ItemList(ordered=tag == "ol")
        parent = self._nearest_item()
        if parent is not None:
            parent.nested = True
            if parent.bullet is not None:
                parent.bullet.subheading = heads_nested_list(parent.bullet.text)
        self.blocks.append(item_list)
        self.marker_list = self.stray_list = self.letter_list = None
        self.open.push(_Open(tag, item_list=item_list))

    def _item(self, tag_span: Span) -> _Item:
        owner = self.open.nearest(_LIST_PARTS)
        if owner is not None and owner.item_list is not None:
            return _Item(owner.item_list, tag_span, self.open.list_depth - 1)
        if self.stray_list is None:  # an "li" outside any list, or the next one
            stray_list = ItemList()
            self._add(stray_list)
            self.stray_list = stray_list
        return _Item(self.stray_list, tag_span, self.open.list_depth)

    def _nearest_item(self) -> _Item | None:
        entry = self.open.nearest(_LIST_PARTS)
        return entry.item if entry is not None else None

    # --- blocks ------------------------------------------------------------------------------

    def _flush(self) -> None:
        """Turn the run of inline text read since the last block tag into blocks."""
        run, self.run = self.run, [[]]
        if not any(run):
            return
        first = next(piece for line in run for piece in line).span.start
        last = next(piece for line in reversed(run) for piece in reversed(line)).span.end
        container = self.open.containers[-1] if self.open.containers else None
        if container is not None and container.item is not None:
            strong = {piece.strong for line in run for piece in line}
            self._bullet_text(container.item, Span(first, last), None not in strong)
        else:
            lines = [
                _Line(Span(ln[0].span.start, ln[-1].span.end), ln) if ln else None for ln in run
            ]
            heading = container.tag if container is not None else None
            if heading in _HEADINGS and not self._list_in_heading(lines):
                self._heading(Span(first, last), _HEADINGS[heading])
            else:
                self._lines(lines)
        self.title_pending = False

    def _text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def _list_in_heading(self, lines: list[_Line | None]) -> bool:
        """Whether a heading element holds a list, its items on lines of their own after
        ``<br>`` ("<h6>Requirements:<br>1. …<br>2. …</h6>"): read as a paragraph's lines."""
        return _marked_lines(
            [self.seen(line.span.start, line.span.end) for line in lines if line is not None]
        )

    def _heading(self, span: Span, level: int) -> None:
        """A heading; its text has single spaces where the view has markup between words."""
        self._add(Heading(span, " ".join(self._text(span.start, span.end).split()), level))

    def _add(self, block: RawBlock) -> None:
        self.blocks.append(block)
        self.marker_list = self.stray_list = self.letter_list = None

    def _bullet_text(self, item: _Item, span: Span, bold: bool) -> None:
        bullet = item.bullet
        if bullet is None:
            typed = _TYPED_MARKER.match(self.text, span.start, span.end)
            if typed is not None:  # "<li>a.\tSurat Lamaran</li>": the letter is no sentence
                span = Span(typed.end(), span.end)
            item.bullet = Bullet(
                span=span,
                text=self._text(span.start, span.end),
                marker="1." if item.item_list.ordered else "-",
                marker_span=item.marker_span,
                depth=item.depth,
            )
            item.item_list.bullets.append(item.bullet)
            if bold:
                self.bold_items.add(id(item.bullet))
        elif not item.nested:
            bullet.span = Span(bullet.span.start, span.end)
            bullet.text = self._text(bullet.span.start, span.end)
            if not bold:
                self.bold_items.discard(id(bullet))
        else:  # text after a nested list, still inside the item
            self._add(Paragraph(span, self._text(span.start, span.end)))

    def _lines(self, lines: list[_Line | None]) -> None:
        """Read the lines of a paragraph or of text outside any element: bullets, headings,
        the title, and running text (consecutive lines of it make one paragraph)."""
        paragraph: Span | None = None
        bullet: Bullet | None = None  # the bullet a wrapped line may continue
        for line in lines:
            if line is None:  # an empty line ends a paragraph and a wrapped bullet
                self._paragraph(paragraph)
                paragraph = bullet = None
                continue
            content = self.seen(line.span.start, line.span.end)
            marker = _MARKER.match(content)
            if marker is None and bullet is not None and _continues(self.source, bullet, content):
                bullet.span = Span(bullet.span.start, line.span.end)
                bullet.text = self._text(bullet.span.start, bullet.span.end)
                continue
            if marker is None:
                blocks = flattened_blocks(self.text, line.span, section_matcher())
                # "Kualifikasi: * Pria * Usia maks. 35 tahun * …" in one paragraph, or a whole
                # posting run onto one line ("… apply now! What you'll be doing: Develop …")
                if blocks:
                    self._paragraph(paragraph)
                    paragraph = bullet = None
                    self.blocks.extend(blocks)
                    self.marker_list = self.stray_list = self.letter_list = None
                    continue
            title = self.title_pending and paragraph is None and self._is_title(content)
            self.title_pending = False
            if marker is None and not title and not self._heading_like(line, content):
                start = line.span.start if paragraph is None else paragraph.start
                paragraph = Span(start, line.span.end)
                bullet = None
                continue
            self._paragraph(paragraph)
            paragraph = bullet = None
            if marker is not None:
                bullet = self._marker_bullet(line.span, marker)
            else:
                self._heading(line.span, 1 if title else PSEUDO_HEADING_LEVEL)
        self._paragraph(paragraph)

    def _paragraph(self, span: Span | None) -> None:
        if span is not None:
            self._add(Paragraph(span, self._text(span.start, span.end)))

    def _marker_bullet(self, span: Span, marker: re.Match[str]) -> Bullet:
        name = "symbol" if marker["symbol"] else "glued"
        symbol = marker[name]
        content = Span(span.start + marker.end(), span.end)
        style = marker_style(symbol)
        outer = self.marker_list
        if (
            style[0] == "a"
            and outer is not None
            and outer.bullets
            and outer.bullets[0].marker[0] == "1"
        ):  # "2. … a. … b. … 3. …": letters under a number
            if self.letter_list is None:
                self.letter_list = ItemList(ordered=True)
                self.blocks.append(self.letter_list)
                parent = outer.bullets[-1]
                parent.subheading = heads_nested_list(parent.text)
            bullet = self._new_bullet(span, marker, name, content, style, depth=1)
            self.letter_list.bullets.append(bullet)
            return bullet
        self.letter_list = None
        if self.marker_list is None:
            marker_list = ItemList(ordered=counts_items(symbol))
            self._add(marker_list)
            self.marker_list = marker_list
        bullet = self._new_bullet(span, marker, name, content, style, depth=0)
        self.marker_list.bullets.append(bullet)
        return bullet

    def _new_bullet(
        self, span: Span, marker: re.Match[str], name: str, content: Span, style: str, depth: int
    ) -> Bullet:
        return Bullet(
            span=content,
            text=self._text(content.start, content.end),
            marker=style,
            marker_span=Span(span.start + marker.start(name), span.start + marker.end(name)),
            depth=depth,
        )

    def _heading_like(self, line: _Line, content: str) -> bool:
        """A line that is one ``strong``/``b`` element, ends in ":", is a short line in capitals
        (as in plain text) or names a section (a link, such as an "Apply now" button, is not a
        heading)."""
        if all(piece.link for piece in line.pieces):
            return False
        words = word_count(content)
        strong = {piece.strong for piece in line.pieces}
        if len(strong) == 1 and None not in strong:
            return 0 < words <= 8 and not detail_line(content) and not bold_sentence(content)
        if looks_like_heading(content):
            return True
        if in_capitals(content) and not detail_line(content):  # not "POSISI : DATA ANALYST"
            return True
        return 0 < words <= 6 and section_matcher().match(content, strict=True) is not None

    def _is_title(self, content: str) -> bool:
        """A short first line outside any element, or inside one when it names a position
        ("<p>Java Developer</p>" opening a job board's body)."""
        return (
            (not self.open.boxes or names_position(content))
            and word_count(content) <= _MAX_TITLE_WORDS
            and not _SENTENCE_INSIDE.search(content)
            and not content.endswith(".")
            and ":" not in content
            and section_matcher().match(content) is None
        )


def _marked_lines(lines: list[str]) -> bool:
    """Whether source lines inside a paragraph are list items written one per line ("- Item"),
    which a browser would run together but their writer meant as a list."""
    return sum(1 for line in lines[1:] if _MARKER.match(line.strip())) >= _MIN_MARKED_LINES


def _continues(source: str, bullet: Bullet, line: str) -> bool:
    """Whether *line* wraps *bullet* ("… untuk mengatasi" / "tantangan bisnis."): the bullet
    does not end a sentence or clause, and the line starts in lower case, or the bullet breaks
    off mid-sentence (a comma, "… pengalaman sebagai"), or ends with a space before the break
    (a soft wrap kept as a "br")."""
    end = bullet.span.end
    ending = source[bullet.span.start : end]
    if ending.endswith(_ENDS_ITEM) or looks_like_heading(line):
        return False
    soft_wrap = source[end : end + 1] in (" ", "\u00a0")
    return line[:1].islower() or line[:1] == "(" or continues_sentence(ending) or soft_wrap
