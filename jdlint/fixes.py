"""Safe fixes: apply the replacements rules offer, keeping a file's encoding and line ends.

`jdlint check --fix` writes the fixed text back (atomically, with the file's permissions);
`--diff` shows it as a unified diff instead. A fix is applied only where it overlaps no other
fix of the same pass; the draft is linted again after each pass until no fix is left, so a
second run changes nothing.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jdlint.config import Config
from jdlint.diagnostics import Diagnostic
from jdlint.lint import lint_text
from jdlint.reader import BYTE_ORDER_MARKS, UnreadableError, decode, read_draft

MAX_PASSES = 10
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class FixedFile:
    """A draft before and after its fixes, as text with its own line ends."""

    path: Path
    shown: str
    before: str
    after: str
    applied: int

    def diff(self) -> str:
        """The change as a unified diff (empty when nothing changed)."""
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True),
            self.after.splitlines(keepends=True),
            fromfile=f"a/{self.shown}",
            tofile=f"b/{self.shown}",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def fix_text(text: str, shown: str, config: Config, language: str = "auto") -> tuple[str, int]:
    """*text* with every safe fix applied, pass after pass, and how many fixes were applied."""
    applied = 0
    for _ in range(MAX_PASSES):
        fixes = [d for d in lint_text(text, shown, config, language).diagnostics if d.replacement]
        text, count = apply(text, fixes)
        if count == 0:
            break
        applied += count
    return text, applied


def apply(text: str, fixes: Sequence[Diagnostic]) -> tuple[str, int]:
    """*text* with the non-overlapping *fixes* applied (the earliest wins), and their number.

    Lines and columns count as the diagnostics do (any line end is one line break; columns in
    code points), so the text keeps its own line ends.
    """
    starts = [0] + [match.end() for match in _LINE_END.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    for fix in sorted(fixes, key=lambda d: d.sort_key()):
        start = _offset(starts, fix.line, fix.column)
        end = _offset(starts, fix.end_line, fix.end_column)
        if start is None or end is None or end < start or fix.replacement is None:
            continue
        if edits and start < edits[-1][1]:
            continue
        edits.append((start, end, fix.replacement))
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text, len(edits)


def _offset(starts: list[int], line: int, column: int) -> int | None:
    if not 1 <= line <= len(starts):
        return None
    return starts[line - 1] + column - 1


def fix_file(
    path: Path, shown: str, config: Config, language: str = "auto", write: bool = True
) -> FixedFile | None:
    """Fix the draft at *path*; write it back when *write* and something changed.

    ``None`` for a file jdlint cannot read or write back in its own encoding (the lint run
    reports it).
    """
    try:
        data = read_draft(path)
        encoding = decode(data).encoding
    except UnreadableError:
        return None
    bom, codec = _codec(data, encoding)
    if codec is None:
        return None
    before = data[len(bom) :].decode(codec)
    after, applied = fix_text(before, shown, config, language)
    try:
        encoded = bom + after.encode(codec)
    except UnicodeEncodeError:
        return None
    if write and after != before:
        _replace_atomically(path, encoded)
    return FixedFile(path, shown, before, after, applied)


def _codec(data: bytes, encoding: str) -> tuple[bytes, str | None]:
    """The byte-order mark the file starts with and the codec of the rest."""
    for bom, codec, _name in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            return bom, codec  # the mark is written back as it was read
    if encoding in ("utf-8", "ascii"):
        return b"", "utf-8"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return b"", None  # Windows-1252 with undefined bytes: not written back
    return b"", "cp1252"


def _replace_atomically(path: Path, data: bytes) -> None:
    """Write *data* to a temporary file beside *path*, then rename it over *path*."""
    target = path.resolve()
    mode = stat.S_IMODE(target.stat().st_mode)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
