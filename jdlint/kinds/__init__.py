"""The registry of kinds: every check a YAML rule can name in its ``kind`` field."""

from __future__ import annotations

from jdlint.kinds.base import Context, Kind, Option
from jdlint.kinds.coded_words import CODED_WORDS
from jdlint.kinds.counts import ITEM_COUNT, LENGTH, UNIT_LENGTH
from jdlint.kinds.engine import ENGINE
from jdlint.kinds.figures import FIGURES
from jdlint.kinds.leading_verb import LEADING_VERB
from jdlint.kinds.lists import DUPLICATE_BULLET, LIST_CONSISTENCY, PROSE_INSTEAD_OF_LIST
from jdlint.kinds.metric import METRIC
from jdlint.kinds.pattern import PATTERN
from jdlint.kinds.presence import PRESENCE
from jdlint.kinds.required import REQUIRED, REQUIRED_DETAILS, REQUIRED_SECTIONS
from jdlint.kinds.requirements import AGE_LIMIT, AGE_VERSUS_EXPERIENCE, EXPERIENCE_YEARS
from jdlint.kinds.sections import DUPLICATE_SECTION, EMPTY_SECTION, SECTION_ORDER
from jdlint.kinds.terms import TERMS
from jdlint.kinds.title import TITLE_CONSISTENCY

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        AGE_LIMIT,
        AGE_VERSUS_EXPERIENCE,
        CODED_WORDS,
        DUPLICATE_BULLET,
        DUPLICATE_SECTION,
        EMPTY_SECTION,
        ENGINE,
        EXPERIENCE_YEARS,
        FIGURES,
        ITEM_COUNT,
        LEADING_VERB,
        LENGTH,
        LIST_CONSISTENCY,
        METRIC,
        PATTERN,
        PRESENCE,
        PROSE_INSTEAD_OF_LIST,
        REQUIRED,
        REQUIRED_DETAILS,
        REQUIRED_SECTIONS,
        SECTION_ORDER,
        TERMS,
        TITLE_CONSISTENCY,
        UNIT_LENGTH,
    )
}

__all__ = ["KINDS", "Context", "Kind", "Option"]
