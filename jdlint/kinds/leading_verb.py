"""Kind ``leading-verb``: each bullet of a section opens with an action verb.

The first words of each bullet are judged by :class:`jdlint.verbs.VerbJudge` for the language
the check runs for: lexicons of verbs and the affixes and lead-ins of the language's profile
(``verbs``).
A bullet that opens with a short label ("Interaction design: Define …") is judged after it.
Not every item of a duty list is a duty (:func:`duty_bullets`): lead-in and sub-heading items
head groups, and a group or list may hold requirements, benefits or the objects of a verb in
its heading. The options add ``verbs`` a lexicon lacks and ``not_verbs`` that never open a duty
(modal verbs, "tanggung" of the noun "tanggung jawab"). Lexicons load only when a bullet is judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jdlint.content import (
    holds_duties,
    introduces_examples,
    lead_in_kind,
    names_duties_and_requirements,
    names_remit,
    notes_examples,
    running_text,
    title_shaped,
)
from jdlint.diagnostics import Finding
from jdlint.document import Bullet, ItemList, Section
from jdlint.kinds.base import SECTION_NAMES, Context, Kind, Option
from jdlint.kinds.matching import compile_pattern, find_all
from jdlint.spans import Span
from jdlint.verbs import VerbJudge, judge, normalise

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LEAD = re.compile(r"^(?:[\s*_`\"'“‘(\[]|â[€\x80]?¢)*")
"""What may stand before a duty's first word: white space, emphasis, quotes, and a bullet
decoded with the wrong encoding ("â€¢": UTF-8 "•" read as Windows-1252 or Latin-1)."""
_OTHER_SECTIONS = frozenset({"qualifications", "benefits", "how-to-apply", "milestones"})
# a colon, then a space ("Scope: Define …") or, as scrapes glue them, a capital ("Tugas :Membuat")
_LABEL = re.compile(r"[^:.;!?\n]{1,60}:(?:[\s*_]+(?=\S)|(?=[A-Z]))")
MAX_LABEL_WORDS = 8
"""Most words of a label before a colon that a duty may follow ("Objective 1: Define …",
"Fraud detection and other anomaly detection: Design …")."""
OPENING_WORDS = 6
"""How many first words are judged (lead-in, adverbs, verb and the word after it)."""


def _words(text: str, start: int) -> list[str]:
    words = []
    for match in _WORD.finditer(text, start):
        words.append(match.group())
        if len(words) == OPENING_WORDS:
            break
    return words


def _prepare(options: dict[str, Any]) -> dict[str, Any]:
    return {
        "verbs": frozenset(normalise(str(verb)) for verb in options.get("verbs") or []),
        "not_verbs": frozenset(normalise(str(word)) for word in options.get("not_verbs") or []),
        "skip_items": tuple(
            compile_pattern(pattern) for pattern in options.get("skip_items") or []
        ),
    }


def _after_label(text: str, start: int) -> int:
    """Where the text after a short label at *start* begins ("**We make it happen:** Delivery
    …": the duty the rule judges is "Delivery …"); *start* without one."""
    label = _LABEL.match(text, start)
    if label is None or len(label.group().split()) > MAX_LABEL_WORDS:
        return start
    return label.end()


def opens_duty(text: str, start: int, verbs: VerbJudge) -> bool:
    """Whether *text* from *start* opens with a verb, directly or after a short label."""
    if verbs.opens_with_verb(_words(text, start)):
        return True
    after = _after_label(text, start)
    return after != start and verbs.opens_with_verb(_words(text, after))


def duty_bullets(section: Section, verbs: VerbJudge) -> Iterator[Bullet]:
    """The bullets of a duty section that are duties, in reading order.

    A bullet ending in ":" or marked as a sub-heading, or an unmarked group sub-heading
    ("Procurement & Vendor Management" above "Source and evaluate vendors."), heads the bullets
    after it; they hold no duties when its words announce another section ("What You'll
    Learn") or a remit ("You'll be responsible for:"), or when it opens with their verb and
    introduces them as examples ("Develop AI projects across domains including:"), or when it
    opens a note of examples ("Examples:"); nor is an item that does ("E.g. dashboards"). Nor
    do lists whose items read as requirements, benefits or positions, nor lists under an
    unknown heading after the duties none of whose items opens with a verb, nor sections whose
    heading names a remit ("What You'll Own") or both duties and requirements ("Qualification
    & Responsibilities": an item that does not open with a verb may be a requirement).
    """
    heading = section.heading
    if heading is not None and (
        names_remit(heading.text) or names_duties_and_requirements(heading.text)
    ):
        return
    if heading is not None and heading.lead_in and not _group_holds_duties(heading.text, verbs):
        return
    ordered = sorted(
        ((bullet, item_list) for item_list in section.lists for bullet in item_list.bullets),
        key=lambda pair: pair[0].span.start,
    )
    # under an unknown heading after the duties, a list is duties only if an item opens with a
    # verb ("Tools You'll Use" over "A radio in every truck" is of no known section); where
    # the duties were only read from the content or a lead-in's words, only if half its items
    # do ("You'll fit right in if:" over "Your default mode is open collaboration"), and so
    # under a lead-in sentence that names no section ("At Acme we are proud of our values:")
    inherited = heading is not None and section.own_canonical is None and not section.inferred
    loose = section.inferred or (inherited and heading is not None and heading.lead_in)
    duty_lists = {
        id(item_list)
        for item_list in section.lists
        if holds_duties(
            items := [bullet.text for bullet in item_list.bullets if not bullet.subheading]
        )
        and (not inherited or any(_opens_duty(item, verbs) for item in items))
        and (not loose or _half_open_duties(items, verbs))
    }
    # where the duties were only read from the content, items after the last one that opens
    # with a verb are the requirements that follow them with no heading between ("Teliti dan
    # rapi", "You care about accessibility"), not duties
    trailing = (
        {id(bullet) for item_list in section.lists for bullet in _after_last_duty(item_list, verbs)}
        if loose
        else set()
    )
    group_holds_duties = True
    parent_duty: Bullet | None = None  # a duty ending in ":" whose sub-items are its parts
    for index, (bullet, item_list) in enumerate(ordered):
        if parent_duty is not None and _under(bullet, parent_duty):
            continue
        parent_duty = None
        following = ordered[index + 1][0] if index + 1 < len(ordered) else None
        previous = ordered[index - 1][0].text if index > 0 else None
        if _heads_group(bullet, following.text if following else None, previous):
            if following is not None and _under(following, bullet) and _is_duty(bullet, verbs):
                parent_duty = bullet
                continue
            group_holds_duties = _group_holds_duties(bullet.text, verbs)
            continue
        if (
            group_holds_duties
            and id(item_list) in duty_lists
            and id(bullet) not in trailing
            and not notes_examples(bullet.text)
        ):
            yield bullet


def _after_last_duty(item_list: ItemList, verbs: VerbJudge) -> list[Bullet]:
    """The items of *item_list* after the last one that opens with a verb."""
    bullets = [bullet for bullet in item_list.bullets if not bullet.subheading]
    last = max(
        (index for index, bullet in enumerate(bullets) if _opens_duty(bullet.text, verbs)),
        default=len(bullets),
    )
    return bullets[last + 1 :]


def _half_open_duties(items: list[str], verbs: VerbJudge) -> bool:
    """Whether at least half of *items* open with a verb."""
    return 2 * sum(1 for item in items if _opens_duty(item, verbs)) >= len(items)


def _opens_duty(text: str, verbs: VerbJudge) -> bool:
    lead = _LEAD.match(text)
    return opens_duty(text, lead.end() if lead else 0, verbs)


def _under(bullet: Bullet, parent: Bullet) -> bool:
    """Whether *bullet* is a sub-item of *parent*: nested deeper, or marked otherwise ("-"
    items under "1. Manage the vendor portfolio, covering:")."""
    return bullet.depth > parent.depth or (
        bullet.depth == parent.depth and bullet.marker != parent.marker
    )


def _is_duty(bullet: Bullet, verbs: VerbJudge) -> bool:
    """Whether a list item ending in ":" is itself a duty: it opens with a verb, so the
    sub-items under it are its parts or objects, not duties of their own."""
    if bullet.subheading and not bullet.text.rstrip(" *_").endswith((":", "：")):
        return False
    lead = _LEAD.match(bullet.text)
    return opens_duty(bullet.text, lead.end() if lead else 0, verbs)


def _heads_group(bullet: Bullet, following: str | None, previous: str | None) -> bool:
    """Whether *bullet* heads the bullets after it: a sub-heading, a lead-in ending in ":",
    or an item shaped like a title that announces another section ("Tech Stack") or stands
    between items of running text."""
    text = bullet.text.rstrip(" *_")
    if bullet.subheading or text.endswith((":", "：")):
        return True
    if not title_shaped(text):
        return False
    if lead_in_kind(text) in _OTHER_SECTIONS:
        return True
    return (
        following is not None
        and running_text(following)
        and (previous is None or running_text(previous))
    )


def _group_holds_duties(heading: str, verbs: VerbJudge) -> bool:
    if lead_in_kind(heading) in _OTHER_SECTIONS or names_remit(heading) or notes_examples(heading):
        return False
    if not introduces_examples(heading):
        return True
    lead = _LEAD.match(heading)
    return not opens_duty(heading, lead.end() if lead else 0, verbs)


def _check(context: Context) -> Iterator[Finding]:
    sections = context.options["sections"]
    verbs: VerbJudge | None = None
    for section in context.document.sections:
        if section.canonical not in sections or not section.bullets:
            continue
        if verbs is None:
            prepared = context.prepared
            verbs = judge(context.language, prepared["verbs"], prepared["not_verbs"])
            if not verbs.available():
                return
        for bullet in duty_bullets(section, verbs):
            lead = _LEAD.match(bullet.text)
            start = lead.end() if lead else 0
            if _WORD.match(bullet.text, start) is None:
                continue
            if opens_duty(bullet.text, start, verbs) or _skipped(bullet.text, start, context):
                continue
            after = _after_label(bullet.text, start)
            if bullet.text[after : after + 1].isupper():  # a label, then its own clause
                start = after
            opening = " ".join(bullet.text[start:].split()[:3])
            end = bullet.span.start + start + len(opening)
            yield Finding(Span(bullet.span.start + start, end), {"match": opening})


def _skipped(text: str, start: int, context: Context) -> bool:
    """Whether the item at *start* of *text* is one the rule does not judge (`skip_items`)."""
    for pattern in context.prepared["skip_items"]:
        found = next(find_all(pattern, text, start), None)
        if found is not None and found.start() == start:
            return True
    return False


LEADING_VERB = Kind(
    scope="block",
    name="leading-verb",
    doc="Fires on a bullet of the given sections whose first word is not an action verb; "
    "the range covers its first words.",
    options={
        "sections": Option(
            list,
            ["responsibilities"],
            "canonical sections whose bullets are duties",
            items=str,
            choices=SECTION_NAMES,
        ),
        "verbs": Option(list, [], "verbs the lexicon lacks (base forms)", items=str),
        "not_verbs": Option(list, [], "words that never count as action verbs", items=str),
        "skip_items": Option(
            list,
            [],
            "regular expressions for items not judged, matched at their start (a catch-all "
            "duty, which another rule reports)",
            items=str,
        ),
    },
    check=_check,
    prepare=_prepare,
)
