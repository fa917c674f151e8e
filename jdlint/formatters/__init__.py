"""Output formats: one small module per ``--format`` choice."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from jdlint.formatters import github, text
from jdlint.results import FileResult
from jdlint.rules import Rule

FORMATS = ("text", "json", "sarif", "github")


def render(
    format_name: str,
    results: list[FileResult],
    *,
    color: bool,
    show_scores: bool,
    quiet: bool,
    rules: Sequence[Rule],
) -> str:
    """The report of *results* in *format_name*, without a final newline."""
    chunks = stream(
        format_name, results, color=color, show_scores=show_scores, quiet=quiet, rules=rules
    )
    return "".join(chunks)


def stream(
    format_name: str,
    results: Iterable[FileResult],
    *,
    color: bool,
    show_scores: bool,
    quiet: bool,
    rules: Sequence[Rule],
) -> Iterator[str]:
    """The report of *results* in *format_name*, piece by piece as the results come.

    Text, JSON and GitHub annotations are written as each file's result arrives, so a run over
    an export of many rows holds one result at a time; SARIF, one nested document, is written
    at the end. The pieces joined are the report without a final newline.
    """
    if format_name == "text":
        return text.stream(results, color=color, show_scores=show_scores, quiet=quiet)
    if format_name == "json":
        from jdlint.formatters import json_format  # here: other formats do not import json

        return json_format.stream(results)
    if format_name == "sarif":
        # here: a check in another format does not pay for importing it (and jdlint.explain)
        from jdlint.formatters import sarif

        return iter([sarif.render(list(results), rules)])
    if format_name == "github":
        return github.stream(results)
    raise ValueError(f"unknown format {format_name!r}; formats: {', '.join(FORMATS)}")
