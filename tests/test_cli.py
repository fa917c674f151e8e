"""The command line: exit codes, formats, selection, configuration errors, stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import cli
from jdlint.schema import output_schema

ROOT = Path(__file__).resolve().parent.parent
GOOD_EN = ROOT / "corpora" / "en" / "good-management-accountant.md"
BAD_ID = ROOT / "corpora" / "id" / "bad-gaya-panduan-supervisor-gudang.txt"

PLACEHOLDER_DRAFT = "Analyst\n\nLocation: [Insert location]\n"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_clean_draft_exits_zero() -> None:
    code, out, _ = run("check", str(GOOD_EN))
    assert code == 0
    assert "clean" in out


def test_error_exits_one_and_names_rule() -> None:
    code, out, _ = run("check", "--no-color", str(BAD_ID))
    assert code == 1
    assert "JD401" in out and "unfilled-placeholder" in out


def test_path_without_subcommand_means_check() -> None:
    assert run(str(BAD_ID))[0] == 1


def test_fail_on_sets_the_lowest_failing_severity() -> None:
    # JD107 (missing equal-opportunity statement) is an info on this draft.
    assert run("check", "--select", "JD107", str(BAD_ID))[0] == 0
    assert run("check", "--select", "JD107", "--fail-on", "warning", str(BAD_ID))[0] == 0
    assert run("check", "--select", "JD107", "--fail-on", "info", str(BAD_ID))[0] == 1


def test_json_output_validates_against_shipped_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    code, out, _ = run("check", "--format", "json", str(BAD_ID), str(GOOD_EN))
    document = json.loads(out)
    jsonschema.validate(document, output_schema())
    assert code == 1
    assert document["summary"]["files"] == 2
    assert document["files"][0]["language"] == "id"


def test_sarif_output_validates_against_the_official_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip("../shared/schemas is not available")
    _, out, _ = run("check", "--format", "sarif", str(BAD_ID), str(GOOD_EN))
    document = json.loads(out)
    jsonschema.validate(document, json.loads(schema_path.read_text(encoding="utf-8")))
    results = document["runs"][0]["results"]
    assert any(r["ruleId"] == "JD401" and r["level"] == "error" for r in results)
    assert any(r["level"] == "note" for r in results)


def test_github_annotations() -> None:
    _, out, _ = run("check", "--format", "github", str(BAD_ID))
    lines = out.splitlines()
    assert any(line.startswith("::error file=") and "JD401" in line for line in lines)
    assert any(line.startswith("::notice file=") for line in lines)


def test_select_and_ignore_prefixes() -> None:
    _, out, _ = run("check", "--format", "json", "--select", "JD4", str(BAD_ID))
    codes = {d["rule"] for d in json.loads(out)["files"][0]["diagnostics"]}
    assert codes == {"JD401"}
    _, out, _ = run("check", "--format", "json", "--ignore", "JD4,JD1", str(BAD_ID))
    codes = {d["rule"] for d in json.loads(out)["files"][0]["diagnostics"]}
    assert codes and not any(code.startswith(("JD4", "JD1")) for code in codes)


def test_unknown_select_code_is_usage_error() -> None:
    code, _, err = run("check", "--select", "JD999", str(BAD_ID))
    assert code == 2
    assert "JD999" in err


def test_stdin_filename() -> None:
    code, out, _ = run(
        "check", "--format", "json", "--stdin-filename", "roles/a.txt", stdin=PLACEHOLDER_DRAFT
    )
    document = json.loads(out)
    assert code == 1
    assert document["files"][0]["path"] == "roles/a.txt"
    slot = next(d for d in document["files"][0]["diagnostics"] if d["rule"] == "JD401")
    assert (slot["line"], slot["column"], slot["end_column"]) == (3, 11, 28)


def test_dash_reads_stdin() -> None:
    code, out, _ = run("check", "--format", "json", "-", stdin=PLACEHOLDER_DRAFT)
    assert json.loads(out)["files"][0]["path"] == "-"
    assert code == 1


def test_config_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    config = tmp_path / ".jdlint.yaml"
    config.write_text("selct: [JD4]\n", encoding="utf-8")
    draft = tmp_path / "a.txt"
    draft.write_text(PLACEHOLDER_DRAFT, encoding="utf-8")
    code, _, err = run("check", str(draft))
    assert code == 2
    assert str(config) in err and "selct" in err and 'did you mean "select"' in err


def test_config_discovered_and_applied(tmp_path: Path) -> None:
    (tmp_path / ".jdlint.yaml").write_text(
        "ignore: [JD401]\nseverity: {JD106: error}\nrules:\n  JD704: {min_words: 2}\n",
        encoding="utf-8",
    )
    roles = tmp_path / "roles"
    roles.mkdir()
    (roles / "a.txt").write_text(PLACEHOLDER_DRAFT, encoding="utf-8")
    code, out, _ = run("check", "--format", "json", str(tmp_path))
    diagnostics = json.loads(out)["files"][0]["diagnostics"]
    codes = {d["rule"]: d["severity"] for d in diagnostics}
    assert "JD401" not in codes and "JD704" not in codes
    assert codes["JD106"] == "error"
    assert code == 1


def test_pyproject_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.jdlint]\nselect = ["JD401"]\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(PLACEHOLDER_DRAFT, encoding="utf-8")
    _, out, _ = run("check", "--format", "json", str(tmp_path / "a.txt"))
    assert {d["rule"] for d in json.loads(out)["files"][0]["diagnostics"]} == {"JD401"}


def test_config_unknown_rule_in_options(tmp_path: Path) -> None:
    (tmp_path / ".jdlint.yaml").write_text("rules:\n  JD3O1: {max_bullets: 6}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(PLACEHOLDER_DRAFT, encoding="utf-8")
    code, _, err = run("check", str(tmp_path / "a.txt"))
    assert code == 2 and "JD3O1" in err


def test_config_unknown_rule_option(tmp_path: Path) -> None:
    (tmp_path / ".jdlint.yaml").write_text("rules:\n  JD301: {max_bullet: 6}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(PLACEHOLDER_DRAFT, encoding="utf-8")
    code, _, err = run("check", str(tmp_path / "a.txt"))
    assert code == 2 and "max_bullet" in err and "max_items" in err


def test_custom_rules_from_rule_paths(tmp_path: Path) -> None:
    rules = tmp_path / ".jdlint" / "rules"
    rules.mkdir(parents=True)
    (rules / "acme.yaml").write_text(
        "code: ACME101\nname: internal-codename\nkind: pattern\nseverity: warning\n"
        "languages: [en, id]\nmessage: 'Internal codename \"{match}\"'\n"
        "options:\n  patterns: ['\\bProject Falcon\\b']\n"
        "---\n"
        "code: ACME102\nname: house-terms\nkind: terms\nseverity: info\nlanguages: [en]\n"
        'message: \'Prefer "{suggestion}" to "{match}"\'\n'
        'options:\n  terms: {"staff member": "team member"}\n  fix: true\n',
        encoding="utf-8",
    )
    (tmp_path / ".jdlint.yaml").write_text("rule_paths: [.jdlint/rules]\n", encoding="utf-8")
    draft = tmp_path / "a.md"
    draft.write_text("# Analyst\n\nJoin Project Falcon as a staff member.\n", encoding="utf-8")
    _, out, _ = run("check", "--format", "json", str(draft))
    found = {d["rule"]: d for d in json.loads(out)["files"][0]["diagnostics"]}
    assert found["ACME101"]["message"] == 'Internal codename "Project Falcon"'
    assert found["ACME102"]["fix"] == {"replacement": "team member"}
    assert (found["ACME102"]["column"], found["ACME102"]["end_column"]) == (26, 38)


def _check_with_rule_file(tmp_path: Path, rule_yaml: str) -> tuple[int, str]:
    """Run jdlint in a repository whose .jdlint.yaml loads *rule_yaml*; return code and stderr."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text(rule_yaml, encoding="utf-8")
    (tmp_path / ".jdlint.yaml").write_text("rule_paths: [rules]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x\n", encoding="utf-8")
    code, _, err = run("check", str(tmp_path / "a.txt"))
    return code, err


