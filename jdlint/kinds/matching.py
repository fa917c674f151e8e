"""Regular expressions for rules: compiled once, searched with a time budget.

Rule patterns use the ``regex`` module, whose searches accept a timeout, so a pattern with
catastrophic backtracking (``(a+)+$`` on a long line) stops with :class:`RuleTimeout` instead
of hanging a run.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NamedTuple

import regex

from jdlint.kinds.base import Context
from jdlint.kinds.needs import Needs, needs_of
from jdlint.languages import default_language, every_language, known_languages, setting
from jdlint.regex_cache import compile_regex
from jdlint.word_index import WordIndex

SEARCH_SECONDS = 1.0
"""The time one search may take on any text; see :func:`search_budget`."""

SECONDS_PER_MEGABYTE = 2.0
"""More time per million characters searched, so a long draft is not cut short."""

_FLAGS = regex.VERSION0 | regex.MULTILINE
"""The flags of every rule pattern; most also ignore case (:data:`_CASELESS_FLAGS`)."""
_CASELESS_FLAGS = _FLAGS | regex.IGNORECASE


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

    def needs(self) -> Needs | None:
        """What a draft needs for a match (worked out now if it was not yet)."""
        if self._uses < _USES_BEFORE_ANALYSIS:
            self._needs = needs_of(self.pattern)
            self._uses = _USES_BEFORE_ANALYSIS
        return self._needs

    def known_needs(self) -> Needs | None:
        """What a draft needs for a match, if already worked out (else ``None``: this never
        works it out, so a run over one file does not load the analyses)."""
        return self._needs

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
    flags = _CASELESS_FLAGS if ignore_case else _FLAGS  # worked out once: flag sums are slow
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
    stop = len(text) if end is None else end
    budget = search_budget(stop - start)
    try:
        yield from compiled.regex.finditer(text, start, stop, timeout=budget)
    except TimeoutError:
        raise RuleTimeout(f"pattern {compiled.pattern!r} ran over {budget:g} s") from None


def search_budget(length: int) -> float:
    """Seconds a search of *length* characters may take: enough for a linear scan of a long
    draft on a slow machine, far too little for catastrophic backtracking."""
    return SEARCH_SECONDS + SECONDS_PER_MEGABYTE * length / 1_000_000


def find_in_text(context: Context, compiled: RulePattern) -> Iterator[tuple[Any, str | None]]:
    """Matches that lie wholly inside text readers see, with the section of each.

    The document is searched once; matches in front-matter syntax, comments, code blocks or
    across two blocks are dropped, and with option ``sections`` so are matches elsewhere.
    """
    analysis = context.analysis
    if not compiled.may_match(analysis.word_index):
        return
    sections = context.options.get("sections")
    text = context.document.text
    for start, end in _search_ranges(context, compiled):
        for match in find_all(compiled, text, start, end):
            holder = analysis.text_span_holding(match.start(), match.end())
            if holder is None or match.end() == match.start():
                continue
            if sections and holder[1] not in sections:
                continue
            yield match, holder[1]


WINDOWED_FROM = 40_000
"""Characters from which a draft is searched only in the texts that hold a pattern's words."""


def _search_ranges(context: Context, compiled: RulePattern) -> list[tuple[int, int]]:
    """Where to search a draft for *compiled*: all of it, or, in a long draft, only the texts
    (headings, paragraphs, bullets) holding a word that each way of matching needs; a match
    counts only inside one such text, so none is lost."""
    text = context.document.text
    whole = [(0, len(text))]
    if len(text) < WINDOWED_FROM:
        return whole
    needs = compiled.needs()
    if needs is None:
        return whole
    keys = needs.key_words(context.analysis.word_index)
    if keys is None:
        return whole
    return context.analysis.ranges_with_words(keys)


@functools.cache
def term_words(kind: str) -> tuple[str, ...]:
    """The words of *kind* (``determiners``, ``negations``, ``joined``) that every language's
    profile lists under ``term_words``, in order: a term's words are read the same way
    whatever its language ("go the extra mile", "di bawah tekanan")."""
    found: dict[str, None] = {}
    for words in every_language("term_words"):
        found.update(dict.fromkeys(str(word).casefold() for word in words.get(kind, ())))
    return tuple(found)


_INSERTED = r"(?:\s+[\w'’-]+)?"
"""One word inserted between two words of a term ("work well under pressure")."""


@functools.cache
def _determiner_slot() -> str:
    """Where a term has a determiner: any of them or none, and one word inserted before or
    after it ("outside of the box", "a real family")."""
    any_one = "|".join(map(regex.escape, term_words("determiners")))
    return rf"(?:{_INSERTED}\s+(?:(?:{any_one})\s+)?|\s+(?:{any_one})\s+[\w'’-]+\s+)"


