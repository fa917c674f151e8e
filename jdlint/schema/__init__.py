"""The JSON Schema of ``jdlint check --format json`` output, shipped with the package."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any


def output_schema() -> dict[str, Any]:
    """The output schema (JSON Schema draft 2020-12) as a mapping."""
    text = files(__name__).joinpath("output.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
