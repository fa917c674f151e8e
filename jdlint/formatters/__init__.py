"""Output formats: one small module per ``--format`` choice."""

from __future__ import annotations

from collections.abc import Sequence

from jdlint.formatters import github, json_format, sarif, text
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
    if format_name == "text":
        return text.render(results, color=color, show_scores=show_scores, quiet=quiet)
    if format_name == "json":
        return json_format.render(results)
    if format_name == "sarif":
        return sarif.render(results, rules)
    if format_name == "github":
        return github.render(results)
    raise ValueError(f"unknown format {format_name!r}; formats: {', '.join(FORMATS)}")
