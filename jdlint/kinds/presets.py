"""Deprecated kinds kept as presets of the kind that replaced them, so that custom rules written
for them still load.

A preset takes its old options, reads them as options of its successor and gives its old
message fields. Loading a rule of one prints a deprecation notice on stderr, once per kind and
process; ``jdlint explain kind:NAME`` shows the same rule written with the successor.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, TypeVar

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Option, TypedContext, TypedKind

_NOTIFIED: set[str] = set()

P = TypeVar("P")


def preset(
    name: str,
    successor: TypedKind[P],
    options: dict[str, Option],
    translate: Callable[[dict[str, Any]], dict[str, Any]],
    fields: dict[str, str],
    write_instead: str,
) -> TypedKind[P]:
    """Kind *name*: *successor* with options read by *translate*, whose findings also carry
    their values under the old names of *fields* (old name: name in *successor*);
    *write_instead* is the same rule's options written for *successor*, for ``jdlint
    explain``."""

    def prepare(given: dict[str, Any]) -> P:
        if name not in _NOTIFIED:
            _NOTIFIED.add(name)
            print(
                f"jdlint: kind {name!r} is deprecated; use kind {successor.name!r} "
                f"(`jdlint explain kind:{successor.name}`)",
                file=sys.stderr,
            )
        return successor.prepare({**given, **translate(given)})

    def check(context: TypedContext[P]) -> Iterator[Finding]:
        for finding in successor.check(context):
            old = {key: finding.values[new] for key, new in fields.items() if new in finding.values}
            yield replace(finding, values={**finding.values, **old}) if old else finding

    return TypedKind(
        scope=successor.scope,
        name=name,
        doc=(
            f"Deprecated: a preset of kind {successor.name!r}. Write instead: "
            f"kind: {successor.name}, {write_instead}."
        ),
        options=options,
        check=check,
        prepare=prepare,
    )
