"""Regular expressions for rules: compiled once, searched with a time budget.

Rule patterns use the ``regex`` module, whose searches accept a timeout, so a pattern with
catastrophic backtracking (``(a+)+$`` on a long line) stops with :class:`RuleTimeout` instead
of hanging a run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from jdlint.kinds.base import Context

SEARCH_SECONDS = 1.0


class RuleTimeout(Exception):
    """A rule's pattern took longer than the time budget on one text."""


def compile_pattern(pattern: str, ignore_case: bool = True) -> Any:
    """Compile *pattern*; raise ValueError naming the pattern when it is invalid."""
    flags = regex.VERSION1 | regex.MULTILINE | (regex.IGNORECASE if ignore_case else 0)
    try:
        return regex.compile(pattern, flags)
    except regex.error as error:
        raise ValueError(f"invalid regular expression {pattern!r}: {error}") from None


def find_all(compiled: Any, text: str) -> Iterator[Any]:
    """Matches of *compiled* in *text*, stopping with RuleTimeout past the time budget."""
    try:
        yield from compiled.finditer(text, timeout=SEARCH_SECONDS)
    except TimeoutError:
        raise RuleTimeout(f"pattern {compiled.pattern!r} ran over {SEARCH_SECONDS:g} s") from None


def find_in_text(context: Context, compiled: Any) -> Iterator[tuple[Any, str | None]]:
    """Matches that lie wholly inside text readers see, with the section of each.

    The document is searched once; matches in front-matter syntax, comments, code blocks or
    across two blocks are dropped, and with option ``sections`` so are matches elsewhere.
    """
    sections = context.options.get("sections")
    for match in find_all(compiled, context.document.text):
        holder = context.analysis.text_span_holding(match.start(), match.end())
        if holder is None or match.end() == match.start():
            continue
        if sections and holder[1] not in sections:
            continue
        yield match, holder[1]


def term_pattern(term: str, inflect: bool = False) -> str:
    """A pattern for *term* as whole words, white space flexible, optionally inflected (en)."""
    parts = [regex.escape(part) for part in term.split()]
    body = r"\s+".join(parts)
    if inflect and term[-1:].isalpha():
        body += r"(?:s|es|ed|d|ing)?"
    # "\b" first lets the engine skip quickly; the look-arounds then rule out hyphenated words.
    head = r"\b(?<!-)" if term[:1].isalnum() else ""
    tail = r"\b(?!-)" if term[-1:].isalnum() else r"(?!\w)"
    return head + body + tail
