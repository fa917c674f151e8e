"""Shared by both parsers: heading-like lines, and assembling blocks into sections and details."""

from __future__ import annotations

import functools
import itertools
import re

from jdlint.content import (
    closes_with_note,
    cued_kind,
    decided_by_content,
    item_kind,
    lead_in_kind,
    list_kind,
    lists_duties,
    mentions_position,
    names_duties_and_requirements,
    names_position,
    notes_application,
    opens_with_duty,
    recruits,
    role_words,
    running_text,
    speaks_of_role,
    title_shaped,
)
from jdlint.data import DetailMatcher, SectionMatcher
from jdlint.document import Block, Bullet, Detail, Heading, ItemList, Paragraph, Section
from jdlint.languages import every_language
from jdlint.memo import text_cache
from jdlint.spans import Span
from jdlint.text import WORD, sentence_spans

RawBlock = Heading | Paragraph | ItemList

PSEUDO_HEADING_LEVEL = 0
"""Level given by parsers to heading-like lines; resolved by :func:`build_sections`."""

MAX_HEADING_WORDS = 8
_MAX_QUESTION_WORDS = 6
_MIN_BOLD_SENTENCE_WORDS = 4
_MAX_LEAD_IN_WORDS = 20
_MAX_ITEM_WORDS = 40
_MAX_MEAN_ITEM_WORDS = 22
_MIN_SUMMARY_WORDS = 8
_MIN_DUTY_WORDS = 3
_MIN_LABELLED_ITEM_WORDS = 6
_MIN_GROUP_HEADS = 2
_MIN_HEADED_ITEMS = 3
_KIND_WINDOW = 12
"""How many lines above a heading inside pasted text say what kind of items they are."""
_MAX_HEADING_LINE_WORDS = 10
"""Most words of a line inside pasted text read as a heading ("What we are looking for in a
Data Scientist")."""
_MIN_ITEMS_UNDER_TITLE = 3
_MIN_HEAD_LETTERS = 4
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_ITEM_START = re.compile(r"[\"'“‘(\[]?[^\W_a-z]")
_BADGES = re.compile(r"(?:`[^`\n]+`\s*)+")
"""A heading made only of code spans: a job board's badges (pay, place), no section name."""
_STRONG_LINE = re.compile(r"^(\*\*|__)(?P<inner>[^*_\n]+?)\1\s*:?\s*$")
_DETAIL = re.compile(
    r"(?:\*\*|__)?(?P<key>[^\W\d_][^:*_\n]{0,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*"
    r"(?P<value>[^\s*_][^\n]*?)(?:\*\*|__)?\s*$"
)


@text_cache(maxsize=8192)
def word_count(text: str) -> int:
    """Number of words in *text* (remembered: the outline counts the same lines again)."""
    return len(WORD.findall(text))


def looks_like_heading(text: str) -> bool:
    """Whether a one-line paragraph acts as a heading: short, and bold, ending in ':', or a
    short question ("Why join us?", "How will you add value?")."""
    if "\n" in text:
        return False
    stripped = text.strip()
    strong = _STRONG_LINE.match(stripped)
    if strong:
        return (
            word_count(stripped) <= MAX_HEADING_WORDS
            and not detail_line(strong["inner"])
            and not bold_sentence(strong["inner"])
        )
    if stripped.endswith("?") and stripped.count("?") == 1:
        return 0 < word_count(stripped) <= _MAX_QUESTION_WORDS  # "Why join us?"
    return (
        stripped.endswith((":", "："))
        and stripped.count(":") == 1
        and 0 < word_count(stripped) <= MAX_HEADING_WORDS
    )


def bold_sentence(text: str) -> bool:
    """Whether bold text is a sentence set in bold, not a heading: a few words ending in a
    full stop ("**We are hiring a backend developer.**")."""
    return text.rstrip(" *_").endswith(".") and word_count(text) >= _MIN_BOLD_SENTENCE_WORDS


def heads_nested_list(text: str) -> bool:
    """Whether a bullet with a nested list under it is a sub-heading rather than an item."""
    stripped = text.rstrip()
    if stripped.endswith((":", "：")):
        return word_count(stripped) <= MAX_HEADING_WORDS
    return word_count(stripped) <= 6 and not stripped.endswith((".", "!", "?"))


def build_sections(
    blocks: list[RawBlock],
    matcher: SectionMatcher,
    text: str,
    hard_breaks: bool = True,
    role_name: str | None = None,
) -> tuple[list[Section], Heading | None]:
    """Group *blocks* under their headings; return the sections and the title heading, if any.

    Real Markdown headings keep their level. Heading-like lines (level 0 from a parser) become
    level 2 when they name a canonical section and level 3 otherwise, so that an unknown
    sub-heading such as "Account planning:" nests under the section before it (and takes its
    section, except a summary's, which has no sub-parts), and always one level below the last
    real heading ("**About us**" under "## Description"); a lead-in line is one level below the
    heading it follows. A general heading of a job board ("Additional information", "Job
    description & requirements") followed directly by other headings names no section of its
    own: the heading-like lines after it nest under it. The first level-1 heading that names no
    section is the title, and so is a short bold or heading-like first line that is no general
    heading ("Detail Lowongan"). Before grouping, a line ending in ``:`` that introduces a list
    becomes a lead-in heading, and (where a line break is seen by readers: plain text and
    HTML, not Markdown, which joins the lines of a paragraph) runs of short lines under a
    heading become a list whose markers were lost.
    After grouping, sections whose heading does not say what they hold are read from their
    content (:mod:`jdlint.content`), and untitled opening text is the summary. *role_name* (the
    front matter's title, else the title heading) tells a summary's paragraphs about the role
    from one presenting the organisation.
    """
    blocks = _tab_strips(_sentence_headings(blocks), text)
    blocks = _split_lead_ins(_run_in_labels(_run_in_headings(blocks, text), matcher, text), text)
    blocks = _part_labels_in_lists(blocks, matcher)
    blocks = _facts_box(_values_under_labels(blocks, matcher), matcher)
    blocks = _numbered_job_names(blocks, matcher, text)
    blocks = _paragraph_items(_lone_duties(blocks, matcher), text)
    if hard_breaks:
        blocks = _trailing_line_headings(blocks, matcher, text)
        blocks = _heads_inside_paragraphs(blocks, text)
        blocks = _markerless_lists(blocks, text)
    sections = [Section(heading=None, level=0, canonical=None, own_canonical=None)]
    open_sections = [sections[0]]  # the nearest section of each lower level (a monotonic stack)
    title: Heading | None = None
    real_level = 1  # the level of the last real heading (Markdown, HTML) other than the title
    base_level = 1  # the level of the last heading that is not a lead-in
    umbrellas: set[int] = set()  # the general headings over other headings, by id
    named_style: set[str | None] = set()  # how the last heading-like line naming a section looks
    for position, block in enumerate(blocks):
        if not isinstance(block, Heading):
            sections[-1].blocks.append(block)
            continue
        own = matcher.match(block.text)
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        # a general heading right above another stands over it, unless both are real headings
        # whose levels say otherwise ("## Job details" above "## Responsibilities")
        umbrella = (
            isinstance(following, Heading)
            and (
                PSEUDO_HEADING_LEVEL in (block.level, following.level)
                or following.level > block.level
            )
            and matcher.is_general(block.text)
        )
        pseudo = block.level == PSEUDO_HEADING_LEVEL
        # an unknown heading styled like the section heading before it ("APPLICATION
        # INSTRUCTIONS" after "RESPONSIBILITIES") is its peer, not a sub-heading of it
        peer = pseudo and own is None and _style(block.text) in (named_style - {None})
        if pseudo and own is not None and not block.lead_in:
            named_style = {_style(block.text)}
        if pseudo:
            if (
                isinstance(following, ItemList)
                and not matcher.names_exactly(block.text)
                and not peer
            ):
                block.lead_in = block.lead_in or word_count(block.text) > 2
            if (
                own is None
                and title is None
                and position == 0
                and not block.lead_in
                and not matcher.is_general(block.text)
                and not decided_by_content(block.text)
                and not block.text.rstrip(" *_").endswith((".", "!"))  # "Hi Talent."
            ):
                block.level = 1
            elif block.lead_in:
                block.level = base_level + 1
            else:
                block.level = max(2 if own or peer else 3, real_level + 1)
                above = blocks[position - 1] if position else None
                if (
                    own is None
                    and (not peer or _ends_in_colon(block.text))  # a label, not a peer
                    and isinstance(above, Heading)
                    and above.canonical not in (None, "title")
                    and above.level >= block.level
                ):
                    block.level = above.level + 1  # "CONTACT DETAILS" over "For questions:"
            if umbrella:
                real_level = block.level
        elif (
            own is None
            and title is None
            and position == 0
            and role_name is None
            and not umbrella
            and word_count(block.text) <= MAX_HEADING_WORDS
            and not block.text.rstrip(" *_").endswith(("!", "?", ".", ":"))
            and not matcher.is_general(block.text)
            and not any(isinstance(other, Heading) and other.level == 1 for other in blocks)
        ):
            # the first heading, not a section's name, names the job ("<h2>Data Analyst</h2>")
            block.level = 1
        elif block.level > 1:
            real_level = block.level
        if not block.lead_in:
            base_level = block.level
        if (
            own is None
            and title is None
            and block.level == 1
            and not umbrella
            # "# In the role you will:", "# What you will do": a site's section headings
            and not _ends_in_colon(block.text)
            and lead_in_kind(block.text) is None
            and not matcher.is_general(block.text)  # "**General Information**" over the facts
            and not _one_of_numbered(block, blocks)
        ):
            title = block
            own = "title"
        block.canonical = own
        while open_sections and open_sections[-1].level >= block.level:
            open_sections.pop()
        parent = open_sections[-1] if open_sections else None
        inherited = (
            parent.canonical
            if parent is not None
            and parent.canonical != "title"
            and id(parent) not in umbrellas
            # a summary has no sub-parts: an unknown heading-like line after it starts
            # something else ("This job is open to", "Application Instructions")
            and not (pseudo and parent.canonical == "summary" and not block.lead_in)
            else None
        )
        section = Section(
            heading=block,
            level=block.level,
            canonical=own or inherited,
            own_canonical=None if umbrella else own,
            part=own is not None and (block.lead_in or matcher.is_part(block.text)),
        )
        if umbrella:  # names no section of its own, and passes none on to the headings under it
            umbrellas.add(id(section))
        sections.append(section)
        open_sections.append(section)
    if not sections[0].blocks:
        sections.pop(0)
    _page_labels(sections)
    role = role_words(role_name or (title.text if title else None))
    sections = _opening_summary(_read_content(sections, matcher), matcher, role)
    sections = _organisation_first(_application_notes(sections), role)
    _opening_pitch(sections, matcher)
    _conditions_of_employment(sections, matcher)
    _assign_scopes(sections, matcher)
    return sections, title


