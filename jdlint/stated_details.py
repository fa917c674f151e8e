"""Where a draft states its job details: `Key: value` lines, front matter at any depth, the
title, sections named for a detail, short lines and sentences of prose.

The vocabulary is ``rules/data/details.yaml``; its patterns are compiled the first time a draft
needs them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from jdlint.data import normalise_label, vocabulary
from jdlint.document import Document, Paragraph, Section
from jdlint.phrases import PhraseTable, folded_words, tokens

if TYPE_CHECKING:
    from jdlint.analysis import Analysis

JOB_DETAIL_FIELDS = ("employment_type", "location", "reports_to")
"""The job details a draft should state (JD105 and the completeness score check these)."""
_MAX_DEPTH = 4
"""Deepest front-matter mapping searched for detail keys (`job: {details: {type: …}}`)."""
_SHORT_LINE_WORDS = 8
"""Longest line read as a bare value ("Full-time | Remote", "Jakarta Selatan")."""
_SEGMENT = re.compile(r"\s+[-–—]\s+|\s*[|·•()\[\]]\s*|,\s+")
_MAX_TYPE_SEGMENT_WORDS = 3
_PROSE_SEPARATOR = "\n\x00\n"
"""Between two texts: no pattern's white space spans it, and each text starts a line."""
_TYPE_MARK = "\x01"
"""Stands for each character of an employment type word in the text sentences are read in."""
_ROLE_MARK = "\x02"
"""Stands for each character of a role word ("Manager", "Kepala") there."""
_REACH = 120
"""How far from the word it turns on a sentence is looked for (characters, either side)."""
_HEADING_PARTS = re.compile(r"\s*(?:&|/|,|\band\b|\bdan\b)\s*")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LONGEST_KEY = 60
"""Longest first line read as the key of a value below it ("**Daerah Penempatan:**")."""
_CUE_REACH = 60
"""How far before a place its cue may start ("willing to work in either …")."""
_WORD = re.compile(r"\w+")


class _Vocabulary(NamedTuple):
    """rules/data/details.yaml, read for matching."""

    keys: dict[str, str]
    vague: frozenset[str]
    top_level: dict[str, str]
    types: PhraseTable
    title_types: PhraseTable
    roles: PhraseTable
    hinges: PhraseTable
    places: PhraseTable
    vague_places: frozenset[str]
    place_words: PhraseTable
    remote: PhraseTable


def _all(by_language: dict[str, list[str]]) -> list[str]:
    return [entry for entries in by_language.values() for entry in entries]


@functools.cache
def _vocabulary() -> _Vocabulary:
    """The word lists of rules/data/details.yaml (sentence patterns are compiled apart)."""
    data = vocabulary("details")
    return _Vocabulary(
        keys={
            normalise_label(name): field
            for field, names in data["fields"].items()
            for name in names
        },
        vague=frozenset(normalise_label(key) for key in data["vague_keys"]),
        top_level=dict(data["front_matter"]),
        types=PhraseTable(_all(data["employment_types"])),
        title_types=PhraseTable(data["title_types"]),
        roles=PhraseTable(_all(data["roles"])),
        hinges=PhraseTable(data["location_hinges"]),
        places=PhraseTable([name for group in data["places"] for name in group], fold_case=False),
        vague_places=frozenset(data["vague_places"]),
        place_words=PhraseTable(data["place_words"]),
        remote=PhraseTable(data["remote"]),
    )


@functools.cache
def _sentences(field: str) -> tuple[re.Pattern[str], ...]:
    """The sentences that state *field*, compiled only when a draft has to be read for it (one
    by one: Python compiles a long alternation of them several times slower).

    ``{type}`` and ``{role}`` match the marks :func:`_marked` puts in place of employment type
    and role words, so the patterns need not repeat those lists (compiling them is what a cold
    run would pay for)."""
    fills = {
        "type": f"{_TYPE_MARK}+",
        "role": f"{_ROLE_MARK}+",
        "object": rf"(?:the\s+|our\s+|an?\s+|your\s+)?\[?(?:[\w&'’/.-]+\s+){{0,5}}?{_ROLE_MARK}+",
        "area": (
            r"(?:(?:seluruh|sekitar|area|kota|kabupaten|daerah|wilayah|kawasan)\s+)?"
            r"(?-i:(?!Anda\b)[A-Z])"
        ),
    }
    return tuple(
        re.compile(
            re.sub(r"\{([a-z]+)\}", lambda match: fills[match[1]], pattern),
            re.IGNORECASE | re.MULTILINE,
        )
        for pattern in _all(vocabulary("details")["prose"][field])
    )