def test_invalid_custom_rule_names_file_rule_and_field(tmp_path: Path) -> None:
    code, err = _check_with_rule_file(
        tmp_path,
        "code: ACME101\nname: x\nkind: pattern\nseverity: loud\nlanguages: [en]\nmessage: m\n"
        "options: {patterns: ['a']}\n",
    )
    assert code == 2 and "bad.yaml" in err and "ACME101" in err and "severity" in err


def test_invalid_custom_regex_is_configuration_error(tmp_path: Path) -> None:
    code, err = _check_with_rule_file(
        tmp_path,
        "code: ACME101\nname: broken\nkind: pattern\nseverity: info\nlanguages: [en]\nmessage: m\n"
        "options: {patterns: ['(unclosed']}\n",
    )
    assert code == 2 and "ACME101" in err and "(unclosed" in err


def test_inline_suppression_and_unknown_code(tmp_path: Path) -> None:
    draft = tmp_path / "a.md"
    draft.write_text(
        "# Analyst\n\n<!-- jdlint-disable-next-line JD401 -->\nLocation: [Insert location]\n\n"
        "<!-- jdlint-disable-file JD999 -->\n",
        encoding="utf-8",
    )
    _, out, _ = run("check", "--format", "json", str(draft))
    codes = [d["rule"] for d in json.loads(out)["files"][0]["diagnostics"]]
    assert "JD401" not in codes
    assert "JD901" in codes