_JOB_SECTIONS = frozenset({"responsibilities", "qualifications"})
_MAIN_SECTIONS = frozenset({"summary", "responsibilities", "qualifications", "benefits"})


def _sub_sections(sections: list[Section], index: int) -> list[Section]:
    """The sections under ``sections[index]``: those after it, up to one of its level."""
    level = sections[index].level
    end = index + 1
    while end < len(sections) and sections[end].level > level:
        end += 1
    return sections[index + 1 : end]


def _page_labels(sections: list[Section]) -> None:
    """An empty heading over sub-headings that name two other main sections ("# Responsibilities"
    over "## The role", "## Key responsibilities", "## Preferred experience") labels the whole
    page, not a section: it names none, and the unknown sub-headings under it take no section
    from it (their content decides, :func:`_read_content`)."""
    for index, section in enumerate(sections):
        kind = section.own_canonical
        if section.heading is None or section.blocks or kind not in _MAIN_SECTIONS:
            continue
        under = _sub_sections(sections, index)
        if len({child.own_canonical for child in under} & _MAIN_SECTIONS - {kind}) < 2:
            continue
        section.canonical = section.own_canonical = None
        section.part = False
        named: list[Section] = [section]  # the nearest heading above that names its section
        for child in under:
            while named[-1] is not section and named[-1].level >= child.level:
                named.pop()
            if child.own_canonical is not None:
                named.append(child)
            elif named[-1] is section and child.canonical == kind:
                child.canonical = None


_NUMBERED = re.compile(r"\s*(\d{1,2})[.)]\s")


def _one_of_numbered(heading: Heading, blocks: list[RawBlock]) -> bool:
    """Whether *heading* is one of several numbered headings of its level ("# 1. Perawat",
    "# 2. Apoteker"): the jobs of an advertisement for several, not the page's title."""
    number = _NUMBERED.match(heading.text)
    return number is not None and any(
        isinstance(other, Heading)
        and other.level == heading.level
        and (found := _NUMBERED.match(other.text)) is not None
        and found.group(1) != number.group(1)
        for other in blocks
    )


def named_together(sections: list[Section]) -> frozenset[str]:
    """The duties and the requirements, when a heading with text under it names both
    ("Qualification & Responsibilities", "Tugas dan Kualifikasi"): the section holds both,
    though it takes the canonical name of one."""
    for section in sections:
        heading = section.heading
        if (
            heading is not None
            and section.blocks
            and section.own_canonical in _JOB_SECTIONS
            and names_duties_and_requirements(heading.text)
        ):
            return _JOB_SECTIONS
    return frozenset()


def _style(heading: str) -> str | None:
    """How a heading-like line stands out: in capitals, in bold, or neither (``None``)."""
    stripped = heading.strip()
    if _STRONG_LINE.match(stripped):
        return "bold"
    letters = [char for char in stripped if char.isalpha()]
    if len(letters) >= 3 and all(char.isupper() for char in letters):
        return "capitals"
    return None


def _opening_pitch(sections: list[Section], matcher: SectionMatcher) -> None:
    """A "Why join us?" heading over running text before the duties and the requirements
    introduces the company: it and its untitled sub-headings are about the company."""
    pitch: Section | None = None
    for section in sections:
        if section.own_canonical in _JOB_SECTIONS:
            return
        if pitch is not None and section.level > pitch.level and section.own_canonical is None:
            section.canonical = "about-company"
            continue
        pitch = None
        heading = section.heading
        if (
            heading is not None
            and section.own_canonical == "benefits"
            and matcher.is_pitch(heading.text)
            and section.blocks
            and not section.bullets
        ):
            section.canonical = section.own_canonical = "about-company"
            section.inferred = True
            pitch = section


def _assign_scopes(sections: list[Section], matcher: SectionMatcher) -> None:
    """Number the jobs of a page that describes several: a heading that names no section and
    holds sub-headings for duties or requirements ("## Senior Engineer" above its own
    "### Responsibilities" and "### Requirements") opens the scope of one job."""
    scope = 0
    open_scopes: list[tuple[int, int]] = []  # (heading level, scope) of the enclosing jobs
    for index, section in enumerate(sections):
        while open_scopes and section.heading is not None and open_scopes[-1][0] >= section.level:
            open_scopes.pop()
        if _holds_a_job(sections, index, matcher):
            scope += 1
            open_scopes.append((section.level, scope))
        section.scope = open_scopes[-1][1] if open_scopes else 0
    if scope == 0:
        _assign_sibling_scopes(sections, matcher)
    if not several_jobs(sections):
        _assign_post_scopes(sections, matcher)


_MAX_JOB_NAME_WORDS = 8


def _assign_sibling_scopes(sections: list[Section], matcher: SectionMatcher) -> None:
    """Number the jobs of an advertisement for several that names each right above its own
    sections at one level ("1. Staff Admin Gudang" over its "Persyaratan:", then "2. Sales
    Canvas" over its own): each name opens one job's scope, up to the next. Only a kind of
    section named again under another name tells the jobs apart; a page with one job under
    two unknown headings stays one job."""
    openers = [
        index
        for index, section in enumerate(sections[:-1])
        if _names_a_job(section, matcher) and _opens_job_section(section, sections[index + 1])
    ]
    if len(openers) < 2:
        return
    ends = [*openers[1:], len(sections)]
    kinds = [
        {_job_kind(later) for later in sections[start + 1 : end]} & _JOB_SECTIONS
        for start, end in zip(openers, ends, strict=True)
    ]
    if not any(first & second for first, second in itertools.combinations(kinds, 2)):
        return
    _number_jobs(sections, openers)


def _opens_job_section(name: Section, following: Section) -> bool:
    """Whether *following*, right under a heading that may name a job, is that job's own
    duties or requirements: named by its heading and not a part by name ("Essential" under a
    competency); or, under a position's name, a lead-in or a section its content decided
    ("Payroll Supervisor" over "Penempatan: Jakarta" and its list of requirements)."""
    if _job_kind(following) is None:
        return False
    if following.own_canonical in _JOB_SECTIONS and not following.part:
        return True
    lead_in = following.heading is not None and following.heading.lead_in
    return (
        (lead_in or following.inferred)
        and name.heading is not None
        and names_position(name.heading.text)
    )


def _job_kind(section: Section) -> str | None:
    """The job section *section* is by its heading, or by its content when that decided."""
    kind = section.own_canonical or (section.canonical if section.inferred else None)
    return kind if kind in _JOB_SECTIONS else None


def _number_jobs(sections: list[Section], openers: list[int]) -> None:
    """Give each section from one opener up to the next the scope of that opener's job."""
    ends = [*openers[1:], len(sections)]
    for number, (start, end) in enumerate(zip(openers, ends, strict=True), start=1):
        for section in sections[start:end]:
            section.scope = number


def _names_a_job(section: Section, matcher: SectionMatcher) -> bool:
    """Whether a heading could name one job of several: short, naming no section."""
    heading = section.heading
    return (
        heading is not None
        and section.own_canonical is None
        and not heading.lead_in
        and not matcher.is_general(heading.text)
        and word_count(heading.text) <= _MAX_JOB_NAME_WORDS
    )


