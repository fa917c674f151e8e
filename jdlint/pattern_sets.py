"""Named pattern sets: lists of regular expressions kept once in ``rules/data`` and used by name.

A list in a rule's options (``patterns``, ``unless``, ``exclude`` …, at any depth) may hold,
among its patterns, a reference ``{use: FILE.SET}``. The rule loader puts the patterns of set
``SET`` of ``rules/data/FILE.yaml`` in its place, so two rules that need the same patterns
(what counts as a pay figure for JD106 and JD804) read them from one place.

A set file has ``sets`` (name → list of patterns) and may have ``fragments`` (NAME → a piece
of pattern, NAME in capitals). ``{NAME}`` inside a pattern or a fragment stands for the
fragment, written out in its place: regular expressions never write a capital word in braces
(``\\p{Lu}`` is not replaced).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from jdlint.data import vocabulary

REFERENCE_KEY = "use"
_NAME = re.compile(r"^([a-z][a-z0-9_]*)\.([a-z][a-z0-9_-]*)$")
_FRAGMENT = re.compile(r"(?<!\\[pPN])\{([A-Z][A-Z0-9_]*)\}")
_MOST_NESTING = 8


def resolve(value: Any) -> Any:
    """*value* with every ``{use: FILE.SET}`` list item replaced by the set's patterns.

    Raises ValueError naming a reference that is malformed or names no set.
    """
    if isinstance(value, dict):
        return {key: resolve(item) for key, item in value.items()}
    if not isinstance(value, list):
        return value
    resolved: list[Any] = []
    for item in value:
        if _is_reference(item):
            resolved.extend(pattern_set(str(item[REFERENCE_KEY])))
        else:
            resolved.append(resolve(item))
    return resolved


def _is_reference(item: Any) -> bool:
    return isinstance(item, dict) and set(item) == {REFERENCE_KEY}


@functools.cache
def pattern_set(name: str) -> tuple[str, ...]:
    """The patterns of the set *name* (``FILE.SET``), fragments filled in."""
    found = _NAME.match(name)
    if found is None:
        raise ValueError(f"pattern set {name!r} must be named FILE.SET, e.g. pay.figures")
    sets, fragments = _set_file(found[1])
    if found[2] not in sets:
        known = ", ".join(f"{found[1]}.{key}" for key in sorted(sets))
        raise ValueError(f"unknown pattern set {name!r}; sets: {known or 'none'}")
    return tuple(with_fragments(pattern, fragments) for pattern in sets[found[2]])


def _set_file(file: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    try:
        data = vocabulary(file)
    except FileNotFoundError:
        raise ValueError(f"no pattern-set file rules/data/{file}.yaml") from None
    sets = data.get("sets") if isinstance(data, dict) else None
    fragments = data.get("fragments") or {} if isinstance(data, dict) else {}
    if not isinstance(sets, dict) or not all(_is_pattern_list(v) for v in sets.values()):
        raise ValueError(f"rules/data/{file}.yaml: 'sets' must map names to lists of patterns")
    if not isinstance(fragments, dict) or not all(isinstance(v, str) for v in fragments.values()):
        raise ValueError(f"rules/data/{file}.yaml: 'fragments' must map NAMES to patterns")
    return sets, fragments


def _is_pattern_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def with_fragments(pattern: str, fragments: dict[str, str]) -> str:
    """*pattern* with each ``{NAME}`` replaced by its fragment, fragments inside fragments too.

    Raises ValueError on an unknown fragment or fragments nested too deep (one using itself).
    """
    for _ in range(_MOST_NESTING):
        unknown = [name for name in _FRAGMENT.findall(pattern) if name not in fragments]
        if unknown:
            raise ValueError(f"unknown fragment {{{unknown[0]}}} in {pattern[:60]!r}")
        filled = _FRAGMENT.sub(lambda found: fragments[found[1]], pattern)
        if filled == pattern:
            return filled
        pattern = filled
    raise ValueError(f"fragments nested more than {_MOST_NESTING} deep in {pattern[:60]!r}")
