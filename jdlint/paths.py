"""Find the drafts to lint: files as given, folders searched recursively."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path

DRAFT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text", ".html", ".htm"})
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
    when a folder is searched; named explicitly, they are linted. So are named pipes, sockets and
    devices, which could block a run forever; a broken link is yielded, to be reported as
    unreadable.
    """
    for current, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if name not in _SKIPPED_FOLDERS)
        for name in sorted(files):
            path = Path(current) / name
            if path.suffix.lower() not in DRAFT_SUFFIXES or name.lower().startswith(_NOT_DRAFTS):
                continue
            if _special_file(path):
                continue
            yield path


def _special_file(path: Path) -> bool:
    """Whether *path* exists and is not a regular file (a pipe, socket or device)."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False