def _assign_post_scopes(sections: list[Section], matcher: SectionMatcher) -> None:
    """Number the jobs of an advertisement that names each post right over its own list
    ("Web Programmer :" over its requirements, then "Designer :" over its own, or
    "Requirements for the Driver:"): sections whose heading names a post and whose kind their
    content or a part's name gave. Only a kind that two of them share
    tells the jobs apart."""
    openers = [
        index
        for index, section in enumerate(sections)
        if section.heading is not None
        and (section.inferred or section.part)
        and section.canonical in _JOB_SECTIONS
        and _names_post(section.heading.text.strip(" :*_#"), matcher)
    ]
    kinds = [sections[index].canonical for index in openers]
    if len(openers) >= 2 and len(set(kinds)) < len(kinds):
        _number_jobs(sections, openers)


def _names_post(heading: str, matcher: SectionMatcher) -> bool:
    """Whether *heading* names a post ("Web Programmer"), perhaps after the name of the
    section it heads ("Persyaratan khusus Staf Bagian SDM", "Requirements for Store Manager")."""
    if names_position(heading):
        return True
    opening = " ".join(heading.split()[:2])
    return mentions_position(heading) and matcher.match(opening) in _JOB_SECTIONS


def several_jobs(sections: list[Section]) -> bool:
    """Whether the page describes more than one job, each under its own name."""
    return any(section.scope > 1 for section in sections)


def _holds_a_job(sections: list[Section], index: int, matcher: SectionMatcher) -> bool:
    section = sections[index]
    heading = section.heading
    if heading is None or section.own_canonical is not None or heading.lead_in:
        return False
    if matcher.is_general(heading.text):  # "Job description" over the duties and requirements
        return False
    for later in sections[index + 1 :]:
        if later.heading is not None and later.level <= section.level:
            return False
        # a section's own heading, not one part of it ("Essential" under a competency)
        if later.own_canonical in _JOB_SECTIONS and not later.inferred and not later.part:
            return True
    return False


def _numbered_job_names(
    blocks: list[RawBlock], matcher: SectionMatcher, text: str
) -> list[RawBlock]:
    """Numbered lines that each name one job of several, standing alone right above the job's
    own duties or requirements ("2. Sales Canvas" over "Persyaratan:"), are headings, not
    items. Two are needed: one numbered line over "Requirements:" is more often the last item
    of a list than the name of the only job."""
    names: dict[int, Bullet] = {}
    for index, block in enumerate(blocks[:-1]):
        if (
            isinstance(block, ItemList)
            and block.ordered
            and len(block.bullets) == 1
            and 0 < word_count(block.bullets[0].text) <= _MAX_JOB_NAME_WORDS
            and _names_job_section(blocks[index + 1], matcher)
        ):
            names[index] = block.bullets[0]
    if len(names) < 2:
        return blocks
    found = list(blocks)
    for index, bullet in names.items():
        span = Span(bullet.marker_span.start, bullet.span.end)
        found[index] = Heading(span, text[span.start : span.end], PSEUDO_HEADING_LEVEL)
    first = min(names)
    opening = blocks[first - 1] if first else None
    if (  # "… membuka lowongan untuk posisi berikut:" introduces the jobs
        isinstance(opening, Heading)
        and opening.text.rstrip().endswith((":", "："))
        and matcher.match(opening.text) is None
    ):
        found[first - 1] = Paragraph(opening.span, opening.text)
    return found


def _names_job_section(block: RawBlock, matcher: SectionMatcher) -> bool:
    """Whether *block* is a heading, or a label line ending in ":", naming duties or
    requirements ("Persyaratan:")."""
    if isinstance(block, Paragraph) and not block.text.rstrip().endswith((":", "：")):
        return False
    return (
        isinstance(block, (Heading, Paragraph))
        and "\n" not in block.text.strip()
        and matcher.match(block.text, strict=True) in _JOB_SECTIONS
    )


def _run_in_headings(blocks: list[RawBlock], text: str) -> list[RawBlock]:
    """A short bold line opening a paragraph ("**Senior Data Analyst**" over the company's
    blurb, no blank line between) heads the text under it, as it would on its own line; not a
    label ending in ":" ("**Location:**" over its value), which stays a ``Key: value`` line."""
    result: list[RawBlock] = []
    for block in blocks:
        first_end = block.text.find("\n") if isinstance(block, Paragraph) else -1
        if not isinstance(block, Paragraph) or first_end < 0:
            result.append(block)
            continue
        first = block.text[:first_end]
        rest = block.text[first_end:]
        if (
            not looks_like_heading(first)
            or not _STRONG_LINE.match(first.strip())
            or _ends_in_colon(first)
            or not rest.strip()
        ):
            result.append(block)
            continue
        line = Span(block.span.start, block.span.start + first_end).trimmed(text)
        after = Span(block.span.start + first_end, block.span.end).trimmed(text)
        result.append(Heading(line, text[line.start : line.end], PSEUDO_HEADING_LEVEL))
        result.append(Paragraph(after, text[after.start : after.end]))
    return result


_RUN_IN_LABEL = re.compile(
    r"(?P<label>(?P<mark>\*\*|__|\*|_)?(?P<name>[^\W\d_][^:*_\n]{1,40}?)"
    r"(?:[:：](?P=mark)?[:：]?|(?P=mark)[:：]))"
    r"[ \t]+(?=\S)"
)
_MIN_RUN_IN_WORDS = 8


def _run_in_labels(blocks: list[RawBlock], matcher: SectionMatcher, text: str) -> list[RawBlock]:
    """A paragraph that opens with a section's name and a colon, then runs on with its content
    ("*Requirements:* A PhD in biology or a related field. Experience with …"): the name heads
    the text after it, as it would on a line of its own. A short value after a label ("The
    role: Data Engineer", "Benefits: health cover") stays one line, and so do a label naming
    one part of a section ("Education: …") and one that only holds a section's keyword ("Our
    requirements for travel: …")."""
    result: list[RawBlock] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            result.extend(_split_run_in_label(block, matcher, text))
        else:
            result.append(block)
    return result


def _split_run_in_label(paragraph: Paragraph, matcher: SectionMatcher, text: str) -> list[RawBlock]:
    label = _RUN_IN_LABEL.match(paragraph.text)
    if (
        label is None
        or text[paragraph.span.start : paragraph.span.end] != paragraph.text
        or not matcher.names_exactly(label["name"])
        or matcher.match(label["name"]) in (None, "title", "details")
        or matcher.is_part(label["name"])  # "Education: …", "Base salary: …" under a heading
        or word_count(paragraph.text[label.end() :].split("\n", 1)[0]) < _MIN_RUN_IN_WORDS
    ):
        return [paragraph]
    start = paragraph.span.start
    heading = Heading(Span(start, start + label.end("label")), label["label"], PSEUDO_HEADING_LEVEL)
    return [heading, _paragraph(start + label.end(), paragraph.span.end, text)]


_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?P<sentence>[^\W\d_][^.!?]*[:：][*_]*)$")


def _split_lead_ins(blocks: list[RawBlock], text: str) -> list[RawBlock]:
    """A paragraph whose last line ends in ``:`` (perhaps inside bold) and introduces a list:
    that line, or its last sentence when the line is long, is a lead-in. A paragraph of one
    title-shaped line right over a list ("Why Candidates Choose This Role") heads it."""
    result: list[RawBlock] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if not isinstance(block, Paragraph) or not isinstance(following, ItemList):
            result.append(block)
            continue
        if "\n" not in block.text.strip() and title_shaped(block.text):
            result.append(Heading(block.span, block.text, PSEUDO_HEADING_LEVEL))
            continue
        last_line_start = block.text.rfind("\n") + 1
        line = block.text[last_line_start:].strip()
        if word_count(line) > _MAX_LEAD_IN_WORDS:  # "… is growing fast. In this role you will:"
            sentence = _LAST_SENTENCE.search(line)
            if sentence is not None:
                line = sentence["sentence"]
                last_line_start += block.text[last_line_start:].rfind(line)
        if not line.rstrip("*_ ").endswith((":", "：")) or word_count(line) > _MAX_LEAD_IN_WORDS:
            result.append(block)
            continue
        line_span = Span(block.span.start + last_line_start, block.span.end).trimmed(text)
        if last_line_start:
            before = Span(block.span.start, block.span.start + last_line_start).trimmed(text)
            result.append(Paragraph(before, text[before.start : before.end]))
        result.append(_lead_in_heading(line_span, text))
    return result


