"""Kind ``coded-words``: gender-coded wording measured per 100 words (Gaucher et al. 2011).

Word lists are stems as the paper printed them: ``Lead*`` matches any word that starts with
"lead" (letters, hyphens or digits may follow), a stem without ``*`` matches that word only;
a word that a hyphen joins to the word before ("non-competitive") is not matched.
Only words that describe the candidate or the team are counted (sentences chosen by
:mod:`jdlint.kinds.candidate_text`); headings are not counted, phrases listed in ``exclude``
("sales leads", "customer support") are not coded wording, and a word listed in ``senses``
counts only in its trait sense. The draft leans to one side when the masculine share minus
the feminine share, in coded words per 100 words of the text that describes the candidate,
reaches ``slightly`` (or ``strongly``) and that side has at least ``min_difference`` more
coded words (one word is not a lean).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Context, Option, TypedContext, TypedKind
from jdlint.kinds.candidate_text import (
    CANDIDATE_OPTIONS,
    Audience,
    CandidateText,
    prepare_audience,
)
from jdlint.kinds.filters import (
    FILTER_OPTIONS,
    Filters,
    MatchFilter,
    compile_all,
    prepare_filters,
)
from jdlint.kinds.matching import find_all
from jdlint.spans import Span

if TYPE_CHECKING:
    from jdlint.analysis import Unit

VERDICTS = (
    "strongly-masculine",
    "slightly-masculine",
    "neutral",
    "slightly-feminine",
    "strongly-feminine",
)


class Coding(NamedTuple):
    """Coded words found in a draft and the verdict they give."""

    masculine: list[tuple[Span, str]]
    feminine: list[tuple[Span, str]]
    masculine_per_100: float
    feminine_per_100: float
    verdict: str
    words: int = 0
    """How many words describe the candidate: the base of the shares per 100 words."""


_TOKEN = re.compile(r"(?<![\w-])\w[\w-]*")
"""A word with the letters, digits and hyphens that may follow a stem."""


class StemLists:
    """The two word lists, looked up word by word.

    ``Lead*`` matches words starting with "lead", ``Kind`` the word "kind". Entries are filed
    under their first three letters, so a draft is read once instead of searched per stem.
    """

    def __init__(self, masculine: Any, feminine: Any) -> None:
        self._by_head: dict[str, list[tuple[str, bool, str]]] = {}
        for side, stems in (("masculine", masculine), ("feminine", feminine)):
            if (
                not isinstance(stems, list)
                or not stems
                or not all(isinstance(s, str) for s in stems)
            ):
                raise ValueError(f"option '{side}' must list words or stems")
            for stem in stems:
                word = stem.strip().lower()
                prefix = word.endswith("*")
                word = word.rstrip("*")
                if len(word) < _HEAD:
                    raise ValueError(f"option '{side}': {stem!r} is too short to match safely")
                self._by_head.setdefault(word[:_HEAD], []).append((word, prefix, side))

    def side_of(self, word: str) -> str | None:
        """``"masculine"``, ``"feminine"`` or ``None`` for *word*."""
        entries = self._by_head.get(word[:_HEAD].lower())
        if entries is None:
            return None
        lowered = word.lower()
        for stem, prefix, side in entries:
            if lowered.startswith(stem) if prefix else lowered == stem:
                return side
        return None


_HEAD = 3


class Senses:
    """Words counted only in the sense that codes a trait ("strong leadership", not "report to
    TTS leadership"): each listed word counts only inside a match of one of its patterns,
    searched in the sentence unit that holds it."""

    def __init__(self, senses: Any) -> None:
        if senses is None:
            senses = {}
        if not isinstance(senses, dict) or not all(
            isinstance(patterns, list) and patterns for patterns in senses.values()
        ):
            raise ValueError("option 'senses' must map words to lists of regular expressions")
        self._patterns = {
            str(word).casefold(): compile_all(patterns, True, "senses")
            for word, patterns in senses.items()
        }

    def keeps(self, word: str, text: str, start: int, end: int, unit: Unit) -> bool:
        """Whether *word* at ``[start, end)`` of *text* is used in its coded sense."""
        patterns = self._patterns.get(word.casefold())
        if patterns is None:
            return True
        return any(
            match.start() <= start and end <= match.end()
            for pattern in patterns
            for match in find_all(pattern, text, unit.span.start, unit.span.end)
        )


@dataclass(frozen=True)
class _Prepared:
    lists: StemLists
    filters: Filters
    audience: Audience
    senses: Senses


def _prepare(options: dict[str, Any]) -> _Prepared:
    slightly, strongly = options.get("slightly"), options.get("strongly")
    if options.get("report", "leaning") not in ("leaning", "all"):
        raise ValueError("option 'report' must be 'leaning' or 'all'")
    if slightly is not None and strongly is not None and not 0 < slightly <= strongly:
        raise ValueError("options must satisfy 0 < slightly <= strongly")
    return _Prepared(
        StemLists(options.get("masculine"), options.get("feminine")),
        prepare_filters(options),
        prepare_audience(options),
        Senses(options.get("senses")),
    )


def measure(context: Context) -> Coding:
    """Count the coded words of the draft and give its verdict (computed once per draft)."""
    key = ("coded-words", id(context.prepared))
    return context.analysis.remember(key, lambda: _measure(context))


def _measure(context: Context) -> Coding:
    prepared: _Prepared = context.prepared
    keep = MatchFilter(context, prepared.filters)
    analysis = context.analysis
    found: dict[str, list[tuple[Span, str]]] = {"masculine": [], "feminine": []}
    text = context.document.text
    folded = analysis.word_index.folded
    about = CandidateText(context, prepared.audience)
    words = max(about.word_count, 1)
    # Look each distinct word up once, then find where the coded ones occur.
    sides = {
        word: side
        for word in set(_TOKEN.findall(folded))
        if (side := prepared.lists.side_of(word)) is not None
    }
    for start, end in _occurrences(text, folded, sides) if sides else []:
        word = text[start:end]
        side = sides.get(word.casefold())
        if side is None:
            continue
        unit = about.unit_holding(start, end)
        if unit is None or not about.describes_candidate(unit):
            continue
        holder = analysis.text_span_holding(start, end)
        if holder is None or holder[0] == context.document.front_matter_span:
            continue
        if keep.keeps(start, end, holder) and prepared.senses.keeps(word, text, start, end, unit):
            found[side].append((Span(start, end), word))
    masculine, feminine = found["masculine"], found["feminine"]
    masculine_share = round(100 * len(masculine) / words, 2)
    feminine_share = round(100 * len(feminine) / words, 2)
    verdict = _verdict(
        context.options, len(masculine), len(feminine), masculine_share - feminine_share
    )
    return Coding(masculine, feminine, masculine_share, feminine_share, verdict, about.word_count)


def _verdict(options: dict[str, Any], masculine: int, feminine: int, lean: float) -> str:
    """The verdict for *masculine* and *feminine* coded words and the *lean* between their
    shares: neutral unless one side has ``min_difference`` more words and the lean is large."""
    side = "masculine" if lean > 0 else "feminine"
    if abs(masculine - feminine) < options["min_difference"]:
        return "neutral"
    if abs(lean) >= options["strongly"]:
        return f"strongly-{side}"
    if abs(lean) >= options["slightly"]:
        return f"slightly-{side}"
    return "neutral"


def _occurrences(text: str, folded: str, words: dict[str, str]) -> list[tuple[int, int]]:
    """Where the case-folded *words* occur as whole tokens, in order."""
    if len(folded) != len(text):  # case folding changed lengths: read token by token
        return [
            (match.start(), match.end())
            for match in _TOKEN.finditer(text)
            if match.group().casefold() in words
        ]
    found = []
    for word in words:
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            if not _joins(folded, start - 1) and not _joins(folded, end):
                found.append((start, end))
            start = folded.find(word, end)
    return sorted(found)


def _joins(text: str, index: int) -> bool:
    """Whether the character at *index* would join a token (a word character or hyphen)."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    return char.isalnum() or char in "-_"


def _check(context: TypedContext[_Prepared]) -> Iterator[Finding]:
    coding = measure(context)
    if coding.verdict == "neutral" and context.options["report"] == "leaning":
        return
    sides = [("masculine", coding.masculine), ("feminine", coding.feminine)]
    if context.options["report"] == "leaning":
        sides = [side for side in sides if coding.verdict.endswith(side[0])]
    for side, words in sides:
        for span, word in words:
            yield Finding(
                span,
                {
                    "match": word,
                    "side": side.capitalize(),
                    "verdict": coding.verdict,
                    "masculine": f"{coding.masculine_per_100:g}",
                    "feminine": f"{coding.feminine_per_100:g}",
                },
            )


CODED_WORDS = TypedKind(
    name="coded-words",
    doc="Measures masculine- and feminine-coded words per 100 words; reports the words of the "
    "side the draft leans to (`report: leaning`) or every coded word (`report: all`).",
    options={
        "masculine": Option(
            list, None, "masculine-coded words and stems (`lead*`)", True, items=str
        ),
        "feminine": Option(list, None, "feminine-coded words and stems", True, items=str),
        "slightly": Option(float, 0.75, "lean (per 100 words) from which the draft leans"),
        "strongly": Option(float, 1.5, "lean (per 100 words) from which it leans strongly"),
        "min_difference": Option(
            int, 2, "fewest more coded words one side needs before the draft leans to it"
        ),
        "report": Option(
            str,
            "leaning",
            "report the words of the side the draft leans to, or all coded words",
            choices=("leaning", "all"),
        ),
        **FILTER_OPTIONS,
        **CANDIDATE_OPTIONS,
        "senses": Option(
            dict, None, "words counted only inside a match of one of their patterns", items=list
        ),
        "in_headings": Option(bool, False, "also count words in headings"),
    },
    check=_check,
    prepare=_prepare,
    measure=measure,
)
