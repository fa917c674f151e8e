"""What jdlint reports about one file: the result every output format and API caller reads."""

from __future__ import annotations

from dataclasses import dataclass, field
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
