"""Kind ``title-consistency``: the job title is named the same way wherever it is stated."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jdlint.data import normalise_label
from jdlint.diagnostics import Finding
from jdlint.kinds.base import Context, Kind
from jdlint.spans import Span

_ROLE_MENTION = re.compile(
    r"(?<!\w)(?<!(?i:such) )(?<!(?i:well) )(?i:as|sebagai)\s+"
    r"(?:(?i:our|a|an|the|seorang|new|baru)\s+)*"
    r"(?P<role>[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){1,4})"
)


_INTRODUCING_SECTIONS = (None, "title", "summary")
_TEMPLATE_CODE = re.compile(r"\{\{|\{%|\$\{")


def _role_mentions(context: Context, title: str) -> list[tuple[str, Span]]:
    """Role names introduced by "as our …" / "sebagai …" that share a word with *title*.

    Only the opening of the draft and its summary are searched: a requirement such as
    "experience as a Senior Account Manager" names another role on purpose.
    """
    title_words = set(normalise_label(title).split())
    text = context.document.text
    found = []
    for span, section in context.analysis.text_spans:
        if section not in _INTRODUCING_SECTIONS:
            continue
        for match in _ROLE_MENTION.finditer(text, span.start, span.end):
            role = match.group("role")
            if set(normalise_label(role).split()) & title_words:
                found.append((role, Span(match.start("role"), match.end("role"))))
    return found


def _title_statements(context: Context) -> list[tuple[str, Span]]:
    document = context.document
    found: list[tuple[str, Span]] = []
    if document.title and document.title_span is not None:
        found.append((document.title, document.title_span))
    for section in document.sections:
        if section.own_canonical == "title" and section.heading is not None:
            found.append((section.heading.text.strip("#*_ :"), section.heading.span))
    for detail in document.details:
        if detail.field == "title" and detail.value:
            found.append((detail.value, detail.value_span))
    return found


def _check(context: Context) -> Iterator[Finding]:
    statements = [
        (text, span)
        for text, span in _title_statements(context)
        if not _TEMPLATE_CODE.search(text)  # "{{ page.title }}" shows the title itself
    ]
    if not statements:
        return
    first_text, first_span = statements[0]
    statements.extend(_role_mentions(context, first_text))
    first = normalise_label(first_text)
    reported: set[str] = set()
    lines = context.document.lines
    for text, span in statements[1:]:
        label = normalise_label(text)
        if label != first and label not in reported and label not in first:
            reported.add(label)
            yield Finding(
                span,
                {"match": text, "title": first_text, "line": lines.position(first_span.start).line},
            )


TITLE_CONSISTENCY = Kind(
    name="title-consistency",
    doc="Compares the title in front matter, the first heading, `Job title:`/`Jabatan:` lines and "
    'role names introduced by "as our …" / "sebagai …" that share a word with the title.',
    options={},
    check=_check,
)
