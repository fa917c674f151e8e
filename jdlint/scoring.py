"""The scoring pass: readability, completeness and gender coding, from the analysis and facts.

Scoring runs after the rules. It reads the draft's analysis and the named facts that rules
publish (a rule says ``publishes: placeholders`` in its YAML), never a rule by its code:

- ``placeholders``: the findings of unfilled template slots;
- ``missing-pay``: findings when the draft states no pay figure (none when it does);
- ``gender-coding``: the coded-words measure (counts per side and a verdict).

A fact no rule published counts as nothing found.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence, Sized
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from jdlint.data import vocabulary
from jdlint.diagnostics import Finding
from jdlint.spans import Span
from jdlint.stated_details import JOB_DETAIL_FIELDS, stated_fields

if TYPE_CHECKING:
    from jdlint.analysis import Analysis

PLACEHOLDERS = "placeholders"
MISSING_PAY = "missing-pay"
GENDER_CODING = "gender-coding"
FACTS = (PLACEHOLDERS, MISSING_PAY, GENDER_CODING)
"""The facts the scores read."""


@functools.cache
def _completeness_rules() -> tuple[dict[str, float], float]:
    """The points of each part and the penalty per placeholder (rules/data/scoring.yaml)."""
    rules = vocabulary("scoring")["completeness"]
    return dict(rules["weights"]), float(rules["placeholder_penalty"])


class GenderCoding(Protocol):
    """The shape of the ``gender-coding`` fact."""

    @property
    def masculine(self) -> Sized: ...
    @property
    def feminine(self) -> Sized: ...
    @property
    def masculine_per_100(self) -> float: ...
    @property
    def feminine_per_100(self) -> float: ...
    @property
    def verdict(self) -> str: ...


class Completeness(NamedTuple):
    """Weighted presence of the parts a job description needs, minus unfilled placeholders."""

    score: int
    breakdown: dict[str, Any]


def score(analysis: Analysis, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The scores of one draft from its *analysis* and the *facts* rules published on it."""
    placeholders: Sequence[Finding] = facts.get(PLACEHOLDERS, ())
    overlaps_placeholder = _overlap_test([finding.span for finding in placeholders])
    unfilled = {
        detail.field
        for detail in analysis.document.details
        if overlaps_placeholder(detail.value_span)
    }
    filled = (stated_fields(analysis) - unfilled) & set(JOB_DETAIL_FIELDS)
    pay_stated = not facts.get(MISSING_PAY)
    result = completeness(analysis, pay_stated, filled, len(placeholders))
    measured = analysis.readability
    scores: dict[str, Any] = {
        "readability": measured.score,
        "readability_method": measured.method,
        "grade_level": measured.grade,
        "completeness": result.score,
        "completeness_breakdown": result.breakdown,
        "languages": {
            part.language: {
                "words": part.words,
                "readability": part.score,
                "readability_method": part.method,
                "grade_level": part.grade,
            }
            for part in measured.parts or (measured,)
        },
    }
    if measured.score is None:
        scores["readability_reason"] = "no words to measure: the draft has no readable text"
    coding: GenderCoding | None = facts.get(GENDER_CODING)
    if coding is not None:
        scores["gender_coding"] = coding.verdict
        scores["gender_coding_breakdown"] = {
            "masculine_words": len(coding.masculine),
            "feminine_words": len(coding.feminine),
            "masculine_per_100": coding.masculine_per_100,
            "feminine_per_100": coding.feminine_per_100,
        }
    return scores


def completeness(
    analysis: Analysis, pay_range: bool, filled_details: set[str], placeholders: int
) -> Completeness:
    """Score 0–100 from the sections present, the share of job details filled, a pay range and
    the number of unfilled placeholders, weighted as rules/data/scoring.yaml says."""
    document = analysis.document
    breakdown: dict[str, Any] = {
        name: document.has_section(name)
        for name in ("title", "summary", "responsibilities", "qualifications")
    }
    details = sum(1 for name in JOB_DETAIL_FIELDS if name in filled_details)
    breakdown["job_details"] = round(details / len(JOB_DETAIL_FIELDS), 2)
    breakdown["pay_range"] = pay_range
    breakdown["placeholders"] = placeholders
    weights, penalty = _completeness_rules()
    total = sum(weight * float(breakdown[name]) for name, weight in weights.items())
    score = max(0, round(total) - round(penalty * placeholders))
    return Completeness(score, breakdown)


def _overlap_test(spans: list[Span]) -> Callable[[Span], bool]:
    """A test of whether a span overlaps any of *spans*, in logarithmic time (big drafts hold
    thousands of details and placeholders)."""
    ordered = sorted(spans)
    starts = [span.start for span in ordered]
    furthest: list[int] = list(accumulate((span.end for span in ordered), max))

    def overlaps(span: Span) -> bool:
        index = bisect_left(starts, span.end) - 1  # the spans that start before *span* ends
        return index >= 0 and furthest[index] > span.start

    return overlaps
