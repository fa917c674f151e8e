"""The real-shaped drafts of tests/drafts/ with the reading a recruiter expects of each.

Each draft ``tests/drafts/<lang>/<name>`` has a sidecar ``<name>.outline.yaml`` (format in
tests/drafts/README.md). :func:`outlines` yields every draft with its parsed expectation; a
sidecar of the wrong shape raises ValueError naming the file and the problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from jdlint.data import vocabulary
from jdlint.paths import find_drafts

DRAFTS = Path(__file__).resolve().parent / "drafts"
LANGUAGES = ("en", "id")
FORMATS = ("markdown", "text")
TITLE_SOURCES = ("heading", "bold line", "first line", "front matter")
_OUTLINE_KINDS = ("title", "other")
_TOP_KEYS = frozenset({"shapes", "format", "language", "sections", "details", "must", "must_not"})
_SECTION_KEYS = frozenset(
    {"kind", "heading", "lead_in", "from", "language", "paragraphs", "items", "details", "parts"}
    | {"note", "text"}
)


@dataclass(frozen=True)
class Part:
    """One section (or a part of one) as a recruiter reads it.

    ``heading`` is the heading's text as written, without Markdown markers (None: no heading);
    ``lead_in`` the line that introduces its list without being a heading; ``paragraphs``,
    ``items`` and ``details`` count its prose paragraphs, list items and ``Key: value`` lines.
    A title has ``text`` and ``source`` (where it was read from) and no counts.
    """

    kind: str
    language: str
    heading: str | None = None
    lead_in: str | None = None
    source: str | None = None
    text: str | None = None
    paragraphs: int = 0
    items: int = 0
    details: int = 0
    parts: tuple[Part, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Outline:
    """The expected reading of one draft.

    ``must`` and ``must_not`` are entries in the format of corpora/*.intent.yaml (see
    corpora/README.md), kept as mappings: ``{"rule": "JD507", "at": "Pria/Wanita", ...}``.
    ``details`` maps a job-detail field (employment_type, location, reports_to) to the value a
    recruiter reads from wherever the draft states it.
    """

    shapes: tuple[int, ...]
    format: str
    language: str
    sections: tuple[Part, ...]
    details: dict[str, str]
    must: tuple[dict[str, Any], ...]
    must_not: tuple[dict[str, Any], ...]


def outline_path(draft: Path) -> Path:
    """Where a draft's expected reading lives."""
    return draft.with_name(draft.name + ".outline.yaml")


def section_kinds() -> frozenset[str]:
    """The kinds a part may have: the sections of rules/data/sections.yaml, title and other."""
    return frozenset(vocabulary("sections")["sections"]) | frozenset(_OUTLINE_KINDS)


def outlines(folder: Path = DRAFTS) -> Iterator[tuple[Path, Outline]]:
    """Every draft under *folder* with its expected reading, in path order."""
    for draft in find_drafts(folder):
        yield draft, load_outline(draft)


def load_outline(draft: Path) -> Outline:
    """Read and check *draft*'s sidecar; ValueError says what is wrong and where."""
    path = outline_path(draft)
    if not path.exists():
        raise ValueError(f"{draft}: no {path.name} beside it")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    _require(
        isinstance(data, dict) and not set(data) - _TOP_KEYS, path, f"keys: {sorted(_TOP_KEYS)}"
    )
    _require(data.get("format") in FORMATS, path, f"format is one of {FORMATS}")
    _require(data.get("language") == draft.parent.name, path, "language is the draft's folder")
    shapes = data.get("shapes")
    _require(isinstance(shapes, list) and bool(shapes), path, "shapes lists the shapes shown")
    sections = data.get("sections")
    _require(isinstance(sections, list) and bool(sections), path, "sections, the parts in order")
    details = data.get("details") or {}
    _require(isinstance(details, dict), path, "details maps a field to its value")
    return Outline(
        shapes=tuple(int(shape) for shape in shapes),
        format=data["format"],
        language=data["language"],
        sections=tuple(_part(item, path) for item in sections),
        details={str(key): str(value) for key, value in details.items()},
        must=tuple(data.get("must") or ()),
        must_not=tuple(data.get("must_not") or ()),
    )


def _part(item: Any, path: Path) -> Part:
    _require(isinstance(item, dict) and not set(item) - _SECTION_KEYS, path, f"{item!r}: a part")
    kind, language = item.get("kind"), item.get("language")
    _require(kind in section_kinds(), path, f"kind {kind!r} is one of {sorted(section_kinds())}")
    _require(language in LANGUAGES, path, f"{kind}: language is one of {LANGUAGES}")
    if kind == "title":
        _require(item.get("from") in TITLE_SOURCES, path, f"title: from is one of {TITLE_SOURCES}")
        _require(isinstance(item.get("text"), str), path, "title: text is the title")
    else:
        for count in ("paragraphs", "items"):
            _require(isinstance(item.get(count), int), path, f"{kind}: {count} is a number")
    return Part(
        kind=kind,
        language=language,
        heading=item.get("heading"),
        lead_in=item.get("lead_in"),
        source=item.get("from"),
        text=item.get("text"),
        paragraphs=item.get("paragraphs", 0),
        items=item.get("items", 0),
        details=item.get("details", 0),
        parts=tuple(_part(part, path) for part in item.get("parts") or ()),
        note=item.get("note"),
    )


def _require(condition: bool, path: Path, what: str) -> None:
    if not condition:
        raise ValueError(f"{path}: expected {what}")
