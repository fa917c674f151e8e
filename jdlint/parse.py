"""Build a :class:`~jdlint.document.Document` from decoded text."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from jdlint.content import mentions_position, names_position
from jdlint.data import detail_matcher, section_matcher
from jdlint.document import Document, Heading, Section
from jdlint.front_matter import split_front_matter
from jdlint.language import assign_languages, detect_language
from jdlint.languages import known_languages
from jdlint.outline import (
    RawBlock,
    build_sections,
    find_details,
    named_together,
    several_jobs,
)
from jdlint.spans import LineIndex, Span
from jdlint.styled_letters import plain_letters
from jdlint.suppression import find_directives
from jdlint.templates import blank_template_code, front_matter_sections

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm"})


def document_format(path: str) -> str:
    """``"markdown"`` or ``"html"`` for those file names, ``"text"`` for everything else."""
    suffix = PurePath(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "html" if suffix in HTML_SUFFIXES else "text"


def parse_document(
    text: str,
    path: str,
    language: str = "auto",
    encoding: str = "utf-8",
    default_language: str = "auto",
    syntax: str | None = None,
) -> Document:
    """Parse *text* (line ends already ``\\n``) reported as *path*.

    *language* (``auto`` or a known language's code) is the command line's choice; when it is
    ``auto``, the front matter's ``jdlint: {language: …}`` or ``language`` key decides, then
    *default_language* (the configuration), then detection. Front matter that is not valid
    YAML is kept as front matter, unread, and noted in ``Document.front_matter_problem``.
    *syntax* (``markdown``, ``text`` or ``html``) overrides what the file name says.
    """
    lines = LineIndex(text)
    matcher = section_matcher()
    fmt = syntax or document_format(path)
    front_matter: dict[str, Any] = {}
    front_span: Span | None = None
    front_problem = None
    source = text
    text = plain_letters(blank_template_code(text))
    if fmt == "markdown":
        from jdlint.parse_markdown import parse_markdown  # markdown-it only for Markdown

        blocks, front_matter, front_span, front_problem = parse_markdown(text, lines)
    elif fmt == "html" or ("<" in text and _holds_html(text)):
        found = split_front_matter(text, lines) if text.startswith(("---", "+++")) else None
        if found is not None:
            front_matter, front_span, front_problem = found
        body_start = front_span.end if front_span is not None else 0
        blocks, text = _read_html(text, keep_markup=fmt == "text", start=body_start)
    else:
        from jdlint.parse_text import parse_text  # its patterns only for plain text

        blocks = parse_text(text, matcher)
    role_name = front_matter_text(front_matter, _TITLE_KEYS)
    sections, title_heading = build_sections(
        blocks, matcher, text, fmt != "markdown", role_name[1] if role_name else None
    )
    details = find_details(sections, text, detail_matcher())
    body = text[front_span.end :] if front_span else text
    settings = front_matter.get("jdlint")
    declared = str(front_matter.get("language", "")).lower()
    if isinstance(settings, dict) and "language" in settings:
        declared = str(settings["language"]).lower()  # the draft's own jdlint settings
    known = known_languages()
    if language == "auto":
        language = declared if declared in known else default_language
    if language in known:
        assign_languages(sections, language, decide=False)
    else:
        detected = detect_language(body)
        language = assign_languages(sections, detected) or detected
    document = Document(
        path=path,
        text=text,
        language=language,
        format=fmt,
        lines=lines,
        front_matter=front_matter,
        sections=sections,
        details=details,
        directives=find_directives(source, lines, fmt),
        front_matter_span=front_span,
        encoding=encoding,
        front_matter_problem=front_problem,
        implied_sections=front_matter_sections(front_matter, matcher)
        | named_together(sections)
        | _named_jobs(sections),
    )
    _set_title(document, title_heading)
    summary = front_matter_text(front_matter, _SUMMARY_KEYS)
    if summary is not None and front_span is not None and summary[1].count(" ") >= 4:
        document.front_matter_summary = _front_matter_value_span(document, summary[0], front_span)
    return document


def _holds_html(text: str) -> bool:
    from jdlint.html import holds_html  # the HTML reader loads only for drafts that need it

    return holds_html(text)


def _read_html(text: str, keep_markup: bool, start: int = 0) -> tuple[list[RawBlock], str]:
    """The blocks of an HTML body from *start* (after its front matter) and the text rules
    search: the reader's view of a ``.html`` file; a plain-text draft keeps its markup (a
    plain-text reader sees it)."""
    from jdlint.html import read_html

    reading = read_html(text, start, keep_markup=keep_markup)
    return reading.blocks, reading.text


_TITLE_KEYS = ("title", "job_title", "position", "role", "role_name", "jabatan", "posisi")
_SUMMARY_KEYS = ("description", "summary", "ringkasan", "deskripsi")
_NESTING_KEYS = ("job", "position", "role", "posting", "vacancy", "lowongan", "page")


def front_matter_text(
    front_matter: dict[str, Any], keys: tuple[str, ...]
) -> tuple[str, str] | None:
    """The first of *keys* with text in the front matter, or in a mapping nested under a key
    such as ``job:`` or ``position:``: the key found and its text."""
    for key in keys:
        value = front_matter.get(key)
        if isinstance(value, str) and value.strip():
            return key, value.strip()
    for nesting in _NESTING_KEYS:
        nested = front_matter.get(nesting)
        if isinstance(nested, dict):
            for key in keys:
                value = nested.get(key)
                if isinstance(value, str) and value.strip():
                    return key, value.strip()
    return None


def _named_jobs(sections: list[Section]) -> frozenset[str]:
    """The title, on a page that names each of several jobs above its own sections."""
    return frozenset({"title"}) if several_jobs(sections) else frozenset()


def _set_title(document: Document, heading: Heading | None) -> None:
    front_span = document.front_matter_span
    found = front_matter_text(document.front_matter, _TITLE_KEYS)
    if found is not None and front_span is not None and not _names_project(found[1], heading):
        key, document.title = found
        document.title_span = _front_matter_value_span(document, key, front_span)
        return
    if heading is not None:
        document.title, document.title_span = heading.text.strip("#*_ :"), heading.span
        return
    for detail in document.details:
        if detail.field == "title" and detail.value:
            document.title, document.title_span = detail.value, detail.value_span
            return
    for section in document.sections:  # "ACCOUNT OFFICER (AO)" alone above its sections
        if section.canonical not in (None, "summary", "about-company"):
            break
        named = section.heading
        if named is not None and not section.blocks and names_position(named.text):
            document.title, document.title_span = named.text.strip("#*_ :"), named.span
            return


def _names_project(front_title: str, heading: Heading | None) -> bool:
    """Whether a front-matter title names something other than the job (``title: Data-Driven
    Project`` over "# Frontend Developer for Data-Driven Project"): it names no post, and the
    heading read as the title does."""
    return (
        heading is not None
        and not mentions_position(front_title)
        and mentions_position(heading.text)
    )


def _front_matter_value_span(document: Document, key: str, front_span: Span) -> Span:
    """The span of ``key: value`` inside the front matter (the whole block when not found)."""
    block = document.text[front_span.start : front_span.end]
    offset = front_span.start
    for line in block.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if line[indent:].startswith(f"{key}:"):
            value = line[indent + len(key) + 1 :]
            start = offset + indent + len(key) + 1 + (len(value) - len(value.lstrip()))
            end = offset + len(line.rstrip())
            quoted = value.strip()
            if len(quoted) >= 2 and quoted[0] == quoted[-1] and quoted[0] in "\"'":
                start, end = start + 1, end - 1
            return Span(start, end)
        offset += len(line) + 1
    return front_span
