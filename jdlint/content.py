"""What a stretch of a draft holds when its heading does not say: duties, requirements or benefits.

Read from cue words in ``rules/data/sections.yaml`` (``content``): words of a heading or lead-in
line ("We're looking for someone who will:"), and words that mark one list item as a
qualification ("3+ years", "Pendidikan minimal S1") or a benefit ("Health insurance", "BPJS").
An item that opens with a verb (as JD303's lexicons read it) is a duty; the lexicons load only
when the answer depends on them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from jdlint.data import normalise_label, vocabulary
from jdlint.languages import every_language, languages_with
from jdlint.memo import text_cache
from jdlint.verbs import judge

_FIRST_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CUE_KINDS = ("qualifications", "benefits")
_LABEL = re.compile(r"^[^:.;!?\n]{1,60}:[\s*_]+(?=\S)")
_MAX_LABEL_WORDS = 5


class _Cues(NamedTuple):
    content_decides: frozenset[str]
    lead_in: tuple[tuple[re.Pattern[str], str], ...]
    items: dict[str, re.Pattern[str]]
    not_duty_first: frozenset[str]
    remit: re.Pattern[str]
    examples: re.Pattern[str]
    small_words: frozenset[str]
    role: re.Pattern[str]
    recruiting: re.Pattern[str]
    application_note: re.Pattern[str]
    closing_note: re.Pattern[str]
    example_note: re.Pattern[str]
    position_nouns: frozenset[str]


def _cue_pattern(words: Sequence[str]) -> re.Pattern[str]:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        if word.endswith("*"):
            parts.append(re.escape(word[:-1].lower()) + r"[\w'-]*")
        else:
            parts.append(re.escape(word.lower()))
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])")


def _ending_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """Any of *phrases* (whole words) at the end of a label, before closing punctuation."""
    alternatives = "|".join(re.escape(phrase.lower()) for phrase in phrases)
    return re.compile(r"(?<![\w'])(?:" + alternatives + r")\W*$")


def _remit_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """Any of *phrases* at the end of a label, or before at most three words ("… is
    responsible for two key areas:", "Responsible for the following:")."""
    alternatives = "|".join(re.escape(phrase.lower()) for phrase in phrases)
    return re.compile(r"(?<![\w'])(?:" + alternatives + r")(?:\s+[\w'’-]+){0,3}\W*$")


def _opening_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """Any of *phrases* (whole words) at the start of a label."""
    alternatives = "|".join(re.escape(phrase.lower()) for phrase in phrases)
    return re.compile(r"^(?:" + alternatives + r")(?![\w'])")


@functools.cache
def _cues() -> _Cues:
    return _read_cues(vocabulary("sections")["content"])


def _read_cues(data: dict[str, Any]) -> _Cues:
    return _Cues(
        content_decides=frozenset(normalise_label(label) for label in data["content_decides"]),
        lead_in=tuple(
            (_cue_pattern(words), canonical) for canonical, words in data["lead_in"].items()
        ),
        items={canonical: _cue_pattern(words) for canonical, words in data["items"].items()},
        not_duty_first=frozenset(word.lower() for word in data["not_duty_first"]),
        remit=_remit_pattern(data["remit_lead_ins"]),
        examples=_ending_pattern(data["example_lead_ins"]),
        small_words=frozenset(word.lower() for word in data["title_small_words"]),
        role=_cue_pattern(data["role_cues"]),
        recruiting=_cue_pattern(data["recruiting_cues"]),
        application_note=_cue_pattern(data["application_notes"]),
        closing_note=_cue_pattern(data["closing_notes"]),
        example_note=_opening_pattern(data["example_notes"]),
        position_nouns=frozenset(word.lower() for word in data["position_nouns"]),
    )


def decided_by_content(heading: str) -> bool:
    """Whether *heading* names no particular part ("Job Description", "Deskripsi Pekerjaan")."""
    return normalise_label(heading) in _cues().content_decides


def lead_in_kind(heading: str) -> str | None:
    """The section a heading or lead-in line announces by its words, if it does. When cues of
    several sections appear, the last one wins: it names what the list holds ("You will have
    access to many benefits including:" announces benefits)."""
    label = normalise_label(heading)
    best: tuple[int, int, str] | None = None
    for pattern, canonical in _cues().lead_in:
        for match in pattern.finditer(label):
            candidate = (match.end(), match.end() - match.start(), canonical)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    return best[2] if best is not None else None


_JOB_KINDS = frozenset({"responsibilities", "qualifications"})


def names_duties_and_requirements(heading: str) -> bool:
    """Whether a heading names both the duties and the requirements ("Qualification &
    Responsibilities", "Tugas dan Kualifikasi"): the list under it mixes them, so an item
    that does not open with a verb may be a requirement, not a badly written duty."""
    label = normalise_label(heading)
    named = {canonical for pattern, canonical in _cues().lead_in if pattern.search(label)}
    return named >= _JOB_KINDS


def notes_examples(text: str) -> bool:
    """Whether a list item or lead-in opens a note of examples ("E.g. dashboards …",
    "Examples:", "Contoh:"), which illustrates a duty rather than being one."""
    return _cues().example_note.search(normalise_label(text).lstrip("([ ")) is not None


_MAX_POSITION_WORDS = 5


_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")


def names_position(text: str) -> bool:
    """Whether a list item is the name of a position ("Warehouse Supervisor", "Staff Admin
    Gudang"): a few words in title case (not a duty such as "Supervise warehouse staff"), the
    last or first of them a noun naming a post; an abbreviation in brackets after the name
    ("Account Officer (AO)") aside."""
    found = _FIRST_WORDS.findall(_BRACKETED_END.sub("", text))
    if not 0 < len(found) <= _MAX_POSITION_WORDS or text.rstrip().endswith((".", ";", ",")):
        return False
    cues = _cues()
    if any(_lower_word(word, cues.small_words) for word in found):
        return False
    words = [word.lower() for word in found]
    nouns = cues.position_nouns
    return words[-1] in nouns or words[0] in nouns


def mentions_position(text: str) -> bool:
    """Whether *text* holds a noun naming a post anywhere ("Frontend Developer for Data-Driven
    Project"; not "open source storage technologies")."""
    nouns = _cues().position_nouns
    return any(word.lower() in nouns for word in _FIRST_WORDS.findall(text))


def item_kind(text: str) -> str | None:
    """What one list item reads as: ``qualifications``, ``benefits``, ``responsibilities``."""
    cue, fallback = _cue_kind(text)
    if cue is not None:
        return cue
    if opens_with_duty(text):
        return "responsibilities"
    return fallback


@functools.cache
def _years() -> re.Pattern[str]:
    """A number of years ("3+ years", "2 tahun"), in the ``year_words`` of every language."""
    units = sorted(
        {str(word) for words in every_language("year_words") for word in words}, key=len
    )[::-1]
    return re.compile(rf"\d+\s*\+?\s*(?:{'|'.join(map(re.escape, units))})\b", re.IGNORECASE)


def cued_kind(text: str) -> str | None:
    """What a line's cue words make it, if anything, without reading its verb ("Familiar with
    Git" is a qualification; "Our Culture" and "Join Our Crew" have no cue)."""
    cue, fallback = _cue_kind(text)
    return cue or fallback


@text_cache(maxsize=8192)
def _cue_kind(text: str) -> tuple[str | None, str | None]:
    """What an item's cue words make it without reading its verb: a firm kind (years or a
    qualification cue among its first words; a benefit cue anywhere), else the kind it is
    unless it opens with a verb (a qualification cue further on: "Strong SQL skills", but
    "Build strong relationships"). Remembered: outline and rules read the same items again."""
    cues = _cues()
    words = _FIRST_WORDS.findall(text)
    if not words:
        return None, None
    lowered = normalise_label(text)
    opening = " ".join(word.lower() for word in words[:2])
    if _years().search(text) or cues.items["qualifications"].search(opening):
        return "qualifications", None
    if cues.items["benefits"].search(lowered):
        return "benefits", None
    if cues.items["qualifications"].search(lowered):
        return None, "qualifications"
    return None, None


def opens_with_duty(text: str) -> bool:
    """Whether an item opens with a verb in any language whose profile describes its verbs
    (English "Escalate issues", Indonesian "Melakukan", "Pastikan"), as JD303 reads it, after
    any short label ("Data Architecture: Define …"), and is not the name of a position
    ("Warehouse Supervisor") or a question ("Are you a fantastic programmer?")."""
    if text.rstrip(" *_").endswith(("?", "？")):
        return False
    label = _LABEL.match(text.lstrip(" *_"))
    if label is not None and len(label.group().split()) <= _MAX_LABEL_WORDS:
        text = text.lstrip(" *_")[label.end() :]
    words = _FIRST_WORDS.findall(text)
    first = words[0].lower() if words else ""
    if len(words) < 2 or first in _cues().not_duty_first or first.isdigit():
        return False
    if names_position(text):  # "Warehouse Supervisor", "Lead Engineer"
        return False
    opening = words[:4]
    return any(judge(language).opens_with_verb(opening) for language in languages_with("verbs"))


def list_kind(items: Sequence[str], duties: bool = True) -> str | None:
    """What a list holds when most of its items agree, else ``None``. With *duties* false
    only ``qualifications`` and ``benefits`` are read (duties, which need the verb lexicons,
    read as ``None``), and the lexicons load only when a list of cue words could be one."""
    if len(items) < 2:
        return None
    readings = [_cue_kind(item) for item in items]
    counts = {kind: sum(1 for cue, _ in readings if cue == kind) for kind in _CUE_KINDS}
    for kind in _CUE_KINDS:
        if counts[kind] * 2 > len(items):
            return kind
    pending = [
        (item, fallback)
        for item, (cue, fallback) in zip(items, readings, strict=True)
        if cue is None
    ]
    if not duties:
        pending = [(item, fallback) for item, fallback in pending if fallback is not None]
        if (counts["qualifications"] + len(pending)) * 2 <= len(items):
            return None
    for item, fallback in pending:
        read = "responsibilities" if opens_with_duty(item) else fallback
        if read is not None:
            counts[read] = counts.get(read, 0) + 1
    for kind in (*_CUE_KINDS, "responsibilities"):
        if counts.get(kind, 0) * 2 > len(items) and (duties or kind != "responsibilities"):
            return kind
    return None


def lists_duties(items: Sequence[str]) -> bool:
    """Whether a list outside the duties is one of duties all the same: most of its items open
    with a verb and are written as text, not as titles ("Service Design", "Content Strategy"
    name areas, though "Service" and "Content" are verbs too)."""
    titles = sum(1 for item in items if title_shaped(item))
    return titles * 2 < len(items) and list_kind(items) == "responsibilities"


def holds_duties(items: Sequence[str]) -> bool:
    """Whether a list under a duty heading holds duties: not when most of its items read as
    requirements ("Strong SQL skills", "Mampu bekerja dalam tim") or as benefits that do not
    open with a verb ("Highly competitive salary", but "Calculate bonus payments"), nor when
    most of them name positions ("Warehouse Supervisor", "Staff Gudang")."""
    if len(items) < 2:
        return True
    others = positions = 0
    for item in items:
        cue, _ = _cue_kind(item)
        if cue == "qualifications" or (cue == "benefits" and not opens_with_duty(item)):
            others += 1
        elif names_position(item):
            positions += 1
    return others * 2 <= len(items) and positions * 2 <= len(items)


_TITLE_SEPARATOR = re.compile(r"\s[-–—|:]\s")
_ROLE_NAME_WORD = re.compile(r"[^\W\d_]{4,}")


def role_words(title: str | None) -> frozenset[str]:
    """The words naming the role in a title, after any organisation before a dash ("TTS -
    Designer GS14" → "designer"): a paragraph using them speaks of the role."""
    if not title:
        return frozenset()
    name = _TITLE_SEPARATOR.split(title)[-1]
    return frozenset(word.lower() for word in _ROLE_NAME_WORD.findall(name))


def speaks_of_role(text: str, role: frozenset[str] = frozenset()) -> bool:
    """Whether running text speaks of the job or the candidate ("you will", "this role",
    "kami mencari", or a word of the role's name, *role*), unlike a paragraph that only
    presents the organisation."""
    label = normalise_label(text)
    if _cues().role.search(label) is not None:
        return True
    return any(word.lower().startswith(tuple(role)) for word in _FIRST_WORDS.findall(label))


def recruits(text: str) -> bool:
    """Whether running text says the organisation is recruiting ("We are looking for …",
    "Kami sedang mencari …")."""
    return _cues().recruiting.search(normalise_label(text)) is not None


def notes_application(text: str) -> bool:
    """Whether a paragraph is a note to applicants a job board adds ("Please mention the word
    … when applying")."""
    return _cues().application_note.search(normalise_label(text)) is not None


def closes_with_note(line: str) -> bool:
    """Whether a line is a closing note to applicants ("Interested candidates, kindly submit
    …", "Bagi yang berminat, kirimkan CV …"), not an item of the list it ends."""
    return _cues().closing_note.search(normalise_label(line)) is not None


def names_remit(heading: str) -> bool:
    """Whether a heading or lead-in ends by naming a remit whose items complete it ("You'll
    be responsible for:", "What You'll Own", "Bertanggung jawab atas:")."""
    return _cues().remit.search(normalise_label(heading)) is not None


def introduces_examples(heading: str) -> bool:
    """Whether a lead-in ends by introducing examples ("… across domains including:",
    "… seperti:"): when it opens with a verb, the items under it are its objects."""
    return _cues().examples.search(normalise_label(heading)) is not None


MAX_TITLE_WORDS = 7
"""Most words of an unmarked sub-heading inside a list."""
MIN_SENTENCE_WORDS = 3
"""Fewest lower-case words (of four letters or more) that make an item read as running text."""


def title_shaped(text: str) -> bool:
    """Whether a list item is shaped like a title: two to a few words in title case with no
    closing punctuation ("Procurement & Vendor Management", "Pengawasan Pemeliharaan dan
    Perawatan")."""
    stripped = text.strip(" *_")
    words = _FIRST_WORDS.findall(stripped)
    if not 2 <= len(words) <= MAX_TITLE_WORDS or stripped.endswith((".", ";", ",", "!", "?")):
        return False
    return not any(_lower_word(word, _cues().small_words) for word in words)


def running_text(text: str) -> bool:
    """Whether a list item is written as running text (several lower-case words), unlike a
    title or a list of names."""
    small = _cues().small_words
    lower = sum(1 for word in _FIRST_WORDS.findall(text) if _lower_word(word, small))
    return lower >= MIN_SENTENCE_WORDS


def _lower_word(word: str, small_words: frozenset[str]) -> bool:
    """A word of four letters or more in lower case that is not a small word of titles."""
    return len(word) >= 4 and word.islower() and word not in small_words
