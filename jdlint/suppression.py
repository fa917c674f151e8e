"""Inline suppression comments.

Markdown and HTML: ``<!-- jdlint-disable-next-line JD503 -->``, ``<!-- jdlint-disable JD801 -->`` …
``<!-- jdlint-enable JD801 -->`` and ``<!-- jdlint-disable-file JD107 -->``. Plain text: the same
directives on a line of their own starting with ``#``. Without codes a directive covers every
rule; codes may be prefixes (``JD3``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from jdlint.diagnostics import Diagnostic
from jdlint.document import Directive
from jdlint.spans import LineIndex, Span

UNKNOWN_SUPPRESSION = "unknown-suppression"
"""The event of a directive that names a code no rule has (a rule of kind ``engine`` reports it)."""
UNUSED_SUPPRESSION = "unused-suppression"
"""The event of a directive that suppressed nothing."""
_KINDS = r"disable-next-line|disable-file|disable|enable"
_CODES = r"(?P<codes>(?:[\s,]+[A-Za-z]+\d*)*)"
_HTML = re.compile(rf"<!--\s*jdlint-(?P<kind>{_KINDS}){_CODES}\s*-->")
_HASH = re.compile(rf"^[ \t]*#[ \t]*jdlint-(?P<kind>{_KINDS}){_CODES}[ \t]*$", re.MULTILINE)


def find_directives(text: str, lines: LineIndex, fmt: str) -> list[Directive]:
    """Every suppression directive in *text*."""
    if "jdlint-" not in text:
        return []
    patterns = [_HTML] if fmt in ("markdown", "html") else [_HTML, _HASH]
    found = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            codes = tuple(code.upper() for code in re.split(r"[\s,]+", match["codes"]) if code)
            span = Span(match.start(), match.end())
            line = lines.position(match.start()).line
            found.append(Directive(match["kind"], codes, span, line))
    return sorted(found, key=lambda directive: directive.span)


def _covers(directive: Directive, code: str) -> bool:
    return not directive.codes or any(code.startswith(prefix) for prefix in directive.codes)


def apply_suppressions(
    diagnostics: Iterable[Diagnostic],
    directives: list[Directive],
    text: str,
    lines: LineIndex,
    make: Callable[[str, Span, dict[str, str]], list[Diagnostic]],
    known_code: Callable[[str], bool],
) -> list[Diagnostic]:
    """Drop suppressed diagnostics; report each unknown code (``UNKNOWN_SUPPRESSION``) and
    each directive that suppressed nothing (``UNUSED_SUPPRESSION``).

    *make* builds the diagnostics of an event for a span (none when no enabled rule reports
    that event).
    """
    if not directives:
        return list(diagnostics)
    used: set[tuple[int, str]] = set()
    kept = []
    for diagnostic in diagnostics:
        suppressor = _suppressor(diagnostic, directives, text, lines)
        if suppressor is None:
            kept.append(diagnostic)
        else:
            used.add(suppressor)
    for index, directive in enumerate(directives):
        if directive.kind == "enable":
            continue
        for code in directive.codes:
            if not known_code(code):
                kept.extend(make(UNKNOWN_SUPPRESSION, directive.span, {"code": code}))
        if not any(key[0] == index for key in used):
            kept.extend(make(UNUSED_SUPPRESSION, directive.span, {"directive": directive.kind}))
    return kept


def _suppressor(
    diagnostic: Diagnostic, directives: list[Directive], text: str, lines: LineIndex
) -> tuple[int, str] | None:
    line = diagnostic.line
    active: dict[int, Directive] = {}
    for index, directive in enumerate(directives):
        if not _covers(directive, diagnostic.rule) and directive.kind != "enable":
            continue
        if directive.kind == "disable-file":
            return (index, diagnostic.rule)
        if directive.kind == "disable-next-line":
            if _next_content_line(directive.line, text, lines) == line:
                return (index, diagnostic.rule)
        elif directive.kind == "disable" and directive.line <= line:
            active[index] = directive
        elif directive.kind == "enable" and directive.line <= line:
            for key, opened in list(active.items()):
                if not directive.codes or set(opened.codes) & set(directive.codes):
                    del active[key]
    if active:
        return (min(active), diagnostic.rule)
    return None


def _next_content_line(line: int, text: str, lines: LineIndex) -> int:
    """The first non-blank line after *line*."""
    current = line + 1
    while current <= lines.line_count:
        start, end = lines.line_start(current), lines.line_end(current)
        if text[start:end].strip():
            return current
        current += 1
    return line + 1
