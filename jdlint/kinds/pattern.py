"""Kind ``pattern``: regular expressions that must not match the text readers see.

Each entry of ``patterns`` is a regular expression, or a mapping with the expression and, when
it needs them, its own ``message``, a better wording (``suggestion``), a safe replacement
(``fix``; ``""`` deletes the match; both may use the pattern's groups as ``\\g<name>``), the
``formats`` it applies to and ``unless`` patterns that silence it anywhere in the draft. Where
the matches of several entries overlap, the earlier entry wins, so one problem gives one
diagnostic.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from jdlint.diagnostics import Finding
from jdlint.kinds.base import SECTIONS_OPTION, Option, TypedContext, TypedKind
from jdlint.kinds.filters import FILTER_OPTIONS, Filters, MatchFilter, compile_all, prepare_filters
from jdlint.kinds.matching import compile_pattern, find_in_text, match_case
from jdlint.spans import Span

_ENTRY_FIELDS = {"pattern", "formats", "message", "suggestion", "fix", "unless"}


class _Entry(NamedTuple):
    regex: Any
    formats: tuple[str, ...] | None
    message: str | None
    suggestion: str | None
    fix: str | None
    unless: tuple[Any, ...]


@dataclass(frozen=True)
class _Prepared:
    entries: list[_Entry]
    filters: Filters


def _prepare(options: dict[str, Any]) -> _Prepared:
    ignore_case = bool(options.get("ignore_case", True))
    entries = []
    for entry in options.get("patterns") or []:
        if isinstance(entry, str):
            entry = {"pattern": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
            raise ValueError("each pattern is text or a mapping with a 'pattern' key")
        unknown = set(entry) - _ENTRY_FIELDS
        if unknown:
            raise ValueError(f"unknown pattern field {sorted(unknown)[0]!r}")
        for key in ("message", "suggestion", "fix"):
            if entry.get(key) is not None and not isinstance(entry[key], str):
                raise ValueError(f"pattern field {key!r} must be text")
        formats = entry.get("formats")
        entries.append(
            _Entry(
                compile_pattern(entry["pattern"], ignore_case),
                tuple(formats) if formats else None,
                entry.get("message"),
                entry.get("suggestion"),
                entry.get("fix"),
                compile_all(entry.get("unless"), ignore_case, "unless"),
            )
        )
    if not entries:
        raise ValueError("option 'patterns' lists no patterns")
    return _Prepared(entries, prepare_filters(options, ignore_case))


def _check(context: TypedContext[_Prepared]) -> Iterator[Finding]:
    prepared: _Prepared = context.prepared
    keep = MatchFilter(context, prepared.filters)
    taken: list[Span] = []  # kept sorted; they never overlap, so their ends are sorted too
    found: list[Finding] = []
    for entry in prepared.entries:
        if entry.formats and context.document.format not in entry.formats:
            continue
        if any(next(find_in_text(context, regex), None) for regex in entry.unless):
            continue
        for match, _section in find_in_text(context, entry.regex):
            span = Span(match.start(), match.end())
            holder = context.analysis.text_span_holding(span.start, span.end)
            if holder is None or not keep.keeps(span.start, span.end, holder):
                continue
            before = bisect_left(taken, Span(span.end, span.end))  # the spans starting before
            if before and taken[before - 1].end > span.start:  # its end: does the last overlap?
                continue
            insort(taken, span)
            found.append(_finding(match, span, entry))
            if context.options["first_only"]:
                break
    found.sort(key=lambda finding: finding.span)
    yield from found[:1] if context.options["first_only"] else found


def _finding(match: Any, span: Span, entry: _Entry) -> Finding:
    text = match.group()
    suggestion = match_case(text, match.expand(entry.suggestion)) if entry.suggestion else None
    replacement = match_case(text, match.expand(entry.fix)) if entry.fix is not None else None
    shown = text.strip().rstrip(",").rstrip()
    return Finding(
        span,
        {"match": shown or text, "suggestion": suggestion or ""},
        suggestion=suggestion if suggestion is not None else replacement or None,
        replacement=replacement,
        message=entry.message,
    )


PATTERN = TypedKind(
    scope="block",
    name="pattern",
    doc="Fires on every match of any pattern in headings, paragraphs, bullets and front matter.",
    options={
        "patterns": Option(
            list,
            None,
            "regular expressions (text, or {pattern, message, suggestion, fix, formats, unless})",
            required=True,
            items=(str, dict),
            fields=tuple(sorted(_ENTRY_FIELDS)),
        ),
        "ignore_case": Option(bool, True, "match regardless of case"),
        "sections": SECTIONS_OPTION,
        "first_only": Option(bool, False, "report only the first match in the draft"),
        **FILTER_OPTIONS,
    },
    check=_check,
    prepare=_prepare,
)
