"""Markdown drafts → headings, paragraphs and lists with exact spans (markdown-it source maps)."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from jdlint.content import opens_with_duty
from jdlint.data import load_yaml_text
from jdlint.document import Bullet, FrontMatterProblem, Heading, ItemList, Paragraph
from jdlint.front_matter import (
    FrontMatterError,
    NotAMapping,
    read_front_matter,
    split_front_matter,
)
from jdlint.markers import BULLET_LINE
from jdlint.outline import (
    MAX_HEADING_WORDS,
    RawBlock,
    continues_sentence,
    heads_nested_list,
    implicit_bullet,
    looks_like_heading,
    word_count,
)
from jdlint.parse_text import in_capitals
from jdlint.spans import LineIndex, Span

_MIN_UNMARKED_ITEMS = 2
_MIN_LOST_ITEM_WORDS = 3
_MAX_UNMARKED_ITEM_WORDS = 20
"""The longest line read as an unmarked sub-item under an item ending in a colon."""
_COMMENT_ONLY = re.compile(r"\s*<!--(?:(?!-->).)*-->\s*", re.DOTALL)


def _lead_in_over_lines(text: str, lines: list[Span]) -> bool:
    """Whether an item's first line ends in a colon over two or more short unmarked lines, its
    sub-items written without markers at the list's margin (Markdown would join them into the
    item; their writer meant a list)."""
    if len(lines) < _MIN_UNMARKED_ITEMS + 1:
        return False
    if not text[lines[0].start : lines[0].end].rstrip().endswith((":", "：")):
        return False
    if not all(
        0 < word_count(text[line.start : line.end]) <= _MAX_UNMARKED_ITEM_WORDS
        for line in lines[1:]
    ):
        return False
    return not _wrapped(text, lines)


def _wrapped(text: str, lines: list[Span]) -> bool:
    """Whether the lines under an item's first line read as its text wrapped at a margin: one
    ends in a comma, or is so full that the next line's first word would not have fitted after
    it (the margin is the longest line's end)."""
    rows = [text[text.rfind("\n", 0, line.start) + 1 : line.end].rstrip() for line in lines]
    width = max(map(len, rows))
    for row, following in itertools.pairwise(rows[1:]):
        if row.endswith(",") or len(row) + 1 + len(following.split()[0]) > width:
            return True
    return False


def _lost_markers(text: str, lines: list[Span]) -> list[int]:
    """The lines of a list item that are items of their own whose marker was lost: at the
    list's margin (Markdown joins such a "lazy" line to the item above), opening with a verb
    as the item's first line does, after a line that does not break off mid-sentence."""
    if len(lines) < 2 or not opens_with_duty(text[lines[0].start : lines[0].end]):
        return []
    found = []
    for index in range(1, len(lines)):
        line = text[lines[index].start : lines[index].end]
        above = text[lines[index - 1].start : lines[index - 1].end].rstrip()
        if (
            line[:1].isupper()  # at the margin: an indented line continues the item
            and word_count(line) >= _MIN_LOST_ITEM_WORDS
            and not continues_sentence(above)
            and opens_with_duty(line)
        ):
            found.append(index)
    return found


def _markdown_marker(line: str) -> re.Match[str] | None:
    """The marker opening *line* when Markdown does not read it as one (``"*Text"`` is
    emphasis in Markdown, not an item)."""
    marker = BULLET_LINE.match(line)
    if marker is None or marker["glued"] == "*":
        return None
    return marker


_UNUSED = ["inline"]
"""The inline phase (emphasis, links, code spans) builds child tokens that are never read: the
blocks keep their source text, so skipping it halves markdown-it's time on real postings."""


_TIGHT_HEADING = re.compile(r"(?P<marks>#{1,6})(?P<name>[^\s#][^\n]*?)[ \t#]*(?:\n|\Z)")
"""A first line of hashes run into its words ("###Essential"), which CommonMark reads as text
but kramdown (Jekyll's default) and other site builders render as a heading."""

_MIN_CAPITALS_HEADING_LETTERS = 4
"""Letters from which a one-line paragraph in capitals is a heading ("ROLE", not "TBD")."""


def _capitals_heading(content: str) -> bool:
    """Whether a one-line paragraph in capitals is a heading ("ROLE", "JOB REQUIREMENT")."""
    return (
        "\n" not in content
        and in_capitals(content)
        and sum(1 for char in content if char.isalpha()) >= _MIN_CAPITALS_HEADING_LETTERS
    )


@functools.cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").use(front_matter_plugin).enable("table").disable(_UNUSED)


@functools.cache
def _parser_without_front_matter() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").disable(_UNUSED)


def parse_markdown(
    text: str, lines: LineIndex
) -> tuple[list[RawBlock], dict[str, Any], Span | None, FrontMatterProblem | None]:
    """Parse *text*; return its blocks, its front matter, the front matter's span and problem.

    Front matter that is not valid YAML stays front matter (it is not read as the draft's text)
    and comes back as a problem to report, with the span of the line where the YAML breaks.
    A ``---`` block whose YAML is a plain value or a list, not keys and values, was never
    front matter: it is a thematic break, and the text under it is linted as Markdown. Front
    matter that lost its opening ``---`` is read as front matter when nothing but YAML stands
    above the first ``---`` line (see :func:`_headless_front_matter`). TOML between ``+++``
    lines (Hugo's front matter) is read too.
    """
    toml = split_front_matter(text, lines) if text.startswith("+++") else None
    if toml is not None:  # Hugo's TOML front matter
        fence_end = toml[1].end
        blank = _BLANK.sub(" ", text[:fence_end])  # the same offsets, no text to read
        tokens = _parser_without_front_matter().parse(blank + text[fence_end:])
        return _Walker(text, lines).walk(tokens), *toml
    headless = _headless_front_matter(text)
    if headless is not None:
        end, keys = headless
        fence_end = lines.line_end(end)
        blank = _BLANK.sub(" ", text[:fence_end])  # the same offsets, no text to read
        tokens = _parser().parse(blank + text[fence_end:])
        return _Walker(text, lines).walk(tokens), keys, Span(0, fence_end), None
    tokens = _parser().parse(text)
    front_matter: dict[str, Any] = {}
    front_span = None
    problem = None
    if tokens and tokens[0].type == "front_matter" and tokens[0].map:
        start, end = tokens[0].map
        front_span = Span(lines.line_start(start + 1), lines.line_end(end))
        try:
            front_matter = read_front_matter(tokens[0].content, start + 2)
        except NotAMapping:
            tokens = _parser_without_front_matter().parse(text)
            front_span = None
        except FrontMatterError as error:
            problem = error.problem(text, lines, start + 2, end - 1)
    return _Walker(text, lines).walk(tokens), front_matter, front_span, problem


_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_HEADLESS_LINE = re.compile(
    r"(?:#.*"  # a YAML comment
    # a lower-case key of up to three words, as site generators and templates name them
    r"|[a-z_][a-z0-9_-]*(?: [a-z0-9_-]+){0,2}:(?:[ \t].*)?"
    r"|[ \t]+.*|-[ \t].*"  # an indented line, an item of a list value
    r"|[ \t]*)\Z"
)
_MAX_HEADLESS_LINES = 400
_MIN_HEADLESS_KEYS = 2
_BLANK = re.compile(r"[^\n]")


def _headless_front_matter(text: str) -> tuple[int, dict[str, Any]] | None:
    """Front matter whose opening ``---`` was lost: the 1-based line of its closing ``---``
    and its keys, or ``None``.

    Only lines a YAML front matter holds may stand above the first ``---`` line (comments,
    lower-case ``key: value`` lines, indented or list lines), and together they must parse into
    a mapping of two keys or more; anything else is Markdown (a heading and a thematic break,
    a ``Location: Leeds`` line).
    """
    if text.startswith("---"):
        return None
    fence = _FENCE.search(text)
    if fence is None:
        return None
    block = text[: fence.start()]
    lines = block.split("\n")
    if len(lines) > _MAX_HEADLESS_LINES or not all(_HEADLESS_LINE.match(line) for line in lines):
        return None
    import yaml

    try:
        data = load_yaml_text(block)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or len(data) < _MIN_HEADLESS_KEYS:
        return None
    return len(lines), {str(key): value for key, value in data.items()}


class _Walker:
    """Walks the token stream once, keeping a stack of the lists it is inside."""

    def __init__(self, text: str, lines: LineIndex) -> None:
        self.text = text
        self.lines = lines
        self.blocks: list[RawBlock] = []
        self.list_stack: list[ItemList] = []
        self.item_stack: list[tuple[Token, Bullet | None]] = []
        self.table_cursor: dict[int, int] = {}
        self.marker_list: ItemList | None = None
        """The last list read from lines with markers Markdown does not know."""

    def walk(self, tokens: list[Token]) -> list[RawBlock]:
        for index, token in enumerate(tokens):
            handler = getattr(self, f"_on_{token.type}", None)
            if handler is not None:
                handler(token, tokens, index)
        return self.blocks

    def _on_heading_open(self, token: Token, tokens: list[Token], index: int) -> None:
        inline = tokens[index + 1]
        span = self._inline_span(inline)
        if span is not None:
            self.blocks.append(Heading(span, self.text[span.start : span.end], int(token.tag[1:])))

    def _on_bullet_list_open(self, token: Token, tokens: list[Token], index: int) -> None:
        self._open_list(ordered=False)

    def _on_ordered_list_open(self, token: Token, tokens: list[Token], index: int) -> None:
        self._open_list(ordered=True)

    def _open_list(self, ordered: bool) -> None:
        item_list = ItemList(ordered=ordered)
        self.list_stack.append(item_list)
        self.blocks.append(item_list)
        if self.item_stack and self.item_stack[-1][1] is not None:
            parent = self.item_stack[-1][1]
            parent.subheading = heads_nested_list(parent.text)

    def _on_bullet_list_close(self, token: Token, tokens: list[Token], index: int) -> None:
        self.list_stack.pop()

    _on_ordered_list_close = _on_bullet_list_close

    def _on_list_item_open(self, token: Token, tokens: list[Token], index: int) -> None:
        self.item_stack.append((token, None))

    def _on_list_item_close(self, token: Token, tokens: list[Token], index: int) -> None:
        self.item_stack.pop()

    def _on_inline(self, token: Token, tokens: list[Token], index: int) -> None:
        parent = tokens[index - 1].type if index else ""
        if parent in ("th_open", "td_open"):
            self._table_cell(token)
            return
        if parent != "paragraph_open":
            return
        span = self._inline_span(token)
        if span is None:
            return
        content = self.text[span.start : span.end]
        if not self.list_stack:
            span = self._tight_headings(span)
            if span.end <= span.start:
                return
            content = self.text[span.start : span.end]
        if self.item_stack and self.item_stack[-1][1] is None and tokens[index - 1].level >= 2:
            self._bullet(token, span, content)
        elif not self.list_stack and self._marker_lines(span):
            return
        elif not self.list_stack and (looks_like_heading(content) or _capitals_heading(content)):
            self.blocks.append(Heading(span, content, level=0))
        else:
            self.blocks.append(Paragraph(span, content))

    def _tight_headings(self, span: Span) -> Span:
        """Add the headings whose hashes run into their words ("##Software Developer",
        "###Position Description") that open the paragraph at *span*, as kramdown and other
        site builders render them; return the span of the rest of the paragraph."""
        while (tight := _TIGHT_HEADING.match(self.text, span.start, span.end)) is not None:
            if word_count(tight["name"]) > MAX_HEADING_WORDS or tight["name"].endswith((".", "!")):
                break  # "#This position has been closed.": a sentence, however it renders
            name = Span(tight.start("name"), tight.end("name"))
            self.blocks.append(Heading(name, tight["name"], level=len(tight["marks"])))
            span = Span(tight.end(), span.end).trimmed(self.text)
        return span

    def _bullet(self, inline: Token, span: Span, content: str) -> None:
        item_token, _ = self.item_stack[-1]
        line = (item_token.map or [0])[0] + 1
        line_start = self.lines.line_start(line)
        marker_text = item_token.markup
        if item_token.info:
            marker_text = item_token.info + marker_text
        marker_at = self.text.find(marker_text, line_start, span.start)
        if marker_at < 0:
            marker_at = line_start
        lines = self._line_spans(span)
        markers = [_markdown_marker(self.text[line.start : line.end]) for line in lines]
        markers[0] = None  # the item's own first line
        first = next((i for i, marker in enumerate(markers) if marker is not None), None)
        if first is None and _lead_in_over_lines(self.text, lines):
            first = 1  # "- Prepare the weekly reports, covering:" over unmarked lines
        if first is not None:  # "1. … ALL of the following:" over "-Providing …" lines
            span = Span(span.start, lines[first - 1].end).trimmed(self.text)
            content = self.text[span.start : span.end]
        lost = [] if first is not None else _lost_markers(self.text, lines)
        if lost:  # "- Build …" over "Develop …" at the margin: that line lost its dash
            span = Span(span.start, lines[lost[0] - 1].end).trimmed(self.text)
            content = self.text[span.start : span.end]
        bullet = Bullet(
            span=span,
            text=content,
            marker=item_token.markup if not item_token.info else f"1{item_token.markup}",
            marker_span=Span(marker_at, marker_at + len(marker_text)),
            depth=len(self.list_stack) - 1,
        )
        self.list_stack[-1].bullets.append(bullet)
        for position, start in enumerate(lost):
            end = lost[position + 1] if position + 1 < len(lost) else len(lines)
            item = Span(lines[start].start, lines[end - 1].end).trimmed(self.text)
            bullet = implicit_bullet(item, self.text, bullet.depth)
            self.list_stack[-1].bullets.append(bullet)
        self.item_stack[-1] = (item_token, bullet)
        if first is not None:
            nested = ItemList(ordered=False)
            self.blocks.append(nested)
            if markers[first] is None:
                self._unmarked_items(nested, lines[first:], bullet.depth + 1)
            else:
                self._marker_items(nested, lines[first:], markers[first:], bullet.depth + 1)
            bullet.subheading = heads_nested_list(content)

    def _line_spans(self, span: Span) -> list[Span]:
        """The span of each line of the text in *span*."""
        lines: list[Span] = []
        offset = span.start
        for source_line in self.text[span.start : span.end].split("\n"):
            lines.append(Span(offset, offset + len(source_line)))
            offset += len(source_line) + 1
        return lines

    def _marker_items(
        self,
        item_list: ItemList,
        lines: list[Span],
        markers: list[re.Match[str] | None],
        depth: int,
    ) -> None:
        """Add an item to *item_list* for each line with a marker; a line without one continues
        the item above."""
        for line, marker in zip(lines, markers, strict=True):
            items = item_list.bullets
            if marker is None:  # a wrapped line of the item above
                items[-1].span = Span(items[-1].span.start, line.end).trimmed(self.text)
                items[-1].text = self.text[items[-1].span.start : items[-1].span.end]
                continue
            name = "marker" if marker["marker"] else "glued"
            start, end = line.start + marker.start(name), line.start + marker.end(name)
            content = Span(line.start + marker.end(), line.end).trimmed(self.text)
            items.append(
                Bullet(
                    span=content,
                    text=self.text[content.start : content.end],
                    marker=marker[name],
                    marker_span=Span(start, end),
                    depth=depth,
                )
            )

    def _unmarked_items(self, item_list: ItemList, lines: list[Span], depth: int) -> None:
        """Add each of *lines* to *item_list* as an item that has no marker."""
        for line in lines:
            item_list.bullets.append(implicit_bullet(line.trimmed(self.text), self.text, depth))

    def _marker_lines(self, span: Span) -> bool:
        """Read a paragraph whose lines open with markers Markdown does not know ("•", "·",
        "-Text" glued to its dash) as a list; lines above its first marker stay a paragraph (or
        a heading), lines under a marker without one continue that item. Items in paragraphs
        of their own, one after another, make one list."""
        lines = self._line_spans(span)
        markers = [_markdown_marker(self.text[line.start : line.end]) for line in lines]
        first = next((i for i, marker in enumerate(markers) if marker is not None), None)
        if first is None:
            return False
        if first:
            above = Span(span.start, lines[first - 1].end).trimmed(self.text)
            text = self.text[above.start : above.end]
            heading = looks_like_heading(text)
            self.blocks.append(Heading(above, text, 0) if heading else Paragraph(above, text))
        if first or not self.blocks or self.blocks[-1] is not self.marker_list:
            self.marker_list = ItemList(ordered=False)
            self.blocks.append(self.marker_list)
        self._marker_items(self.marker_list, lines[first:], markers[first:], depth=0)
        return True

    def _on_html_block(self, token: Token, tokens: list[Token], index: int) -> None:
        """An HTML block is read as HTML; its tags stay in the text (JD402 judges them)."""
        if not token.map or _COMMENT_ONLY.fullmatch(token.content):
            return
        from jdlint.html import read_html  # loaded only for drafts that hold HTML blocks

        start = self.lines.line_start(token.map[0] + 1)
        end = self.lines.line_end(token.map[1])
        reading = read_html(self.text, start, end, keep_markup=True, find_title=False)
        self.blocks.extend(reading.blocks)

    def _table_cell(self, inline: Token) -> None:
        if not inline.map or not inline.content.strip():
            return
        line = inline.map[0] + 1
        cursor = self.table_cursor.get(line, self.lines.line_start(line))
        found = self.text.find(inline.content, cursor, self.lines.line_end(line))
        if found < 0:
            return
        span = Span(found, found + len(inline.content))
        self.table_cursor[line] = span.end
        self.blocks.append(Paragraph(span, inline.content))

    def _inline_span(self, inline: Token) -> Span | None:
        """The exact source span of an inline token's content."""
        if not inline.map or not inline.content.strip():
            return None
        first, last = inline.map[0] + 1, inline.map[1]
        content_lines = inline.content.split("\n")
        start_line_start = self.lines.line_start(first)
        start = self.text.find(content_lines[0], start_line_start, self.lines.line_end(first))
        if start < 0:
            start = start_line_start
        last_line = min(last, first + len(content_lines) - 1)
        last_start = self.lines.line_start(last_line)
        last_end = self.lines.line_end(last_line)
        found = self.text.rfind(content_lines[-1], last_start, last_end)
        end = found + len(content_lines[-1]) if found >= 0 else last_end
        return Span(start, max(start, end))