def test_binary_file_is_jd900_and_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b.txt").write_text(PLACEHOLDER_DRAFT, encoding="utf-8")
    code, out, _ = run("check", "--format", "json", str(tmp_path))
    files = json.loads(out)["files"]
    assert [d["rule"] for d in files[0]["diagnostics"]] == ["JD900"]
    assert "JD401" in {d["rule"] for d in files[1]["diagnostics"]}
    assert code == 1


def test_rules_and_explain() -> None:
    code, out, _ = run("rules", "--format", "json")
    listed = json.loads(out)
    assert code == 0 and any(rule["code"] == "JD401" for rule in listed)
    code, out, _ = run("explain", "JD401")
    assert code == 0 and "unfilled-placeholder" in out and "Fires on (id)" in out
    code, out, _ = run("explain", "unfilled-placeholder")
    assert code == 0 and "JD401" in out
    code, out, _ = run("explain", "readability")
    assert code == 0 and "Harjasujana" in out and "Flesch" in out
    assert run("explain", "JD999")[0] == 2


def test_no_colour_when_not_a_terminal() -> None:
    _, out, _ = run("check", str(BAD_ID))
    assert "\x1b[" not in out


def test_parallel_run_reports_exactly_what_one_process_does() -> None:
    corpus = str(ROOT / "corpora")
    args = ("check", "--format", "json", corpus)
    single = subprocess.run(
        [sys.executable, "-m", "jdlint", *args, "--jobs", "1"], capture_output=True, text=True
    )
    parallel = subprocess.run(
        [sys.executable, "-m", "jdlint", *args, "--jobs", "2"], capture_output=True, text=True
    )
    assert single.returncode == parallel.returncode == 1
    assert len(json.loads(single.stdout)["files"]) >= 32  # enough files for the workers
    assert parallel.stdout == single.stdout


