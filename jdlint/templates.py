"""Template code that no reader of a posting ever sees at once: Liquid/Jinja comment blocks, and
the other branches of a conditional.

Job postings kept in static sites (Jekyll, Hugo, Eleventy) carry instructions for editors inside
``{% comment %} … {% endcomment %}``, and sometimes two versions of a passage inside
``{% if … %} … {% else %} … {% endif %}``, of which a reader sees one. The comments and every
branch after the first (``{% elsif %}``, ``{% elif %}``, ``{% else %}``) are blanked out (every
character but line breaks becomes a space) before a draft is parsed, so the draft is read as its
first branch, while every offset, line and column of the draft stays as it was.

Views of web frameworks hold such code too: a job page written as a Laravel Blade view opens
with ``@extends('layouts.app')`` and ``@section('content')``, which no reader sees.

Templates also render sections from front matter (the duties of a US federal posting under
``key objectives:``): :func:`front_matter_sections` says which.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from jdlint.data import SectionMatcher

_COMMENT = re.compile(
    # a block whose opening tag stands at the start of its line (a tag quoted inside other
    # text, such as a YAML comment explaining the syntax, opens nothing), closed on that line
    # ("{% comment %}🔻🔻{% endcomment %}") or by a closing tag at the start of a later line
    r"^[ \t]*\{%-?\s*comment\b[^\n]*?%\}"
    r"(?:[^\n]*?\{%-?\s*endcomment\b[^%\n]*%\}|.*?^[ \t]*\{%-?\s*endcomment\b[^%\n]*%\})"
    r"|\{#[^\n]*?#\}",
    re.DOTALL | re.IGNORECASE | re.MULTILINE,
)
_TAG = re.compile(r"\{%-?\s*(?P<name>[a-z]+)\b[^%\n]*?-?%\}", re.IGNORECASE)
_OPENING = frozenset({"if", "unless", "for"})
_CLOSING = frozenset({"endif", "endunless", "endfor"})
_OTHER_BRANCH = frozenset({"else", "elsif", "elif"})
_NOT_NEWLINE = re.compile(r"[^\n]")
_BLADE_LINE = re.compile(
    r"^[ \t]*@(?:extends|section|endsection|yield|include|push|endpush|stack|php|endphp|csrf"
    r"|parent|show|stop)\b[^\n]*$",
    re.MULTILINE,
)


def blank_template_code(text: str) -> str:
    """*text* with its template comments and later branches blanked, its length and lines
    unchanged; so are the lines of Laravel Blade directives (``@extends('layouts.app')``,
    ``@section('content')``, ``@endsection``) that a job page written as a view holds."""
    if "@" in text:
        text = _BLADE_LINE.sub(lambda match: _blank(match.group()), text)
    if "{%" not in text and "{#" not in text:
        return text
    text = _COMMENT.sub(lambda match: _blank(match.group()), text)
    for start, end in reversed(_later_branches(text)):
        text = text[:start] + _blank(text[start:end]) + text[end:]
    return text


def _later_branches(text: str) -> list[tuple[int, int]]:
    """Where the branches after the first of each closed conditional run: from its first
    ``else``-like tag to its closing tag. Outermost ranges only, in order."""
    ranges: list[tuple[int, int]] = []
    open_blocks: list[int | None] = []  # per open block: where its later branches start
    for tag in _TAG.finditer(text):
        name = tag["name"].lower()
        if name in _OPENING:
            open_blocks.append(None)
        elif name in _OTHER_BRANCH and open_blocks and open_blocks[-1] is None:
            open_blocks[-1] = tag.start()
        elif name in _CLOSING and open_blocks:
            start = open_blocks.pop()
            if start is not None:
                while ranges and ranges[-1][0] > start:  # a conditional inside this branch
                    ranges.pop()
                ranges.append((start, tag.start()))
    return ranges


_RENDERED_SECTIONS = frozenset({"responsibilities", "qualifications"})


def front_matter_sections(
    front_matter: Mapping[str, Any], matcher: SectionMatcher
) -> frozenset[str]:
    """The duties and requirements a posting's template renders from its front matter: a key
    that names one of them ("key objectives:", "requirements:") holding a list or text, as US
    federal postings keep their duties ("{% include job/key_objectives.html %}" shows them)."""
    found = set()
    for key, value in front_matter.items():
        canonical = matcher.match(str(key))
        if canonical in _RENDERED_SECTIONS and _holds_text(value):
            found.add(canonical)
    return frozenset(found)


def _holds_text(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(_holds_text(item) for item in value)
    return False


def _blank(text: str) -> str:
    return _NOT_NEWLINE.sub(" ", text)
