"""Front matter: the YAML ``---`` block (or Hugo's TOML ``+++`` block) at the top of a Markdown
or HTML draft."""

from __future__ import annotations

import re
import sys
from typing import Any

from jdlint.data import load_yaml_text
from jdlint.document import FrontMatterProblem
from jdlint.spans import LineIndex, Span


class FrontMatterError(ValueError):
    """The YAML front matter does not parse into a mapping."""

    def __init__(self, message: str, line: int, syntax: str = "YAML") -> None:
        super().__init__(message)
        self.line = line
        self.syntax = syntax

    def problem(self, text: str, lines: LineIndex, first: int, last: int) -> FrontMatterProblem:
        """The problem to report, on its line between the block's *first* and *last* lines."""
        line = min(max(self.line, first), max(first, last))
        span = Span(lines.line_start(line), lines.line_end(line)).trimmed(text)
        return FrontMatterProblem(span, str(self), self.syntax)


class NotAMapping(FrontMatterError):
    """The block between the ``---`` lines is valid YAML but not keys and values."""


def read_front_matter(content: str, first_line: int) -> dict[str, Any]:
    """The keys and values of the YAML *content*, whose first line is *first_line* (1-based);
    raise FrontMatterError naming the line of a YAML error."""
    import yaml

    try:
        data = load_yaml_text(content)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + (mark.line if mark is not None else 0)
        problem = getattr(error, "problem", None) or str(error)
        raise FrontMatterError(f"{problem}", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise NotAMapping("front matter is not a mapping of keys to values", first_line)
    return {str(key): value for key, value in data.items()}


def read_toml_front_matter(content: str, first_line: int) -> dict[str, Any]:
    """The keys and values of TOML front matter (Hugo's ``+++`` block); raise
    FrontMatterError on a TOML error."""
    if sys.version_info >= (3, 11):  # imported here: most drafts have no TOML
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        data: dict[str, Any] = tomllib.loads(content)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        line = first_line + int(found[1]) - 1 if found else first_line
        raise FrontMatterError(str(error).split(" (at ")[0], line, "TOML") from None
    return data


_FENCED = re.compile(
    r"(?P<fence>---|\+\+\+)[ \t]*\n(?P<content>(?:.*\n)*?)(?P=fence)[ \t]*(?:\n|\Z)"
)


def split_front_matter(
    text: str, lines: LineIndex
) -> tuple[dict[str, Any], Span, FrontMatterProblem | None] | None:
    """The front matter opening *text* — YAML between ``---`` lines (a static site's HTML
    page), or TOML between ``+++`` lines (Hugo) — its span and its problem, or ``None`` when
    the text opens with none. A ``---`` block that is valid YAML but no mapping is no front
    matter."""
    match = _FENCED.match(text)
    if match is None:
        return None
    last = text.count("\n", 0, match.end("content"))  # the closing line, 1-based
    span = Span(0, lines.line_end(last + 1))
    read = read_toml_front_matter if match["fence"] == "+++" else read_front_matter
    try:
        return read(match["content"], 2), span, None
    except NotAMapping:
        return None
    except FrontMatterError as error:
        return {}, span, error.problem(text, lines, 2, last)
