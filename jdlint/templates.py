"""Template code that no reader of a posting ever sees: Liquid/Jinja comment blocks.

Job postings kept in static sites (Jekyll, Hugo, Eleventy) carry instructions for editors inside
``{% comment %} … {% endcomment %}``. They are blanked out (every character but line breaks
becomes a space) before a draft is parsed, so they are neither prose nor headings, while every
offset, line and column of the draft stays as it was.
"""

from __future__ import annotations

import re

_COMMENT = re.compile(
    # a block whose tags stand at the start of their lines (a tag quoted inside other text, such
    # as a YAML comment explaining the syntax, opens nothing)
    r"^[ \t]*\{%-?\s*comment\b[^\n]*?%\}.*?^[ \t]*\{%-?\s*endcomment\b[^%\n]*%\}"
    r"|\{#[^\n]*?#\}",
    re.DOTALL | re.IGNORECASE | re.MULTILINE,
)
_NOT_NEWLINE = re.compile(r"[^\n]")


def blank_template_comments(text: str) -> str:
    """*text* with its template comment blocks blanked, its length and lines unchanged."""
    if "{%" not in text and "{#" not in text:
        return text
    return _COMMENT.sub(lambda match: _NOT_NEWLINE.sub(" ", match.group()), text)
