"""Kind ``pattern``: regular expressions that must not match the text readers see."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Context, Kind, Option
from jdlint.kinds.matching import compile_pattern, find_in_text
from jdlint.spans import Span


@dataclass(frozen=True)
class _Compiled:
    regex: Any
    formats: tuple[str, ...] | None
    message: str | None


def _prepare(options: dict[str, Any]) -> list[_Compiled]:
    compiled = []
    for entry in options.get("patterns") or []:
        if isinstance(entry, str):
            entry = {"pattern": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
            raise ValueError("each pattern is text or a mapping with a 'pattern' key")
        unknown = set(entry) - {"pattern", "formats", "message"}
        if unknown:
            raise ValueError(f"unknown pattern field {sorted(unknown)[0]!r}")
        formats = entry.get("formats")
        compiled.append(
            _Compiled(
                compile_pattern(entry["pattern"], bool(options.get("ignore_case", True))),
                tuple(formats) if formats else None,
                entry.get("message"),
            )
        )
    return compiled


def _check(context: Context) -> Iterator[Finding]:
    fmt = context.document.format
    for pattern in context.prepared:
        if pattern.formats and fmt not in pattern.formats:
            continue
        for match, _section in find_in_text(context, pattern.regex):
            yield Finding(
                Span(match.start(), match.end()), {"match": match.group()}, message=pattern.message
            )


PATTERN = Kind(
    name="pattern",
    doc="Fires on every match of any pattern in headings, paragraphs, bullets and front matter.",
    options={
        "patterns": Option(
            list, None, "regular expressions (text, or {pattern, formats, message})", required=True
        ),
        "ignore_case": Option(bool, True, "match regardless of case"),
        "sections": Option(list, None, "only search these canonical sections"),
    },
    check=_check,
    prepare=_prepare,
)
