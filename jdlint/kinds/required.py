"""Kind ``required``: one finding per item of a required set that the draft lacks.

`of` names the set. ``sections``: the canonical sections of `sections` (rules/data/sections.yaml;
default title, summary, responsibilities, qualifications), each present when a heading, a title
source or the content under a heading provides it; `required_sections` in the configuration
wins over the rule's list. A finding is at line 1 and gives {section}, the section's label.
``details``: the detail fields of `fields` (rules/data/details.yaml; default employment_type,
location, reports_to), each stated when a `Key: value` line, front matter, the title, a section
named for it, a line of its own or a sentence gives it. A finding is at the details heading (or
line 1) and gives {detail}, the detail's label.

The kinds ``required-sections`` and ``required-details`` are deprecated presets of this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jdlint.data import vocabulary
from jdlint.diagnostics import Finding
from jdlint.kinds.base import (
    DETAIL_FIELDS,
    SECTION_NAMES,
    Option,
    TypedContext,
    TypedKind,
    Vocabulary,
)
from jdlint.kinds.presets import preset
from jdlint.kinds.sections import label
from jdlint.stated_details import stated_fields

_DEFAULTS = {
    "sections": ("title", "summary", "responsibilities", "qualifications"),
    "details": ("employment_type", "location", "reports_to"),
}
_LISTED_IN = {"sections": "sections", "details": "fields"}
"""The option that lists the required items of each set."""


@dataclass(frozen=True, slots=True)
class RequiredPlan:
    """A rule's options of kind ``required``, checked."""

    of: str
    names: tuple[str, ...]


def _prepare(options: dict[str, Any]) -> RequiredPlan:
    of = options["of"]
    for other, option in _LISTED_IN.items():
        if other != of and options.get(option) is not None:
            raise ValueError(f"option {option!r} lists {other}: it needs `of: {other}`")
    names = options.get(_LISTED_IN[of])
    return RequiredPlan(of, tuple(_DEFAULTS[of] if names is None else names))


def _check(context: TypedContext[RequiredPlan]) -> Iterator[Finding]:
    plan = context.prepared
    document = context.document
    if plan.of == "sections":
        for canonical in context.settings.get("required_sections") or plan.names:
            if not document.has_section(canonical):
                yield Finding(document.anchor(), {"section": label(canonical)})
        return
    stated = stated_fields(context.analysis)
    labels: dict[str, str] = vocabulary("details")["labels"]
    for name in plan.names:
        if name not in stated:
            yield Finding(document.anchor("details"), {"detail": labels.get(name, name)})


REQUIRED = TypedKind(
    name="required",
    doc=__doc__ or "",
    options={
        "of": Option(
            str, None, "the set whose items must be there", required=True, choices=tuple(_DEFAULTS)
        ),
        "sections": Option(
            list,
            None,
            "with `of: sections`: the canonical sections that must be present (default: title, "
            "summary, responsibilities, qualifications)",
            items=str,
            choices=SECTION_NAMES,
        ),
        "fields": Option(
            list,
            None,
            "with `of: details`: the detail fields that must be stated (default: employment_type, "
            "location, reports_to)",
            items=str,
            choices=DETAIL_FIELDS,
        ),
    },
    check=_check,
    prepare=_prepare,
)

# The kinds this one replaced, kept for custom rules written for them.


def _replaced_kind(
    name: str, option: str, of: str, doc: str, choices: Vocabulary
) -> TypedKind[RequiredPlan]:
    """Kind *name*, replaced by ``required`` with ``of: <of>``: its list option *option*."""
    spec = Option(list, list(_DEFAULTS[of]), doc, items=str, choices=choices)
    return preset(name, REQUIRED, {option: spec}, lambda options: {"of": of}, {}, f"of: {of}")


REQUIRED_SECTIONS = _replaced_kind(
    "required-sections",
    "sections",
    "sections",
    "canonical sections that must be present",
    SECTION_NAMES,
)
REQUIRED_DETAILS = _replaced_kind(
    "required-details",
    "fields",
    "details",
    "fields of rules/data/details.yaml that must be stated",
    DETAIL_FIELDS,
)
