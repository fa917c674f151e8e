"""Deprecated kinds ``age-limit``, ``experience-years`` and ``age-versus-experience``: presets
of kind ``figures`` (:mod:`jdlint.kinds.figures`), kept so that custom rules written for them
still load (:mod:`jdlint.kinds.presets`).
"""

from __future__ import annotations

from jdlint.kinds.base import SECTIONS_OPTION, Option
from jdlint.kinds.figures import FIGURES
from jdlint.kinds.filters import FILTER_OPTIONS
from jdlint.kinds.presets import preset

AGE_LIMIT = preset(
    "age-limit",
    FIGURES,
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

EXPERIENCE_YEARS = preset(
    "experience-years",
    FIGURES,
    {
        "max_years": Option(int, 10, "most years of experience a requirement may ask for"),
        "sections": SECTIONS_OPTION,
    },
    lambda options: {"read": "experience", "above": {"years": options["max_years"]}},
    {"max": "bound"},
    "read: experience, above: {years: max_years}; the message's {max} is {bound}",
)

AGE_VERSUS_EXPERIENCE = preset(
    "age-versus-experience",
    FIGURES,
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
