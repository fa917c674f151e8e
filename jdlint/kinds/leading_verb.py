"""Kind ``leading-verb``: each bullet of a section opens with an action verb.

English: the first word, or its stem after removing -s, -es, -ies, -ed, -ing (with a final e
restored or a doubled consonant undone), is in ``verbs``. Indonesian: the first word is in
``verbs`` or starts with a verb-forming prefix (``prefixes``) followed by at least three letters,
and is not in ``not_verbs`` (words such as ``melalui`` or ``berbagai`` that look like verbs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Context, Kind, Option
from jdlint.spans import Span

_FIRST_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LEAD = re.compile(r"^[\s*_`\"'“‘(\[]*")


def english_stems(word: str) -> list[str]:
    """The word and its possible stems once an inflectional ending is removed."""
    stems = [word]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s"):
        stems.append(word[:-1])
    for ending in ("ed", "ing"):
        if word.endswith(ending):
            base = word[: -len(ending)]
            stems.extend([base, base + "e"])
            if len(base) > 2 and base[-1] == base[-2]:
                stems.append(base[:-1])
            if ending == "ed" and base.endswith("i"):
                stems.append(base[:-1] + "y")
    return stems


def _prepare(options: dict[str, Any]) -> dict[str, Any]:
    return {
        "verbs": frozenset(str(verb).lower() for verb in options.get("verbs") or []),
        "prefixes": tuple(str(prefix).lower() for prefix in options.get("prefixes") or []),
        "not_verbs": frozenset(str(word).lower() for word in options.get("not_verbs") or []),
    }


def is_action_verb(word: str, prepared: dict[str, Any], language: str) -> bool:
    """Whether *word* opens a duty in *language*."""
    word = word.lower()
    if word in prepared["not_verbs"]:
        return False
    if language == "en":
        return any(stem in prepared["verbs"] for stem in english_stems(word))
    if word in prepared["verbs"]:
        return True
    return any(
        word.startswith(prefix) and len(word) >= len(prefix) + 3 for prefix in prepared["prefixes"]
    )


def _check(context: Context) -> Iterator[Finding]:
    document = context.document
    sections = context.options["sections"]
    for section in document.sections:
        if section.canonical not in sections:
            continue
        for bullet in section.bullets:
            if bullet.subheading:
                continue
            lead = _LEAD.match(bullet.text)
            start = lead.end() if lead else 0
            match = _FIRST_WORD.match(bullet.text, start)
            if match is None:
                continue
            if is_action_verb(match.group(), context.prepared, context.language):
                continue
            words = bullet.text[start:].split()
            opening = " ".join(words[:3])
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
        "verbs": Option(list, [], "action verbs (English: base forms; inflections match)"),
        "prefixes": Option(list, [], "verb-forming prefixes (Indonesian)"),
        "not_verbs": Option(list, [], "words that never count as action verbs"),
    },
    check=_check,
    prepare=_prepare,
)
