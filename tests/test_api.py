"""The public Python API: jdlint.lint_text, jdlint.load_config, jdlint.rules."""

from __future__ import annotations

from pathlib import Path

import pytest

import jdlint
from jdlint.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
BAD_ID = ROOT / "corpora" / "id" / "bad-gaya-panduan-supervisor-gudang.txt"
# A short English-looking draft whose own settings say it is Indonesian.
DECLARED_ID = """---
jdlint: {language: id}
---
# Sales Executive

- Follow up leads from the website.
"""


def test_lint_text_reports_what_the_command_line_reports() -> None:
    text = BAD_ID.read_text(encoding="utf-8")
    result = jdlint.lint_text(text, path=str(BAD_ID))
    assert isinstance(result, jdlint.FileResult)
    assert result.language == "id"
    rules = {d.rule for d in result.diagnostics}
    assert {"JD401", "JD301"} <= rules
    assert result.scores is not None and result.scores["completeness"] < 100


def test_diagnostics_carry_offsets_into_the_text() -> None:
    text = BAD_ID.read_text(encoding="utf-8")
    result = jdlint.lint_text(text, path=str(BAD_ID))
    (slot,) = [d for d in result.diagnostics if "[Tentukan lokasi]" in d.message]
    assert text[slot.offset : slot.end_offset] == "[Tentukan lokasi]"
    lines = text.split("\n")
    assert lines[slot.line - 1][slot.column - 1 : slot.end_column - 1] == "[Tentukan lokasi]"


def test_syntax_and_language_choose_how_text_is_read() -> None:
    pasted = (
        "Staf Gudang\n\nTanggung Jawab:\nMencatat barang masuk dan keluar\n"
        "Menyusun laporan stok mingguan\nMemeriksa kiriman dari pemasok\n"
    )
    as_text = jdlint.lint_text(pasted, syntax="text", language="id")
    as_markdown = jdlint.lint_text(pasted, syntax="markdown", language="id")
    assert as_text.language == as_markdown.language == "id"
    assert as_text.stats is not None and as_text.stats["bullets"] == 3
    assert as_markdown.stats is not None and as_markdown.stats["bullets"] == 0
    with pytest.raises(ValueError, match="syntax"):
        jdlint.lint_text(pasted, syntax="docx")
    with pytest.raises(ValueError, match="language"):
        jdlint.lint_text(pasted, language="fr")


def test_front_matter_settings_apply_before_the_draft_is_read() -> None:
    assert jdlint.lint_text(DECLARED_ID, path="sales.md").language == "id"
    undeclared = DECLARED_ID.replace("jdlint: {language: id}", "title: Sales Executive")
    assert jdlint.lint_text(undeclared, path="sales.md").language == "en"


def test_load_config_walks_up_from_a_draft_or_a_folder(tmp_path: Path) -> None:
    (tmp_path / ".jdlint.yaml").write_text("ignore: [JD107]\n", encoding="utf-8")
    roles = tmp_path / "roles"
    roles.mkdir()
    for start in (roles, roles / "sales.md"):
        config = jdlint.load_config(start)
        jd107 = config.rule("JD107")
        assert jd107 is not None and not config.enabled(jd107)
    draft = "# Sales Executive\n\nYou will sell our coffee to cafes.\n"
    found = {d.rule for d in jdlint.lint_text(draft, path=roles / "sales.md").diagnostics}
    assert "JD107" not in found
    assert "JD107" in {d.rule for d in jdlint.lint_text(draft).diagnostics}
    (tmp_path / ".jdlint.yaml").write_text("ignroe: [JD107]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="ignroe"):
        jdlint.load_config(roles)


def test_rules_lists_every_rule_with_its_docs() -> None:
    listed = {rule.code: rule for rule in jdlint.rules()}
    assert {"JD101", "JD401", "JD503", "JD904"} <= set(listed)
    assert listed["JD401"].name == "unfilled-placeholder"
    assert listed["JD401"].docs["why"]


def test_caches_stay_bounded_when_the_configuration_keeps_changing() -> None:
    from jdlint.config import config_from_mapping
    from jdlint.rules import MAX_OPTION_SETS

    draft = "# Sales Executive\n\n## Responsibilities\n\n" + "- Visit clients.\n" * 8
    for limit in range(1, 3 * MAX_OPTION_SETS):
        config = config_from_mapping({"rules": {"JD301": {"max_items": limit}}}, None)
        found = jdlint.lint_text(draft, config=config, language="en").diagnostics
        assert any(d.rule == "JD301" for d in found) == (limit < 8)
    rule = config.rule("JD301")
    assert rule is not None
    assert len(rule._prepared) <= MAX_OPTION_SETS
    assert len(rule._options) <= MAX_OPTION_SETS


def test_a_configuration_sent_to_another_process_lints_the_same() -> None:
    import pickle

    draft = ROOT / "corpora" / "en" / "bad-bias-sales-executive.md"
    text = draft.read_text(encoding="utf-8")
    config = jdlint.load_config(draft)
    copied = pickle.loads(pickle.dumps(config))
    here = jdlint.lint_text(text, path=str(draft), config=config)
    there = jdlint.lint_text(text, path=str(draft), config=copied)
    assert there.diagnostics == here.diagnostics
    assert there.scores == here.scores
    assert here.scores is not None and here.scores["gender_coding"] is not None
    assert pickle.loads(pickle.dumps(here)) == here
