"""What jdlint reports about one file: the result every output format and API caller reads."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from jdlint.diagnostics import Diagnostic


@dataclass
class FileResult:
    """Everything reported about one file.

    ``scores`` and ``stats`` are ``None`` for a file that could not be read; ``problems`` holds
    what stopped part of the run (a rule that timed out, a configuration error in the file's
    front matter), to be shown on standard error.
    """

    path: str
    language: str | None
    diagnostics: list[Diagnostic]
    scores: dict[str, Any] | None = None
    stats: dict[str, int] | None = None
    encoding: str | None = None
    problems: list[str] = field(default_factory=list)


_DIAGNOSTIC_FIELDS = tuple(item.name for item in fields(Diagnostic))


def to_plain(result: FileResult) -> tuple[Any, ...]:
    """*result* as plain tuples, lists and dictionaries (what ``marshal`` writes), without its
    problems; :func:`from_plain` makes it again."""
    diagnostics = [
        tuple(getattr(diagnostic, name) for name in _DIAGNOSTIC_FIELDS)
        for diagnostic in result.diagnostics
    ]
    return (result.path, result.language, diagnostics, result.scores, result.stats, result.encoding)


def from_plain(plain: tuple[Any, ...]) -> FileResult:
    """The result :func:`to_plain` made *plain* from."""
    path, language, diagnostics, scores, stats, encoding = plain
    return FileResult(
        path, language, [Diagnostic(*values) for values in diagnostics], scores, stats, encoding
    )
