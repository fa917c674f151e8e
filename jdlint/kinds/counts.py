"""Kinds that count: items in a list or section, words in a section or draft, words in a unit."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from jdlint.data import section_matcher
from jdlint.diagnostics import Finding
from jdlint.document import Bullet, Document, ItemList, Section
from jdlint.kinds.base import (
    SECTION_NAMES,
    Context,
    Option,
    TypedContext,
    TypedKind,
    nothing_to_prepare,
)
from jdlint.kinds.matching import RulePattern, compile_pattern, find_all
from jdlint.languages import every_language, known_languages
from jdlint.spans import Span

if TYPE_CHECKING:  # jdlint.analysis imports the kinds package: a run-time import would be circular
    from jdlint.analysis import Unit


def _items(context: TypedContext[ItemCountPlan]) -> Iterator[Finding]:
    options = context.options
    most, least = options["max_items"], options["min_items"]
    sections = options["sections"]
    if options["per"] == "list":
        for section in context.document.sections:
            if sections and section.canonical not in sections:
                continue
            for item_list in section.lists:
                items = _counted_items(context, [item_list])
                if most is not None and len(items) > most:
                    yield Finding(items[most].span, {"count": len(items), "max": most})
        return
    document = context.document
    for canonical in sections or []:
        matching = document.sections_named(canonical)
        if not matching:
            continue
        if most is not None:
            for run in _runs(document.sections, canonical):
                items = _counted_items(context, [lst for section in run for lst in section.lists])
                if len(items) > most:
                    yield Finding(items[most].span, {"count": len(items), "max": most})
        if least is not None:
            items = _counted_items(context, [lst for section in matching for lst in section.lists])
            if len(items) < least and (items or options["count_empty"]):
                yield Finding(document.anchor(canonical), {"count": len(items), "min": least})


def _runs(sections: list[Section], canonical: str) -> Iterator[list[Section]]:
    """Runs of consecutive sections named *canonical*: "Requirements" and "Preferred" count
    together, but each job level of a multi-level page, and each job of a page for several,
    counts on its own (with the first job, the requirements all of them share)."""
    run: list[Section] = []
    for section in sections:
        if (
            section.canonical == canonical
            and run
            and section.scope != run[-1].scope
            and run[-1].scope  # the requirements every job shares count with the first
        ):
            yield run
            run = [section]
        elif section.canonical == canonical:
            run.append(section)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _counted_items(context: TypedContext[ItemCountPlan], lists: list[ItemList]) -> list[Bullet]:
    """The bullets that count: no sub-headings, no ignored items, one per list of alternatives
    ("one of the following:"), none from a list of instructions the lead-in names."""
    plan = context.prepared
    ignored, alternatives, instructions = plan.ignored, plan.alternatives, plan.instructions
    counted: list[Bullet] = []
    for item_list in lists:
        bullets = [b for b in item_list.bullets if not b.subheading]
        if ignored:
            bullets = [b for b in bullets if not any(p.regex.search(b.text) for p in ignored)]
        if not bullets:
            continue
        lead_in = _lead_in(context, item_list.bullets[0])
        if instructions is not None and instructions.regex.search(lead_in):
            continue
        if alternatives is not None and (found := alternatives.regex.search(lead_in)):
            bullets = bullets[: _how_many(found)]
        counted.extend(bullets)
    return counted


def _number_words() -> dict[str, int]:
    """Numbers written as words, in every language (``number_words`` of the profiles)."""
    return _number_words_of(known_languages())


@functools.cache
def _number_words_of(languages: tuple[str, ...]) -> dict[str, int]:
    """The number words, read again when a configuration adds *languages*."""
    return {
        word: value for words in every_language("number_words") for word, value in words.items()
    }


def _how_many(found: Any) -> int:
    """How many items of a list of alternatives count: the number its lead-in names ("TWO of
    the following") in a group named ``n``, else one."""
    named = (found.groupdict().get("n") or "").lower()
    if named.isdigit():
        return max(1, int(named))
    return _number_words().get(named, 1)


def _lead_in(context: Context, first: Bullet) -> str:
    """The text that introduces a list: its last two non-blank lines before it, joined (a
    lead-in often wraps: "This experience must include ONE of the / following:")."""
    lines = context.document.lines
    line = lines.position(first.marker_span.start).line - 1
    found: list[str] = []
    while line >= 1 and len(found) < 2:
        text = context.document.text[lines.line_start(line) : lines.line_end(line)].strip()
        if text:
            found.insert(0, text.replace("*", "").replace("_", ""))
        elif found:
            break
        line -= 1
    return " ".join(found)


@dataclass(frozen=True, slots=True)
class ItemCountPlan:
    """A rule's item patterns of kind ``item-count``, compiled."""

    ignored: tuple[RulePattern, ...]
    """Items that do not count (`ignore_items`), searched one by one: as one alternation they
    defeat the regex engine's literal-prefix scans."""
    alternatives: RulePattern | None
    """A lead-in over a list of alternatives (`alternatives_after`)."""
    instructions: RulePattern | None
    """A lead-in over a list that is skipped (`skip_lists_after`)."""


def _items_prepare(options: dict[str, Any]) -> ItemCountPlan:
    patterns = options.get("ignore_items")
    ignored = tuple(compile_pattern(pattern) for pattern in patterns or ())
    alternatives = options.get("alternatives_after")
    instructions = options.get("skip_lists_after")
    return ItemCountPlan(
        ignored,
        compile_pattern(alternatives) if alternatives else None,
        compile_pattern(instructions) if instructions else None,
    )


ITEM_COUNT = TypedKind(
    scope="block",
    name="item-count",
    doc="Counts list items per list (`per: list`) or per canonical section (`per: section`); "
    "too many points at the first item over the limit, too few at the section heading.",
    options={
        "per": Option(
            str,
            "list",
            "count the items of each list, or of each section",
            choices=("list", "section"),
        ),
        "sections": Option(
            list,
            None,
            "canonical sections to count in (all for per: list)",
            items=str,
            choices=SECTION_NAMES,
        ),
        "max_items": Option(int, None, "most items allowed"),
        "min_items": Option(int, None, "fewest items allowed"),
        "count_empty": Option(bool, False, "also fire when the section has no list at all"),
        "ignore_items": Option(
            list, None, "regular expressions for items that do not count", items=str
        ),
        "alternatives_after": Option(
            str,
            None,
            "a list introduced by text matching this counts as one item (or as many as a "
            "group named n says: 'TWO of the following')",
        ),
        "skip_lists_after": Option(str, None, "a list introduced by text matching this is skipped"),
    },
    check=_items,
    prepare=_items_prepare,
)


def _length(context: TypedContext[LengthPlan]) -> Iterator[Finding]:
    options = {**context.options, **_combined_limits(context)}
    analysis = context.analysis
    document = context.document
    canonical = options["section"]
    anchor = document.anchor(canonical)
    if canonical:
        if not document.has_section(canonical):
            return
        units = [
            unit
            for unit in analysis.units
            if unit.section == canonical and unit.kind not in ("heading", "detail")
        ]
        if options["headed_only"]:
            units = [unit for unit in units if _headed(document.section_at(unit.span.start))]
        if options["skip_wrappers"]:
            own = _beside_wrappers(document, units)
            if len(own) < len(units):
                units, anchor = own, _heading_over(document, own[0]) or anchor
        if context.prepared.skipped:
            units = _without_blocks_matching(document.text, units, context.prepared.skipped)
        if options["skip_lists_beside_text"] and any(unit.kind != "bullet" for unit in units):
            units = [unit for unit in units if unit.kind != "bullet"]
        units = _first_of_each(units)
        if not units:
            return
    else:
        units = analysis.units
    words = sum(len(unit.words) for unit in units)
    sentences = len(units)
    values = {
        "words": words,
        "sentences": sentences,
        "max_words": options["max_words"],
        "min_words": options["min_words"],
        "max_sentences": options["max_sentences"],
    }
    if options["max_words"] is not None and words > options["max_words"]:
        yield Finding(
            anchor, {**values, "limit": f"{words} words, more than {options['max_words']}"}
        )
    elif options["max_sentences"] is not None and sentences > options["max_sentences"]:
        yield Finding(
            anchor,
            {**values, "limit": f"{sentences} sentences, more than {options['max_sentences']}"},
        )
    if options["min_words"] is not None and words < options["min_words"]:
        yield Finding(
            anchor, {**values, "limit": f"{words} words, fewer than {options['min_words']}"}
        )


def _beside_wrappers(document: Document, units: list[Unit]) -> list[Unit]:
    """*units* without those right under a job board's wrapper heading ("About the job") when
    some are under a heading of the section's own ("About the role"): the wrapper holds the
    company's text, the section's own heading the section."""
    matcher = section_matcher()

    def wrapped(unit: Unit) -> bool:
        section = document.section_at(unit.span.start)
        return (
            section is not None
            and section.heading is not None
            and matcher.is_wrapper(section.heading.text)
        )

    own = [unit for unit in units if not wrapped(unit)]
    return own if any(_heading_over(document, unit) for unit in own) else units


def _heading_over(document: Document, unit: Unit) -> Span | None:
    """The span of the heading of the section that holds *unit*, if it has one."""
    section = document.section_at(unit.span.start)
    return section.heading.span if section is not None and section.heading is not None else None


def _without_blocks_matching(
    text: str, units: list[Unit], patterns: tuple[RulePattern, ...]
) -> list[Unit]:
    """*units* without every unit of a paragraph line or item in which a unit matches one of
    *patterns* (an equal-opportunity statement under the summary is not the summary)."""
    skipped = {
        unit.block
        for unit in units
        if any(
            next(find_all(pattern, text, unit.span.start, unit.span.end), None) is not None
            for pattern in patterns
        )
    }
    return [unit for unit in units if unit.block not in skipped]


@dataclass(frozen=True, slots=True)
class LengthPlan:
    """A rule's patterns of kind ``length``, compiled."""

    skipped: tuple[RulePattern, ...]
    """Paragraph lines and items that are not measured (`skip_text`)."""


def _length_prepare(options: dict[str, Any]) -> LengthPlan:
    return LengthPlan(tuple(compile_pattern(pattern) for pattern in options.get("skip_text") or ()))


def _first_of_each(units: list[Unit]) -> list[Unit]:
    """*units* without the sentences that repeat one before them word for word: a section
    pasted twice is one section too long (JD103 reports the copy), not twice as long."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for unit in units:
        words = tuple(word.lower() for word in unit.words)
        if words not in seen:
            seen.add(words)
            kept.append(unit)
    return kept


def _headed(section: Section | None) -> bool:
    """Whether *section* is named by its heading (not inferred from its place or content)."""
    return section is not None and not section.inferred


def _combined_limits(context: Context) -> dict[str, int]:
    """For a draft in two languages, each word limit weighted by each language's share of the
    words (Indonesian ads are terser, so their limits are lower)."""
    words = context.analysis.language_words
    by_language = {
        language: options
        for language, options in context.options_by_language.items()
        if language in words
    }
    if len(by_language) < 2:
        return {}
    total = sum(words[language] for language in by_language)
    limits = {}
    for name in ("max_words", "min_words"):
        values = [options.get(name) for options in by_language.values()]
        if all(isinstance(value, int) for value in values):
            weighted = sum(
                options[name] * words[language] for language, options in by_language.items()
            )
            limits[name] = round(weighted / total)
    return limits


LENGTH = TypedKind(
    name="length",
    doc="Counts words and sentence units in one canonical section (its running text and list "
    "items, not its heading or `Key: value` lines), or in the whole draft.",
    options={
        "section": Option(
            str,
            None,
            "canonical section to measure (default: the whole draft)",
            choices=SECTION_NAMES,
        ),
        "max_words": Option(int, None, "most words allowed"),
        "min_words": Option(int, None, "fewest words allowed"),
        "max_sentences": Option(int, None, "most sentence units allowed"),
        "headed_only": Option(
            bool,
            False,
            "measure only text under a heading that names the section, not text read as the "
            "section from its place or content (untitled opening text)",
        ),
        "skip_lists_beside_text": Option(
            bool,
            False,
            "in a section that has running text, measure the text and not its lists (a list of "
            "traits or duties under a summary is not the summary)",
        ),
        "skip_wrappers": Option(
            bool,
            False,
            "do not measure the text right under a job board's wrapper heading ('About the "
            "job') when the section also has a heading of its own ('About the role')",
        ),
        "skip_text": Option(
            list,
            None,
            "regular expressions: a paragraph line or list item holding a match is not "
            "measured (an equal-opportunity statement under the summary)",
            items=str,
        ),
    },
    check=_length,
    prepare=_length_prepare,
)


def _unit_length(context: TypedContext[None]) -> Iterator[Finding]:
    options = context.options
    most_words, most_sentences = options["max_words"], options["max_sentences"]
    units = context.analysis.units
    if options["units"] == "bullets":
        by_bullet: dict[int, list[Unit]] = {}
        for unit in units:
            if unit.kind == "bullet":
                by_bullet.setdefault(unit.block, []).append(unit)
        lead_ins = _lead_in_items(context.document.bullets)
        for bullet in context.document.bullets:
            if bullet.subheading or bullet.span.start in lead_ins:
                continue
            pieces = by_bullet.get(bullet.span.start, [])
            words = sum(len(unit.words) for unit in pieces)
            if most_words is not None and words > most_words:
                yield Finding(
                    bullet.span,
                    {
                        "words": words,
                        "max_words": most_words,
                        "limit": f"{words} words, more than {most_words}",
                    },
                )
            elif most_sentences is not None and len(pieces) > most_sentences:
                yield Finding(
                    bullet.span,
                    {"words": words, "sentences": len(pieces), "limit": f"{len(pieces)} sentences"},
                )
        return
    for unit in units:
        if (
            unit.kind in ("sentence", "bullet")
            and most_words is not None
            and (len(unit.words) > most_words)
        ):
            yield Finding(unit.span, {"words": len(unit.words), "max_words": most_words})


def _lead_in_items(bullets: list[Bullet]) -> set[int]:
    """Where the items that introduce a nested list with a closing ``:`` start ("1. … This
    experience must include ALL of the following:"): lead-ins, not points to measure."""
    ordered = sorted(bullets, key=lambda bullet: bullet.span.start)
    return {
        bullet.span.start
        for bullet, following in pairwise(ordered)
        if following.depth > bullet.depth and bullet.text.rstrip().endswith((":", "："))
    }


UNIT_LENGTH = TypedKind(
    scope="block",
    name="unit-length",
    doc="Measures each bullet (`units: bullets`) or each sentence unit (`units: sentences`).",
    options={
        "units": Option(
            str,
            "sentences",
            "measure each bullet, or each sentence unit",
            choices=("bullets", "sentences"),
        ),
        "max_words": Option(int, None, "most words in one unit"),
        "max_sentences": Option(int, None, "most sentences in one bullet"),
    },
    check=_unit_length,
    prepare=nothing_to_prepare,
)