def _part_labels_in_lists(blocks: list[RawBlock], matcher: SectionMatcher) -> list[RawBlock]:
    """An item that is only the name of a part of the requirements ("- Desirable" between the
    essential and the desirable ones) is a lead-in over the items after it, not an item: the
    list is cut there, as a sub-heading would cut it. A benefit named like a part of the
    benefits ("- Bonus") stays an item."""
    result: list[RawBlock] = []
    for block in blocks:
        if not isinstance(block, ItemList):
            result.append(block)
            continue
        current = ItemList(ordered=block.ordered)
        for position, bullet in enumerate(block.bullets):
            if (
                0 < position < len(block.bullets) - 1
                and bullet.depth == 0
                and not bullet.subheading
                and matcher.listed_part_of(bullet.text) == "qualifications"
            ):
                result.append(current)
                heading = Heading(bullet.span, bullet.text, PSEUDO_HEADING_LEVEL)
                heading.lead_in = True
                result.append(heading)
                current = ItemList(ordered=block.ordered)
                continue
            current.bullets.append(bullet)
        result.append(current)
    return result


def _lone_duties(blocks: list[RawBlock], matcher: SectionMatcher) -> list[RawBlock]:
    """A duties heading over one line of one sentence that opens with a verb, and nothing else:
    that line is the section's one duty (a list of one), not a paragraph of prose, in every
    format ("Backend Engineers at Acme are …" stays a paragraph)."""
    result = list(blocks)
    for index, block in enumerate(blocks[:-1]):
        line = blocks[index + 1]
        after = blocks[index + 2] if index + 2 < len(blocks) else None
        if (
            not isinstance(block, Heading)
            or not isinstance(line, Paragraph)
            or not (after is None or isinstance(after, Heading))
            or "\n" in line.text.strip()
            or matcher.match(block.text) != "responsibilities"
            or decided_by_content(block.text)
            or _SENTENCE_INSIDE.search(line.text)
            or word_count(line.text) < _MIN_DUTY_WORDS
            or detail_line(line.text)
            or not _ITEM_START.match(line.text.strip())
            or not opens_with_duty(line.text)
        ):
            continue
        bullet = Bullet(line.span, line.text, "", Span(line.span.start, line.span.start), 0)
        result[index + 1] = ItemList(bullets=[bullet])
    return result


def _values_under_labels(blocks: list[RawBlock], matcher: SectionMatcher) -> list[RawBlock]:
    """A heading-like line with nothing under it (the next heading or the end follows), neither
    ending in ``:`` itself, in bold nor in capitals, is text when it follows a label ending in
    ``:`` ("Insentif :" above "bonus": the label's value) or, naming only a part of a section,
    follows text and comes before another section ("Gaji pokok" above "Tunjangan" above
    "Lokasi:": one more item of a list without markers), not before a sub-heading of its own
    section ("Skills" above "Technical skills:")."""
    result: list[RawBlock] = []
    for index, block in enumerate(blocks):
        previous = blocks[index - 1] if index else None
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            isinstance(block, Heading)
            and block.level == PSEUDO_HEADING_LEVEL
            and (following is None or isinstance(following, Heading))
            and not block.text.rstrip().endswith((":", "：", "?"))
            and not block.text.isupper()
            and not _STRONG_LINE.match(block.text.strip())
            and (
                (isinstance(previous, Heading) and previous.text.rstrip().endswith((":", "：")))
                or (
                    isinstance(previous, Paragraph)
                    and matcher.is_part(block.text)
                    and (
                        following is None
                        or matcher.match(following.text) != matcher.match(block.text)
                    )
                )
            )
        ):
            result.append(Paragraph(block.span, block.text))
            continue
        result.append(block)
    return result


def _facts_box(blocks: list[RawBlock], matcher: SectionMatcher) -> list[RawBlock]:
    """A bare section name inside a job board's box of facts ("Career Level" / "Entry Level" /
    "Qualification" / "Bachelor's Degree" / "Years of Experience" …) is one of the box's
    labels: the line next to it on either side belongs to the box. It stays text."""
    result: list[RawBlock] = []
    for index, block in enumerate(blocks):
        if (
            isinstance(block, Heading)
            and block.level == PSEUDO_HEADING_LEVEL
            and not block.text.rstrip().endswith((":", "："))
            and not matcher.is_general(block.text)
            and (
                _holds_fact_label(blocks[index - 1] if index else None, matcher, last=True)
                or _holds_fact_label(
                    blocks[index + 1] if index + 1 < len(blocks) else None, matcher, last=False
                )
            )
        ):
            result.append(Paragraph(block.span, block.text))
            continue
        result.append(block)
    return result


def _holds_fact_label(block: RawBlock | None, matcher: SectionMatcher, last: bool) -> bool:
    """Whether a paragraph next to a heading has a label of a box of facts one value away from
    it: its line before last when it comes before the heading ("Career Level" / "Entry Level"),
    its second line when it comes after ("Bachelor's Degree" / "Years of Experience")."""
    if not isinstance(block, Paragraph):
        return False
    lines = block.text.split("\n")
    if len(lines) < 2:
        return False
    return matcher.is_fact_label(lines[-2] if last else lines[1])


def _markerless_lists(blocks: list[RawBlock], text: str) -> list[RawBlock]:
    """Runs of short lines right under a heading are a list whose markers were lost (text
    pasted from a web page); a paragraph of running text stays a paragraph."""
    result: list[RawBlock] = []
    for index, block in enumerate(blocks):
        previous = blocks[index - 1] if index else None
        if isinstance(block, Paragraph) and isinstance(previous, Heading):
            title = previous.level == 1
            lines = _item_lines(block, text, title=title)
            first, last = _prose_edges(lines, text, previous.text) if lines else (0, 0)
            if title and last - first < _MIN_ITEMS_UNDER_TITLE:
                lines = []  # prose under the title: a list there needs three items
            if lines:
                if first:
                    result.append(_paragraph(lines[0].start, lines[first - 1].end, text))
                result.extend(_item_lists(lines[first:last], text))
                if last < len(lines):
                    result.append(_paragraph(lines[last].start, lines[-1].end, text))
                continue
        if (
            isinstance(block, Paragraph)
            and isinstance(previous, Paragraph)
            and _lead_in_paragraph(previous, [block])
            and "\n" in block.text.strip()
        ):
            lines = _item_lines(block, text, title=False)
            if lines:
                # "… include the following:" over a paragraph of one item a line
                result[-1] = _lead_in_heading(previous.span.trimmed(text), text)
                result.extend(_item_lists(lines, text))
                continue
        if isinstance(block, Paragraph) and (
            previous is None or _after_markerless_list(result) or _colonless_lead_in(previous)
        ):
            lines = _item_lines(block, text, title=True)
            if lines and list_kind([text[line.start : line.end] for line in lines]):
                # a list unannounced at the top of the draft, under a lead-in with no colon
                # ("To thrive in this role, you have"), or the next field of an export after a
                # blank line, its heading lost too
                result.extend(_item_lists(lines, text))
                continue
        result.append(block)
    return result


def _colonless_lead_in(block: RawBlock | None) -> bool:
    """Whether *block* is one short line whose words introduce a section's list ("To thrive
    in this role, you have", "Anda akan")."""
    return (
        isinstance(block, Paragraph)
        and "\n" not in block.text.strip()
        and word_count(block.text) <= _MAX_COLONLESS_LEAD_IN_WORDS
        and lead_in_kind(block.text) is not None
    )


_MAX_COLONLESS_LEAD_IN_WORDS = 10


def _trailing_line_headings(
    blocks: list[RawBlock], matcher: SectionMatcher, text: str
) -> list[RawBlock]:
    """A heading-like line of plain text right under the last line of a paragraph, with no
    blank line between, and nothing under it ("Additional duties as assigned" closing the
    duties before "What You'll Need"), is the paragraph's last line, not a heading; a section's
    own name ("Qualifications") still heads what comes next."""
    result: list[RawBlock] = []
    for index, block in enumerate(blocks):
        previous = result[-1] if result else None
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            isinstance(block, Heading)
            and isinstance(previous, Paragraph)
            and _empty_line_heading(block, following)
            and not _ends_in_colon(block.text)
            and not matcher.names_exactly(block.text)
            and _on_next_line(text, previous.span.end, block.span.start)
        ):
            result[-1] = _paragraph(previous.span.start, block.span.end, text)
            continue
        result.append(block)
    return result


def _after_markerless_list(blocks: list[RawBlock]) -> bool:
    """Whether *blocks* end with a list whose markers were lost."""
    last = blocks[-1] if blocks else None
    return isinstance(last, ItemList) and all(not bullet.marker for bullet in last.bullets)


def _heads_inside_paragraphs(blocks: list[RawBlock], text: str) -> list[RawBlock]:
    """A heading inside a paragraph, after other lines and right over three or more lines that
    read as list items, heads those items: a short title-shaped line ("Be Part of Our Success",
    a misspelt "Responsibilitie"), a lead-in ending in ":", or a heading line after a line of
    prose ("What a Data Scientist does at Acme"). Text pasted from a web page keeps one line per
    heading and item with no blank line between, and a reader still sees the heading. The
    paragraph is cut into the prose, each such heading and the lines under it (see
    :func:`_headed_run_end`)."""
    result: list[RawBlock] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph) and "\n" in block.text:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            result.extend(_cut_at_heads(block, text, isinstance(following, Heading | ItemList)))
        else:
            result.append(block)
    return result