def _marked(text: str, spans: dict[str, list[tuple[int, int]]]) -> str:
    """*text* with each employment type word replaced by as many type marks and each role word
    by role marks, so that offsets do not move."""
    marks = sorted(
        [(start, end, _TYPE_MARK) for start, end in spans["employment_type"]]
        + [(start, end, _ROLE_MARK) for start, end in spans["reports_to"]]
    )
    pieces, previous = [], 0
    for start, end, mark in marks:
        if start >= previous:
            pieces += [text[previous:start], mark * (end - start)]
            previous = end
    pieces.append(text[previous:])
    return "".join(pieces)


def _prose_fields(
    words: _Vocabulary, prose: str, missing: list[str], known: set[str] | None
) -> set[str]:
    """The fields of *missing* that a sentence of *prose* states, each looked for only near
    the words its sentences turn on (*known*: the draft's words in lower case, if counted)."""
    lowered = prose.lower()
    if len(lowered) != len(prose):  # a letter whose lower case is longer ("İ")
        lowered = prose
    present = known if known is not None else set(_WORD.findall(lowered))
    spans = {
        "employment_type": words.types.find(prose, lowered, present),
        "reports_to": words.roles.find(prose, lowered, present),
        "location": words.hinges.find(prose, lowered, present),
    }
    marked = _marked(prose, spans)
    stated = {
        field
        for field in missing
        if _near(
            _sentences(field),
            prose if field == "location" else marked,
            [start for start, _ in spans[field]],
        )
    }
    if "location" in missing and "location" not in stated:
        places = words.places.find(prose, lowered, present)
        if _place_after_cue(words, prose, places):
            stated.add("location")
    return stated


def _near(patterns: tuple[re.Pattern[str], ...], text: str, anchors: list[int]) -> bool:
    """Whether one of *patterns* matches within ``_REACH`` characters of one of *anchors*
    (sorted)."""
    windows: list[list[int]] = []
    for anchor in anchors:
        if windows and anchor - _REACH <= windows[-1][1]:
            windows[-1][1] = anchor + _REACH
        else:
            windows.append([max(0, anchor - _REACH), anchor + _REACH])
    return any(pattern.search(text, start, end) for start, end in windows for pattern in patterns)


@functools.cache
def _place_cue() -> re.Pattern[str]:
    """The words that state the location when a known place follows them ("di Bekasi")."""
    cues = "|".join(f"(?:{cue})" for cue in _all(vocabulary("details")["place_cues"]))
    return re.compile(rf"(?:{cues})\Z", re.IGNORECASE)


def stated_fields(analysis: Analysis) -> set[str]:
    """Every detail field the draft states (placeholders included: JD401 reports those)."""
    return analysis.remember(
        ("stated-details",),
        lambda: find_stated_fields(analysis.document, analysis.word_index.words),
    )


def find_stated_fields(document: Document, known_words: set[str] | None = None) -> set[str]:
    """The detail fields *document* states anywhere, found from the cheapest sources on
    (*known_words*: the lower-case words of the draft, when already counted)."""
    words = _vocabulary()
    fields = {
        detail.field
        for detail in document.details
        if detail.field and detail.value and _states(words, detail.key, detail.field, detail.value)
    }
    fields |= _front_matter_fields(words, document.front_matter)
    if document.title:
        fields |= _title_fields(words, document.title)
    sections = document.sections
    for index, section in enumerate(sections):
        if _missing(fields):
            below = sections[index + 1] if index + 1 < len(sections) else None
            fields |= _section_fields(words, section, document.format == "text", below)
    missing = _missing(fields)
    if missing:
        prose = _PROSE_SEPARATOR.join(_texts(document))
        fields |= _prose_fields(words, prose, missing, known_words)
    return fields


