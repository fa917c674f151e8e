"""Letters set in Unicode's mathematical styles ("𝐑𝐞𝐬𝐩𝐨𝐧𝐬𝐢𝐛𝐢𝐥𝐢𝐭𝐢𝐞𝐬", "𝘒𝘶𝘢𝘭𝘪𝘧𝘪𝘬𝘢𝘴𝘪"), which
social sites and job boards use as bold or italic headings, read as the plain letters they show.

Each styled letter is one code point and so is its plain form (Unicode's compatibility
decomposition, NFKC), so the text keeps its length and every span stays where it was.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_STYLED = re.compile("[\U0001d400-\U0001d7ff]")
"""The Mathematical Alphanumeric Symbols block."""


@functools.cache
def _plain_forms() -> dict[int, str]:
    table = {}
    for code in range(0x1D400, 0x1D800):
        plain = unicodedata.normalize("NFKC", chr(code))
        if len(plain) == 1 and plain != chr(code):
            table[code] = plain
    return table


def plain_letters(text: str) -> str:
    """*text* with its styled letters and digits made plain, its length unchanged."""
    if _STYLED.search(text) is None:
        return text
    return text.translate(_plain_forms())