def _cut_at_heads(paragraph: Paragraph, text: str, more_follows: bool) -> list[RawBlock]:
    """*paragraph* cut at the heads of its item runs (see :func:`_heads_inside_paragraphs`).
    Once it is cut, a lone title-shaped line right above a head, or closing the paragraph when
    *more_follows* (a heading or a list comes next), is a heading too ("Our Culture" above "We
    value:", "Qualities We Value" above "Technical knowledge in:")."""
    lines = _line_spans(paragraph, text)
    runs: list[tuple[int, int]] = []  # each head's line and the end of the items under it
    index = 1
    while index < len(lines) - 1:
        end = _headed_run_end(lines, runs[-1][1] if runs else 0, index, text)
        if end is None:
            index += 1
            continue
        runs.append((index, end))
        index = end
    if not runs:
        return _cut_at_lone_heads(paragraph, lines, text)
    if _head_or_lead_in(_text(lines[0], text)) and _reads_as_items(
        lines[1 : runs[0][0]], text, title=False
    ):
        return [paragraph]  # a list whose groups open with their heads (see _item_lists)
    pieces: list[RawBlock] = []
    position = 0
    for head, end in runs:
        pieces.extend(_between_runs(lines[position:head], text, heads_more=True))
        heading = Heading(lines[head], _text(lines[head], text), PSEUDO_HEADING_LEVEL)
        heading.lead_in = _lead_in_line(heading.text)
        pieces.append(heading)
        pieces.append(_paragraph(lines[head + 1].start, lines[end - 1].end, text))
        position = end
    pieces.extend(_between_runs(lines[position:], text, heads_more=more_follows))
    return pieces


def _cut_at_lone_heads(paragraph: Paragraph, lines: list[Span], text: str) -> list[RawBlock]:
    """*paragraph* cut at each title-shaped line that stands between two sentences ("… 4,000
    staff." / "Our Client" / "Our client runs …") with fewer than three lines under it: pasted
    text lost the blank lines around a heading, and a reader still sees it. Over more lines,
    it may as well be a line of the text (see :func:`_headed_run_end`)."""
    heads = [
        index
        for index in range(1, len(lines) - 1)
        if len(lines) - index - 1 < _MIN_HEADED_ITEMS
        and title_shaped(_text(lines[index], text))
        and all(_sentence_line(_text(lines[near], text)) for near in (index - 1, index + 1))
    ]
    if not heads:
        return [paragraph]
    pieces: list[RawBlock] = []
    start = 0
    for head in heads:
        pieces.append(_paragraph(lines[start].start, lines[head - 1].end, text))
        pieces.append(Heading(lines[head], _text(lines[head], text), PSEUDO_HEADING_LEVEL))
        start = head + 1
    pieces.append(_paragraph(lines[start].start, lines[-1].end, text))
    return pieces


def _sentence_line(line: str) -> bool:
    """A line of one or more whole sentences of running text that does not read as a duty (a
    title between duties heads a group of them, see :func:`_item_lists`)."""
    return (
        line.rstrip().endswith((".", "!", "?")) and running_text(line) and not opens_with_duty(line)
    )


def _between_runs(lines: list[Span], text: str, heads_more: bool) -> list[RawBlock]:
    """The lines between two item runs, or after the last: a lone title-shaped line, or a
    heading line whose words announce a section ("What we are looking for in an analyst"),
    heads what follows when *heads_more*; other lines are a paragraph."""
    if not lines:
        return []
    line = _text(lines[0], text)
    if len(lines) == 1 and heads_more and (_head_or_lead_in(line) or _announces_section(line)):
        return [Heading(lines[0], _text(lines[0], text), PSEUDO_HEADING_LEVEL)]
    return [_paragraph(lines[0].start, lines[-1].end, text)]


def _headed_run_end(lines: list[Span], start: int, index: int, text: str) -> int | None:
    """Where the item lines under line *index* end, when it is a heading or lead-in over
    three or more of them (the run stops at the next such line or the first line that reads
    as no item) and, under a title rather than a lead-in, they read as duties, requirements or
    benefits; ``None`` when it heads no such run. A short heading line that is not title-shaped
    ("What a Data Scientist does at Acme") heads only after a line of prose. A title is no head
    when its own words cue an item ("Familiar with Git"), nor when the lines from *start* above
    it read as items of the same kind as those under it: it splits no list of one kind."""
    line = _text(lines[index], text)
    above = _text(lines[index - 1], text)
    if continues_sentence(above) or not (
        _head_or_lead_in(line) or (_heading_line(line) and _prose_line(above))
    ):
        return None
    title = not _lead_in_line(line)
    if title and cued_kind(line) is not None:
        return None
    end = index + 1
    while end < len(lines):
        item = _text(lines[end], text)
        if _head_or_lead_in(item) or _announces_section(item) or not _item_line(item):
            break
        end += 1
    items = [_text(span, text) for span in lines[index + 1 : end]]
    counts = [word_count(item) for item in items]
    if len(counts) < _MIN_HEADED_ITEMS or sum(counts) / len(counts) > _MAX_MEAN_ITEM_WORDS:
        return None
    if not title:
        return end
    kind = list_kind(items)
    if kind is None:
        return None  # a title over lines that read as no known kind of item may head prose
    window = lines[max(start, index - _KIND_WINDOW) : index]
    before = [_text(span, text) for span in _reads_as_items(window, text, False)]
    return None if before and list_kind(before) == kind else end


def _item_line(line: str) -> bool:
    """Whether *line* can be one item of a list whose markers were lost: short, opening as an
    item does, no job detail, not breaking off mid-sentence."""
    return (
        word_count(line) <= _MAX_ITEM_WORDS
        and _ITEM_START.match(line) is not None
        and (not detail_line(line) or _labelled_item(line))
        and (not continues_sentence(line) or _ends_item(line))
    )


def _head_or_lead_in(line: str) -> bool:
    """A title-shaped line, or a line ending in ``:`` that introduces what follows."""
    return _head_shaped(line) or _lead_in_line(line)


def _prose_line(line: str) -> bool:
    """A line of running text, longer than a list item: two sentences or more, or more words
    than items have on average."""
    return word_count(line) > _MAX_MEAN_ITEM_WORDS or _SENTENCE_INSIDE.search(line) is not None


def _announces_section(line: str) -> bool:
    """A heading line whose words name what follows ("What we are looking for in an
    analyst")."""
    return _heading_line(line) and lead_in_kind(line) is not None


def _heading_line(line: str) -> bool:
    """A short line with no closing punctuation that opens with a capital but not with a
    verb, as a duty would ("What we are looking for in an analyst")."""
    stripped = line.strip(" *_")
    return (
        0 < word_count(stripped) <= _MAX_HEADING_LINE_WORDS
        and stripped[:1].isupper()
        and not stripped.endswith((".", ",", ";", "!", ":", "："))
        and not detail_line(stripped)
        and not opens_with_duty(stripped)
    )


def _lead_in_line(line: str) -> bool:
    """A line of a few words ending in ``:`` ("… deployments that involve:")."""
    return line.rstrip("*_ ").endswith((":", "：")) and word_count(line) <= _MAX_LEAD_IN_WORDS


def _head_shaped(line: str) -> bool:
    """A title-shaped line, or one capitalised word with no closing punctuation."""
    if title_shaped(line):
        return True
    word = line.strip(" *_")
    return word.isalpha() and len(word) >= _MIN_HEAD_LETTERS and word[0].isupper()


def _text(span: Span, text: str) -> str:
    return text[span.start : span.end]


def _item_lists(items: list[Span], text: str) -> list[ItemList]:
    """The lists of a run of unmarked lines: one list, or, where short title-shaped lines head
    groups of items ("Data Exploration & Modelling" over its duties), each group's head (a
    sub-heading) and its items apart, as a list with nested groups is read."""
    heads = [
        index
        for index, span in enumerate(items)
        if title_shaped(text[span.start : span.end])
        and not continues_sentence(text[span.start : span.end])
    ]
    grouped = (
        len(heads) >= _MIN_GROUP_HEADS
        and heads[0] == 0
        and heads[-1] < len(items) - 1
        and all(later - earlier > 1 for earlier, later in itertools.pairwise(heads))
    )
    if not grouped:
        return [ItemList(bullets=[implicit_bullet(span, text) for span in items])]
    lists: list[ItemList] = []
    for head, end in zip(heads, [*heads[1:], len(items)], strict=True):
        bullet = implicit_bullet(items[head], text)
        bullet.subheading = True
        lists.append(ItemList(bullets=[bullet]))
        lists.append(
            ItemList(bullets=[implicit_bullet(span, text) for span in items[head + 1 : end]])
        )
    return lists


def _item_lines(paragraph: Paragraph, text: str, title: bool) -> list[Span]:
    """The lines of *paragraph* when they read as list items, else an empty list."""
    return _reads_as_items(_line_spans(paragraph, text), text, title)


