"""Kinds about the outline of a draft: empty, duplicated and out-of-order sections (required
sections are kind ``required``, :mod:`jdlint.kinds.required`)."""

from __future__ import annotations

from collections.abc import Iterator

from jdlint.content import decided_by_content
from jdlint.data import normalise_label, section_matcher, vocabulary
from jdlint.diagnostics import Finding
from jdlint.document import Paragraph, Section
from jdlint.kinds.base import SECTION_NAMES, Context, Kind, Option
from jdlint.outline import word_count


def label(canonical: str) -> str:
    """A canonical section name in words (``labels`` in rules/data/sections.yaml)."""
    labels: dict[str, str] = vocabulary("sections")["labels"]
    return labels.get(canonical, canonical)


def _empty(context: Context) -> Iterator[Finding]:
    sections = context.document.sections
    for index, section in enumerate(sections):
        if (
            section.heading is None
            or section.blocks
            or section.own_canonical in (None, "title")
            or _holds_its_value(section.heading.text)
        ):
            continue
        following = sections[index + 1] if index + 1 < len(sections) else None
        if following is not None and _board_note(following):  # not the section's content
            following = sections[index + 2] if index + 2 < len(sections) else None
        if (
            following is not None
            and (
                following.level > section.level
                or following.own_canonical == section.own_canonical
                # a group's own heading under it, naming no section, over content of its kind
                # ("Responsibilities:" over "Data Collection & Management" and its duties)
                or (
                    following.own_canonical is None
                    and following.inferred
                    and following.canonical == section.own_canonical
                )
                or decided_by_content(section.heading.text)
                # a job board's wrapper ("Job description & requirements", "About the job") over
                # the next heading, at whatever level the scrape left it
                or section_matcher().is_wrapper(section.heading.text)
                or _named_again_below(section, sections[index + 1 : index + 3])
            )
        ):
            continue
        yield Finding(section.heading.span, {"heading": section.heading.text.strip("#*_ :")})


def _named_again_below(section: Section, following: list[Section]) -> bool:
    """Whether the section's kind is named again, with content, within the next two headings:
    a job board's heading over a sub-heading ("About the team") and the section's own lead-in
    ("Responsibilities" … "Responsibilities:"), which carry its content."""
    return any(later.own_canonical == section.own_canonical and later.blocks for later in following)


def _holds_its_value(heading: str) -> bool:
    """Whether a heading carries its content after a colon ("Salary: £46,000 - £55,000")."""
    _label, colon, value = heading.partition(":")
    return bool(colon) and any(character.isalnum() for character in value)


def _board_note(section: Section) -> bool:
    """Whether *section* is a job board's note to applicants read off the end of a section."""
    return section.heading is None and section.canonical == "how-to-apply" and section.inferred


EMPTY_SECTION = Kind(
    name="empty-section",
    doc="Fires on a heading that names a section and has nothing under it before the next "
    "heading of its level or higher (a job board's note to applicants is not its content); a "
    "heading that names the whole posting (a job board's wrapper) right above another heading "
    "wraps it, at any level.",
    options={},
    check=_empty,
)


def _duplicate(context: Context) -> Iterator[Finding]:
    seen: dict[tuple[str, int, int], set[str]] = {}
    previous = None
    matcher = section_matcher()
    for section in context.document.sections:
        own = section.own_canonical
        heading = section.heading
        if (
            heading is not None
            and own not in (None, "title")
            and not section.part
            and matcher.names_exactly(heading.text)
            and not matcher.is_pitch(heading.text)  # "Why join us?" pitches; "Benefits" lists
        ):
            # a job board's wrapper over the whole posting ("About the job") is no summary of
            # its own beside "About the role"; it repeats only itself
            kind = normalise_label(heading.text) if matcher.is_wrapper(heading.text) else own
            key = (kind, section.level, section.scope)
            sort = _content_sort(section)
            # "Responsibilities:" directly followed by "Our main responsibilities are:" is one
            # section with a lead-in line, not two.
            continues = (
                previous is not None and not previous.blocks and previous.own_canonical == own
            )
            if sort in seen.get(key, ()) and not continues:
                yield Finding(heading.span, {"section": label(own)})
            seen.setdefault(key, set()).add(sort)
        previous = section


def _content_sort(section: Section) -> str:
    """What sort of content a section holds: a list, running text, or nothing yet (a heading
    whose content sits under its sub-headings). Two sections of one kind holding different
    sorts ("What we offer" in a paragraph, "BENEFITS" as a list) are two parts, not twins."""
    if section.bullets:
        return "list"
    return "prose" if section.blocks else "empty"


DUPLICATE_SECTION = Kind(
    name="duplicate-section",
    doc="Fires on the second and later headings naming the same section at the same level "
    "and holding the same sort of content (a list, or running text); only headings that are a "
    "section's name as listed count, not headings that merely hold one of its keywords.",
    options={},
    check=_duplicate,
)


def _order(context: Context) -> Iterator[Finding]:
    order = context.options["order"] or section_matcher().order
    rank = {name: index for index, name in enumerate(order)}
    highest: str | None = None
    scope = 0
    sections = context.document.sections
    for index, section in enumerate(sections):
        if section.scope != scope:  # each job of a job-family page has its own order
            highest, scope = None, section.scope
        name = section.own_canonical
        if section.heading is None or name is None or name not in rank or section.part:
            continue
        if _one_fact(section) or _empty_at_its_level(sections, index):
            continue
        if highest is not None and rank[name] < rank[highest]:
            yield Finding(section.heading.span, {"section": label(name), "after": label(highest)})
        elif highest is None or rank[name] > rank[highest]:
            highest = name


_MAX_FACT_WORDS = 5


def _empty_at_its_level(sections: list[Section], index: int) -> bool:
    """Whether ``sections[index]`` holds nothing, not even sub-sections: a heading with no
    content (JD102's concern) says nothing about where a section's content stands."""
    section = sections[index]
    following = sections[index + 1] if index + 1 < len(sections) else None
    return not section.blocks and (following is None or following.level <= section.level)


def _one_fact(section: Section) -> bool:
    """Whether *section* holds one short line and no list: a fact in a job board's box
    ("Qualification" over "Bachelor's degree", beside "Job type" and "Experience level"),
    not a section a reader reads in order."""
    if len(section.blocks) != 1 or not isinstance(section.blocks[0], Paragraph):
        return False
    text = section.blocks[0].text
    return "\n" not in text.strip() and word_count(text) <= _MAX_FACT_WORDS


SECTION_ORDER = Kind(
    name="section-order",
    doc="Fires on a section that comes after one it usually precedes.",
    options={
        "order": Option(
            list,
            None,
            "the usual order (default: rules/data/sections.yaml)",
            items=str,
            choices=SECTION_NAMES,
        )
    },
    check=_order,
)
