"""Kind ``presence``: something the draft must state somewhere (a pay figure, an EEO line)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jdlint.diagnostics import Finding
from jdlint.kinds.base import SECTION_NAMES, Context, Kind, Option
from jdlint.kinds.filters import MatchFilter, prepare_filters
from jdlint.kinds.matching import compile_pattern, find_in_text


def _prepare(options: dict[str, Any]) -> tuple[list[Any], Any]:
    patterns = options.get("patterns") or []
    if not patterns:
        raise ValueError("option 'patterns' lists no patterns")
    # Searched one by one: an alternation of many patterns defeats the regex engine's
    # literal-prefix scans and is several times slower.
    compiled = [compile_pattern(pattern) for pattern in patterns]
    return compiled, prepare_filters({"exclude": options.get("exclude")})


def _check(context: Context) -> Iterator[Finding]:
    document = context.document
    patterns, filters = context.prepared
    keep = MatchFilter(context, filters)
    # Read as the line says it, so that the key counts as the value's wording ("salary: 90000").
    values = [
        f"{key}: {document.front_matter[key]}"
        for key in context.options["front_matter_keys"]
        if document.front_matter.get(key) is not None
    ]
    for compiled in patterns:
        for match, _section in find_in_text(context, compiled):
            holder = context.analysis.text_span_holding(match.start(), match.end())
            if holder is not None and keep.keeps(match.start(), match.end(), holder):
                return
        if any(compiled.regex.search(value) for value in values):
            return
    yield Finding(document.anchor(context.options["anchor"]))


PRESENCE = Kind(
    name="presence",
    doc="Fires once, at the anchor section's heading or line 1, when no pattern matches anywhere.",
    options={
        "patterns": Option(
            list,
            None,
            "regular expressions; any match satisfies the rule",
            required=True,
            items=str,
        ),
        "front_matter_keys": Option(
            list, [], "front-matter keys searched too, each as 'key: value'", items=str
        ),
        "anchor": Option(
            str,
            None,
            "canonical section whose heading the finding points at",
            choices=SECTION_NAMES,
        ),
        "exclude": Option(
            list, None, "regular expressions for text that does not count", items=str
        ),
    },
    check=_check,
    prepare=_prepare,
)
