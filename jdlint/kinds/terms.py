"""Kind ``terms``: words and phrases to avoid, with an optional better wording for each.

``terms`` is a list of phrases, or a mapping of phrase to replacement. Each phrase matches its
family (see :func:`~jdlint.kinds.matching.term_pattern`): whole words, case-insensitive, with
one word inserted, "a"/"an"/"the" swapped or left out, a hyphen as a space, "di" joined to the
next word; with ``inflect`` the endings a language profile declares (``inflections``; true:
the default language's, English -s, -es, -ed, -ing) on the first and last words too. A
replacement becomes the diagnostic's ``suggestion``, and its safe ``fix`` when ``fix`` is true
and the draft has the phrase exactly as listed. With ``more_than: N`` the rule counts instead:
it fires once, on the occurrence after the N-th, when there are more than N.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jdlint.diagnostics import Finding
from jdlint.kinds.base import SECTIONS_OPTION, Option, TypedContext, TypedKind
from jdlint.kinds.filters import FILTER_OPTIONS, MatchFilter, prepare_filters
from jdlint.kinds.matching import (
    Inflections,
    RulePattern,
    compile_pattern,
    find_in_text,
    inflections,
    inserts_negation,
    match_case,
    term_pattern,
    term_words,
)
from jdlint.kinds.needs import Needs
from jdlint.spans import Span
from jdlint.word_index import HEAD_LENGTH, Requirement


@dataclass(frozen=True)
class _Terms:
    """A terms rule compiled: one pattern per term (longest first), and which terms a draft
    can hold, known from its words, so that only those are searched."""

    entries: tuple[tuple[str, str | None, RulePattern], ...]
    needs: Needs
    terms_of: dict[Requirement, tuple[int, ...]]
    filters: Any


def _prepare(options: dict[str, Any]) -> _Terms:
    terms = options.get("terms") or []
    replacements: dict[str, str | None] = (
        {str(term): (str(value) if value is not None else None) for term, value in terms.items()}
        if isinstance(terms, dict)
        else {str(term): None for term in terms}
    )
    if not replacements:
        raise ValueError("option 'terms' lists no terms")
    ordered = sorted(replacements, key=len, reverse=True)
    inflect = inflections(options.get("inflect") or False)
    entries = []
    terms_of: dict[Requirement, list[int]] = {}
    for number, term in enumerate(ordered):
        requirement = _needs_of_term(term, inflect)
        compiled = compile_pattern(term_pattern(term, options.get("inflect") or False))
        compiled.know_needs(Needs((requirement,)))
        entries.append((term, replacements[term], compiled))
        terms_of.setdefault(requirement, []).append(number)
    needs = Needs(tuple(terms_of))
    return _Terms(
        tuple(entries),
        needs,
        {requirement: tuple(numbers) for requirement, numbers in terms_of.items()},
        prepare_filters(options),
    )


def _needs_of_term(term: str, inflect: Inflections | None) -> Requirement:
    """A term matches only where the draft holds its words: not its "a", "an", "the" (they
    may be left out), not "di" and the word after it (they may be one word), and of an
    inflected word only its beginning."""
    words: set[str] = set()
    heads: set[str] = set()
    tokens = term.casefold().split()
    for position, token in enumerate(tokens):
        last = position == len(tokens) - 1
        if token in term_words("determiners") and position > 0 and not last:
            continue
        joined = term_words("joined")
        if token in joined or (position and tokens[position - 1] in joined):
            continue
        pieces = _WORDS.findall(token)
        inflected = inflect is not None and (position == 0 or last) and token[-1:].isalpha()
        if pieces and inflect is not None and inflected and len(token.split("-")[-1]) > 2:
            stem = inflect.stem(pieces.pop())
            if len(stem) >= 2:
                heads.add(stem[:HEAD_LENGTH])
        words.update(pieces)
    return Requirement(frozenset(words), frozenset(heads), None)


_WORDS = re.compile(r"\w+")


def _check(context: TypedContext[_Terms]) -> Iterator[Finding]:
    prepared: _Terms = context.prepared
    keep = MatchFilter(context, prepared.filters)
    possible = sorted(
        number
        for way in prepared.needs.met_ways(context.analysis.word_index)
        for number in prepared.terms_of[way]
    )
    found: list[tuple[int, int, Any]] = []
    for number in possible:
        term, _replacement, compiled = prepared.entries[number]
        for match, _section in find_in_text(context, compiled):
            if inserts_negation(match.group(), term):
                continue
            holder = context.analysis.text_span_holding(match.start(), match.end())
            if holder is not None and keep.keeps(match.start(), match.end(), holder):
                found.append((match.start(), number, match))
    # As one alternation of the terms would: the leftmost match, the longest term first, and
    # no match inside another.
    matches: list[tuple[int, Any]] = []
    end = -1
    for start, number, match in sorted(found, key=lambda item: item[:2]):
        if start >= end:
            matches.append((number, match))
            end = match.end()
    limit = context.options["more_than"]
    if limit is not None:
        if len(matches) > limit:
            over = matches[limit][1]
            yield Finding(
                Span(over.start(), over.end()),
                {"match": over.group(), "count": len(matches), "max": limit},
            )
        return
    for number, match in matches:
        found_text = match.group()
        term, replacement = prepared.entries[number][:2]
        if replacement is not None:
            replacement = match_case(found_text, replacement)
        exact = found_text.casefold().split() == term.casefold().split()
        yield Finding(
            Span(match.start(), match.end()),
            {"match": found_text, "suggestion": replacement or ""},
            suggestion=replacement,
            replacement=replacement if replacement and exact and context.options["fix"] else None,
        )


TERMS = TypedKind(
    scope="block",
    name="terms",
    doc="Fires on each occurrence of a listed word or phrase.",
    options={
        "terms": Option(
            (list, dict),
            None,
            "phrases, or phrase → replacement (null: no replacement)",
            required=True,
            items=(str, type(None)),
        ),
        "inflect": Option(
            (bool, str),
            False,
            "also match endings on the first and last words: true for the default language's "
            "(English -s, -es, -ed, -ing), or a language's code for that language's",
        ),
        "sections": SECTIONS_OPTION,
        "fix": Option(bool, False, "offer the replacement as a safe fix"),
        "more_than": Option(int, None, "fire once when the terms occur more than this often"),
        **FILTER_OPTIONS,
    },
    check=_check,
    prepare=_prepare,
)
