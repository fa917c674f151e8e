"""New drafts that follow the guidance: `jdlint new` fills a language's scaffold with a title."""

from __future__ import annotations

from pathlib import Path
from string import Template

from jdlint.languages import setting

SCAFFOLDS = Path(__file__).resolve().parent / "scaffolds"
LANGUAGES = tuple(sorted(path.stem for path in SCAFFOLDS.glob("*.md")))


def new_draft(language: str, title: str | None = None) -> str:
    """The scaffold of `language` ("en", "id" …) under `title`, or under its profile's title
    slot (``untitled``).

    Every section the guidance requires is there, with at most six bullets a list and a
    details block; each slot is a bracketed instruction that JD401 reports until it is filled.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no scaffold for language {language!r}; choose one of {LANGUAGES}")
    heading = " ".join((title or "").split()) or str(setting(language, "untitled"))
    scaffold = Template((SCAFFOLDS / f"{language}.md").read_text(encoding="utf-8"))
    return scaffold.substitute(title=heading)
