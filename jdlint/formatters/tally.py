"""Running totals of a report, for the text and JSON outputs and the exit code."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from jdlint.diagnostics import SEVERITIES
from jdlint.results import FileResult


class Tally:
    """Running totals of a report: files, files without diagnostics, diagnostics by severity."""

    def __init__(self) -> None:
        self.files = 0
        self.clean = 0
        self.severities: dict[str, int] = dict.fromkeys(SEVERITIES, 0)

    def add(self, result: FileResult) -> None:
        """Count *result*."""
        self.files += 1
        self.clean += not result.diagnostics
        for diagnostic in result.diagnostics:
            self.severities[diagnostic.severity] += 1

    def counted(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        """*results*, each counted as it passes."""
        for result in results:
            self.add(result)
            yield result
