"""Conditions that narrow the matches of pattern-like kinds.

- ``exclude``: phrases that are not the problem although they contain a match ("sales leads"
  holds "lead"); a match overlapping an exclusion is dropped.
- ``unless``: patterns whose presence answers the problem ("or equivalent experience" beside a
  degree); a match is dropped when one of them matches in the same ``unless_scope``: the same
  bullet or paragraph (``unit``), that or the heading or lead-in right above it (``item``:
  "Nice to have:" over a list), the same canonical section (``section``) or anywhere
  (``document``). An entry may be ``{pattern: ..., scope: ...}`` to set its own scope ("a plus"
  answers only in its own item, "or equivalent experience" anywhere in the section). An answer
  inside an exclusion does not count either.
- ``in_headings``: whether matches inside headings count.
- ``in_front_matter_syntax``: whether matches in front-matter keys, comments and YAML
  punctuation count; when false, only matches inside one value do (``title: "[Job Title]"``
  counts, the brackets of ``ignore: [JD801]`` do not).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from jdlint.data import safe_loader
from jdlint.document import Document
from jdlint.kinds.base import Context, Option
from jdlint.kinds.matching import RulePattern, compile_pattern, find_all, find_in_text
from jdlint.spans import Span
from jdlint.word_index import WordIndex

SCOPES = ("unit", "item", "section", "document")

FILTER_OPTIONS = {
    "exclude": Option(
        list, None, "regular expressions for phrases that are not the problem", items=str
    ),
    "unless": Option(
        list,
        None,
        "regular expressions whose presence silences a match (or {pattern, scope})",
        items=(str, dict),
        fields=("pattern", "scope"),
    ),
    "unless_scope": Option(
        str,
        "document",
        "where 'unless' looks: the sentence or bullet (unit), the bullet with the heading or "
        "lead-in above it (item), the section, or the whole draft",
        choices=SCOPES,
    ),
    "in_headings": Option(bool, True, "also search headings"),
    "in_front_matter_syntax": Option(
        bool, True, "also search front-matter keys, comments and YAML punctuation"
    ),
}


class Filters(NamedTuple):
    """Compiled filter options."""

    exclude: tuple[RulePattern, ...] = ()
    unless: tuple[tuple[RulePattern, str], ...] = ()
    """Each answer with the scope it answers in."""
    ignore_case: bool = True
    in_headings: bool = True
    in_front_matter_syntax: bool = True


def prepare_filters(options: dict[str, Any], ignore_case: bool = True) -> Filters:
    """Compile the filter options; raise ValueError on a bad value."""
    scope = options.get("unless_scope") or "document"
    if scope not in SCOPES:
        raise ValueError(f"option 'unless_scope' must be one of {', '.join(SCOPES)}")
    return Filters(
        exclude=compile_all(options.get("exclude"), ignore_case, "exclude"),
        unless=_compile_answers(options.get("unless"), ignore_case, scope),
        in_headings=options.get("in_headings", True) is not False,
        in_front_matter_syntax=options.get("in_front_matter_syntax", True) is not False,
        ignore_case=ignore_case,
    )


def compile_all(patterns: Any, ignore_case: bool, option: str) -> tuple[RulePattern, ...]:
    """Compile a list of patterns given in option *option*."""
    if not patterns:
        return ()
    if not all(isinstance(pattern, str) for pattern in patterns):
        raise ValueError(f"option '{option}' must list regular expressions as text")
    return tuple(compile_pattern(pattern, ignore_case) for pattern in patterns)


def _compile_answers(
    entries: Any, ignore_case: bool, scope: str
) -> tuple[tuple[RulePattern, str], ...]:
    """Compile option ``unless``: text (answers in *scope*) or ``{pattern, scope}``."""
    if not entries:
        return ()
    answers = []
    for entry in entries:
        own = scope
        if isinstance(entry, dict):
            if set(entry) - {"pattern", "scope"} or not isinstance(entry.get("pattern"), str):
                raise ValueError("each 'unless' entry is text or a mapping {pattern, scope}")
            own = entry.get("scope") or scope
            if own not in SCOPES:
                raise ValueError(f"an 'unless' scope must be one of {', '.join(SCOPES)}")
            entry = entry["pattern"]
        if not isinstance(entry, str):
            raise ValueError("option 'unless' must list regular expressions as text")
        answers.append((compile_pattern(entry, ignore_case), own))
    return tuple(answers)


class MatchFilter:
    """Decides, for one document, which matches survive the filters.

    Exclusions are searched only around a candidate match, and ``unless`` patterns only once a
    candidate needs them: most drafts hold few candidates, so most searches never run.
    """

    def __init__(self, context: Context, filters: Filters) -> None:
        self._context = context
        self._filters = filters
        self._headings = (
            set() if filters.in_headings else {h.span for h in context.document.headings}
        )
        self._answers: list[tuple[tuple[Span, str | None], str]] | None = None
        self._exclusions: list[RulePattern] | None = None

    def keeps(self, start: int, end: int, holder: tuple[Span, str | None]) -> bool:
        """Whether the match ``[start, end)`` inside *holder* (span, section) is reported."""
        if holder[0] in self._headings:
            return False
        if not self._filters.in_front_matter_syntax and not self._in_value(start, end, holder):
            return False
        if self._overlaps_exclusion(start, end):
            return False
        return not self._answered(holder)

    def _in_value(self, start: int, end: int, holder: tuple[Span, str | None]) -> bool:
        document = self._context.document
        if holder[0] != document.front_matter_span:
            return True
        values = self._context.analysis.remember(
            ("front-matter-values",), lambda: front_matter_values(document)
        )
        return any(value.start <= start and end <= value.end for value in values)

    def _overlaps_exclusion(self, start: int, end: int) -> bool:
        if self._exclusions is None:
            index = self._context.analysis.word_index
            self._exclusions = [p for p in self._filters.exclude if p.may_match(index)]
        if not self._exclusions:
            return False
        text = self._context.document.text
        low, high = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
        nearby = WordIndex(text[low:high])
        return any(
            match.start() < end and start < match.end()
            for exclusion in self._exclusions
            if exclusion.may_match_known(nearby)
            for match in find_all(exclusion, text, low, high)
        )

    def _answered(self, holder: tuple[Span, str | None]) -> bool:
        if not self._filters.unless:
            return False
        if self._answers is None:
            self._answers = [
                (found, scope)
                for compiled, scope in self._filters.unless
                for match, found in _holders(self._context, compiled)
                if not self._overlaps_exclusion(match.start(), match.end())
            ]
        return any(self._answers_in(answer, scope, holder) for answer, scope in self._answers)

    def _answers_in(
        self, answer: tuple[Span, str | None], scope: str, holder: tuple[Span, str | None]
    ) -> bool:
        """Whether an answer found in *answer* (span, section) answers a match in *holder*."""
        if scope == "document":
            return True
        if scope == "section":
            return answer[1] == holder[1]
        if answer[0] == holder[0]:
            return True
        if scope == "item":
            section = self._context.document.section_at(holder[0].start)
            heading = section.heading if section is not None else None
            return heading is not None and answer[0] == heading.span
        return False


_WINDOW = 80
"""How far around a match an exclusion may start or end (exclusions are short phrases)."""


def _holders(context: Context, compiled: Any) -> list[tuple[Any, tuple[Span, str | None]]]:
    found = []
    for match, _section in find_in_text(context, compiled):
        holder = context.analysis.text_span_holding(match.start(), match.end())
        if holder is not None:
            found.append((match, holder))
    return found


def front_matter_values(document: Document) -> list[Span]:
    """The spans of the values in *document*'s front matter: scalars, quotes included, that
    are not keys. Front matter that could not be read is one value, searched whole."""
    span = document.front_matter_span
    if span is None:
        return []
    if document.front_matter_problem is not None:
        return [span]
    block = document.text[span.start : span.end]
    # inside the "---" fences (front matter that lost its opening one starts at its first key)
    first = block.find("\n") + 1 if block.startswith("---") else 0
    last = block.rfind("\n")
    if last < first:
        return []
    import yaml

    try:
        root = yaml.compose(block[first:last], Loader=safe_loader())
    except yaml.YAMLError:  # read once already, so not expected: search it whole
        return [span]
    base = span.start + first
    values: list[Span] = []
    pending = [root] if root is not None else []
    seen: set[int] = set()  # an alias is the node it names: visit each node once
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            values.append(Span(base + node.start_mark.index, base + node.end_mark.index))
        elif isinstance(node, yaml.MappingNode):
            pending.extend(value for _key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
    return values
