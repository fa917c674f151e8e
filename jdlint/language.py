"""Detect whether a draft, and each part of it, is in English or Bahasa Indonesia from its
function words."""

from __future__ import annotations

import functools
from collections import Counter

from jdlint.data import vocabulary
from jdlint.document import ItemList, Paragraph, Section
from jdlint.text import WORD

LANGUAGES = ("en", "id")
_SAMPLE_CHARS = 12000
"""Detection reads the start of a draft: about 2,000 words."""


@functools.cache
def function_words() -> dict[str, frozenset[str]]:
    """The function words of each language (``rules/data/languages.yaml``)."""
    data = vocabulary("languages")["function_words"]
    return {language: frozenset(data[language]) for language in LANGUAGES}


def detect_language(text: str) -> str:
    """``"id"`` when Indonesian function words outnumber English ones, else ``"en"``."""
    lists = function_words()
    sample = Counter(word.lower() for word in WORD.findall(text, 0, _SAMPLE_CHARS))
    counts = {
        language: sum(count for word, count in sample.items() if word in lists[language])
        for language in LANGUAGES
    }
    return "id" if counts["id"] > counts["en"] else "en"


_MIN_DECIDING_WORDS = 2
"""Function words a block needs before its own language is trusted over its section's."""


def block_language(text: str) -> str | None:
    """The language of a short text, or ``None`` when its function words do not decide it."""
    lists = function_words()
    counts = dict.fromkeys(LANGUAGES, 0)
    for word in WORD.findall(text):
        folded = word.lower()
        for language in LANGUAGES:
            if folded in lists[language]:
                counts[language] += 1
    best = max(LANGUAGES, key=lambda language: counts[language])
    others = [counts[language] for language in LANGUAGES if language != best]
    if counts[best] < _MIN_DECIDING_WORDS or counts[best] <= max(others):
        return None
    return best


def assign_languages(sections: list[Section], fallback: str, decide: bool = True) -> None:
    """Set the language of every section and block: a block's own when its words decide it,
    else its section's, else *fallback* (the language of the draft as a whole). With *decide*
    false (a language was declared), every part is in *fallback*."""
    for section in sections:
        section.language = fallback
        if decide:
            pieces = [section.heading.text] if section.heading is not None else []
            pieces.extend(_block_text(block) for block in section.blocks)
            section.language = block_language("\n".join(pieces)) or fallback
        for block in section.blocks:
            own = block_language(_block_text(block)) if decide else None
            block.language = own or section.language


def main_language(sections: list[Section]) -> str | None:
    """The language in which most of the words of *sections* are written."""
    words = dict.fromkeys(LANGUAGES, 0)
    for section in sections:
        for block in section.blocks:
            count = len(WORD.findall(_block_text(block)))
            words[block.language or section.language or LANGUAGES[0]] += count
    best = max(LANGUAGES, key=lambda language: words[language])
    return best if words[best] else None


def _block_text(block: Paragraph | ItemList) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join(bullet.text for bullet in block.bullets)
