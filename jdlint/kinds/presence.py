"""Kind ``presence``: something the draft must state somewhere (a pay figure, an EEO line)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jdlint.diagnostics import Finding
from jdlint.kinds.base import SECTION_NAMES, Option, TypedContext, TypedKind
from jdlint.kinds.filters import Filters, MatchFilter, prepare_filters
from jdlint.kinds.matching import RulePattern, compile_pattern, find_in_text


@dataclass(frozen=True, slots=True)
class PresencePlan:
    """A rule's patterns, compiled one by one, and its exclusions."""

    patterns: tuple[RulePattern, ...]
    filters: Filters


def _prepare(options: dict[str, Any]) -> PresencePlan:
    patterns = options.get("patterns") or []
    if not patterns:
        raise ValueError("option 'patterns' lists no patterns")
    # Searched one by one: an alternation of many patterns defeats the regex engine's
    # literal-prefix scans and is several times slower.
    compiled = tuple(compile_pattern(pattern) for pattern in patterns)
    return PresencePlan(compiled, prepare_filters({"exclude": options.get("exclude")}))


def _check(context: TypedContext[PresencePlan]) -> Iterator[Finding]:
    document = context.document
    keep = MatchFilter(context, context.prepared.filters)
    # Read as the line says it, so that the key counts as the value's wording ("salary: 90000").
    values = [
        f"{key}: {document.front_matter[key]}"
        for key in context.options["front_matter_keys"]
        if document.front_matter.get(key) is not None
    ]
    for compiled in context.prepared.patterns:
        for match, _section in find_in_text(context, compiled):
            holder = context.analysis.text_span_holding(match.start(), match.end())
            if holder is not None and keep.keeps(match.start(), match.end(), holder):
                return
        if any(compiled.regex.search(value) for value in values):
            return
    yield Finding(document.anchor(context.options["anchor"]))


PRESENCE = TypedKind(
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
