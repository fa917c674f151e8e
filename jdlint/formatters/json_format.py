"""The JSON document of the output contract (``--format json``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from jdlint.formatters.tally import Tally
from jdlint.results import FileResult
from jdlint.version import __version__

_SUMMARY_KEYS = {"error": "errors", "warning": "warnings", "info": "info"}


def _tool() -> dict[str, str]:
    return {"name": "jdlint", "version": __version__}


def file_entry(result: FileResult) -> dict[str, Any]:
    """One file's entry of the report's ``files`` list."""
    entry: dict[str, Any] = {"path": result.path, "language": result.language}
    if result.encoding is not None:
        entry["encoding"] = result.encoding
    entry["scores"] = result.scores
    entry["stats"] = result.stats
    entry["diagnostics"] = [diagnostic.to_json() for diagnostic in result.diagnostics]
    return entry


def render(results: list[FileResult]) -> str:
    """The report as JSON, one file per line (non-ASCII text kept as is)."""
    return "".join(stream(results))


def stream(results: Iterable[FileResult]) -> Iterator[str]:
    """The report as JSON, piece by piece: one file per line, then the summary.

    Compact lines use the standard library's fast C encoder, which indented output cannot;
    a line per file keeps large reports quick to write and easy to read and diff.
    """
    head = json.dumps({"version": 1, "tool": _tool()}, ensure_ascii=False)
    yield f'{head[:-1]}, "files": '
    tally = Tally()
    for result in tally.counted(results):
        yield ("[\n" if tally.files == 1 else ",\n") + json.dumps(
            file_entry(result), ensure_ascii=False
        )
    yield "\n]" if tally.files else "[]"
    summary = {"files": tally.files, **{_SUMMARY_KEYS[s]: n for s, n in tally.severities.items()}}
    yield f', "summary": {json.dumps(summary)}}}'
