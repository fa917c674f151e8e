"""Readability on a 0–100 scale (higher is easier), by the method a language's profile names.

``flesch-reading-ease`` (English): Flesch Reading Ease,
206.835 − 1.015 × words/sentences − 84.6 × syllables/words (Flesch 1948), clamped to 0–100,
with the Flesch–Kincaid grade 0.39 × words/sentences + 11.8 × syllables/words − 15.59
(Kincaid et al. 1975).

``fry-indonesian`` (Indonesian): the Fry graph (Fry 1968, extended to level 17 in 1977) with
the syllable count multiplied by 0.6 (Harjasujana & Mulyati, *Membaca 2*, 1996), the
established Indonesian practice. The graph is read in code from its digitised grade lines: both
axes are mapped to chart units by their tick marks (the y axis is linear in sentence length,
not in sentences per 100 words), and the grade is interpolated between the two lines on either
side of the point. The grade maps to the shared scale as ``110 − 5 × grade`` clamped to 0–100,
which tracks Flesch Reading Ease over the graph's valid area (FRE ≈ 110.2 − 5.2 × Fry grade).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import NamedTuple

from jdlint.languages import setting
from jdlint.syllables import SYLLABLE_COUNTERS

_X_TICKS = [*range(108, 181, 2), 181, 182]
_Y_TICKS = [
    2.0,
    2.5,
    3.0,
    3.3,
    3.5,
    3.6,
    3.7,
    3.8,
    4.0,
    4.2,
    4.3,
    4.5,
    4.8,
    5.0,
    5.2,
    5.6,
    5.9,
    6.3,
    6.7,
    7.1,
    7.7,
    8.3,
    9.1,
    10.0,
    11.1,
    12.5,
    14.3,
    16.7,
    20.0,
    25.0,
]
# Grade lines k (between grade k and k + 1), each a straight line in chart units between two
# points given in (syllables per 100 words, sentences per 100 words).
_GRADE_LINES = [
    ((109, 10.0), (132.2, 23.0)),
    ((109, 7.9), (140.2, 23.0)),
    ((109, 6.5), (142, 18.0)),
    ((109.55, 5.8), (144.3, 14.3)),
    ((109.55, 5.15), (146, 12.5)),
    ((112.0, 4.2), (149, 11.2)),
    ((120, 3.58), (153, 9.1)),
    ((127, 3.2), (157, 8.6)),
    ((137.2, 3.1), (159.5, 8.2)),
    ((144.1, 2.5), (164, 7.6)),
    ((149, 2.5), (168, 7.2)),
    ((155.5, 2.4), (170.2, 7.1)),
    ((162, 2.4), (172.2, 7.0)),
    ((168.5, 2.4), (174.2, 6.8)),
    ((173.8, 2.4), (176.2, 6.8)),
    ((179, 2.4), (180.2, 6.8)),
]
INDONESIAN_SYLLABLE_FACTOR = 0.6


class Readability(NamedTuple):
    """A readability score (0–100, higher is easier), its method and a grade level.

    Text with no words has no readability: ``score`` and ``grade`` are ``None``. A draft in two
    languages carries the score of each in ``parts``; its own score combines them by words.
    """

    score: float | None
    grade: float | None
    method: str
    words: int
    sentences: int
    syllables: int
    language: str
    parts: tuple[Readability, ...] = ()


Syllables = Callable[[str], int]
"""A syllable counter: the syllables of one word."""


def readability(words: list[str], sentences: int, language: str) -> Readability:
    """Score text of *words* in *sentences* sentence units, in *language*, by the readability
    method and with the syllable counter its profile names."""
    name = str(setting(language, "readability"))
    if not words or sentences <= 0:
        return Readability(None, None, name, len(words), sentences, 0, language)
    count = SYLLABLE_COUNTERS[str(setting(language, "syllables"))]
    score, grade, syllables = READABILITY_METHODS[name](words, sentences, count)
    return Readability(score, grade, name, len(words), sentences, syllables, language)


def flesch_reading_ease(
    words: list[str], sentences: int, count: Syllables
) -> tuple[float, float, int]:
    """Flesch Reading Ease (clamped to 0–100) and the Flesch–Kincaid grade, rounded, and the
    syllables counted."""
    syllables = sum(map(count, words))
    words_per_sentence = len(words) / sentences
    syllables_per_word = syllables / len(words)
    ease = 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word
    grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
    return round(_clamp(ease), 1), round(max(0.0, grade), 1), syllables


def fry_indonesian(words: list[str], sentences: int, count: Syllables) -> tuple[float, float, int]:
    """The Fry graph's grade with syllables × 0.6, mapped to the 0–100 scale, rounded, and the
    syllables counted."""
    syllables = sum(map(count, words))
    grade = fry_grade(
        syllables * INDONESIAN_SYLLABLE_FACTOR * 100 / len(words), sentences * 100 / len(words)
    )
    return round(_clamp(110 - 5 * grade), 1), round(grade, 1), syllables


READABILITY_METHODS: dict[str, Callable[[list[str], int, Syllables], tuple[float, float, int]]] = {
    "flesch-reading-ease": flesch_reading_ease,
    "fry-indonesian": fry_indonesian,
}
"""The readability methods a language profile may name (``readability: fry-indonesian``):
each takes the words, the sentence count and a syllable counter, and gives the score, the
grade and the syllables counted."""


def combined(parts: list[Readability]) -> Readability:
    """One readability for a draft whose *parts* are in different languages: each part's score
    and grade weighted by its words; the method names each part's method."""
    scored = [part for part in parts if part.score is not None and part.grade is not None]
    words = sum(part.words for part in scored)
    method = "+".join(part.method for part in parts)
    totals = (
        sum(part.words for part in parts),
        sum(part.sentences for part in parts),
        sum(part.syllables for part in parts),
    )
    if not words:
        return Readability(None, None, method, *totals, parts[0].language, tuple(parts))
    score = sum((part.score or 0.0) * part.words for part in scored) / words
    grade = sum((part.grade or 0.0) * part.words for part in scored) / words
    main = max(parts, key=lambda part: part.words).language
    return Readability(round(score, 1), round(grade, 1), method, *totals, main, tuple(parts))


