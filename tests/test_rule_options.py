"""Typed rule options: a typo in a custom rule's option key or value stops the run (exit 2)
with the file, the rule, the key and a "did you mean"; valid custom rules still fire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import cli
from jdlint.kinds import KINDS
from jdlint.kinds.base import Option, Vocabulary
from jdlint.rules import builtin_rules

# A posting pasted from a job board: a company blurb, duties as a list, requirements.
DRAFT = """\
# Warehouse Supervisor

Northwind Pallets moves furniture for shops across the island.

## Responsibilities

- Plan the night shift for a team of twelve.
- Check inbound loads against the manifest.
- Report damaged stock to the claims desk.
- Train new pickers on the scanners.

## Requirements

- Two years of warehouse experience.
- Forklift licence.
"""

DRAFT_ID = """\
# Supervisor Gudang

PT Cahaya Rak adalah distributor perabot rumah tangga di Surabaya.

## Tanggung Jawab

- Menyusun jadwal shift malam untuk dua belas orang.
- Memeriksa muatan masuk sesuai manifes.
- Melaporkan barang rusak ke bagian klaim.
- Melatih karyawan baru memakai pemindai.

## Kualifikasi

- Pengalaman gudang dua tahun.
"""

RULE_HEAD = (
    "code: ACME301\nname: short-duty-lists\nseverity: warning\nlanguages: [en, id]\n"
    "message: 'List has {count} items'\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def lint_with_rule(tmp_path: Path, rule: str, draft: str = DRAFT) -> tuple[int, str, str]:
    """Lint *draft* with one custom rule in a rule folder named by a configuration file."""
    folder = tmp_path / "house-rules"
    folder.mkdir(exist_ok=True)
    (folder / "acme.yaml").write_text(rule, encoding="utf-8")
    config = tmp_path / ".jdlint.yaml"
    config.write_text("rule_paths: [house-rules]\n", encoding="utf-8")
    target = tmp_path / "posting.md"
    target.write_text(draft, encoding="utf-8")
    return run("check", "--format", "json", "--config", str(config), str(target))


# (the rule's kind and options, the key the message names, the word it names, the meaning)
TYPOS = [
    ("kind: item-count\noptions:\n  per: lsit\n  max_items: 3\n", "per", "lsit", "list"),
    (
        "kind: unit-length\noptions:\n  units: bulets\n  max_words: 3\n",
        "units",
        "bulets",
        "bullets",
    ),
    (
        "kind: item-count\noptions:\n  sections: [responsibilites]\n  max_items: 3\n",
        "sections",
        "responsibilites",
        "responsibilities",
    ),
    ("kind: item-count\noptions:\n  max_itmes: 3\n", "max_itmes", "max_itmes", "max_items"),
    (
        "kind: item-count\noptions:\n  max_items: {en: 3, idn: 4}\n",
        "max_items",
        "idn",
        "id",
    ),
    (
        "kind: pattern\noptions:\n  patterns: [{pattern: 'night shift', mesage: Hm}]\n",
        "patterns",
        "mesage",
        "message",
    ),
    (
        "kind: pattern\noptions:\n  patterns: [forklift]\n  unless_scope: setcion\n",
        "unless_scope",
        "setcion",
        "section",
    ),
    (
        "kind: required\noptions:\n  of: details\n  fields: [locaton]\n",
        "fields",
        "locaton",
        "location",
    ),
    ("kind: required\noptions:\n  of: detials\n", "of", "detials", "details"),
    (
        "kind: presence\noptions:\n  patterns: [salary]\n  anchor: benfits\n",
        "anchor",
        "benfits",
        "benefits",
    ),
    ("kind: section-order\noptions:\n  order: [sumary, benefits]\n", "order", "sumary", "summary"),
    (
        "kind: metric\noptions:\n  metric: readabilty\n  min: 50\n",
        "metric",
        "readabilty",
        "readability",
    ),
]


@pytest.mark.parametrize(("body", "key", "word", "meant"), TYPOS)
def test_a_typo_in_an_option_key_or_value_is_exit_2_with_did_you_mean(
    tmp_path: Path, body: str, key: str, word: str, meant: str
) -> None:
    code, out, err = lint_with_rule(tmp_path, RULE_HEAD + body)
    assert code == 2, err
    assert out == ""
    assert str(tmp_path / "house-rules" / "acme.yaml") in err
    assert "ACME301" in err and f"'{key}'" in err and f"'{word}'" in err
    assert f'did you mean "{meant}"' in err
    assert "Traceback" not in err


# (the rule's kind and options, what the message must say)
WRONG_TYPES = [
    ("kind: item-count\noptions:\n  max_items: three\n", "must be a whole number, got 'three'"),
    ("kind: item-count\noptions:\n  sections: responsibilities\n", "must be a list of text"),
    ("kind: item-count\noptions:\n  sections: [7]\n  max_items: 3\n", "got 7 in it"),
    ("kind: pattern\noptions:\n  patterns: [forklift]\n  in_headings: 'no'\n", "true or false"),
    ("kind: leading-verb\noptions:\n  verbs: [[plan]]\n", "must be a list of text"),
]


@pytest.mark.parametrize(("body", "said"), WRONG_TYPES)
def test_an_option_of_the_wrong_type_is_exit_2_naming_the_type(
    tmp_path: Path, body: str, said: str
) -> None:
    code, _, err = lint_with_rule(tmp_path, RULE_HEAD + body)
    assert code == 2, err
    assert "acme.yaml" in err and "ACME301" in err and said in err


def test_a_typo_in_a_rule_language_is_exit_2_with_did_you_mean(tmp_path: Path) -> None:
    rule = RULE_HEAD.replace("[en, id]", "[en, ind]") + "kind: item-count\n"
    code, _, err = lint_with_rule(tmp_path, rule)
    assert code == 2
    assert "ACME301" in err and "'languages'" in err and 'did you mean "id"' in err


def test_a_typo_in_an_example_s_options_is_exit_2_with_did_you_mean(tmp_path: Path) -> None:
    rule = RULE_HEAD + (
        "kind: item-count\noptions:\n  max_items: 6\nexamples:\n  en:\n    fail:\n"
        '      - text: "- a\\n- b\\n- c\\n"\n        options: {max_itemz: 2}\n'
    )
    code, _, err = lint_with_rule(tmp_path, rule)
    assert code == 2
    assert "acme.yaml" in err and "ACME301" in err and 'did you mean "max_items"' in err


def test_a_typo_in_a_builtin_rule_override_is_exit_2_with_did_you_mean(tmp_path: Path) -> None:
    config = tmp_path / ".jdlint.yaml"
    config.write_text("rules:\n  JD301: {per: secton}\n", encoding="utf-8")
    (tmp_path / "posting.md").write_text(DRAFT, encoding="utf-8")
    code, _, err = run("check", "--config", str(config), str(tmp_path / "posting.md"))
    assert code == 2
    assert str(config) in err and "JD301" in err and "'per'" in err
    assert 'did you mean "section"' in err


def fired(out: str, code: str) -> list[int]:
    """The lines at which rule *code* fired in JSON output."""
    diagnostics = json.loads(out)["files"][0]["diagnostics"]
    return [d["line"] for d in diagnostics if d["rule"] == code]


@pytest.mark.parametrize(("draft", "fourth_duty"), [(DRAFT, "- Train"), (DRAFT_ID, "- Melatih")])
def test_a_valid_custom_rule_with_typed_options_still_fires(
    tmp_path: Path, draft: str, fourth_duty: str
) -> None:
    rule = RULE_HEAD + (
        "kind: item-count\noptions:\n  per: section\n  sections: [responsibilities]\n"
        "  max_items: {en: 3, id: 3}\n"
    )
    code, out, err = lint_with_rule(tmp_path, rule, draft)
    assert code in (0, 1), err
    lines = draft.splitlines()
    over = next(number for number, line in enumerate(lines, 1) if line.startswith(fourth_duty))
    assert fired(out, "ACME301") == [over]


def test_every_builtin_rule_passes_the_typed_checks() -> None:
    for rule in builtin_rules():
        for key, value in rule.options.items():
            spec = rule.kind.options[key]
            values = (
                value.values()
                if isinstance(value, dict) and set(value) <= {"en", "id"}
                else [value]
            )
            for item in values:
                assert spec.problem(item) is None, (rule.code, key)


def test_every_option_declares_a_meaning_and_lists_declare_their_items() -> None:
    for kind in KINDS.values():
        for name, option in kind.options.items():
            assert option.help, (kind.name, name)
            assert option.problem(option.default) is None, (kind.name, name)
            if option.type is list or (isinstance(option.type, tuple) and list in option.type):
                assert option.items is not None, (kind.name, name)


def test_allowed_values_from_data_are_read_only_when_a_value_is_checked() -> None:
    loads: list[str] = []

    def names() -> list[str]:
        loads.append("read")
        return ["summary", "benefits"]

    option = Option(
        list, None, "sections", items=str, choices=Vocabulary("section", "a test", names)
    )
    assert option.problem(None) is None and loads == []
    assert option.problem(["benefits"]) is None
    assert 'did you mean "benefits"' in (option.problem(["benfits"]) or "")
    assert option.problem([True]) == "must be a list of text, got True in it"
