"""Detect whether a draft is in English or Bahasa Indonesia from its function words."""

from __future__ import annotations

import functools
from collections import Counter

from jdlint.data import vocabulary
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