def _line_spans(paragraph: Paragraph, text: str) -> list[Span]:
    """The spans of the lines of *paragraph* that hold text, without surrounding white space."""
    spans: list[Span] = []
    offset = paragraph.span.start
    for line in paragraph.text.split("\n"):
        span = Span(offset, offset + len(line)).trimmed(text)
        offset += len(line) + 1
        if span.start < span.end:
            spans.append(span)
    return spans


def _reads_as_items(spans: list[Span], text: str, title: bool) -> list[Span]:
    """*spans* when the lines read as list items (a few short lines, each opening as an item
    does, none breaking off mid-sentence), else an empty list."""
    if len(spans) < (_MIN_ITEMS_UNDER_TITLE if title else 2):
        return []
    counts = [word_count(text[span.start : span.end]) for span in spans]
    if max(counts) > _MAX_ITEM_WORDS or sum(counts) / len(counts) > _MAX_MEAN_ITEM_WORDS:
        return []
    for position, span in enumerate(spans):
        line = text[span.start : span.end]
        if not _ITEM_START.match(line) or (detail_line(line) and not _labelled_item(line)):
            return []
        if position < len(spans) - 1 and continues_sentence(line) and not _ends_item(line):
            return []
    return spans


def _labelled_item(line: str) -> bool:
    """Whether a ``Label: text`` line is an item under a label ("Data Mining: Extract and
    analyse …"), not a job detail ("Location: Jakarta"): its text is a clause, not a value."""
    match = _DETAIL.match(line.strip())
    return match is not None and word_count(match.group("value")) >= _MIN_LABELLED_ITEM_WORDS


def _prose_edges(lines: list[Span], text: str, heading: str) -> tuple[int, int]:
    """Where the items among *lines* start and end: a line that opens or closes the run and
    ends in "!", or holds two or more sentences and reads as no item of the kind its
    one-sentence lines are (else the kind its *heading* names), such as a lead-in paragraph or
    a closing pitch ("Are you ready to …? Join us …", "… apply now!"), is prose, when two items
    are left without it."""
    texts = [text[line.start : line.end] for line in lines]
    sentences = [sentence_spans(line) for line in texts]
    single = [line for line, found in zip(texts, sentences, strict=True) if len(found) == 1]
    kind = list_kind(single) or lead_in_kind(heading)
    prose = []
    for line, found in zip(texts, sentences, strict=True):
        if line.rstrip().endswith("!") or closes_with_note(line):  # "… apply now!"
            prose.append(True)
            continue
        if len(found) < 2:
            prose.append(False)
            continue
        own = item_kind(line[: found[0].end])  # what its first sentence reads as
        prose.append(own is None or (kind is not None and own != kind))
    first, last = 0, len(lines)
    while last - first > 2 and prose[first]:
        first += 1
    while last - first > 2 and prose[last - 1]:
        last -= 1
    return first, last


def _paragraph_items(blocks: list[RawBlock], text: str) -> list[RawBlock]:
    """Three or more one-line paragraphs right under a heading that read as list items, none
    but the last closing a sentence ("Gaji pokok harian" / "Uang transport" / "Bonus target";
    "Experience in Spring;" / "Deep understanding of OOP;"), are a list written one paragraph
    per item, as text pasted from a web page keeps each item of a list. Paragraphs of
    sentences stay paragraphs."""
    result: list[RawBlock] = []
    blocks = list(blocks)
    index = 0
    while index < len(blocks):
        block = blocks[index]
        result.append(block)
        index += 1
        if not isinstance(block, Heading):
            continue
        spans: list[Span] = []
        end = index
        while end < len(blocks):
            paragraph = blocks[end]
            if not isinstance(paragraph, Paragraph) or "\n" in paragraph.text.strip():
                break
            following = blocks[end + 1 : end + 2]
            if spans and _lead_in_paragraph(paragraph, following) and _one_line(following[0]):
                # "Experience testing in one of the following:" over the next items
                blocks[end] = _lead_in_heading(paragraph.span.trimmed(text), text)
                break
            spans.append(paragraph.span.trimmed(text))
            end += 1
        last = blocks[end] if end < len(blocks) else None
        after = blocks[end + 1] if end + 1 < len(blocks) else None
        if isinstance(last, Heading) and _empty_line_heading(last, after):
            spans.append(last.span)  # the last item, taken for a heading
            end += 1
        if len(spans) >= _MIN_ITEMS_UNDER_TITLE and _paragraphs_read_as_items(spans, text):
            result.extend(_item_lists(spans, text))
            index = end
    return result


def _lead_in_paragraph(paragraph: Paragraph, following: list[RawBlock]) -> bool:
    """Whether a one-line *paragraph* introduces the paragraph after it: it ends in ``:``, is
    short, and a paragraph follows."""
    line = paragraph.text.strip()
    return (
        "\n" not in line
        and line.rstrip("*_ ").endswith((":", "："))
        and word_count(line) <= _MAX_LEAD_IN_WORDS
        and bool(following)
        and isinstance(following[0], Paragraph)
    )


def _one_line(block: RawBlock) -> bool:
    """Whether *block* is a paragraph of one line."""
    return isinstance(block, Paragraph) and "\n" not in block.text.strip()


def _lead_in_heading(span: Span, text: str) -> Heading:
    """A lead-in heading made of the line at *span*."""
    heading = Heading(span, text[span.start : span.end], PSEUDO_HEADING_LEVEL)
    heading.lead_in = True
    return heading


def _empty_line_heading(heading: Heading, following: RawBlock | None) -> bool:
    """Whether *heading* is a heading-like line of plain text with nothing under it (the
    *following* block is another heading, or there is none)."""
    return (
        heading.level == PSEUDO_HEADING_LEVEL
        and not heading.lead_in
        and isinstance(following, Heading | None)
    )


def _paragraphs_read_as_items(spans: list[Span], text: str) -> bool:
    """Whether one-line paragraphs read as list items: as lines of a list would, each one
    sentence, and none but the last ending in a full stop, "!" or "?", unless most of them
    read as duties ("Melakukan perawatan mesin." / "Mencari warna adukan.") or as
    requirements ("Minimum 5 years' experience in QA." / "Strong SQL skills.")."""
    lines = [text[span.start : span.end] for span in spans]
    if any(line.rstrip().endswith((".", "!", "?")) for line in lines[:-1]) and not (
        lists_duties(lines) or list_kind(lines, duties=False) == "qualifications"
    ):
        return False
    if any(len(sentence_spans(line)) > 1 for line in lines):
        return False
    return bool(_reads_as_items(spans, text, title=True))


_MIN_SENTENCE_HEADING_WORDS = 20
"""Words from which a heading that ends a sentence is a paragraph set in heading type."""


def _sentence_headings(blocks: list[RawBlock]) -> list[RawBlock]:
    """A Markdown or HTML heading that is a long sentence of running text with nothing under
    it but the next heading ("##### Acme is looking for a Java developer to join our team in
    the Kyiv office.") is a paragraph set in heading type, as some career-site layouts show the
    opening of every posting. Over a list or text of its own ("### Key objective #1: Serve as
    …" over its tasks), it heads them."""
    result: list[RawBlock] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            isinstance(block, Heading)
            and block.level != PSEUDO_HEADING_LEVEL
            and isinstance(following, Heading | None)
            and block.text.rstrip(" *_").endswith((".", "!"))
            and word_count(block.text) >= _MIN_SENTENCE_HEADING_WORDS
            and running_text(block.text)
        ):
            result.append(Paragraph(block.span, block.text))
        else:
            result.append(block)
    return result


_MIN_TAB_STRIP = 3  # heading-like lines in a row, one right under the other


def _tab_strips(blocks: list[RawBlock], text: str) -> list[RawBlock]:
    """Heading-like lines of plain text set one right under the other with nothing between them
    ("Job description" / "Benefits and rewards" / "Core Responsibilities"): a careers site's
    tabs pasted with the posting. The last of them heads what follows; the ones above it are
    the site's navigation, kept as text that names no section."""
    result: list[RawBlock] = []
    strip: list[Heading] = []
    for block in [*blocks, None]:
        if strip and isinstance(block, Heading) and _next_line_heading(strip[-1], block, text):
            strip.append(block)
            continue
        if len(strip) >= _MIN_TAB_STRIP:
            result.append(_paragraph(strip[0].span.start, strip[-2].span.end, text))
            result.append(strip[-1])
        else:
            result.extend(strip)
        strip = [block] if isinstance(block, Heading) else []
        if block is not None and not isinstance(block, Heading):
            result.append(block)
    return result


def _next_line_heading(block: Heading, following: Heading, text: str) -> bool:
    """Whether *block* and *following* are plain-text heading lines, the second on the line
    right under the first, neither a label ending in ``:`` that introduces what follows."""
    return (
        PSEUDO_HEADING_LEVEL == block.level == following.level
        and not _ends_in_colon(block.text)
        and not _ends_in_colon(following.text)
        and _on_next_line(text, block.span.end, following.span.start)
    )


def _ends_in_colon(text: str) -> bool:
    """Whether *text* ends in a colon, perhaps inside emphasis ("**Requirements:**"): a label
    that introduces what follows."""
    return text.rstrip(" *_").endswith((":", "："))


