"""Detect the language of a draft, and of each part of it, from the function words of the
language profiles (:mod:`jdlint.languages`)."""

from __future__ import annotations

import functools
from collections import Counter

from jdlint.document import ItemList, Paragraph, Section
from jdlint.languages import detection_order, profile
from jdlint.memo import text_cache
from jdlint.text import WORD

_SAMPLE_CHARS = 12000
"""Detection reads the start of a draft: about 2,000 words."""


def function_words() -> dict[str, frozenset[str]]:
    """The function words of each language, in :func:`~jdlint.languages.detection_order`."""
    return _function_words(detection_order())


@functools.cache
def _function_words(languages: tuple[str, ...]) -> dict[str, frozenset[str]]:
    return {language: profile(language).function_words for language in languages}


def detect_language(text: str) -> str:
    """The language whose function words are most frequent in *text*; on a tie, the first
    in detection order (the default language first: English)."""
    lists = function_words()
    sample = Counter(map(str.lower, WORD.findall(text, 0, _SAMPLE_CHARS)))
    counts = {
        language: sum(count for word, count in sample.items() if word in words)
        for language, words in lists.items()
    }
    return max(counts, key=counts.__getitem__)


_MIN_DECIDING_WORDS = 2
"""Function words a block needs before its own language is trusted over its section's."""


def _counts(text: str) -> tuple[dict[str, int], int]:
    """How many function words of each language *text* holds, and how many words in all."""
    counts, size = _counted(text, detection_order())
    return dict(counts), size


@text_cache(maxsize=4096)
def _counted(text: str, languages: tuple[str, ...]) -> tuple[tuple[tuple[str, int], ...], int]:
    """:func:`_counts` of *text*, remembered (blocks recur: boilerplate, a text read twice) for
    the *languages* known."""
    lists = _function_words(languages)
    words = WORD.findall(text.lower())
    counts = tuple(
        (language, sum(map(found.__contains__, words))) for language, found in lists.items()
    )
    return counts, len(words)


def _decided(counts: dict[str, int]) -> str | None:
    languages = tuple(function_words())
    best = max(languages, key=lambda language: counts[language])
    others = [counts[language] for language in languages if language != best]
    if counts[best] < _MIN_DECIDING_WORDS or counts[best] <= max(others, default=0):
        return None
    return best


def assign_languages(sections: list[Section], fallback: str, decide: bool = True) -> str | None:
    """Set the language of every section and block: a block's own when its words decide it,
    else its section's, else *fallback* (the language of the draft as a whole). With *decide*
    false (a language was declared), every part is in *fallback*. Returns the language in which
    most of the words are written (``None`` for a draft with no words in blocks)."""
    languages = tuple(function_words())
    words = dict.fromkeys(languages, 0)
    for section in sections:
        section.language = fallback
        measured = [_counts(_block_text(block)) if decide else ({}, 0) for block in section.blocks]
        if decide:
            total = _counts(section.heading.text)[0] if section.heading is not None else {}
            for counts, _ in measured:
                for language, count in counts.items():
                    total[language] = total.get(language, 0) + count
            section.language = _decided({lang: total.get(lang, 0) for lang in languages})
            section.language = section.language or fallback
        for block, (counts, size) in zip(section.blocks, measured, strict=True):
            block.language = (_decided(counts) if decide else None) or section.language
            words[block.language] += size
    best = max(languages, key=lambda language: words[language])
    return best if words[best] else None


def _block_text(block: Paragraph | ItemList) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join(bullet.text for bullet in block.bullets)
