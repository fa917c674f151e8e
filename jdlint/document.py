"""The document model: a draft as sections, headings, paragraphs, lists, bullets and details.

Every node keeps the exact :class:`~jdlint.spans.Span` of its text in ``Document.text`` so that a
diagnostic can underline precisely what it is about.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from jdlint.spans import LineIndex, Span


@dataclass(eq=False)
class Heading:
    """A heading: a Markdown heading, or a heading-like line of a plain-text draft."""

    span: Span
    text: str
    level: int
    canonical: str | None = None
    lead_in: bool = False
    """A line that introduces the list under it ("In this role, you will:"), not a title."""


@dataclass(eq=False)
class Paragraph:
    """A paragraph of running text (may span several lines)."""

    span: Span
    text: str
    language: str | None = None


@dataclass(eq=False)
class Bullet:
    """One list item; ``span`` covers its text, ``marker`` is the bullet or number marker."""

    span: Span
    text: str
    marker: str
    marker_span: Span
    depth: int
    subheading: bool = False


@dataclass(eq=False)
class ItemList:
    """A list of bullets; nested lists are separate ``ItemList`` objects."""

    bullets: list[Bullet] = field(default_factory=list)
    ordered: bool = False
    language: str | None = None


@dataclass(eq=False)
class Detail:
    """A ``Key: value`` line such as ``Lokasi: Jakarta``; ``field`` is its canonical name."""

    key: str
    value: str
    key_span: Span
    value_span: Span
    field: str | None


Block = Paragraph | ItemList


@dataclass(eq=False)
class Section:
    """A heading and what follows it up to the next heading.

    ``canonical`` is the section the heading maps to (``responsibilities``, ``summary`` …);
    a heading that maps to nothing inherits the canonical name of its parent section, so a
    sub-heading such as "Account planning:" under "Responsibilities" stays a responsibility.
    ``own_canonical`` is what the heading itself maps to.
    """

    heading: Heading | None
    level: int
    canonical: str | None
    own_canonical: str | None
    blocks: list[Block] = field(default_factory=list)
    part: bool = False
    """The heading names one part of its section ("Preferred qualifications", "Skills")."""
    inferred: bool = False
    """``canonical`` was read from the content, not from the heading."""
    language: str | None = None
    """The language of the section's heading and text as a whole (set by ``parse``)."""
    scope: int = 0
    """Which job the section belongs to on a page that describes several (a job-family page
    with a heading per level or role, each holding its own duties and requirements): 0 for
    the page as a whole, else a number per such heading."""

    @property
    def start(self) -> int:
        """Where the section starts: its heading, else its first block."""
        if self.heading is not None:
            return self.heading.span.start
        for block in self.blocks:
            if isinstance(block, Paragraph):
                return block.span.start
            if block.bullets:
                return block.bullets[0].marker_span.start
        return 0

    @property
    def lists(self) -> list[ItemList]:
        """The lists directly in this section."""
        return [block for block in self.blocks if isinstance(block, ItemList)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs directly in this section."""
        return [block for block in self.blocks if isinstance(block, Paragraph)]

    @property
    def bullets(self) -> list[Bullet]:
        """Every bullet directly in this section, in order."""
        return [bullet for item_list in self.lists for bullet in item_list.bullets]


class Directive(NamedTuple):
    """An inline suppression comment; ``kind`` is one of the four directive names."""

    kind: str
    codes: tuple[str, ...]
    span: Span
    line: int


class FrontMatterProblem(NamedTuple):
    """Front matter that does not parse: where it breaks and why (linting goes on)."""

    span: Span
    reason: str
    syntax: str = "YAML"
    """The language of the front matter: ``YAML``, or ``TOML`` between ``+++`` lines."""


@dataclass(eq=False)
class Document:
    """A parsed draft."""

    path: str
    text: str
    language: str
    format: str
    lines: LineIndex
    front_matter: dict[str, Any]
    sections: list[Section]
    details: list[Detail]
    directives: list[Directive]
    front_matter_span: Span | None = None
    title: str | None = None
    title_span: Span | None = None
    encoding: str = "utf-8"
    front_matter_problem: FrontMatterProblem | None = None
    front_matter_summary: Span | None = None
    """Where the front matter states the summary (``description:``), when it does."""
    implied_sections: frozenset[str] = frozenset()
    """Sections the draft holds without a section of their own: kept in front matter for a
    template to render (``key objectives:``), or named with another by one heading
    ("Qualification & Responsibilities")."""
    _section_starts: list[int] | None = field(default=None, init=False, repr=False)

    def sections_named(self, canonical: str) -> list[Section]:
        """The sections whose (inherited) canonical name is *canonical*."""
        return [section for section in self.sections if section.canonical == canonical]

    def has_section(self, canonical: str) -> bool:
        """Whether the draft holds *canonical*, counting the title from any of its sources and
        a summary, duties or requirements stated in the front matter or under a heading that
        names them with another section; on a page for several jobs, their names are its
        title."""
        if canonical in self.implied_sections:
            return True
        if canonical == "title":
            return self.title is not None
        if canonical == "summary" and self.front_matter_summary is not None:
            return True
        return any(section.canonical == canonical for section in self.sections)

    @property
    def headings(self) -> list[Heading]:
        """Every heading in document order."""
        return [section.heading for section in self.sections if section.heading is not None]

    @property
    def lists(self) -> list[ItemList]:
        """Every list in document order."""
        return [item_list for section in self.sections for item_list in section.lists]

    @property
    def bullets(self) -> list[Bullet]:
        """Every bullet in document order."""
        return [bullet for section in self.sections for bullet in section.bullets]

    def section_at(self, offset: int) -> Section | None:
        """The section that holds *offset* (a binary search: drafts may have thousands)."""
        if self._section_starts is None or len(self._section_starts) != len(self.sections):
            self._section_starts = [section.start for section in self.sections]
        index = bisect_right(self._section_starts, offset) - 1
        return self.sections[index] if index >= 0 else None

    def anchor(self, canonical: str | None = None) -> Span:
        """Where a document-level finding points: the heading of *canonical*, else line 1 (in
        an HTML draft on one line, its first line of text)."""
        if canonical:
            for section in self.sections_named(canonical):
                if section.heading is not None:
                    return section.heading.span
        end = self.lines.line_end(1)
        first_line = self.text[:end]
        start = len(first_line) - len(first_line.lstrip())
        if start >= end:
            return Span(0, end)
        broken = self.text.find("\n", start, end)  # an HTML view breaks lines at block tags
        return Span(start, broken if broken >= 0 else end)