def _on_next_line(text: str, end: int, start: int) -> bool:
    """Whether *start* is on the line right under the one *end* closes (no blank line)."""
    return text[end:start].strip(" \t\r") == "\n"


def _paragraph(start: int, end: int, text: str) -> Paragraph:
    return Paragraph(Span(start, end), text[start:end])


def _ends_item(line: str) -> bool:
    """Whether *line* closes a list item with a semicolon, perhaps before the joining word of
    the last item ("…;", "…; and", "…; dan": the profiles' ``continuing_words``)."""
    stripped = line.rstrip()
    if stripped.endswith(";"):
        return True
    head, _, last = stripped.rpartition(" ")
    return head.rstrip().endswith(";") and last.lower() in _continuing_words()


def continues_sentence(line: str) -> bool:
    """Whether *line* breaks off mid-sentence (its sentence goes on on the next line)."""
    if line.endswith((",", ";", "-", "–", "&", "/")):
        return True
    last = line.rsplit(None, 1)[-1]
    if len(last) == 1 and last.isupper():  # a class or grade ("SIM A", "Grade B"), not "a"
        return False
    return last.lower() in _continuing_words()


@functools.cache
def _continuing_words() -> frozenset[str]:
    """Words a line that breaks off mid-sentence ends in ("and", "dan"): the
    ``continuing_words`` of every language's profile."""
    return frozenset(str(word) for words in every_language("continuing_words") for word in words)


def implicit_bullet(span: Span, text: str, depth: int = 0) -> Bullet:
    """A list item with no marker: its marker span is empty, at the start of its line."""
    return Bullet(span, text[span.start : span.end], "", Span(span.start, span.start), depth)


def _read_content(sections: list[Section], matcher: SectionMatcher) -> list[Section]:
    """Give sections whose heading does not say what they hold the section their content is.

    A lead-in or unknown heading takes what most items of its list are when their cue words say
    so, else the section its words announce ("who will:" → responsibilities), else its
    parent's (see :func:`_kind_of`). A heading such as "Job Description", or any summary
    heading, holds duties when it holds a list of them (for a summary: most items open with a
    verb); prose above that list stays the summary, and the list becomes an untitled part
    holding responsibilities, which the summary's length does not count. So does a list of
    duties right under the title or above every heading.
    """
    result: list[Section] = []
    duties_headed = any(
        section.own_canonical == "responsibilities" and section.heading is not None
        for section in sections
    )
    for section in sections:
        heading = section.heading
        items = [bullet.text for bullet in section.bullets if not bullet.subheading]
        if heading is None or section.own_canonical == "title":
            if section.canonical in (None, "title") and items:
                # lists right under the title, or above every heading, unannounced
                result.extend(_untitled_lists(section))
            else:
                result.append(section)
            continue
        if (
            section.own_canonical is None
            and not section.blocks
            and (matcher.is_general(heading.text) or matcher.match(heading.text) is not None)
        ):
            pass  # a general heading or a page's label over other sections holds nothing
        elif section.own_canonical is None:
            kind = _kind_of(heading.text, items, section.canonical)
            if (
                kind in (None, "responsibilities")
                and _mostly_details(items)
                and not heading.lead_in
            ):
                kind = "details"  # "Location: San Diego" / "Filing deadline: …" under a name
            if (
                kind is None
                and decided_by_content(heading.text)
                and not items
                and _prose_of_duties(section, least=1)
            ):
                kind = "responsibilities"  # "JOB DESCRIPTIONS:" over one line of duties
            if kind != section.canonical:
                section.canonical, section.inferred = kind, True
                section.own_canonical = kind if heading.lead_in else None
                section.part = heading.lead_in and kind is not None
        elif decided_by_content(heading.text) and not items and _prose_of_duties(section):
            # duty sentences whose list was lost: the duties, written as prose (JD307)
            section.canonical = section.own_canonical = "responsibilities"
            section.inferred = True
        elif decided_by_content(heading.text) and _mostly_details(items):
            pass  # "Informasi Lowongan" over "Posisi: …", "Penempatan: …": the job's details
        elif decided_by_content(heading.text) and items:
            kind = list_kind(items, duties=False) or "responsibilities"
            prose = [block for block in section.blocks if isinstance(block, Paragraph)]
            if kind != section.canonical and prose and section.blocks[0] is prose[0]:
                result.append(section)
                section = _split_off_lists(section, kind)
            elif kind != section.canonical:
                section.canonical = section.own_canonical = kind
                section.inferred = True
        elif section.canonical == "summary" and not duties_headed and items and lists_duties(items):
            # a list of duties under the summary's heading is not the summary's text, unless a
            # heading of its own names the duties: then the list states what the role is for
            prose = [block for block in section.blocks if isinstance(block, Paragraph)]
            if prose and section.blocks[0] is prose[0]:
                result.append(section)
                section = _split_off_lists(section, "responsibilities")
            else:
                section.canonical = section.own_canonical = "responsibilities"
                section.inferred = True
        result.append(section)
    return result


def _mostly_details(items: list[str]) -> bool:
    """Whether most of *items* are ``Key: value`` lines, not items under a label ("Analysis:
    Design and deploy financial models …")."""
    facts = sum(1 for item in items if detail_line(item) and not _labelled_item(item))
    return facts * 2 > len(items)


_MOST_ITEMS_TO_SPLIT = 40
"""The longest list searched for the point where its items change kind."""


def _untitled_lists(section: Section) -> list[Section]:
    """*section* (the untitled opening, or the title) and, split off it, an untitled part for
    each list that reads as duties, requirements or benefits. A list whose items change kind
    part-way (the duties, then the requirements, as a job board's export joins its fields
    with no heading between) gives a part for each run. Lists that read as none of these stay
    in *section*."""
    kept: list[Block] = []
    parts: list[Section] = []
    for block in section.blocks:
        runs = _runs_by_kind(block) if isinstance(block, ItemList) else []
        if not runs:
            (parts[-1].blocks if parts else kept).append(block)
            continue
        for run, kind in runs:
            if parts and parts[-1].canonical == kind:
                parts[-1].blocks.append(run)
                continue
            parts.append(_untitled_part(section, kind, [run]))
    section.blocks = kept
    return [section, *parts]


def _runs_by_kind(item_list: ItemList) -> list[tuple[ItemList, str]]:
    """*item_list* with the section it reads as, or its runs with theirs where its items change
    kind part-way and nearly every item agrees with its run; empty when it reads as none."""
    texts = [bullet.text for bullet in item_list.bullets]
    whole = _untitled_kind(texts)
    if len(texts) > _MOST_ITEMS_TO_SPLIT:
        return [(item_list, whole)] if whole else []
    kinds = [item_kind(text) for text in texts]
    best: tuple[int, int, str, str] | None = None  # agreeing items, split point, both kinds
    for split in range(2, len(texts) - 1):
        first, second = _untitled_kind(texts[:split]), _untitled_kind(texts[split:])
        if first is None or second is None or first == second:
            continue
        agree = kinds[:split].count(first) + kinds[split:].count(second)
        if best is None or agree > best[0]:
            best = (agree, split, first, second)
    if best is None or best[0] * 4 < len(texts) * 3:
        return [(item_list, whole)] if whole else []
    _agree, split, first, second = best
    head = ItemList(item_list.bullets[:split], item_list.ordered, item_list.language)
    tail = ItemList(item_list.bullets[split:], item_list.ordered, item_list.language)
    return [(head, first), (tail, second)]


def _untitled_kind(items: list[str]) -> str | None:
    """What an unannounced list holds: duties when most items open with a verb and read as
    text, else requirements or benefits by their cue words."""
    if lists_duties(items):
        return "responsibilities"
    return list_kind(items, duties=False)


def _conditions_of_employment(sections: list[Section], matcher: SectionMatcher) -> None:
    """A requirements list whose items mostly state conditions of employment (citizenship, a
    background check), beside another requirements section, is a part of the job details."""
    conditions = [section for section in sections if _states_conditions(section, matcher)]
    if any(
        section.canonical == "qualifications" and section not in conditions for section in sections
    ):
        for section in conditions:
            section.canonical = section.own_canonical = "details"
            section.part = section.inferred = True


def _states_conditions(section: Section, matcher: SectionMatcher) -> bool:
    if section.own_canonical != "qualifications":
        return False
    items = [bullet.text for bullet in section.bullets if not bullet.subheading]
    stated = sum(1 for item in items if matcher.states_condition(item))
    return stated * 2 > len(items) > 0


