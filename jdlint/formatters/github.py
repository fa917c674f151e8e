"""GitHub Actions workflow commands: one annotation per diagnostic."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import PurePath

from jdlint.diagnostics import Diagnostic
from jdlint.results import FileResult

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(results: list[FileResult]) -> str:
    """``::error file=…,line=…::message`` lines (info becomes ``::notice``)."""
    return "".join(stream(results))


def stream(results: Iterable[FileResult]) -> Iterator[str]:
    """The annotations piece by piece, a file's at a time, one per line."""
    first = True
    for result in results:
        path = PurePath(result.path).as_posix()
        for diagnostic in result.diagnostics:
            yield ("" if first else "\n") + _command(path, diagnostic)
            first = False


def _command(path: str, diagnostic: Diagnostic) -> str:
    properties = {
        "file": path,
        "line": str(diagnostic.line),
        "col": str(diagnostic.column),
        "endLine": str(diagnostic.end_line),
        "endColumn": str(diagnostic.end_column),
        "title": f"{diagnostic.rule} {diagnostic.name}",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    command = _COMMANDS.get(diagnostic.severity, "notice")
    return f"::{command} {joined}::{escape_data(diagnostic.message)}"


def escape_data(value: str) -> str:
    """Escape a command's message as the Actions runner expects."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a command property's value (also ``:`` and ``,``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")
