"""SARIF 2.1.0 for code-scanning tools (``--format sarif``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

import jdlint
from jdlint.diagnostics import Diagnostic
from jdlint.explain import PROJECT_URL
from jdlint.results import FileResult
from jdlint.rules import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def log(results: list[FileResult], rules: Sequence[Rule]) -> dict[str, Any]:
    """The SARIF log: one run, the *rules* as the driver's rules, one result per diagnostic."""
    indexes = {rule.code: index for index, rule in enumerate(rules)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "jdlint",
                        "version": jdlint.__version__,
                        "informationUri": PROJECT_URL,
                        "rules": [_rule(rule) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [
                    _result(diagnostic, artifact_uri(result.path), indexes.get(diagnostic.rule))
                    for result in results
                    for diagnostic in result.diagnostics
                ],
            }
        ],
    }


def _rule(rule: Rule) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
    }
    why = str(rule.docs.get("why") or "").strip()
    if why:
        entry["fullDescription"] = {"text": why}
    entry["defaultConfiguration"] = {"level": _LEVELS[rule.severity]}
    fix = str(rule.docs.get("fix") or "").strip()
    if fix:
        entry["help"] = {"text": fix}
    return entry


def _result(diagnostic: Diagnostic, uri: str, index: int | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"ruleId": diagnostic.rule}
    if index is not None:
        entry["ruleIndex"] = index
    entry["level"] = _LEVELS.get(diagnostic.severity, "note")
    entry["message"] = {"text": diagnostic.message}
    region = {
        "startLine": diagnostic.line,
        "startColumn": diagnostic.column,
        "endLine": diagnostic.end_line,
        "endColumn": diagnostic.end_column,
    }
    entry["locations"] = [
        {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}
    ]
    if diagnostic.replacement is not None:
        entry["fixes"] = [_fix(uri, region, diagnostic.replacement)]
    return entry


def _fix(uri: str, region: dict[str, int], replacement: str) -> dict[str, Any]:
    """A SARIF fix: replace the diagnostic's region with *replacement*."""
    return {
        "description": {"text": f'Replace with "{replacement}"'},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": uri},
                "replacements": [
                    {"deletedRegion": dict(region), "insertedContent": {"text": replacement}}
                ],
            }
        ],
    }


def artifact_uri(path: str) -> str:
    """A URI reference for *path*: relative with forward slashes, or ``file://`` if absolute."""
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else quote(pure.as_posix())


def render(results: list[FileResult], rules: Sequence[Rule]) -> str:
    """The SARIF log as indented JSON."""
    return json.dumps(log(results, rules), indent=2, ensure_ascii=False)
