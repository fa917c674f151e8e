"""The scores every file gets: readability and completeness (with its breakdown)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jdlint.analysis import Analysis

COMPLETENESS_WEIGHTS = {
    "title": 10,
    "summary": 15,
    "responsibilities": 20,
    "qualifications": 20,
    "job_details": 20,
    "pay_range": 15,
}
PLACEHOLDER_PENALTY = 5
JOB_DETAIL_FIELDS = ("employment_type", "location", "reports_to")


@dataclass(frozen=True)
class Completeness:
    """Weighted presence of the parts a job description needs, minus unfilled placeholders."""

    score: int
    breakdown: dict[str, Any]


def completeness(
    analysis: Analysis, pay_range: bool, filled_details: set[str], placeholders: int
) -> Completeness:
    """Score 0–100 from the sections present, the share of job details filled, a pay range and
    the number of unfilled placeholders (each costs ``PLACEHOLDER_PENALTY`` points)."""
    document = analysis.document
    breakdown: dict[str, Any] = {
        name: document.has_section(name)
        for name in ("title", "summary", "responsibilities", "qualifications")
    }
    details = sum(1 for name in JOB_DETAIL_FIELDS if name in filled_details)
    breakdown["job_details"] = round(details / len(JOB_DETAIL_FIELDS), 2)
    breakdown["pay_range"] = pay_range
    breakdown["placeholders"] = placeholders
    total = sum(weight * float(breakdown[name]) for name, weight in COMPLETENESS_WEIGHTS.items())
    score = max(0, round(total) - PLACEHOLDER_PENALTY * placeholders)
    return Completeness(score, breakdown)
