"""Kind ``figures``: read the figures a draft states and compare them with bounds.

A statement is a match of one of the patterns of a type of statement in
rules/data/requirements.yaml (``statements``: ``age-limits``, ``experience``); the pattern's
named groups that are named after the type's figures carry the numbers ("usia maksimal 25
tahun" is an age limit whose ``highest`` is 25). Where matches of two patterns overlap, the
earlier pattern's wins; matches inside the type's ``not_in`` (its sections, or text its
patterns find) are left out.

A rule reads the statements named by `read` and reports each one that states a figure listed
in `stated`, has a figure above its bound in `above`, or has a figure below its bound in
`below` (a number, or the name of a figure of the `compare_with` statements: their largest in
the draft); `above` and `below` compare the figure counted from `counted_from` (working years
from age 17). A statement with a figure below its bound in `ignore_below` is left out. The
rule also reports each match of `patterns` (wording, as in kind ``pattern``) that overlaps no
statement it reports.

A message may use {match} (the statement), each figure by name ({highest}) and, from the
first comparison that holds, {bound}, {bound_match} (the statement the bound comes from),
{counted} (the figure counted from `counted_from`, at least 0) and {counted_from}.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from jdlint.data import vocabulary
from jdlint.diagnostics import Finding
from jdlint.kinds.base import (
    SECTIONS_OPTION,
    Context,
    Option,
    TypedContext,
    TypedKind,
    Vocabulary,
)
from jdlint.kinds.filters import FILTER_OPTIONS, Filters, MatchFilter, prepare_filters
from jdlint.kinds.matching import RulePattern, compile_pattern, find_in_text
from jdlint.kinds.pattern import PATTERN
from jdlint.languages import for_language
from jdlint.spans import Span


class StatementType(NamedTuple):
    """A type of statement as rules/data/requirements.yaml declares it."""

    name: str
    figures: tuple[str, ...]
    patterns: str
    """The key of the pattern lists (by language) that find it."""
    not_in_sections: tuple[str, ...] = ()
    not_in_patterns: str | None = None


class Statement(NamedTuple):
    """One statement in a draft, with the figures it states."""

    span: Span
    text: str
    figures: dict[str, int]


class Comparison(NamedTuple):
    """One test of a figure: stated at all, above a bound or below one."""

    figure: str
    test: Literal["stated", "above", "below"]
    bound: int | None = None
    against: str | None = None
    """For ``below``: a figure of the `compare_with` statements, whose largest is the bound."""


@dataclass(frozen=True, slots=True)
class FiguresPlan:
    """A rule's options of kind ``figures``, checked and compiled."""

    read: StatementType
    comparisons: tuple[Comparison, ...]
    ignore_below: tuple[tuple[str, int], ...]
    counted_from: int
    compare_with: StatementType | None
    filters: Filters
    wording: Any
    """The prepared data of kind ``pattern`` for option `patterns`, or ``None``."""


@functools.cache
def statement_types() -> dict[str, StatementType]:
    """Every type of statement, by name (rules/data/requirements.yaml, ``statements``)."""
    declared: dict[str, dict[str, Any]] = vocabulary("requirements")["statements"]
    return {
        name: StatementType(
            name,
            tuple(entry["figures"]),
            entry["patterns"],
            tuple((entry.get("not_in") or {}).get("sections") or ()),
            (entry.get("not_in") or {}).get("patterns"),
        )
        for name, entry in declared.items()
    }


def _statement_names() -> Sequence[str]:
    return tuple(statement_types())


STATEMENTS = Vocabulary("statement", "rules/data/requirements.yaml", _statement_names)


@functools.cache
def _patterns(key: str, language: str) -> tuple[RulePattern, ...]:
    entries = for_language(vocabulary("requirements")[key], language) or []
    return tuple(compile_pattern(pattern) for pattern in entries)


def statements(context: Context, kind: StatementType) -> list[Statement]:
    """Every statement of type *kind* in the draft, in document order (read once per draft)."""
    key = ("figures", kind.name, context.language, tuple(context.options.get("sections") or ()))
    return context.analysis.remember(key, lambda: _read(context, kind))


def _read(context: Context, kind: StatementType) -> list[Statement]:
    left_out: list[tuple[int, int]] | None = None  # found once a statement needs it
    found = []
    taken: list[tuple[int, int]] = []
    for regex in _patterns(kind.patterns, context.language):
        for match, _section in find_in_text(context, regex):
            start, end = match.start(), match.end()
            if any(start < stop and begin < end for begin, stop in taken):
                continue  # where matches overlap, the earlier pattern's wins
            taken.append((start, end))
            groups = match.groupdict()
            figures = {name: int(groups[name]) for name in kind.figures if groups.get(name)}
            if not figures:
                continue
            if left_out is None:
                left_out = _not_in(context, kind)
            if any(start < stop and begin < end for begin, stop in left_out):
                continue
            text = match.group()
            found.append(Statement(Span(start, start + len(text.rstrip())), text.strip(), figures))
    return sorted(found, key=lambda statement: statement.span)


def _not_in(context: Context, kind: StatementType) -> list[tuple[int, int]]:
    """Where statements of *kind* do not count: its sections, and text its patterns find."""
    sections = context.document.sections
    spans = [
        (
            section.start,
            sections[index + 1].start if index + 1 < len(sections) else len(context.document.text),
        )
        for index, section in enumerate(sections)
        if section.canonical in kind.not_in_sections
    ]
    for regex in _patterns(kind.not_in_patterns, context.language) if kind.not_in_patterns else ():
        spans.extend((match.start(), match.end()) for match, _ in find_in_text(context, regex))
    return spans


