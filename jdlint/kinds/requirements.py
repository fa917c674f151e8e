"""Deprecated kinds ``age-limit``, ``experience-years`` and ``age-versus-experience``: presets
of kind ``figures`` (:mod:`jdlint.kinds.figures`), kept so that custom rules written for them
still load.

Each takes its old options, reads them as options of ``figures`` and gives its old message
fields. Loading a rule of one prints a deprecation notice on stderr, once per kind and process.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from jdlint.diagnostics import Finding
from jdlint.kinds.base import SECTIONS_OPTION, Option, TypedContext, TypedKind
from jdlint.kinds.figures import FIGURES, FiguresPlan
from jdlint.kinds.filters import FILTER_OPTIONS

_NOTIFIED: set[str] = set()


def _preset(
    name: str,
    options: dict[str, Option],
    translate: Callable[[dict[str, Any]], dict[str, Any]],
    fields: dict[str, str],
    successor: str,
) -> TypedKind[FiguresPlan]:
    """Kind *name*: ``figures`` with options read by *translate*, whose findings also carry
    their values under the old names of *fields* (old name: name in ``figures``); *successor*
    is the same rule written with kind ``figures``, for ``jdlint explain``."""

    def prepare(given: dict[str, Any]) -> FiguresPlan:
        if name not in _NOTIFIED:
            _NOTIFIED.add(name)
            print(
                f"jdlint: kind {name!r} is deprecated; use kind 'figures' "
                "(`jdlint explain kind:figures`)",
                file=sys.stderr,
            )
        return FIGURES.prepare({**given, **translate(given)})

    def check(context: TypedContext[FiguresPlan]) -> Iterator[Finding]:
        for finding in FIGURES.check(context):
            old = {key: finding.values[new] for key, new in fields.items() if new in finding.values}
            yield replace(finding, values={**finding.values, **old})

    return TypedKind(
        scope="block",
        name=name,
        doc=f"Deprecated: a preset of kind 'figures'. Write instead: kind: figures, {successor}.",
        options=options,
        check=check,
        prepare=prepare,
    )


AGE_LIMIT = _preset(
    "age-limit",
    {
        "max_minimum_age": Option(int, 21, "a lowest age up to this one is not reported"),
        "youngest_candidate": Option(
            int, 17, "an age range starting below this age describes others, not the candidate"
        ),
        "patterns": FIGURES.options["patterns"],
        "ignore_case": FIGURES.options["ignore_case"],
        "sections": SECTIONS_OPTION,
        **FILTER_OPTIONS,
    },
    lambda options: {
        "read": "age-limits",
        "stated": ["highest"],
        "above": {"lowest": options["max_minimum_age"]},
        "ignore_below": {"lowest": options["youngest_candidate"]},
    },
    {},
    "read: age-limits, stated: [highest], above: {lowest: max_minimum_age}, "
    "ignore_below: {lowest: youngest_candidate}",
)

EXPERIENCE_YEARS = _preset(
    "experience-years",
    {
        "max_years": Option(int, 10, "most years of experience a requirement may ask for"),
        "sections": SECTIONS_OPTION,
    },
    lambda options: {"read": "experience", "above": {"years": options["max_years"]}},
    {"max": "bound"},
    "read: experience, above: {years: max_years}; the message's {max} is {bound}",
)

AGE_VERSUS_EXPERIENCE = _preset(
    "age-versus-experience",
    {
        "working_age": Option(int, 17, "the age from which working years are counted"),
        "sections": SECTIONS_OPTION,
    },
    lambda options: {
        "read": "age-limits",
        "compare_with": "experience",
        "below": {"highest": "years"},
        "counted_from": options["working_age"],
    },
    {
        "age": "highest",
        "years": "bound",
        "experience": "bound_match",
        "possible": "counted",
        "working_age": "counted_from",
    },
    "read: age-limits, compare_with: experience, below: {highest: years}, "
    "counted_from: working_age; the message's {age}, {years}, {experience}, {possible} and "
    "{working_age} are {highest}, {bound}, {bound_match}, {counted} and {counted_from}",
)
