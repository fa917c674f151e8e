"""Findings of rules, as reported to users."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jdlint.spans import Span

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Finding:
    """What a kind reports: where, values for the rule's message, and an optional safe fix."""

    span: Span
    values: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    replacement: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class Diagnostic:
    """A finding bound to its rule, with 1-based positions (end exclusive).

    ``offset`` and ``end_offset`` are the same range as 0-based code-point offsets into the
    text as jdlint read it (decoded, line ends turned into ``\n``).
    """

    rule: str
    name: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    section: str | None = None
    suggestion: str | None = None
    replacement: str | None = None
    offset: int = 0
    end_offset: int = 0

    def sort_key(self) -> tuple[int, int, str, int, int]:
        """Deterministic order: position, then code."""
        return (self.line, self.column, self.rule, self.end_line, self.end_column)

    def to_json(self) -> dict[str, Any]:
        """The diagnostic as in the JSON output contract."""
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.offset,
            "end_offset": self.end_offset,
            "section": self.section,
            "suggestion": self.suggestion,
            "fix": None if self.replacement is None else {"replacement": self.replacement},
        }
