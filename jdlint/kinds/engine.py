"""Kind ``engine``: rules that report a problem jdlint meets while reading a draft.

Each rule of this kind names one *event* in its ``event`` option. The problems arise where
they arise, and carry their event's name:

- ``unreadable-file``: the reader cannot turn a file's bytes into text
  (:class:`jdlint.reader.UnreadableError`); no draft is linted, so the engine reports it;
- ``invalid-front-matter``: the parser records front matter that is not valid YAML on the
  document; this kind's check reports it, in the rule pass;
- ``unknown-suppression`` and ``unused-suppression``: inline suppression finds them after the
  rule pass (:mod:`jdlint.suppression`), and the engine reports them.

The engine reports an event through every enabled rule that names it: no code is special.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Option, TypedContext, TypedKind
from jdlint.reader import UNREADABLE_FILE
from jdlint.suppression import UNKNOWN_SUPPRESSION, UNUSED_SUPPRESSION

INVALID_FRONT_MATTER = "invalid-front-matter"
EVENTS = (UNREADABLE_FILE, INVALID_FRONT_MATTER, UNKNOWN_SUPPRESSION, UNUSED_SUPPRESSION)
"""Every event a rule of this kind can report."""


def _prepare(options: dict[str, Any]) -> str:
    """The event the rule reports: its prepared data."""
    event = str(options["event"])
    if event not in EVENTS:
        raise ValueError(f"option 'event' must be one of {', '.join(EVENTS)}, not {event!r}")
    return event


def _check(context: TypedContext[str]) -> Iterator[Finding]:
    problem = context.document.front_matter_problem
    if context.prepared == INVALID_FRONT_MATTER and problem is not None:
        yield Finding(problem.span, {"reason": problem.reason, "syntax": problem.syntax})


ENGINE = TypedKind(
    name="engine",
    doc="Reports a problem met while reading a draft, named by `event`: " + ", ".join(EVENTS) + ".",
    options={"event": Option(str, None, "the event reported: " + ", ".join(EVENTS), True)},
    check=_check,
    prepare=_prepare,
)