def _missing(fields: set[str]) -> list[str]:
    return [field for field in JOB_DETAIL_FIELDS if field not in fields]


def _states(words: _Vocabulary, key: str, field: str, value: str) -> bool:
    """Whether *key* with *value* states *field* ("Status: Belum menikah" does not)."""
    if field == "employment_type" and normalise_label(key) in words.vague:
        return words.types.search(value)
    return bool(value.strip())


def _key_field(words: _Vocabulary, key: str) -> str | None:
    return words.keys.get(normalise_label(key.replace("_", " ")))


def _front_matter_fields(words: _Vocabulary, front_matter: dict[str, Any]) -> set[str]:
    fields = {
        field
        for key, field in words.top_level.items()
        if front_matter.get(key) not in (None, "", [], {})
    }
    for key, value, depth in _front_matter_items(front_matter):
        field = _key_field(words, key)
        if field is None or (depth == 0 and key in words.top_level):
            continue
        text = _scalar_text(value)
        if text and _states(words, key, field, text):
            fields.add(field)
    return fields


def _front_matter_items(mapping: dict[str, Any], depth: int = 0) -> Iterator[tuple[str, Any, int]]:
    """Every key of the front matter with its value and depth, mappings searched inside."""
    for key, value in mapping.items():
        if not isinstance(key, str):
            continue
        if isinstance(value, dict):
            if depth < _MAX_DEPTH:
                yield from _front_matter_items(value, depth + 1)
        else:
            yield key, value, depth


def _scalar_text(value: Any) -> str:
    """A front-matter value as text: a scalar, or a list of scalars joined."""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value if isinstance(item, (str, int, float)))
    return "" if value is None or isinstance(value, bool) else str(value).strip()


def _title_fields(words: _Vocabulary, title: str) -> set[str]:
    """Details in the title: "Sales Executive (Full Time)", "Staff Admin - Kontrak", "Barista
    (Part-time) – Bandung", "Senior Engineer (Remote)"."""
    title = _LINK.sub(r"\1", title)
    segments = [part.strip() for part in _SEGMENT.split(title) if part and part.strip()]
    later = segments[1:]
    fields = set()
    if words.title_types.search(title) or any(_names_type(words, part) for part in later):
        fields.add("employment_type")
    if words.places.search(title) or any(_is_remote(words, part) for part in later):
        fields.add("location")
    return fields


def _names_type(words: _Vocabulary, segment: str) -> bool:
    """Whether a part of the title set off by brackets or a separator states the employment
    type: a few words ("Kontrak 1 tahun", "6 months contract") or a type closing it, not a
    name that holds a type's word ("Cost Contract Management System")."""
    found = segment.strip(" -–—:").split()
    if len(found) > _MAX_TYPE_SEGMENT_WORDS:
        return words.types.search(" ".join(found[-2:]))
    return words.types.search(segment)


def _is_remote(words: _Vocabulary, text: str) -> bool:
    return words.remote.fullmatch(text.strip(" .:;!"))


def _section_fields(
    words: _Vocabulary, section: Section, hard_breaks: bool, below: Section | None
) -> set[str]:
    """The fields a section states: by its heading ("Lokasi" over "Bekasi", or over a bold
    line read as a heading of its own, *below*), or by a key or a bare value in it."""
    fields = set()
    content = _heading_value(section, below) if section.own_canonical != "title" else ""
    if content and section.heading is not None:
        for part in _HEADING_PARTS.split(normalise_label(section.heading.text)):
            field = words.keys.get(part)
            if field in JOB_DETAIL_FIELDS and _states(words, part, field, content):
                fields.add(field)
    for block in section.blocks:
        if isinstance(block, Paragraph):
            fields |= _key_above_value(words, block.text)
    for line in _short_lines(section, hard_breaks):
        fields |= _bare_value_fields(words, line)
    return fields


