"""Detect whether a draft is in English or Bahasa Indonesia from its function words."""

from __future__ import annotations

import functools

from jdlint.data import vocabulary
from jdlint.text import WORD

LANGUAGES = ("en", "id")
_SAMPLE_WORDS = 2000


@functools.cache
def _function_words() -> dict[str, frozenset[str]]:
    data = vocabulary("languages")["function_words"]
    return {language: frozenset(data[language]) for language in LANGUAGES}


def detect_language(text: str) -> str:
    """``"id"`` when Indonesian function words outnumber English ones, else ``"en"``."""
    lists = _function_words()
    counts = dict.fromkeys(LANGUAGES, 0)
    for index, match in enumerate(WORD.finditer(text)):
        if index >= _SAMPLE_WORDS:
            break
        word = match.group().lower()
        for language in LANGUAGES:
            if word in lists[language]:
                counts[language] += 1
    return "id" if counts["id"] > counts["en"] else "en"