class Inflections(NamedTuple):
    """The endings a language's words take (the ``inflections`` of its profile)."""

    endings: tuple[str, ...]
    dropped: str
    """A final letter that drops before an ending ("thrive" → "thriving")."""
    after_dropped: tuple[str, ...]
    """The endings of a word once its final letter is dropped."""
    doubling_endings: tuple[str, ...]
    """Endings before which a word that *doubling* matches doubles its last letter."""
    doubling: regex.Pattern[str] | None

    def pattern(self, word: str) -> str:
        """*word* with its endings ("thrive" → "thriv(?:e|es|ed|ing)")."""
        if self.dropped and word.endswith(self.dropped):
            stem = word[: -len(self.dropped)]
            return f"{regex.escape(stem)}(?:{'|'.join((self.dropped, *self.after_dropped))})"
        doubles = self.doubling is not None and self.doubling.search(word) is not None
        doubled = regex.escape(word[-1]) + "?" if doubles else ""
        endings = [
            doubled + ending if ending in self.doubling_endings else ending
            for ending in self.endings
        ]
        return f"{regex.escape(word)}(?:{'|'.join(endings)})?"

    def stem(self, word: str) -> str:
        """The part of *word* every inflected form begins with ("thrive" → "thriv")."""
        return word[: -len(self.dropped)] if self.dropped and word.endswith(self.dropped) else word


def inflections(inflect: bool | str) -> Inflections | None:
    """The inflections a kind's ``inflect`` option asks for: ``true`` the default language's,
    a code that language's, ``false`` none. A ``ValueError`` for a language without them."""
    if inflect is False:
        return None
    return _inflections(default_language() if inflect is True else inflect, known_languages())


@functools.cache
def _inflections(language: str, known: tuple[str, ...]) -> Inflections:
    data = setting(language, "inflections") if language in known else None
    if not isinstance(data, dict):
        raise ValueError(f"option 'inflect': language {language!r} has no inflections")
    doubling = data.get("doubling")
    return Inflections(
        endings=tuple(data.get("endings") or ()),
        dropped=str(data.get("dropped") or ""),
        after_dropped=tuple(data.get("after_dropped") or ()),
        doubling_endings=tuple(data.get("doubling_endings") or ()),
        doubling=regex.compile(doubling) if doubling else None,
    )


def term_pattern(term: str, inflect: bool | str = False) -> str:
    """A pattern for the family of *term*, as whole words, case and white space flexible.

    The family is the term with: one word inserted between two of its words; "a", "an", "the"
    swapped or left out; a hyphen written as a space ("fast paced"); "di" joined to the next
    word ("dibawah"); with *inflect* (see :func:`inflections`), endings on its first and last
    words ("wearing many hats", "fast-paced environments").
    """
    endings = inflections(inflect)
    words = term.split()
    body = ""
    pending_determiner = False
    for position, word in enumerate(words):
        last = position == len(words) - 1
        if word.casefold() in term_words("determiners") and position > 0 and not last:
            pending_determiner = True
            continue
        if pending_determiner:
            body += _determiner_slot()
            pending_determiner = False
        elif position:
            joined = words[position - 1].casefold() in term_words("joined")
            body += r"\s*" if joined else _INSERTED + r"\s+"
        body += _word_pattern(word, endings if position == 0 or last else None)
    # "\b" first lets the engine skip quickly; the look-arounds then rule out hyphenated words.
    head = r"\b(?<!-)" if term[:1].isalnum() else ""
    tail = r"\b(?!-)" if term[-1:].isalnum() else r"(?!\w)"
    return head + body + tail


def inserts_negation(found: str, term: str) -> bool:
    """Whether the text *found* for *term* holds a negation the term does not."""
    added = set(_LETTERS.findall(found.casefold())) - set(_LETTERS.findall(term.casefold()))
    return not added.isdisjoint(term_words("negations"))


_LETTERS = regex.compile(r"\w+")


def _word_pattern(word: str, endings: Inflections | None) -> str:
    """One word of a term: its hyphens may be spaces, its end inflected (the last piece)."""
    pieces = word.split("-")
    escaped = [regex.escape(piece) for piece in pieces]
    if endings is not None and word[-1:].isalpha() and len(pieces[-1]) > 2:
        escaped[-1] = endings.pattern(pieces[-1])
    return r"(?:-|\s+)".join(escaped)


def match_case(found: str, replacement: str) -> str:
    """*replacement* capitalised like *found*: "Salesman" → "Salesperson", "HE" → "THEY"."""
    if not replacement or not found[:1].isalpha():
        return replacement
    if found.isupper() and len(found) > 1:
        return replacement.upper()
    if found[:1].isupper() and not replacement[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
