"""Helpers shared by the tests of real-posting shapes (tests/test_round*_shapes.py)."""

from __future__ import annotations

from jdlint.config import default_config
from jdlint.lint import lint_text


def messages(text: str, name: str, *codes: str) -> list[str]:
    """The diagnostics of *codes* that *text*, read as file *name*, gets: "CODE message"."""
    result = lint_text(text, name, default_config())
    return [f"{d.rule} {d.message}" for d in result.diagnostics if d.rule in codes]
