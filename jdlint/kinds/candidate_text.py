"""Which sentences of a draft describe the candidate, or the team the candidate joins.

A word that codes a trait only says something about the job when it describes the person
wanted: "competitive" in a requirement does, "competitive advantage" in the company blurb and
"committed" in an equal-opportunity statement do not. A sentence unit (a sentence or a bullet)
describes the candidate when

- it holds none of the cues that mark text about something else (``not_candidate``:
  "regardless of race", "we offer", "how to apply");
- it is not in a section that speaks about something else (``left_out_sections``: benefits,
  the company, equal opportunity, how to apply, job details), unless it says who is wanted
  (``wanted``: "is looking for ambitious people" in the company blurb);
- and it is in a section about the candidate (``counted_sections``: duties, requirements), or
  it holds a cue that it is about the candidate or the team (``candidate``: "you", "the ideal
  candidate", "we're looking for", "our team"), or it is a list item that reads as a duty or a
  requirement (:func:`jdlint.content.item_kind`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any, NamedTuple

from jdlint.content import item_kind
from jdlint.kinds.base import SECTION_NAMES, Context, Option
from jdlint.kinds.filters import compile_all
from jdlint.kinds.matching import RulePattern, find_all

if TYPE_CHECKING:
    from jdlint.analysis import Unit

CANDIDATE_OPTIONS = {
    "counted_sections": Option(
        list,
        None,
        "sections whose sentences all describe the candidate (duties, requirements)",
        items=str,
        choices=SECTION_NAMES,
    ),
    "left_out_sections": Option(
        list,
        None,
        "sections whose sentences never describe the candidate (benefits, EEO)",
        items=str,
        choices=SECTION_NAMES,
    ),
    "candidate": Option(
        list,
        None,
        "regular expressions marking a sentence about the candidate or the team",
        items=str,
    ),
    "wanted": Option(
        list,
        None,
        "regular expressions marking a sentence that says who is wanted, anywhere",
        items=str,
    ),
    "not_candidate": Option(
        list,
        None,
        "regular expressions marking a sentence about something else (EEO, offers)",
        items=str,
    ),
}


class Audience(NamedTuple):
    """The compiled options that tell which sentences describe the candidate."""

    counted_sections: frozenset[str]
    left_out_sections: frozenset[str]
    candidate: tuple[RulePattern, ...]
    wanted: tuple[RulePattern, ...]
    not_candidate: tuple[RulePattern, ...]


def prepare_audience(options: dict[str, Any]) -> Audience:
    """Compile the options of :data:`CANDIDATE_OPTIONS`; raise ValueError on a bad value."""
    sections = {}
    for name in ("counted_sections", "left_out_sections"):
        value = options.get(name) or []
        if not all(isinstance(item, str) for item in value):
            raise ValueError(f"option '{name}' must list section names")
        sections[name] = frozenset(value)
    return Audience(
        sections["counted_sections"],
        sections["left_out_sections"],
        compile_all(options.get("candidate"), True, "candidate"),
        compile_all(options.get("wanted"), True, "wanted"),
        compile_all(options.get("not_candidate"), True, "not_candidate"),
    )


class CandidateText:
    """The sentence units of one draft, and which of them describe the candidate."""

    def __init__(self, context: Context, audience: Audience) -> None:
        self._text = context.document.text
        self._audience = audience
        # In reading order: the analysis lists a section's units together, which is not
        # always the order they stand in the text.
        self._units = sorted(
            (
                unit
                for unit in context.analysis.units
                if unit.kind != "heading" and unit.language == context.language
            ),
            key=lambda unit: unit.span.start,
        )
        self._starts = [unit.span.start for unit in self._units]
        self._may_match: dict[int, bool] = {}
        self._keys: dict[int, frozenset[str] | None] = {}
        self._index = context.analysis.word_index
        self._describes = {id(unit): self._judge(unit) for unit in self._units}
        self.word_count = sum(len(unit.words) for unit in self._units if self._describes[id(unit)])
        """How many words the units that describe the candidate hold."""

    def unit_holding(self, start: int, end: int) -> Unit | None:
        """The sentence unit of the check's language that holds ``[start, end)``, if any."""
        index = bisect_right(self._starts, start) - 1
        if index >= 0 and end <= self._units[index].span.end:
            return self._units[index]
        return None

    def describes_candidate(self, unit: Unit) -> bool:
        """Whether *unit* describes the candidate or the team the candidate joins."""
        return self._describes.get(id(unit), False)

    def _judge(self, unit: Unit) -> bool:
        audience = self._audience
        if self._holds(audience.not_candidate, unit):
            return False
        if unit.section in audience.left_out_sections:
            return self._holds(audience.wanted, unit)
        if unit.section in audience.counted_sections or self._holds(audience.candidate, unit):
            return True
        sentence = self._text[unit.span.start : unit.span.end]
        return unit.kind == "bullet" and item_kind(sentence) in _CANDIDATE_ITEMS

    def _holds(self, patterns: tuple[RulePattern, ...], unit: Unit) -> bool:
        """Whether one of *patterns* matches inside *unit* (look-behinds see the text before).

        A pattern is searched only in a unit holding one of its key words (see
        :meth:`_key_words`): a unit without them cannot hold a match.
        """
        start, end = unit.span.start, unit.span.end
        words: set[str] | None = None
        for pattern in patterns:
            if not self._possible(pattern):
                continue
            keys = self._key_words(pattern)
            if keys is not None:
                if words is None:
                    words = set(_FOLDED_WORD.findall(self._text[start:end].casefold()))
                if keys.isdisjoint(words):
                    continue
            if next(find_all(pattern, self._text, start, end), None) is not None:
                return True
        return False

    def _key_words(self, pattern: RulePattern) -> frozenset[str] | None:
        """Words of which every match of *pattern* holds one, or ``None`` when that is not
        known (yet: a pattern's needs are worked out after a few drafts, so a run over one
        file does not load the analyses). Not only those the draft's words meet: a unit may
        end inside a word of the draft ("targetMemiliki", two items run together), so its
        words are not all the draft's."""
        key = id(pattern)
        if key not in self._keys:
            needs = pattern.known_needs()
            self._keys[key] = None if needs is None else needs.every_key_word()
        return self._keys[key]

    def _possible(self, pattern: RulePattern) -> bool:
        """Whether the draft holds the words *pattern* needs (checked once per draft)."""
        key = id(pattern)
        if key not in self._may_match:
            self._may_match[key] = pattern.may_match(self._index)
        return self._may_match[key]


_CANDIDATE_ITEMS = ("qualifications", "responsibilities")
_FOLDED_WORD = re.compile(r"\w+")
"""A word as the prefilter index reads it (:class:`~jdlint.word_index.WordIndex`)."""
