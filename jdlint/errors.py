"""Errors that stop a run with exit code 2 and name the file and key at fault."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class ConfigError(Exception):
    """A configuration or rule file is invalid."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def suggest(word: str, choices: Iterable[str]) -> str:
    """``' (did you mean "x"?)'`` when *word* is close to one of *choices*, else ``''``."""
    import difflib  # only here: a run without a mistake does not pay for importing it

    close = difflib.get_close_matches(str(word), [str(choice) for choice in choices], n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""
