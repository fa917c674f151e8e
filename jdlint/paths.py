"""Find the drafts to lint: files as given, folders searched recursively."""

from __future__ import annotations

import os
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path

DRAFT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text"})
_NOT_DRAFTS = ("readme", "changelog", "license", "licence", "contributing", "code_of_conduct")
_SKIPPED_FOLDERS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "node_modules",
        "__pycache__",
        ".tox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
)


def excluded(path: Path, patterns: tuple[str, ...], root: Path) -> bool:
    """Whether *path* matches one of the glob *patterns* (relative to *root*)."""
    if not patterns:
        return False
    try:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(fnmatch(relative, pattern) or fnmatch(path.name, pattern) for pattern in patterns)


def find_drafts(folder: Path) -> Iterator[Path]:
    """Draft files under *folder*, sorted, without following symbolic links to folders.

    Repository files that are not drafts (README, CHANGELOG, LICENSE, CONTRIBUTING …) are skipped
    when a folder is searched; named explicitly, they are linted.
    """
    for current, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if name not in _SKIPPED_FOLDERS)
        for name in sorted(files):
            path = Path(current) / name
            if path.suffix.lower() in DRAFT_SUFFIXES and not name.lower().startswith(_NOT_DRAFTS):
                yield path
