"""What a rule's diagnostics cover in a draft: a helper shared by tests."""

from __future__ import annotations

from jdlint.results import FileResult


def covered(result: FileResult, text: str, rule: str) -> list[str]:
    """The text each of *rule*'s diagnostics in *result* covers (one line each), in order."""
    lines = text.split("\n")
    return [
        lines[d.line - 1][d.column - 1 : d.end_column - 1]
        for d in result.diagnostics
        if d.rule == rule
    ]