def _on_a_terminal(*args: str, environment: dict[str, str]) -> str:
    """The output of `jdlint ARGS` with standard output on a pseudo-terminal."""
    pty = pytest.importorskip("pty")
    os = pytest.importorskip("os")
    leader, follower = pty.openpty()
    subprocess.run(
        [sys.executable, "-m", "jdlint", *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env=environment,
        check=False,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks).decode()


def test_colour_on_a_terminal_unless_no_color_is_set() -> None:
    import os

    environment = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    assert "\x1b[" in _on_a_terminal("check", str(BAD_ID), environment=environment)
    plain = _on_a_terminal("check", str(BAD_ID), environment={**environment, "NO_COLOR": "1"})
    assert "JD401" in plain and "\x1b[" not in plain


def test_a_mistyped_command_is_a_usage_error() -> None:
    code, _, err = run("chek", str(GOOD_EN))
    assert code == 2
    assert "Did you mean 'check'?" in err
    # A real file of that name is a draft, as `jdlint PATH` promises.
    assert run(str(GOOD_EN))[0] == 0


def test_a_file_named_twice_is_linted_once(tmp_path: Path) -> None:
    twice = str(GOOD_EN.parent / ".." / "en" / GOOD_EN.name)
    code, out, _ = run("check", "--format", "json", str(GOOD_EN), twice, str(BAD_ID))
    assert code == 1
    assert [file["path"] for file in json.loads(out)["files"]] == [str(GOOD_EN), str(BAD_ID)]


def test_exclude_applies_to_named_files_with_force_exclude(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    old = archive / "old.txt"
    old.write_text(BAD_ID.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".jdlint.yaml").write_text('exclude: ["archive/**"]\n', encoding="utf-8")
    assert run("check", str(old))[0] == 1
    code, out, _ = run("check", "--force-exclude", "--format", "json", str(old))
    assert code == 0
    assert json.loads(out)["files"] == []
    assert run("check", str(tmp_path))[0] == 0


def test_no_scores_is_for_text_output_only() -> None:
    _, text, _ = run("check", "--no-scores", str(GOOD_EN))
    assert "scores:" not in text
    _, out, _ = run("check", "--no-scores", "--format", "json", str(GOOD_EN))
    assert json.loads(out)["files"][0]["scores"]["completeness"] == 100


def test_select_narrows_builtin_rules_and_keeps_custom_ones(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "acme.yaml").write_text(
        "code: ACME101\nname: codename\nkind: pattern\nseverity: error\nlanguages: [en, id]\n"
        "message: 'Codename \"{match}\"'\noptions:\n  patterns: ['\\bProject Falcon\\b']\n"
        "---\ncode: ACME102\nname: tickets\nkind: pattern\nseverity: error\n"
        "languages: [en, id]\nmessage: 'Ticket \"{match}\"'\n"
        "options:\n  patterns: ['\\bOPS-\\d+\\b']\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.md"
    draft.write_text(GOOD_EN.read_text(encoding="utf-8") + "\nProject Falcon, OPS-12.\n")

    def fired(config: str) -> set[str]:
        (tmp_path / ".jdlint.yaml").write_text(config, encoding="utf-8")
        code, out, err = run("check", "--format", "json", str(draft))
        assert code in (0, 1), err
        return {d["rule"] for d in json.loads(out)["files"][0]["diagnostics"]}

    assert {"ACME101", "ACME102"} <= fired("rule_paths: [rules]\nselect: [JD]\n")
    assert fired("rule_paths: [rules]\nselect: [JD1, ACME101]\n") & {"ACME101", "ACME102"} == {
        "ACME101"
    }
    assert "ACME101" not in fired("rule_paths: [rules]\nselect: [JD]\nignore: [ACME101]\n")
    fired_with_extend = fired("rule_paths: [rules]\nselect: [JD7]\nextend_select: [JD401]\n")
    assert {"ACME101", "ACME102"} <= fired_with_extend


def test_extend_select_adds_to_select() -> None:
    from jdlint.config import config_from_mapping

    config = config_from_mapping({"select": ["JD7"], "extend_select": ["JD401"]}, None)
    enabled = {rule.code for rule in config.rules if config.enabled(rule)}
    assert "JD401" in enabled and "JD701" in enabled
    assert not enabled & {"JD101", "JD303", "JD501", "JD402"}


def test_explain_a_kind_shows_its_purpose_options_and_an_example() -> None:
    from jdlint.kinds import KINDS

    code, out, _ = run("explain", "pattern")
    assert code == 0
    assert out.startswith("kind pattern")
    assert "patterns (a list of text or mappings; required; a mapping item holds fix" in out
    assert 'unless_scope (text; default "document"; one of unit, item, section, document)' in out
    assert "Rules of this kind: JD401" in out and "Example: " in out
    for name, kind in KINDS.items():
        code, out, _ = run("explain", f"kind:{name}")
        assert code == 0, name
        assert out.startswith(f"kind {name}\n")
        assert all(f"  {option} (" in out for option in kind.options), name


def test_explain_a_kind_lists_allowed_values_and_an_example_rule_as_written() -> None:
    code, out, _ = run("explain", "item-count")
    assert code == 0
    assert 'per (text; default "list"; one of list, section)' in out
    assert "each one of the sections title, summary, responsibilities," in out
    assert "(rules/data/sections.yaml)" in out
    example = out[out.index("Example: ") :]
    # The rule as its YAML file says it: the options it sets, not every default.
    assert "kind: item-count" in example and "message:" in example
    assert "skip_lists_after" not in example


def test_explain_a_name_that_is_a_rule_and_a_kind_shows_the_rule_and_points_at_the_kind() -> None:
    code, out, _ = run("explain", "duplicate-bullet")
    assert code == 0
    assert out.startswith("JD305 duplicate-bullet")
    assert "`jdlint explain kind:duplicate-bullet`" in out
    assert run("explain", "JD305")[1].startswith("JD305 duplicate-bullet")
    assert "kind:" not in run("explain", "JD305")[1]
    assert run("explain", "kind:no-such-kind")[0] == 2