def _clamp(value: float) -> float:
    return max(0.0, min(100.0, value))


def _chart_units(value: float, ticks: list[float] | list[int]) -> float:
    value = max(ticks[0], min(ticks[-1], value))
    index = min(bisect_right(ticks, value) - 1, len(ticks) - 2)
    low, high = ticks[index], ticks[index + 1]
    return index + (value - low) / (high - low)


def _line_u_at(line: tuple[tuple[float, float], tuple[float, float]], v: float) -> float:
    (x1, y1), (x2, y2) = line
    u1, v1 = _chart_units(x1, _X_TICKS), _chart_units(y1, _Y_TICKS)
    u2, v2 = _chart_units(x2, _X_TICKS), _chart_units(y2, _Y_TICKS)
    return u1 + (u2 - u1) * (v - v1) / (v2 - v1)


def fry_grade(syllables_per_100: float, sentences_per_100: float) -> float:
    """The Fry graph's grade (1–17, continuous) for a point of the graph."""
    u = _chart_units(syllables_per_100, _X_TICKS)
    v = _chart_units(sentences_per_100, _Y_TICKS)
    positions = [_line_u_at(line, v) for line in _GRADE_LINES]
    if u < positions[0]:
        return max(1.0, 1.5 - (positions[0] - u) / (positions[1] - positions[0]))
    for k in range(len(positions) - 1):
        if positions[k] <= u <= positions[k + 1]:
            return k + 1.5 + (u - positions[k]) / (positions[k + 1] - positions[k])
    last, before = positions[-1], positions[-2]
    return min(17.0, 16.5 + (u - last) / (last - before))
