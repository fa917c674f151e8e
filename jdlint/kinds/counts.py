"""Kinds that count: items in a list or section, words in a section or draft, words in a unit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from jdlint.diagnostics import Finding
from jdlint.document import Bullet
from jdlint.kinds.base import Context, Kind, Option
from jdlint.kinds.matching import compile_pattern

if TYPE_CHECKING:  # jdlint.analysis imports the kinds package: a run-time import would be circular
    from jdlint.analysis import Unit


def _items(context: Context) -> Iterator[Finding]:
    options = context.options
    most, least = options["max_items"], options["min_items"]
    sections = options["sections"]
    ignored = context.prepared
    if options["per"] == "list":
        for section in context.document.sections:
            if sections and section.canonical not in sections:
                continue
            for item_list in section.lists:
                items = [b for b in item_list.bullets if _counted(b, ignored)]
                if most is not None and len(items) > most:
                    yield Finding(items[most].span, {"count": len(items), "max": most})
        return
    for canonical in sections or []:
        matching = context.document.sections_named(canonical)
        if not matching:
            continue
        items = [bullet for s in matching for bullet in s.bullets if _counted(bullet, ignored)]
        if most is not None and len(items) > most:
            yield Finding(items[most].span, {"count": len(items), "max": most})
        if least is not None and len(items) < least and (items or options["count_empty"]):
            yield Finding(context.document.anchor(canonical), {"count": len(items), "min": least})


def _counted(bullet: Bullet, ignored: Any) -> bool:
    return not bullet.subheading and (ignored is None or ignored.regex.search(bullet.text) is None)


def _items_prepare(options: dict[str, Any]) -> Any:
    patterns = options.get("ignore_items")
    if not patterns:
        return None
    return compile_pattern("|".join(f"(?:{pattern})" for pattern in patterns))


ITEM_COUNT = Kind(
    name="item-count",
    doc="Counts list items per list (`per: list`) or per canonical section (`per: section`); "
    "too many points at the first item over the limit, too few at the section heading.",
    options={
        "per": Option(str, "list", "'list' or 'section'"),
        "sections": Option(list, None, "canonical sections to count in (all for per: list)"),
        "max_items": Option(int, None, "most items allowed"),
        "min_items": Option(int, None, "fewest items allowed"),
        "count_empty": Option(bool, False, "also fire when the section has no list at all"),
        "ignore_items": Option(list, None, "regular expressions for items that do not count"),
    },
    check=_items,
    prepare=_items_prepare,
)


def _length(context: Context) -> Iterator[Finding]:
    options = context.options
    analysis = context.analysis
    canonical = options["section"]
    if canonical:
        if not context.document.has_section(canonical):
            return
        units = [u for u in analysis.units if u.section == canonical and u.kind != "heading"]
    else:
        units = analysis.units
    words = sum(len(unit.words) for unit in units)
    sentences = len(units)
    anchor = context.document.anchor(canonical)
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


LENGTH = Kind(
    name="length",
    doc="Counts words and sentence units in one canonical section, or in the whole draft.",
    options={
        "section": Option(str, None, "canonical section to measure (default: the whole draft)"),
        "max_words": Option(int, None, "most words allowed"),
        "min_words": Option(int, None, "fewest words allowed"),
        "max_sentences": Option(int, None, "most sentence units allowed"),
    },
    check=_length,
)


def _unit_length(context: Context) -> Iterator[Finding]:
    options = context.options
    most_words, most_sentences = options["max_words"], options["max_sentences"]
    units = context.analysis.units
    if options["units"] == "bullets":
        by_bullet: dict[int, list[Unit]] = {}
        for unit in units:
            if unit.kind == "bullet":
                by_bullet.setdefault(unit.block, []).append(unit)
        for bullet in context.document.bullets:
            if bullet.subheading:
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


UNIT_LENGTH = Kind(
    name="unit-length",
    doc="Measures each bullet (`units: bullets`) or each sentence unit (`units: sentences`).",
    options={
        "units": Option(str, "sentences", "'bullets' or 'sentences'"),
        "max_words": Option(int, None, "most words in one unit"),
        "max_sentences": Option(int, None, "most sentences in one bullet"),
    },
    check=_unit_length,
)
