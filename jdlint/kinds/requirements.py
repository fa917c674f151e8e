"""Kinds that read numbers out of requirements: age limits and years of experience.

The patterns live in ``rules/data/requirements.yaml``; their named groups carry the numbers.
An age pattern gives a lowest age (``lo``), a highest (``hi``), or a number ``n`` with an
optional ``to`` (a range) and an optional ``floor`` marker ("minimal", "at least"); an
experience pattern gives ``years``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from jdlint.data import vocabulary
from jdlint.diagnostics import Finding
from jdlint.kinds.base import SECTIONS_OPTION, Context, Kind, Option
from jdlint.kinds.filters import FILTER_OPTIONS, MatchFilter, prepare_filters
from jdlint.kinds.matching import compile_pattern, find_in_text
from jdlint.kinds.pattern import PATTERN
from jdlint.spans import Span


@dataclass(frozen=True)
class AgeLimit:
    """An age limit stated in the draft."""

    span: Span
    text: str
    lowest: int | None
    highest: int | None


@dataclass(frozen=True)
class Experience:
    """A demand for years of experience."""

    span: Span
    text: str
    years: int


@functools.cache
def _patterns(name: str, language: str) -> tuple[Any, ...]:
    entries = vocabulary("requirements")[name].get(language) or []
    return tuple(compile_pattern(pattern) for pattern in entries)


def _number(match: Any, group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(value) if value else None


def _first_wins(context: Context, compiled: tuple[Any, ...]) -> Iterator[Any]:
    """Matches of several patterns; where matches overlap, the earlier pattern's wins."""
    taken: list[tuple[int, int]] = []
    for regex in compiled:
        for match, _section in find_in_text(context, regex):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            yield match


def age_limits(context: Context) -> list[AgeLimit]:
    """Every age limit in the draft, in document order (read once per draft)."""
    key = ("age-limits", context.language, tuple(context.options.get("sections") or ()))
    return context.analysis.remember(key, lambda: _age_limits(context))


def _age_limits(context: Context) -> list[AgeLimit]:
    found = []
    for match in _first_wins(context, _patterns("age_limits", context.language)):
        lowest, highest = _number(match, "lo"), _number(match, "hi")
        number = _number(match, "n")
        if number is not None:
            upper = _number(match, "to")
            if upper is not None:
                lowest, highest = number, upper
            elif match.groupdict().get("floor"):
                lowest = number
            else:
                highest = number
        text = match.group().strip()
        span = Span(match.start(), match.start() + len(match.group().rstrip()))
        found.append(AgeLimit(span, text, lowest, highest))
    return sorted(found, key=lambda limit: limit.span)


def experience_demands(context: Context) -> list[Experience]:
    """Every demand for years of experience in the draft, in document order (read once)."""
    key = ("experience", context.language, tuple(context.options.get("sections") or ()))
    return context.analysis.remember(key, lambda: _experience_demands(context))


def _experience_demands(context: Context) -> list[Experience]:
    history = _company_history(context)
    found = []
    for match in _first_wins(context, _patterns("experience", context.language)):
        years = _number(match, "years")
        overlaps = any(match.start() < end and start < match.end() for start, end in history)
        if years is None or overlaps:
            continue
        found.append(Experience(Span(match.start(), match.end()), match.group(), years))
    return sorted(found, key=lambda demand: demand.span)


def _company_history(context: Context) -> list[tuple[int, int]]:
    """Where the draft tells the employer's history: its section about the company, and
    sentences that give the employer's years ("With over 50 years of experience, we ...")."""
    spans = [
        (section.start, _section_end(context, index))
        for index, section in enumerate(context.document.sections)
        if section.canonical == "about-company"
    ]
    for regex in _patterns("company_history", context.language):
        spans.extend((match.start(), match.end()) for match, _ in find_in_text(context, regex))
    return spans


def _section_end(context: Context, index: int) -> int:
    sections = context.document.sections
    return sections[index + 1].start if index + 1 < len(sections) else len(context.document.text)


