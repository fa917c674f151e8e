"""Kind ``terms``: words and phrases to avoid, with an optional better wording for each.

``terms`` is a list of phrases, or a mapping of phrase to replacement. Matching is whole-word,
case-insensitive and tolerant of extra white space; with ``inflect`` English endings (-s, -es,
-ed, -ing) match too. A replacement becomes the diagnostic's ``suggestion``, and its safe ``fix``
when ``fix`` is true. With ``more_than: N`` the rule counts instead: it fires once, on the
occurrence after the N-th, when there are more than N.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Context, Kind, Option
from jdlint.kinds.filters import FILTER_OPTIONS, MatchFilter, prepare_filters
from jdlint.kinds.matching import compile_pattern, find_in_text, match_case, term_pattern
from jdlint.kinds.needs import HEAD_LENGTH, Needs, Requirement
from jdlint.spans import Span


def _prepare(options: dict[str, Any]) -> tuple[Any, dict[str, str | None], Any]:
    terms = options.get("terms") or []
    replacements: dict[str, str | None] = (
        {str(term): (str(value) if value is not None else None) for term, value in terms.items()}
        if isinstance(terms, dict)
        else {str(term): None for term in terms}
    )
    if not replacements:
        raise ValueError("option 'terms' lists no terms")
    ordered = sorted(replacements, key=len, reverse=True)
    inflect = bool(options.get("inflect"))
    pattern = "|".join(f"(?:{term_pattern(term, inflect)})" for term in ordered)
    lookup = {" ".join(term.lower().split()): value for term, value in replacements.items()}
    compiled = compile_pattern(pattern)
    compiled.know_needs(Needs(tuple(_needs_of_term(term, inflect) for term in ordered)))
    return compiled, lookup, prepare_filters(options)


def _needs_of_term(term: str, inflect: bool) -> Requirement:
    """A term matches only where the draft holds its words (the last one maybe inflected)."""
    words = _WORDS.findall(term.casefold())
    if inflect and words and term[-1:].isalpha():
        last = words.pop()
        heads = frozenset({last[:HEAD_LENGTH]}) if len(last) >= 2 else frozenset()
        return Requirement(frozenset(words), heads, None)
    return Requirement(frozenset(words), frozenset(), None)


_WORDS = re.compile(r"\w+")


def _check(context: Context) -> Iterator[Finding]:
    compiled, lookup, filters = context.prepared
    keep = MatchFilter(context, filters)
    matches = []
    for match, _section in find_in_text(context, compiled):
        holder = context.analysis.text_span_holding(match.start(), match.end())
        if holder is not None and keep.keeps(match.start(), match.end(), holder):
            matches.append(match)
    limit = context.options["more_than"]
    if limit is not None:
        if len(matches) > limit:
            over = matches[limit]
            yield Finding(
                Span(over.start(), over.end()),
                {"match": over.group(), "count": len(matches), "max": limit},
            )
        return
    for match in matches:
        found = match.group()
        replacement = lookup.get(" ".join(found.lower().split()))
        if replacement is not None:
            replacement = match_case(found, replacement)
        yield Finding(
            Span(match.start(), match.end()),
            {"match": found, "suggestion": replacement or ""},
            suggestion=replacement,
            replacement=replacement if replacement and context.options["fix"] else None,
        )


TERMS = Kind(
    scope="block",
    name="terms",
    doc="Fires on each occurrence of a listed word or phrase.",
    options={
        "terms": Option((list, dict), None, "phrases, or phrase → replacement", required=True),
        "inflect": Option(bool, False, "also match English endings -s, -es, -ed, -ing"),
        "sections": Option(list, None, "only search these canonical sections"),
        "fix": Option(bool, False, "offer the replacement as a safe fix"),
        "more_than": Option(int, None, "fire once when the terms occur more than this often"),
        **FILTER_OPTIONS,
    },
    check=_check,
    prepare=_prepare,
)
