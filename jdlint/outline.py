"""Shared by both parsers: heading-like lines, and assembling blocks into sections and details."""

from __future__ import annotations

import re

from jdlint.data import DetailMatcher, SectionMatcher
from jdlint.document import Bullet, Detail, Heading, ItemList, Paragraph, Section
from jdlint.spans import Span
from jdlint.text import WORD

RawBlock = Heading | Paragraph | ItemList

PSEUDO_HEADING_LEVEL = 0
"""Level given by parsers to heading-like lines; resolved by :func:`build_sections`."""

_MAX_HEADING_WORDS = 8
_STRONG_LINE = re.compile(r"^(\*\*|__)(?P<inner>[^*_\n]+?)\1\s*:?\s*$")
_DETAIL = re.compile(
    r"(?:\*\*|__)?(?P<key>[^\W\d_][^:*_\n]{0,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*"
    r"(?P<value>[^\s*_][^\n]*?)(?:\*\*|__)?\s*$"
)


def word_count(text: str) -> int:
    """Number of words in *text*."""
    return len(WORD.findall(text))


def looks_like_heading(text: str) -> bool:
    """Whether a one-line paragraph acts as a heading: short, and bold or ending in ':'."""
    if "\n" in text:
        return False
    stripped = text.strip()
    strong = _STRONG_LINE.match(stripped)
    if strong:
        return word_count(stripped) <= _MAX_HEADING_WORDS and not detail_line(strong["inner"])
    return (
        stripped.endswith((":", "："))
        and stripped.count(":") == 1
        and 0 < word_count(stripped) <= _MAX_HEADING_WORDS
    )


def heads_nested_list(text: str) -> bool:
    """Whether a bullet with a nested list under it is a sub-heading rather than an item."""
    stripped = text.rstrip()
    if stripped.endswith((":", "：")):
        return word_count(stripped) <= _MAX_HEADING_WORDS
    return word_count(stripped) <= 6 and not stripped.endswith((".", "!", "?"))


def build_sections(
    blocks: list[RawBlock], matcher: SectionMatcher
) -> tuple[list[Section], Heading | None]:
    """Group *blocks* under their headings; return the sections and the title heading, if any.

    Real Markdown headings keep their level. Heading-like lines (level 0 from a parser) become
    level 2 when they name a canonical section and level 3 otherwise, so that an unknown
    sub-heading such as "Account planning:" nests under the section before it. The first
    level-1 heading that names no section is the title.
    """
    sections = [Section(heading=None, level=0, canonical=None, own_canonical=None)]
    open_sections = [sections[0]]  # the nearest section of each lower level (a monotonic stack)
    title: Heading | None = None
    for block in blocks:
        if not isinstance(block, Heading):
            sections[-1].blocks.append(block)
            continue
        own = matcher.match(block.text)
        if block.level == PSEUDO_HEADING_LEVEL:
            block.level = 2 if own else 3
        if own is None and title is None and block.level == 1:
            title = block
            own = "title"
        block.canonical = own
        while open_sections and open_sections[-1].level >= block.level:
            open_sections.pop()
        parent = open_sections[-1] if open_sections else None
        inherited = parent.canonical if parent is not None and parent.canonical != "title" else None
        section = Section(
            heading=block,
            level=block.level,
            canonical=own or inherited,
            own_canonical=own,
            part=own is not None and matcher.is_part(block.text),
        )
        sections.append(section)
        open_sections.append(section)
    if not sections[0].blocks:
        sections.pop(0)
    return sections, title


def find_details(sections: list[Section], text: str, matcher: DetailMatcher) -> list[Detail]:
    """Every ``Key: value`` line in paragraphs and bullets, with the field its key names."""
    details: list[Detail] = []
    for section in sections:
        for block in section.blocks:
            units: list[Paragraph | Bullet] = (
                list(block.bullets) if isinstance(block, ItemList) else [block]
            )
            for unit in units:
                details.extend(_details_in(unit.span, text, matcher))
    return details


def detail_line(line: str) -> bool:
    """Whether *line* is a ``Key: value`` line with a short key."""
    match = _DETAIL.match(line.strip())
    return match is not None and len(match.group("key").split()) <= 5


def _details_in(span: Span, text: str, matcher: DetailMatcher) -> list[Detail]:
    found = []
    offset = span.start
    for line in text[span.start : span.end].split("\n"):
        match = _DETAIL.match(line.strip())
        if match is not None:
            lead = len(line) - len(line.lstrip())
            key_start = offset + lead + match.start("key")
            value_start = offset + lead + match.start("value")
            key = match.group("key").strip()
            if len(key.split()) <= 5 and "http" not in key.lower():
                found.append(
                    Detail(
                        key=key,
                        value=match.group("value").strip(),
                        key_span=Span(key_start, key_start + len(match.group("key"))),
                        value_span=Span(value_start, offset + lead + match.end("value")),
                        field=matcher.match(key),
                    )
                )
        offset += len(line) + 1
    return found