def _check(context: TypedContext[FiguresPlan]) -> Iterator[Finding]:
    plan = context.prepared
    keep = MatchFilter(context, plan.filters)
    largest = {
        comparison.against: _largest(context, plan.compare_with, comparison.against)
        for comparison in plan.comparisons
        if comparison.against is not None and plan.compare_with is not None
    }
    reported = []
    for statement in statements(context, plan.read):
        holder = context.analysis.text_span_holding(statement.span.start, statement.span.end)
        if holder is None or not keep.keeps(statement.span.start, statement.span.end, holder):
            continue
        if any(statement.figures.get(name, bound) < bound for name, bound in plan.ignore_below):
            continue
        values = _compared(plan, statement, largest)
        if values is not None:
            reported.append(statement)
            yield Finding(statement.span, values)
    if plan.wording is not None:
        wording = context.for_kind(plan.wording, {**context.options, "first_only": False})
        for finding in PATTERN.check(wording):
            if not any(finding.span.overlaps(statement.span) for statement in reported):
                yield finding


def _largest(context: Context, kind: StatementType, figure: str) -> Statement | None:
    """The statement of type *kind* with the largest *figure* (the first of equals)."""
    stating = [statement for statement in statements(context, kind) if figure in statement.figures]
    return max(stating, key=lambda statement: statement.figures[figure]) if stating else None


def _compared(
    plan: FiguresPlan, statement: Statement, largest: dict[str, Statement | None]
) -> dict[str, Any] | None:
    """The message values of the first comparison that holds for *statement*, or ``None``."""
    for comparison in plan.comparisons:
        value = statement.figures.get(comparison.figure)
        if value is None:
            continue
        counted = value - plan.counted_from
        values: dict[str, Any] = {"match": statement.text, **statement.figures}
        values.update(counted=max(counted, 0), counted_from=plan.counted_from)
        if comparison.test == "stated":
            return values
        bound = comparison.bound
        if comparison.against is not None:
            source = largest[comparison.against]
            if source is None:
                continue
            bound = source.figures[comparison.against]
            values["bound_match"] = source.text
        assert bound is not None  # a number, or read from the statement above
        if (counted > bound) if comparison.test == "above" else (counted < bound):
            return {**values, "bound": bound}
    return None


def _prepare(options: dict[str, Any]) -> FiguresPlan:
    read = _statement_type(options["read"])
    compare_with = _statement_type(options["compare_with"]) if options.get("compare_with") else None
    comparisons = [Comparison(figure, "stated") for figure in options.get("stated") or []]
    for figure, bound in (options.get("above") or {}).items():
        comparisons.append(Comparison(figure, "above", bound))
    for figure, bound in (options.get("below") or {}).items():
        if isinstance(bound, str):
            _known(bound, compare_with, "below")
            comparisons.append(Comparison(figure, "below", against=bound))
        else:
            comparisons.append(Comparison(figure, "below", bound))
    ignore_below = tuple((options.get("ignore_below") or {}).items())
    for figure in [c.figure for c in comparisons] + [figure for figure, _ in ignore_below]:
        _known(figure, read, "read")
    wording = options.get("patterns")
    return FiguresPlan(
        read=read,
        comparisons=tuple(comparisons),
        ignore_below=ignore_below,
        counted_from=options.get("counted_from") or 0,
        compare_with=compare_with,
        filters=prepare_filters(options, bool(options.get("ignore_case", True))),
        wording=PATTERN.prepare({**options, "patterns": wording}) if wording else None,
    )


def _statement_type(name: str) -> StatementType:
    types = statement_types()
    if name not in types:
        raise ValueError(f"unknown statement {name!r}; statements: {', '.join(types)}")
    return types[name]


def _known(figure: str, kind: StatementType | None, option: str) -> None:
    """Raise ValueError unless *figure* is a figure of the statements named by *option*."""
    if kind is None:
        raise ValueError(f"a bound that names a figure ({figure!r}) needs option 'compare_with'")
    if figure not in kind.figures:
        raise ValueError(
            f"unknown figure {figure!r} of {kind.name} (option {option!r}); "
            f"figures: {', '.join(kind.figures)}"
        )


FIGURES = TypedKind(
    scope="block",
    name="figures",
    doc=__doc__ or "",
    options={
        "read": Option(
            str, None, "the statements to read and compare", required=True, choices=STATEMENTS
        ),
        "stated": Option(
            list, None, "report a statement that states any of these figures", items=str
        ),
        "above": Option(
            dict,
            None,
            "report a statement whose figure is above its bound: {figure: number}",
            items=int,
        ),
        "below": Option(
            dict,
            None,
            "report a statement whose figure is below its bound: {figure: number, or a figure "
            "of the compare_with statements}",
            items=(int, str),
        ),
        "compare_with": Option(
            str,
            None,
            "the statements whose largest figure a bound in `below` names",
            choices=STATEMENTS,
        ),
        "counted_from": Option(
            int, 0, "figures are counted from this number before `above` and `below` compare them"
        ),
        "ignore_below": Option(
            dict,
            None,
            "leave out a statement whose figure is below its bound: {figure: number}",
            items=int,
        ),
        "patterns": Option(
            list,
            None,
            "wording reported too, as in kind 'pattern'",
            items=(str, dict),
            fields=PATTERN.options["patterns"].fields,
        ),
        "ignore_case": Option(bool, True, "match `patterns` regardless of case"),
        "sections": SECTIONS_OPTION,
        **FILTER_OPTIONS,
    },
    check=_check,
    prepare=_prepare,
)
