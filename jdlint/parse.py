"""Build a :class:`~jdlint.document.Document` from decoded text."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from jdlint.data import detail_matcher, section_matcher
from jdlint.document import Document, Heading
from jdlint.language import LANGUAGES, detect_language
from jdlint.outline import build_sections, find_details
from jdlint.parse_markdown import parse_markdown
from jdlint.parse_text import parse_text
from jdlint.spans import LineIndex, Span
from jdlint.suppression import find_directives

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


def document_format(path: str) -> str:
    """``"markdown"`` for Markdown file names, ``"text"`` for everything else."""
    return "markdown" if PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


def parse_document(
    text: str,
    path: str,
    language: str = "auto",
    encoding: str = "utf-8",
    default_language: str = "auto",
) -> Document:
    """Parse *text* (line ends already ``\\n``) reported as *path*.

    *language* (``auto``, ``en`` or ``id``) is the command line's choice; when it is ``auto``, a
    ``language`` key in the front matter decides, then *default_language* (the configuration),
    then detection. Front matter that is not valid YAML is kept as front matter, unread, and
    noted in ``Document.front_matter_problem``.
    """
    lines = LineIndex(text)
    matcher = section_matcher()
    fmt = document_format(path)
    front_matter: dict[str, Any] = {}
    front_span: Span | None = None
    front_problem = None
    if fmt == "markdown":
        blocks, front_matter, front_span, front_problem = parse_markdown(text, lines)
    else:
        blocks = parse_text(text, matcher)
    sections, title_heading = build_sections(blocks, matcher, text)
    details = find_details(sections, text, detail_matcher())
    body = text[front_span.end :] if front_span else text
    declared = str(front_matter.get("language", "")).lower()
    if language == "auto":
        language = declared if declared in LANGUAGES else default_language
    if language not in LANGUAGES:
        language = detect_language(body)
    document = Document(
        path=path,
        text=text,
        language=language,
        format=fmt,
        lines=lines,
        front_matter=front_matter,
        sections=sections,
        details=details,
        directives=find_directives(text, lines, fmt),
        front_matter_span=front_span,
        encoding=encoding,
        front_matter_problem=front_problem,
    )
    _set_title(document, title_heading)
    return document


def _set_title(document: Document, heading: Heading | None) -> None:
    title = document.front_matter.get("title")
    front_span = document.front_matter_span
    if isinstance(title, str) and title.strip() and front_span is not None:
        document.title = title.strip()
        document.title_span = _front_matter_value_span(document, "title", front_span)
        return
    if heading is not None:
        document.title, document.title_span = heading.text.strip("#*_ :"), heading.span
        return
    for detail in document.details:
        if detail.field == "title" and detail.value:
            document.title, document.title_span = detail.value, detail.value_span
            return


def _front_matter_value_span(document: Document, key: str, front_span: Span) -> Span:
    """The span of ``key: value`` inside the front matter (the whole block when not found)."""
    block = document.text[front_span.start : front_span.end]
    offset = front_span.start
    for line in block.split("\n"):
        if line.startswith(f"{key}:"):
            value = line[len(key) + 1 :]
            start = offset + len(key) + 1 + (len(value) - len(value.lstrip()))
            end = offset + len(line.rstrip())
            quoted = value.strip()
            if len(quoted) >= 2 and quoted[0] == quoted[-1] and quoted[0] in "\"'":
                start, end = start + 1, end - 1
            return Span(start, end)
        offset += len(line) + 1
    return front_span
