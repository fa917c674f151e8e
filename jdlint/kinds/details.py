"""Kind ``required-details``: job facts (type, location, reporting line) stated somewhere."""

from __future__ import annotations

from collections.abc import Iterator

from jdlint.data import vocabulary
from jdlint.diagnostics import Finding
from jdlint.kinds.base import DETAIL_FIELDS, Option, TypedContext, TypedKind, nothing_to_prepare
from jdlint.stated_details import stated_fields


def _label(field: str) -> str:
    """How messages name a detail field (``labels`` in rules/data/details.yaml)."""
    labels: dict[str, str] = vocabulary("details")["labels"]
    return labels.get(field, field)


def _check(context: TypedContext[None]) -> Iterator[Finding]:
    document = context.document
    stated = stated_fields(context.analysis)
    for field in context.options["fields"]:
        if field not in stated:
            yield Finding(document.anchor("details"), {"detail": _label(field)})


REQUIRED_DETAILS = TypedKind(
    name="required-details",
    doc=(
        "Fires once per detail field the draft does not state: not in a `Key: value` line, front"
        " matter, the title, a section named for it, a line of its own or a sentence."
    ),
    options={
        "fields": Option(
            list,
            ["employment_type", "location", "reports_to"],
            "fields of rules/data/details.yaml that must be stated",
            items=str,
            choices=DETAIL_FIELDS,
        )
    },
    check=_check,
    prepare=nothing_to_prepare,
)
