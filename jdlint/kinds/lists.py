"""Kinds about the shape of lists: duplicates, mixed styles, prose where a list belongs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from jdlint.diagnostics import Finding
from jdlint.document import Bullet
from jdlint.kinds.base import SECTION_NAMES, Context, Kind, Option
from jdlint.outline import continues_sentence
from jdlint.spans import LineIndex
from jdlint.verbs import judge

if TYPE_CHECKING:
    from jdlint.analysis import Unit

_NOT_WORD = re.compile(r"[\W_]+")
_SERIES_END = re.compile(r"[;,](?:\s*(?:and|or|dan|atau|serta))?$", re.IGNORECASE)
_ABBREVIATION_END = re.compile(r"(?<![^\W\d_])(?:etc|dll|dsb|dst|e\.g|i\.e)\.$", re.IGNORECASE)
_DUTY_RUN = 3
"""Duty lines in a row that make a list, whatever the lines around them."""


def normalise_bullet(text: str) -> str:
    """Lower-case words only: what two bullets must share to be duplicates."""
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def _duplicates(context: Context) -> Iterator[Finding]:
    """Bullets that repeat one before them in the same job (a job-family page repeats bullets
    across its levels on purpose), and in the same list in the sections whose lists each stand
    alone (option ``separate_lists_in``: the documents to upload, then the ones to bring)."""
    lines = context.document.lines
    separate = set(context.options.get("separate_lists_in") or ())
    first_seen: dict[tuple[int, int, str], Bullet] = {}
    for section in context.document.sections:
        for item_list in section.lists:
            where = id(item_list) if section.canonical in separate else 0
            for bullet in item_list.bullets:
                key = (section.scope, where, normalise_bullet(bullet.text))
                if not key[2] or bullet.subheading:
                    continue
                if key in first_seen:
                    line = lines.position(first_seen[key].span.start).line
                    yield Finding(bullet.span, {"line": line})
                else:
                    first_seen[key] = bullet


DUPLICATE_BULLET = Kind(
    name="duplicate-bullet",
    doc="Fires on a bullet that repeats an earlier one once case, punctuation and spaces are "
    "ignored; in the sections of option ``separate_lists_in``, only within one list.",
    options={
        "separate_lists_in": Option(
            list,
            None,
            "sections whose lists each stand alone: a bullet repeats only one of its own list",
            items=str,
            choices=SECTION_NAMES,
        )
    },
    check=_duplicates,
)


def _ending(text: str) -> str:
    """How an item ends: ``"stop"`` (a full stop, ``!``, ``?``), ``"series"`` (``;`` or ``,``,
    perhaps with "and"/"or": one sentence run through the list), ``"lead-in"`` (``:``),
    ``"either"`` (an abbreviation such as "etc.", perhaps in brackets, or an ellipsis, which
    fit both styles) or ``"none"``."""
    # emphasis and quotes close around the ending; a backslash is a Markdown line break
    stripped = text.rstrip().rstrip("\\").rstrip().rstrip("*_\"'”’")
    if _closes_sentence_with_aside(stripped):
        return "stop"  # "… ecosystems. (Not required, but a bonus!)", "(we reply fast!)"
    if _SERIES_END.search(stripped):
        return "series"
    if stripped.endswith((":", "：")):
        return "lead-in"
    unbracketed = stripped.removesuffix(")")
    if _ABBREVIATION_END.search(unbracketed) or unbracketed.endswith(("...", "…")):
        return "either"  # "etc.", or an ellipsis that leaves the list open as "etc." does
    return "stop" if stripped.endswith((".", "!", "?")) else "none"


def _closes_sentence_with_aside(text: str) -> bool:
    """Whether *text* ends in an aside in brackets after a full stop, "!" or "?", or in one
    that ends in "!" or "?" itself."""
    if not text.endswith(")"):
        return False
    before, bracket, inside = text[:-1].rpartition("(")
    if not bracket or ")" in inside:
        return False
    return before.rstrip().endswith((".", "!", "?")) or inside.endswith(("!", "?"))


def _item_ending(bullet: Bullet, lines: LineIndex) -> str:
    """How an item ends (:func:`_ending`), judged on its first line when an HTML ``<br>``
    inside it (a line break that is no line end of the source) opens a new sentence: a note
    under the item ("Interview (45 min)<br>All steps take a week.") does not make a fragment
    a full sentence, nor the other way round."""
    first, _, rest = bullet.text.partition("\n")
    first = first.rstrip()
    if (
        rest.lstrip()[:1].isupper()
        and first
        and not continues_sentence(first)
        and lines.position(bullet.span.start + len(first) + 1).column != 1
    ):
        return _ending(first)
    return _ending(bullet.text)


def _without_indented_runs(items: list[Bullet], lines: LineIndex) -> list[Bullet]:
    """*items* without those written further in under an item ending in ":" (" * case
    studies" under "… like:"): a sub-list that Markdown renders at the list's level, whose
    items end as examples do, not as the list's items."""
    kept: list[Bullet] = []
    lead_in_column: int | None = None
    for bullet in items:
        column = lines.position(bullet.marker_span.start).column
        if lead_in_column is not None and column > lead_in_column:
            continue
        lead_in_column = column if _ending(bullet.text) == "lead-in" else None
        kept.append(bullet)
    return kept


def _sub_lists(items: list[Bullet]) -> list[list[Bullet]]:
    """*items* cut into the list and the sub-lists written at its level: items after one
    ending in ``:`` that use another marker, up to the next item in the list's marker."""
    runs: list[list[Bullet]] = [[]]
    main = items[0].marker
    inside = False
    for index, bullet in enumerate(items):
        if inside and bullet.marker == main:
            inside = False
            runs.append([])
        previous = items[index - 1] if index else None
        if (
            not inside
            and previous is not None
            and bullet.marker != main
            and _ending(previous.text) == "lead-in"
        ):
            inside = True
            runs.append([])
        runs[-1].append(bullet)
    return [run for run in runs if run]


def _consistency(context: Context) -> Iterator[Finding]:
    minimum = context.options["min_items"]
    for item_list in context.document.lists:
        items = [bullet for bullet in item_list.bullets if not bullet.subheading]
        if len(items) < minimum:
            continue
        for run in _sub_lists(items):
            yield from _mixed_markers(run)
        yield from _mixed_endings(items, context.document.lines)


def _mixed_markers(items: list[Bullet]) -> Iterator[Finding]:
    first_marker = items[0].marker
    other = next((bullet for bullet in items if bullet.marker != first_marker), None)
    if other is None:
        return
    if not other.marker:  # a line at the list's margin that lost its marker
        problem = f'has an item that lost its "{first_marker}" marker'
    elif not first_marker:
        problem = f'mixes items without a marker and items marked "{other.marker}"'
    else:
        problem = f'mixes bullet markers "{first_marker}" and "{other.marker}"'
    yield Finding(other.marker_span, {"problem": problem})


def _mixed_endings(items: list[Bullet], lines: LineIndex) -> Iterator[Finding]:
    """Items ending in a full stop among items that do not; a list run as one sentence
    ("item;" … "last item.") and lead-ins ending in ``:`` are consistent."""
    items = _without_indented_runs(items, lines)
    endings = [_item_ending(bullet, lines) for bullet in items]
    if endings[-1] == "stop" and all(ending == "series" for ending in endings[:-1]):
        return
    judged = [
        (bullet, ending == "stop")
        for bullet, ending in zip(items, endings, strict=True)
        if ending in ("stop", "none")
    ]
    styles = [style for _, style in judged]
    if any(styles) and not all(styles):
        majority = styles.count(True) * 2 >= len(styles)
        odd = next(bullet for bullet, style in judged if style != majority)
        yield Finding(
            odd.span, {"problem": "mixes full sentences ending in a full stop with fragments"}
        )


LIST_CONSISTENCY = Kind(
    scope="block",
    name="list-consistency",
    doc="Fires once per list that mixes markers, and once per list that mixes items ending in a "
    "full stop with items that do not.",
    options={"min_items": Option(int, 2, "lists shorter than this are not checked")},
    check=_consistency,
)


def _prose(context: Context) -> Iterator[Finding]:
    options = context.options
    document = context.document
    for canonical in options["sections"]:
        sections = document.sections_named(canonical)
        if not sections or any(section.bullets for section in sections):
            continue
        units = [
            unit
            for unit in context.analysis.units
            if unit.section == canonical and unit.kind == "sentence"
        ]
        sentences = len(units)
        if sentences < options["min_sentences"]:
            continue
        # Short lines one under another, one sentence each, are a list that lost its markers;
        # so are lines of one duty each that open with action verbs, however long.
        running_text = len({unit.block for unit in units}) < sentences
        long_lines = (
            sum(len(unit.words) for unit in units) / sentences >= options["min_average_words"]
        )
        if (running_text or long_lines) and not _duty_lines(units, document.text, context):
            yield Finding(document.anchor(canonical), {"sentences": sentences})


def _duty_lines(units: list[Unit], text: str, context: Context) -> bool:
    """Whether *units* hold duties listed one a line without markers: lines that are one
    sentence, start with a capital (not a wrapped line) and open with an action verb, three
    in a row or most lines (an introduction in prose may stand above them)."""
    per_line: dict[int, list[Unit]] = {}
    for unit in units:
        per_line.setdefault(unit.block, []).append(unit)
    verbs = judge(context.language)
    duties = [
        len(line) == 1
        and not text[line[0].span.start : line[0].span.start + 1].islower()
        and verbs.opens_with_verb(line[0].words[:4])
        for line in per_line.values()
    ]
    run = longest = 0
    for duty in duties:
        run = run + 1 if duty else 0
        longest = max(longest, run)
    return longest >= _DUTY_RUN or (
        duties.count(True) >= 2 and duties.count(True) * 2 > len(duties)
    )


PROSE_INSTEAD_OF_LIST = Kind(
    scope="block",
    name="prose-instead-of-list",
    doc="Fires at the heading of a section that has no bullets but several sentences of prose.",
    options={
        "sections": Option(
            list,
            ["responsibilities"],
            "canonical sections that should be lists",
            items=str,
            choices=SECTION_NAMES,
        ),
        "min_sentences": Option(int, 2, "sentences of prose that make it fire"),
        "min_average_words": Option(
            int, 10, "average words per sentence below which the lines are a list, not prose"
        ),
    },
    check=_prose,
)
