"""Regular expressions for rules: compiled once, searched with a time budget.

Rule patterns use the ``regex`` module, whose searches accept a timeout, so a pattern with
catastrophic backtracking (``(a+)+$`` on a long line) stops with :class:`RuleTimeout` instead
of hanging a run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import regex

from jdlint.kinds.base import Context
from jdlint.kinds.needs import Needs, WordIndex, needs_of
from jdlint.regex_cache import compile_regex

SEARCH_SECONDS = 1.0


class RuleTimeout(Exception):
    """A rule's pattern took longer than the time budget on one text."""


class RulePattern:
    """A rule pattern, compiled when first searched, and the words a draft needs for it to match.

    Working the words out costs about as much as a few searches, so it is done only once the
    pattern has been searched in a few drafts: a run over one file never pays for it.
    """

    def __init__(self, pattern: str, flags: int, compiled: Any = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled = compiled
        self._needs: Needs | None = None
        self._uses = 0

    @property
    def regex(self) -> Any:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = _compile(self.pattern, self._flags)
        return self._compiled

    def know_needs(self, needs: Needs) -> None:
        """Set what a draft needs for a match, known without analysing the pattern."""
        self._needs = needs
        self._uses = _USES_BEFORE_ANALYSIS

    def may_match_known(self, index: WordIndex) -> bool:
        """As :meth:`may_match`, but only with words already worked out (no analysis, no
        counting): for small pieces of text searched many times."""
        return self._needs is None or self._needs.met_by(index)

    def may_match(self, index: WordIndex) -> bool:
        """False when the draft lacks every word the pattern needs (no match is possible)."""
        self._uses += 1
        if self._uses == _USES_BEFORE_ANALYSIS:
            self._needs = needs_of(self.pattern)
        return self._needs is None or self._needs.met_by(index)


_USES_BEFORE_ANALYSIS = 4

_EAGER: ContextVar[bool] = ContextVar("jdlint_eager_compile", default=True)


@contextmanager
def compiled_on_first_use() -> Iterator[None]:
    """Inside this block, :func:`compile_pattern` defers compiling to the first search.

    Rules are prepared this way at lint time (a pattern a draft never needs is never
    compiled); configuration files are validated outside it, so a bad pattern is reported
    when the file is read.
    """
    token = _EAGER.set(False)
    try:
        yield
    finally:
        _EAGER.reset(token)


def compile_pattern(pattern: str, ignore_case: bool = True) -> RulePattern:
    """Compile *pattern*; raise ValueError naming the pattern when it is invalid."""
    flags = regex.VERSION0 | regex.MULTILINE | (regex.IGNORECASE if ignore_case else 0)
    compiled = _compile(pattern, flags) if _EAGER.get() else None
    return RulePattern(pattern, flags, compiled)


def _compile(pattern: str, flags: int) -> Any:
    try:
        return compile_regex(pattern, flags)
    except regex.error as error:
        raise ValueError(f"invalid regular expression {pattern!r}: {error}") from None


def find_all(
    compiled: RulePattern, text: str, start: int = 0, end: int | None = None
) -> Iterator[Any]:
    """Matches of *compiled* in ``text[start:end]`` (look-behinds see the text before),
    stopping with RuleTimeout past the time budget."""
    try:
        yield from compiled.regex.finditer(
            text, start, len(text) if end is None else end, timeout=SEARCH_SECONDS
        )
    except TimeoutError:
        raise RuleTimeout(f"pattern {compiled.pattern!r} ran over {SEARCH_SECONDS:g} s") from None


def find_in_text(context: Context, compiled: RulePattern) -> Iterator[tuple[Any, str | None]]:
    """Matches that lie wholly inside text readers see, with the section of each.

    The document is searched once; matches in front-matter syntax, comments, code blocks or
    across two blocks are dropped, and with option ``sections`` so are matches elsewhere.
    """
    if not compiled.may_match(context.analysis.word_index):
        return
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
    body = r"\s+".join(regex.escape(part) for part in term.split())
    if inflect and term[-1:].isalpha():
        body += r"(?:s|es|ed|d|ing)?"
    # "\b" first lets the engine skip quickly; the look-arounds then rule out hyphenated words.
    head = r"\b(?<!-)" if term[:1].isalnum() else ""
    tail = r"\b(?!-)" if term[-1:].isalnum() else r"(?!\w)"
    return head + body + tail


def match_case(found: str, replacement: str) -> str:
    """*replacement* capitalised like *found*: "Salesman" → "Salesperson", "HE" → "THEY"."""
    if not replacement or not found[:1].isalpha():
        return replacement
    if found.isupper() and len(found) > 1:
        return replacement.upper()
    if found[:1].isupper() and not replacement[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