def _prose_of_duties(section: Section, least: int = _MIN_HEADED_ITEMS) -> bool:
    """Whether *section* holds only running text of at least *least* sentences, mostly duties
    opening with a verb ("Memastikan target penjualan tercapai. Mencari customer baru …")."""
    paragraphs = [block for block in section.blocks if isinstance(block, Paragraph)]
    if not paragraphs or len(paragraphs) != len(section.blocks):
        return False
    pieces: list[str] = []  # lines, a line opening in lower case joined to the one above
    for block in paragraphs:
        for line in block.text.split("\n"):
            line = line.strip()
            if pieces and line[:1].islower():
                pieces[-1] = f"{pieces[-1]} {line}"
            elif line:
                pieces.append(line)
    sentences = [piece[span.start : span.end] for piece in pieces for span in sentence_spans(piece)]
    if len(sentences) == 1 == least:
        return item_kind(sentences[0]) == "responsibilities" and not title_shaped(sentences[0])
    return len(sentences) >= least and lists_duties(sentences)


def _kind_of(heading: str, items: list[str], inherited: str | None) -> str | None:
    """What a section under an unknown heading or lead-in holds. Cue words of qualifications or
    benefits in most items are firm evidence; then the heading's own words ("What you'll
    need:", "someone who will:"). Duties read from how items open are weaker evidence: they
    decide only where the section has no section above it to belong to (a list under a summary
    is duties when most of its items open with a verb, as is a list under a heading that names
    no particular part, such as "Description"; JD303 reads the lists under an unknown
    heading after the duties the same way, see :func:`jdlint.kinds.leading_verb.duty_bullets`).
    """
    from_items = list_kind(items, duties=False)
    if from_items is not None:
        return from_items
    from_heading = lead_in_kind(heading)
    if from_heading is not None:
        return from_heading
    if items and (inherited == "summary" or decided_by_content(heading)) and lists_duties(items):
        return "responsibilities"
    if inherited is not None:
        return inherited
    return list_kind(items)


def _split_off_lists(section: Section, kind: str) -> Section:
    """Move the blocks from *section*'s first list on into an untitled part holding *kind*."""
    first_list = next(i for i, block in enumerate(section.blocks) if isinstance(block, ItemList))
    part = _untitled_part(section, kind, section.blocks[first_list:])
    section.blocks = section.blocks[:first_list]
    return part


def _untitled_part(section: Section, kind: str, blocks: list[Block]) -> Section:
    """An untitled part of *section* holding *kind*: *blocks*, read from their content."""
    return Section(
        heading=None,
        level=section.level + 1,
        canonical=kind,
        own_canonical=None,
        blocks=blocks,
        part=True,
        inferred=True,
    )


def _opening_summary(
    sections: list[Section], matcher: SectionMatcher, role: frozenset[str]
) -> list[Section]:
    """Untitled running text before the first section heading is the summary, when the draft
    has no summary section of its own; so is running text about the role (see
    :func:`~jdlint.content.speaks_of_role`) under an opening heading that names no section
    ("Detail Lowongan", "Description") or that is a row of badges ("`💰 $180,000` `🌎 Remote`"),
    after any empty heading naming none (the company's name above the posting); and so is
    running text about the role under the first heading when it names no section (the
    company's name, a greeting: "PT Maju Jaya" over "… membutuhkan Quality Control"), or under
    a heading that names the role again ("IT Content Writer di Jakarta")."""
    if any(section.canonical == "summary" for section in sections):
        return sections
    first_heading = next(
        (
            index
            for index, section in enumerate(sections)
            if section.heading is not None and section.own_canonical != "title"
        ),
        None,
    )
    for index, section in enumerate(sections):
        heading = section.heading
        general = (
            heading is not None
            and section.canonical is None
            and (
                matcher.is_general(heading.text)
                or decided_by_content(heading.text)
                or _BADGES.fullmatch(heading.text) is not None
            )
        )
        prose = [block for block in section.blocks if isinstance(block, Paragraph)]
        if heading is not None and section.own_canonical != "title" and not general:
            names_role = bool(role) and speaks_of_role(heading.text, role)
            if section.canonical is None and (index == first_heading or names_role) and prose:
                # the company's name or a greeting over text about the role, or the role's
                # own name again ("IT Content Writer di Jakarta")
                general = True
            elif section.canonical is not None or section.blocks:
                break
            else:
                continue  # an empty line of its own above the posting (the company's name)
        if not any(_is_prose(block.text) for block in prose):
            continue
        if general and not any(speaks_of_role(block.text, role) for block in prose):
            continue
        if heading is None or general:
            section.canonical, section.inferred = "summary", True
            return sections
        opening = Section(
            heading=None,
            level=section.level + 1,
            canonical="summary",
            own_canonical=None,
            blocks=section.blocks,
            inferred=True,
        )
        section.blocks = []
        return [*sections[: index + 1], opening, *sections[index + 1 :]]
    return _summary_elsewhere(sections)


def _summary_elsewhere(sections: list[Section]) -> list[Section]:
    """With no summary found where one opens a posting: a paragraph of the company's
    presentation whose first sentence recruits ("We are looking for a data scientist …", "Kami
    sedang mencari …") starts the summary, an untitled part after the company's text; or a
    duties section that holds only prose, before one that lists the duties ("Your role in our
    team" over "We are looking for …"), is the summary."""
    for index, section in enumerate(sections):
        if section.canonical in _JOB_SECTIONS and section.lists:
            break
        if section.canonical != "about-company" or section.heading is None:
            continue
        for position, block in enumerate(section.blocks):
            if isinstance(block, Paragraph) and _recruits(block.text):
                summary = Section(
                    heading=None,
                    level=section.level + 1,
                    canonical="summary",
                    own_canonical=None,
                    blocks=section.blocks[position:],
                    part=True,
                    inferred=True,
                )
                section.blocks = section.blocks[:position]
                return [*sections[: index + 1], summary, *sections[index + 1 :]]
    for index, section in enumerate(sections):
        later = sections[index + 1 :]
        if (
            section.canonical == "responsibilities"
            and section.blocks
            and not section.lists
            and any(
                isinstance(block, Paragraph) and _is_prose(block.text) for block in section.blocks
            )
            and any(other.canonical == "responsibilities" and other.lists for other in later)
        ):
            section.canonical, section.inferred = "summary", True
            break
    return sections


def _recruits(text: str) -> bool:
    """Whether the first sentence of *text* says the organisation is recruiting."""
    first = sentence_spans(text)
    return bool(first) and recruits(text[first[0].start : first[0].end])


def _application_notes(sections: list[Section]) -> list[Section]:
    """A job board's note to applicants ending a section ("Please mention the word … when
    applying") is how to apply: an untitled part of its own, not the section's text."""
    result: list[Section] = []
    for section in sections:
        result.append(section)
        if section.canonical in (None, "how-to-apply", "title"):
            continue
        notes = 0
        for block in reversed(section.blocks):
            if not isinstance(block, Paragraph) or not notes_application(block.text):
                break
            notes += 1
        if notes:
            part = Section(
                heading=None,
                level=section.level + 1,
                canonical="how-to-apply",
                own_canonical=None,
                blocks=section.blocks[-notes:],
                part=True,
                inferred=True,
            )
            section.blocks = section.blocks[:-notes]
            result.append(part)
    return result


def _organisation_first(sections: list[Section], role: frozenset[str]) -> list[Section]:
    """A headed summary whose first paragraph only presents the organisation, followed by one
    about the job ("The Bureau of Regional Supply manages …" / "You will award …"): that first
    paragraph is about the company, an untitled part of its own, not text of the summary."""
    result: list[Section] = []
    for section in sections:
        result.append(section)
        if section.canonical != "summary" or section.heading is None or section.inferred:
            continue
        paragraphs = [block for block in section.blocks if isinstance(block, Paragraph)]
        if (
            len(paragraphs) < 2
            or len(paragraphs) < len(section.blocks)
            or not _is_prose(paragraphs[0].text)
            or speaks_of_role(paragraphs[0].text, role)
            or not any(speaks_of_role(block.text, role) for block in paragraphs[1:])
        ):
            continue
        blocks = section.blocks
        level = section.level + 1
        organisation = Section(
            heading=None,
            level=level,
            canonical="about-company",
            own_canonical=None,
            blocks=blocks[:1],
            part=True,
            inferred=True,
        )
        summary = Section(
            heading=None,
            level=level,
            canonical="summary",
            own_canonical=None,
            blocks=blocks[1:],
            part=True,
        )
        section.blocks = []
        result.extend((organisation, summary))
    return result


def _is_prose(text: str) -> bool:
    """Whether *text* holds a sentence of running text (not only ``Key: value`` lines)."""
    return any(
        word_count(line) >= _MIN_SUMMARY_WORDS and not detail_line(line)
        for line in text.split("\n")
    )


def find_details(sections: list[Section], text: str, matcher: DetailMatcher) -> list[Detail]:
    """Every ``Key: value`` line in paragraphs and bullets, with the field its key names, and
    each heading that states a known detail ("## Position: Software Engineer", "### Location:
    Remote")."""
    details: list[Detail] = []
    for section in sections:
        heading = section.heading
        if heading is not None and ":" in heading.text:
            start = text.find(heading.text, heading.span.start, heading.span.end)
            if start >= 0:
                span = Span(start, start + len(heading.text))
                details.extend(
                    detail for detail in _details_in(span, text, matcher) if detail.field
                )
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