def _heading_value(section: Section, below: Section | None) -> str:
    """The text a section's heading may name a detail of: its own blocks, or, when it has
    none, the heading of the section right inside it (a bold line under "Lokasi")."""
    if section.heading is None:
        return ""
    if section.blocks:
        return "\n".join(_block_texts(section))
    if below is not None and below.heading is not None and below.level > section.level:
        return below.heading.text
    return ""


def _key_above_value(words: _Vocabulary, text: str) -> set[str]:
    """A "Location:" line with its value on the lines below it, in one paragraph (without the
    colon, only a one-line value: "Daerah Penempatan" above "Surabaya")."""
    first, _, rest = text.partition("\n")
    if len(first) > _LONGEST_KEY:
        return set()
    field = words.keys.get(normalise_label(first))
    if field not in JOB_DETAIL_FIELDS or not rest.strip():
        return set()
    if not first.rstrip(" *_").endswith((":", "：")) and "\n" in rest.strip():
        return set()
    if _states(words, first, field, rest):
        return {field}
    return set()


def _short_lines(section: Section, hard_breaks: bool) -> Iterator[str]:
    """Paragraphs, bullets and (where line breaks are hard) lines of a few words ("Full-Time",
    "Jakarta Selatan")."""
    for text in _block_texts(section):
        for line in text.split("\n") if hard_breaks else [text]:
            line = line.strip()
            if "\n" not in line and len(line.split()) <= _SHORT_LINE_WORDS:
                yield line


def _bare_value_fields(words: _Vocabulary, line: str) -> set[str]:
    """Details on a line of their own: "Full-time | Approx. AUD 2,000/month", "Remote
    (Malaysia)", "Jakarta Selatan"."""
    folded = folded_words(line)
    tables = (words.types, words.places, words.remote)
    if not any(table.may_start(folded) for table in tables):
        return set()
    found = tokens(line)
    if not any(table.starts_any(found) for table in tables):
        return set()
    fields = set()
    segments = [part.strip(" .:;!*_#") for part in _SEGMENT.split(line) if part]
    segments = [part for part in segments if part]
    if any(words.types.fullmatch(part) for part in segments):
        fields.add("employment_type")
    if segments and (
        _is_remote(words, segments[0]) or all(_only_places(words, part) for part in segments)
    ):
        fields.add("location")
    return fields


def _only_places(words: _Vocabulary, text: str) -> bool:
    """Whether *text* names places and nothing else ("Bandung", "Jakarta Selatan, DKI Jakarta")."""
    found = tokens(text)
    places = words.places.spans(text, found)
    if not places:
        return False
    inside = {
        index for index, word in enumerate(found) if any(a <= word.start < b for a, b in places)
    }
    rest = [word for index, word in enumerate(found) if index not in inside]
    return all(words.place_words.fullmatch(word.text) for word in rest)


def _place_after_cue(words: _Vocabulary, prose: str, places: list[tuple[int, int]]) -> bool:
    """Whether one of the *places* of *prose* follows a cue ("di Bekasi", "willing to work in
    either Salatiga")."""
    cue = _place_cue()
    return any(
        prose[start:end] not in words.vague_places
        and cue.search(prose, max(0, start - _CUE_REACH), start) is not None
        for start, end in places
    )


def _block_texts(section: Section) -> Iterator[str]:
    for block in section.blocks:
        if isinstance(block, Paragraph):
            yield block.text
        else:
            yield from (bullet.text for bullet in block.bullets)


def _texts(document: Document) -> Iterator[str]:
    """The title, headings, paragraphs and bullets of *document*, one after another. A line
    break inside a Markdown paragraph is a space; in a plain-text draft each line stands alone
    (a line break there often ends an item whose marker was lost)."""
    hard_breaks = document.format == "text"
    if document.title:
        yield document.title
    for section in document.sections:
        if section.heading is not None:
            yield section.heading.text
        for text in _block_texts(section):
            yield from text.split("\n") if hard_breaks else [text.replace("\n", " ")]
