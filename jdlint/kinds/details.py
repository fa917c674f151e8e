"""Kind ``required-details``: job facts (type, location, reporting line) stated somewhere."""

from __future__ import annotations

from collections.abc import Iterator

from jdlint.data import detail_matcher
from jdlint.diagnostics import Finding
from jdlint.document import Document
from jdlint.kinds.base import Context, Kind, Option

_LABELS = {
    "employment_type": "employment type",
    "location": "location",
    "reports_to": "reporting line",
    "travel": "travel",
    "pay": "pay",
}


def stated_fields(document: Document) -> set[str]:
    """Detail fields stated in ``Key: value`` lines or front matter (placeholders included)."""
    fields = {detail.field for detail in document.details if detail.field and detail.value}
    front = detail_matcher().front_matter
    for key, value in document.front_matter.items():
        if key in front and value not in (None, ""):
            fields.add(front[key])
    return fields


def _check(context: Context) -> Iterator[Finding]:
    document = context.document
    stated = stated_fields(document)
    for field in context.options["fields"]:
        if field not in stated:
            yield Finding(document.anchor("details"), {"detail": _LABELS.get(field, field)})


REQUIRED_DETAILS = Kind(
    name="required-details",
    doc="Fires once per detail field no `Key: value` line or front-matter key states.",
    options={
        "fields": Option(
            list,
            ["employment_type", "location", "reports_to"],
            "fields of rules/data/details.yaml that must be stated",
        )
    },
    check=_check,
)
