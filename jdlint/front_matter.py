"""YAML front matter: the ``---`` block at the top of a Markdown or HTML draft."""

from __future__ import annotations

import re
from typing import Any

from jdlint.data import load_yaml_text
from jdlint.document import FrontMatterProblem
from jdlint.spans import LineIndex, Span


class FrontMatterError(ValueError):
    """The YAML front matter does not parse into a mapping."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line

    def problem(self, text: str, lines: LineIndex, first: int, last: int) -> FrontMatterProblem:
        """The problem to report, on its line between the block's *first* and *last* lines."""
        line = min(max(self.line, first), max(first, last))
        return FrontMatterProblem(
            Span(lines.line_start(line), lines.line_end(line)).trimmed(text), str(self)
        )


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


_FENCED = re.compile(r"---[ \t]*\n(?P<content>(?:.*\n)*?)---[ \t]*(?:\n|\Z)")


def split_front_matter(
    text: str, lines: LineIndex
) -> tuple[dict[str, Any], Span, FrontMatterProblem | None] | None:
    """The front matter opening *text* (an HTML page of a static site: ``---``, YAML,
    ``---``), its span and its problem, or ``None`` when the text opens with none. A block
    that is valid YAML but no mapping is no front matter."""
    match = _FENCED.match(text)
    if match is None:
        return None
    last = text.count("\n", 0, match.end("content"))  # the closing line, 1-based
    span = Span(0, lines.line_end(last + 1))
    try:
        return read_front_matter(match["content"], 2), span, None
    except NotAMapping:
        return None
    except FrontMatterError as error:
        return {}, span, error.problem(text, lines, 2, last)
