"""What a stretch of a draft holds when its heading does not say: duties, requirements or benefits.

Read from cue words in ``rules/data/sections.yaml`` (``content``): words of a heading or lead-in
line ("We're looking for someone who will:"), and words that mark one list item as a
qualification ("3+ years", "Pendidikan minimal S1") or a benefit ("Health insurance", "BPJS").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from jdlint.data import normalise_label, vocabulary
from jdlint.verbs import judge

_FIRST_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_YEARS = re.compile(r"\d+\s*\+?\s*(?:years?|yrs?|tahun|thn)\b", re.IGNORECASE)
_NOT_DUTY_FIRST = frozenset(
    {"a", "an", "the", "our", "we", "you", "your", "this", "these", "all", "any", "other"}
)


@dataclass(frozen=True)
class _Cues:
    content_decides: frozenset[str]
    lead_in: tuple[tuple[re.Pattern[str], str], ...]
    items: dict[str, re.Pattern[str]]


def _cue_pattern(words: Sequence[str]) -> re.Pattern[str]:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        if word.endswith("*"):
            parts.append(re.escape(word[:-1].lower()) + r"[\w'-]*")
        else:
            parts.append(re.escape(word.lower()))
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])")


@functools.cache
def _cues() -> _Cues:
    data = vocabulary("sections")["content"]
    return _Cues(
        content_decides=frozenset(normalise_label(label) for label in data["content_decides"]),
        lead_in=tuple(
            (_cue_pattern(words), canonical) for canonical, words in data["lead_in"].items()
        ),
        items={canonical: _cue_pattern(words) for canonical, words in data["items"].items()},
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


def item_kind(text: str) -> str | None:
    """What one list item reads as: ``qualifications``, ``benefits``, ``responsibilities``."""
    cues = _cues()
    words = _FIRST_WORDS.findall(text)
    if not words:
        return None
    first = words[0].lower()
    lowered = normalise_label(text)
    opening = " ".join(word.lower() for word in words[:2])
    if _YEARS.search(text) or cues.items["qualifications"].search(opening):
        return "qualifications"
    if cues.items["benefits"].search(lowered):
        return "benefits"
    if _opens_with_duty(first, words):
        return "responsibilities"
    if cues.items["qualifications"].search(lowered):
        return "qualifications"
    return None


def _opens_with_duty(first: str, words: list[str]) -> bool:
    """Whether an item opens with a verb, in English ("Escalate issues") or Indonesian
    ("Melakukan", "Pastikan"), as JD303's lexicons read it."""
    if len(words) < 2 or first in _NOT_DUTY_FIRST or first.isdigit():
        return False
    opening = words[:4]
    return judge("en").opens_with_verb(opening) or judge("id").opens_with_verb(opening)


def list_kind(items: Sequence[str]) -> str | None:
    """What a list holds when most of its items agree, else ``None``."""
    if len(items) < 2:
        return None
    counts: dict[str, int] = {}
    for item in items:
        kind = item_kind(item)
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + 1
    for kind in ("qualifications", "benefits", "responsibilities"):
        if counts.get(kind, 0) * 2 > len(items):
            return kind
    return None