def _age_limit_check(context: Context) -> Iterator[Finding]:
    keep = MatchFilter(context, context.prepared["filters"])
    most_minimum = context.options["max_minimum_age"]
    limits = []
    for limit in age_limits(context):
        holder = context.analysis.text_span_holding(limit.span.start, limit.span.end)
        if holder is None or not keep.keeps(limit.span.start, limit.span.end, holder):
            continue
        if limit.highest is None and (limit.lowest is None or limit.lowest <= most_minimum):
            continue
        if limit.lowest is not None and limit.lowest < context.options["youngest_candidate"]:
            continue  # "young people aged 14 to 18": the people served, not the candidate
        limits.append(limit)
        yield Finding(limit.span, {"match": limit.text})
    if context.prepared["coded"] is not None:
        coded = replace(
            context,
            prepared=context.prepared["coded"],
            options={**context.options, "first_only": False},
        )
        for finding in PATTERN.check(coded):
            if not any(finding.span.overlaps(limit.span) for limit in limits):
                yield finding


def _age_limit_prepare(options: dict[str, Any]) -> dict[str, Any]:
    coded = options.get("patterns")
    prepared_coded = PATTERN.prepare({**options, "patterns": coded}) if coded else None
    return {
        "coded": prepared_coded,
        "filters": prepare_filters(options, bool(options.get("ignore_case", True))),
    }


AGE_LIMIT = Kind(
    scope="block",
    name="age-limit",
    doc="Fires on each age limit (a highest age, or a lowest age above `max_minimum_age`) "
    "read by the patterns of rules/data/requirements.yaml, and on each match of `patterns` "
    "(age-coded wording).",
    options={
        "max_minimum_age": Option(int, 21, "a lowest age up to this one is not reported"),
        "youngest_candidate": Option(
            int, 17, "an age range starting below this age describes others, not the candidate"
        ),
        "patterns": Option(
            list,
            None,
            "age-coded wording, as in kind 'pattern'",
            items=(str, dict),
            fields=PATTERN.options["patterns"].fields,
        ),
        "ignore_case": Option(bool, True, "match `patterns` regardless of case"),
        "sections": SECTIONS_OPTION,
        **FILTER_OPTIONS,
    },
    check=_age_limit_check,
    prepare=_age_limit_prepare,
)


def _experience_check(context: Context) -> Iterator[Finding]:
    most = context.options["max_years"]
    for demand in experience_demands(context):
        if demand.years > most:
            yield Finding(demand.span, {"match": demand.text, "years": demand.years, "max": most})


EXPERIENCE_YEARS = Kind(
    scope="block",
    name="experience-years",
    doc="Fires on each demand for more than `max_years` years of experience.",
    options={
        "max_years": Option(int, 10, "most years of experience a requirement may ask for"),
        "sections": SECTIONS_OPTION,
    },
    check=_experience_check,
)


def _conflict_check(context: Context) -> Iterator[Finding]:
    start_age = context.options["working_age"]
    demands = experience_demands(context)
    if not demands:
        return
    most_years = max(demands, key=lambda demand: demand.years)
    for limit in age_limits(context):
        if limit.highest is None:
            continue
        possible = limit.highest - start_age
        if most_years.years > possible:
            yield Finding(
                limit.span,
                {
                    "match": limit.text,
                    "age": limit.highest,
                    "years": most_years.years,
                    "experience": most_years.text.strip(),
                    "possible": max(possible, 0),
                    "working_age": start_age,
                },
            )


AGE_VERSUS_EXPERIENCE = Kind(
    scope="block",
    name="age-versus-experience",
    doc="Fires on an age cap too low for the longest experience demanded, counting working "
    "years from `working_age`.",
    options={
        "working_age": Option(int, 17, "the age from which working years are counted"),
        "sections": SECTIONS_OPTION,
    },
    check=_conflict_check,
)
