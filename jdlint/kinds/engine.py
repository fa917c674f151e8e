"""Kind ``engine``: rules that jdlint itself reports (unreadable files, suppression problems)."""

from __future__ import annotations

from collections.abc import Iterator

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Context, Kind


def _nothing(context: Context) -> Iterator[Finding]:
    return iter(())


ENGINE = Kind(
    name="engine",
    doc="Reported by the reader (JD900) and by inline suppression (JD901, JD902), not by a check.",
    options={},
    check=_nothing,
)
