"""Problems met while reading a draft are events, reported by the rules of kind ``engine``
that name them: the engine special-cases no rule code."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdlint.api import lint_text
from jdlint.config import Config, config_from_mapping
from jdlint.errors import ConfigError
from jdlint.lint import lint_bytes

_RULE = """\
code: ACME901
name: stale-suppression
kind: engine
severity: error
languages: [en, id]
message: 'Suppression comment "{directive}" silences nothing: delete it'
options:
  event: {event}
"""

_DRAFT = """\
# Warehouse Associate

<!-- jdlint-disable-next-line JD801 -->
Northwind Cold Chain stores chilled food for 40 shops in the valley.

## Responsibilities
- Pick and pack chilled orders
"""


def _config(tmp_path: Path, event: str, settings: dict[str, object] | None = None) -> Config:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "ACME901.yaml").write_text(_RULE.replace("{event}", event), encoding="utf-8")
    return config_from_mapping({"rule_paths": ["rules"], **(settings or {})}, tmp_path / "x.yaml")


def _codes(text: str, config: Config) -> list[str]:
    result = lint_text(text, path="warehouse.md", config=config)
    return [diagnostic.rule for diagnostic in result.diagnostics]


def test_an_event_is_reported_by_every_enabled_rule_that_names_it(tmp_path: Path) -> None:
    config = _config(tmp_path, "unused-suppression")
    codes = _codes(_DRAFT, config)
    assert codes.count("JD902") == 1
    assert codes.count("ACME901") == 1


def test_turning_off_the_builtin_rule_keeps_a_custom_one(tmp_path: Path) -> None:
    config = _config(tmp_path, "unused-suppression", {"ignore": ["JD902"]})
    codes = _codes(_DRAFT, config)
    assert "JD902" not in codes
    assert codes.count("ACME901") == 1


def test_the_unreadable_file_event_reaches_a_custom_rule(tmp_path: Path) -> None:
    config = _config(tmp_path, "unreadable-file")
    result = lint_bytes(b"PK\x03\x04\x00\x00binary\x00", "offer.docx", config)
    assert sorted(diagnostic.rule for diagnostic in result.diagnostics) == ["ACME901", "JD900"]


def test_invalid_front_matter_is_found_in_the_rule_pass(tmp_path: Path) -> None:
    config = _config(tmp_path, "invalid-front-matter")
    draft = "---\ntitle: [unclosed\nlocation: Surabaya\n---\n# Staf Gudang\n\nTugas harian.\n"
    codes = _codes(draft, config)
    assert codes.count("JD903") == 1
    assert codes.count("ACME901") == 1


def test_an_unknown_event_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unused-suppression"):
        _config(tmp_path, "unused-suppresion")
