"""List markers as real postings write them, shared by the plain-text, Markdown and HTML readers.

Besides the usual bullet characters, postings pasted from Word or exported by job boards hold
markers in other shapes: symbol-font glyphs in the private-use area (Word's Symbol and
Wingdings bullets, ``U+F0B7``), bullets garbled by a wrong decoding (``"â€¢"`` for ``"•"``,
``"ï‚·"`` for ``U+F0B7``), and invisible characters (zero-width space, BOM, soft hyphen,
directional marks) before a marker or between a marker and its text.
"""

from __future__ import annotations

import re

INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe0e\ufe0f\ufeff"
"""Characters that take no room on screen, and emoji variation selectors (a class body)."""

SPACE = f"[ \\t\\u00a0\\u2000-\\u200a\\u202f\\u3000{INVISIBLE}]"
"""One character of room between a marker and its text, visible or not."""

_SYMBOLS = "•●▪■◦‣∙·・･○►➢➤✓✔❖◆⁃"
"""Bullet characters (``"·"`` is a bullet in text pasted from Word, ``"・"`` in postings typed
with a Japanese input method)."""

_PRIVATE_USE = "\uf020-\uf0ff"
"""Symbol-font glyphs as Word exports its bullets (``U+F0B7``, ``U+F0A7``, ``U+F0D8`` …)."""


def _garbled_forms() -> list[str]:
    """The bullet characters as a UTF-8 file read as Windows-1252 or Latin-1 shows them."""
    forms: set[str] = set()
    for symbol in _SYMBOLS:
        data = symbol.encode("utf-8")
        for codec in ("cp1252", "latin-1"):
            try:
                forms.add(data.decode(codec))
            except UnicodeDecodeError:
                continue
    # longest first; forms of one length cannot both match at one place, so any fixed order
    # does: spelling order keeps the pattern the same from run to run (and cached)
    return sorted(forms, key=lambda form: (-len(form), form))


_GARBLED = "|".join(
    [
        *(re.escape(form) for form in _garbled_forms()),
        "ï[\x80-\x83€‚ƒ][^\\s\\w]",  # a private-use glyph garbled ("ï‚·", "ï‚§")
    ]
)

GARBLED_MARKER = re.compile(_GARBLED)
"""A bullet garbled by a wrong decoding, which readers see as such (JD402 reports it)."""

_ENTITIES = "|".join(
    [
        f"&#(?:{'|'.join(str(ord(symbol)) for symbol in _SYMBOLS)});",
        f"&#[xX](?:{'|'.join(f'{ord(symbol):x}' for symbol in _SYMBOLS)});",
        "&bull;",
        "&middot;",
    ]
)
"""The bullet characters written as HTML entities ("&#10004;", "&bull;"), which Markdown
renders as the characters."""

BULLET_SYMBOL = f"(?:{_GARBLED}|{_ENTITIES}|[{_SYMBOLS}{_PRIVATE_USE}])"
"""A bullet character, as an entity, a symbol-font glyph or a garbled bullet (a regular
expression)."""

MARKER = f"(?:{BULLET_SYMBOL}|[\\-*–—+]|\\d{{1,2}}[.)]|[a-z][.)])"
"""Any list marker: a bullet, a dash, a star, a plus, a number or a small letter with ``.`` or
``)`` ("a. Membuat laporan", formal Indonesian postings' lettered lists)."""


def marker_style(sign: str) -> str:
    """How a list writes its markers: ``"1."`` for every number with a full stop, ``"a)"`` for
    every small letter with a bracket; other markers as they are."""
    if sign[:1].isdigit():
        return f"1{sign[-1]}"
    if len(sign) == 2 and "a" <= sign[0] <= "z" and sign[1] in ".)":
        return f"a{sign[-1]}"
    return sign


def counts_items(sign: str) -> bool:
    """Whether a marker numbers or letters its item (the list is ordered)."""
    style = marker_style(sign)
    return style[:1] in ("1", "a") and style[1:] in (".", ")")


BULLET_LINE = re.compile(
    rf"^(?P<indent>[ \t\u00a0{INVISIBLE}]*)(?:"
    rf"(?P<marker>{MARKER}){SPACE}+(?=\S)"
    # a bullet character glued to its item ("•Melayani", "*Jujur", "-Pencatatan")
    rf"|(?P<glued>(?!·){BULLET_SYMBOL}|[-*](?=[^\W\d_]))(?=[^\s\d]))"
)
"""A line that starts with a list marker (its groups: ``indent``, then ``marker`` or ``glued``)."""
