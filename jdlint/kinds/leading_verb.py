"""Kind ``leading-verb``: each bullet of a section opens with an action verb.

The first words of each bullet are judged by :class:`jdlint.verbs.VerbJudge` for the language
the check runs for: lexicons of verbs and the affixes and lead-ins of ``rules/data/verbs.yaml``.
A bullet that opens with a short label ("Interaction design: Define …") is judged after it.
The options add ``verbs`` a lexicon lacks and ``not_verbs`` that never open a duty (modal verbs,
"bertanggung" of "bertanggung jawab"). Lexicons load only when a bullet is judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Context, Kind, Option
from jdlint.spans import Span
from jdlint.verbs import VerbJudge, judge, normalise

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LEAD = re.compile(r"^[\s*_`\"'“‘(\[]*")
_LABEL = re.compile(r"[^:.;!?\n]{1,60}:[\s*_]+(?=\S)")
MAX_LABEL_WORDS = 5
"""Most words of a label before a colon that a duty may follow ("Objective 1: Define …")."""
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
    }


def opens_duty(text: str, start: int, verbs: VerbJudge) -> bool:
    """Whether *text* from *start* opens with a verb, directly or after a short label."""
    if verbs.opens_with_verb(_words(text, start)):
        return True
    label = _LABEL.match(text, start)
    if label is None or len(label.group().split()) > MAX_LABEL_WORDS:
        return False
    return verbs.opens_with_verb(_words(text, label.end()))


def _check(context: Context) -> Iterator[Finding]:
    sections = context.options["sections"]
    verbs: VerbJudge | None = None
    for section in context.document.sections:
        if section.canonical not in sections:
            continue
        for bullet in section.bullets:
            if bullet.subheading:
                continue
            lead = _LEAD.match(bullet.text)
            start = lead.end() if lead else 0
            if _WORD.match(bullet.text, start) is None:
                continue
            if verbs is None:
                prepared = context.prepared
                verbs = judge(context.language, prepared["verbs"], prepared["not_verbs"])
                if not verbs.available():
                    return
            if opens_duty(bullet.text, start, verbs):
                continue
            opening = " ".join(bullet.text[start:].split()[:3])
            end = bullet.span.start + start + len(opening)
            yield Finding(Span(bullet.span.start + start, end), {"match": opening})


LEADING_VERB = Kind(
    scope="block",
    name="leading-verb",
    doc="Fires on a bullet of the given sections whose first word is not an action verb; "
    "the range covers its first words.",
    options={
        "sections": Option(
            list, ["responsibilities"], "canonical sections whose bullets are duties"
        ),
        "verbs": Option(list, [], "verbs the lexicon lacks (base forms)"),
        "not_verbs": Option(list, [], "words that never count as action verbs"),
    },
    check=_check,
    prepare=_prepare,
)
