"""Human-readable report, grouped by file, with aligned columns and an optional summary."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import click

from jdlint.diagnostics import Diagnostic
from jdlint.formatters.tally import Tally
from jdlint.results import FileResult

_SEVERITY_COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}
_SEVERITY_NOUNS = {
    "error": ("error", "errors"),
    "warning": ("warning", "warnings"),
    "info": ("info", "info"),
}


def render(results: list[FileResult], *, color: bool, show_scores: bool, quiet: bool) -> str:
    """Headers, diagnostic lines and (unless *quiet*) score lines and a summary."""
    return "".join(stream(results, color=color, show_scores=show_scores, quiet=quiet))


def stream(
    results: Iterable[FileResult], *, color: bool, show_scores: bool, quiet: bool
) -> Iterator[str]:
    """The report piece by piece: a block per file as it comes, then the summary."""
    scores = show_scores and not quiet
    separator = "\n" if quiet else "\n\n"
    tally = Tally()
    first = True
    for result in tally.counted(results):
        if result.diagnostics or scores:
            yield ("" if first else separator) + _file_block(result, color, scores)
            first = False
    if not quiet:
        yield ("" if first else separator) + summary(tally)


def _file_block(result: FileResult, color: bool, show_scores: bool) -> str:
    lines = [click.style(result.path, bold=True) if color else result.path]
    lines.extend(_diagnostic_lines(result.diagnostics, color))
    if show_scores and result.scores is not None:
        line = _scores_line(result.scores, result.language)
        lines.append(click.style(line, dim=True) if color else line)
    return "\n".join(lines)


def _diagnostic_lines(diagnostics: list[Diagnostic], color: bool) -> list[str]:
    rows = [
        (f"{d.line}:{d.column}", d.rule, d.name, d.severity, " ".join(d.message.splitlines()))
        for d in diagnostics
    ]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(4)]
    lines = []
    for position, code, name, severity, message in rows:
        padding = " " * (widths[3] - len(severity))
        shown = click.style(severity, fg=_SEVERITY_COLORS.get(severity)) if color else severity
        cells = [
            position.ljust(widths[0]),
            code.ljust(widths[1]),
            name.ljust(widths[2]),
            shown + padding,
        ]
        lines.append(f"  {'  '.join(cells)}  {message}".rstrip())
    return lines


def _scores_line(scores: dict[str, Any], language: str | None) -> str:
    if scores["readability"] is None:
        readability = f"readability none ({scores.get('readability_reason', 'no words')})"
    else:
        readability = (
            f"readability {_number(scores['readability'])} ({scores['readability_method']}, "
            f"grade {_number(scores['grade_level'])})"
        )
    languages = scores.get("languages") or {}
    shown = " + ".join(languages) if len(languages) > 1 else language or "unknown"
    parts = [readability, f"completeness {scores['completeness']}/100", f"language {shown}"]
    if scores.get("gender_coding") is not None:
        parts.append(f"gender coding {scores['gender_coding']}")
    return "  scores: " + " · ".join(parts)


def _number(value: float) -> str:
    return f"{value:g}"


def summary(tally: Tally) -> str:
    """One sentence: totals per severity and how many files are clean."""
    files, clean = tally.files, tally.clean
    if files == 0:
        return "No files checked."
    if clean == files:
        return "1 file clean." if files == 1 else f"All {files} files clean."
    totals = [
        _plural(count, *_SEVERITY_NOUNS[severity])
        for severity, count in tally.severities.items()
        if count
    ]
    text = f"Found {', '.join(totals)} in {_plural(files - clean, 'file', 'files')}"
    if clean:
        text += f" ({_plural(clean, 'file', 'files')} clean)"
    return text + "."


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"
