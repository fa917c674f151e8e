"""The JSON document of the output contract (``--format json``)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import jdlint
from jdlint.diagnostics import SEVERITIES
from jdlint.results import FileResult


def severity_counts(results: list[FileResult]) -> dict[str, int]:
    """How many diagnostics of each severity, keyed by every severity in ``SEVERITIES``."""
    counted = Counter(d.severity for result in results for d in result.diagnostics)
    return {severity: counted[severity] for severity in SEVERITIES}


def document(results: list[FileResult]) -> dict[str, Any]:
    """The report as a JSON-ready mapping, keys in the documented order."""
    counts = severity_counts(results)
    return {
        "version": 1,
        "tool": {"name": "jdlint", "version": jdlint.__version__},
        "files": [_file(result) for result in results],
        "summary": {
            "files": len(results),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
        },
    }


def _file(result: FileResult) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": result.path, "language": result.language}
    if result.encoding is not None:
        entry["encoding"] = result.encoding
    entry["scores"] = result.scores
    entry["stats"] = result.stats
    entry["diagnostics"] = [diagnostic.to_json() for diagnostic in result.diagnostics]
    return entry


def render(results: list[FileResult]) -> str:
    """The report as JSON, one file per line (non-ASCII text kept as is).

    Compact lines use the standard library's fast C encoder, which indented output cannot;
    a line per file keeps large reports quick to write and easy to read and diff.
    """
    report = document(results)
    head = json.dumps({"version": report["version"], "tool": report["tool"]}, ensure_ascii=False)
    lines = ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in report["files"])
    summary = json.dumps(report["summary"])
    files = f"[\n{lines}\n]" if lines else "[]"
    return f'{head[:-1]}, "files": {files}, "summary": {summary}}}'
