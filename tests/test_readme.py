"""Every README snippet works as pasted: configuration, custom rules, sample output, options."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GOOD_EN = ROOT / "corpora" / "en" / "good-management-accountant.md"
BAD_ID = ROOT / "corpora" / "id" / "bad-gaya-panduan-supervisor-gudang.txt"


def section(title: str) -> str:
    """The README text from the heading *title* to the next heading of any level."""
    start = README.index(f"\n{title}\n")
    following = re.search(r"\n#{2,3} ", README[start + len(title) + 2 :])
    end = start + len(title) + 2 + following.start() if following else len(README)
    return README[start:end]


def blocks(text: str, language: str = "") -> list[str]:
    """The fenced code blocks of *text* in *language* ("" for unlabelled ones)."""
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_configuration_example_runs_as_pasted(tmp_path: Path) -> None:
    (config,) = blocks(section("## Configuration"), "yaml")
    (tmp_path / ".jdlint.yaml").write_text(config, encoding="utf-8")
    for draft in (GOOD_EN, BAD_ID):
        shutil.copy(draft, tmp_path / draft.name)
    code, out, err = run("check", "--format", "json", str(tmp_path))
    assert code in (0, 1), err
    fired = {d["rule"] for f in json.loads(out)["files"] for d in f["diagnostics"]}
    assert "JD107" not in fired  # ignored by the example
    assert "JD401" in fired


def test_custom_rules_example_runs_as_pasted(tmp_path: Path) -> None:
    (rules,) = blocks(section("### Your own rules"), "yaml")
    folder = tmp_path / ".jdlint" / "rules"
    folder.mkdir(parents=True)
    (folder / "house.yaml").write_text(rules, encoding="utf-8")
    (config,) = blocks(section("## Configuration"), "yaml")
    (tmp_path / ".jdlint.yaml").write_text(
        config + "rule_paths: [.jdlint/rules]\n", encoding="utf-8"
    )
    draft = tmp_path / "draft.md"
    draft.write_text(
        GOOD_EN.read_text(encoding="utf-8")
        + "\nEvery staff member on Project Falcon logs work in OPS-17.\n",
        encoding="utf-8",
    )
    code, out, err = run("check", "--fail-on", "warning", "--format", "json", str(draft))
    assert code == 1, err
    found = {d["rule"]: d for d in json.loads(out)["files"][0]["diagnostics"]}
    assert {"ACME101", "ACME102"} <= set(found)
    assert found["ACME102"]["fix"] == {"replacement": "team member"}


@pytest.mark.parametrize("index", [0, 1])
def test_sample_output_is_what_jdlint_prints(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = blocks(section("## What it reports"))[index]
    if index == 0:
        draft = shown.splitlines()[0]
    else:
        draft = re.findall(r"`jdlint check (\S+)`", section("## What it reports"))[0]
    monkeypatch.chdir(ROOT)
    _, out, _ = run("check", "--no-color", draft)
    printed = {" ".join(line.split()) for line in out.splitlines()}
    for line in shown.splitlines():
        assert " ".join(line.split()) in printed, line


def test_every_documented_option_exists() -> None:
    (usage,) = [block for block in blocks(section("## Usage")) if "jdlint check" in block]
    commands = {"check": "", "rules": "", "explain": "", "new": ""}
    for command in commands:
        commands[command] = run(command, "--help")[1]
    current = "check"
    for line in usage.splitlines():
        words = line.split()
        if words[:1] == ["jdlint"]:
            current = words[1]
        for option in re.findall(r"(?<![\w`])--[a-z-]+", line.split("#")[0]):
            assert option in commands[current], f"{current} {option}"


def _editor_commands() -> dict[str, list[str]]:
    """The command each editor snippet in the README starts the language server with."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    editors = section("## Editors: the language server")
    (lua,) = blocks(editors, "lua")
    (toml,) = blocks(editors, "toml")
    (settings,) = blocks(editors, "json")
    helix = tomllib.loads(toml)["language-server"]["jdlint"]
    vscode = json.loads(settings)
    return {
        "neovim": re.findall(r'"([^"]+)"', re.search(r"cmd = \{([^}]*)\}", lua)[1]),
        "helix": [helix["command"], *helix["args"]],
        "vscode": [vscode["glspc.server.command"], *vscode["glspc.server.commandArguments"]],
    }


@pytest.mark.parametrize("editor", ["neovim", "helix", "vscode"])
def test_editor_snippets_start_a_language_server(editor: str) -> None:
    import subprocess
    import sys

    command = _editor_commands()[editor]
    assert command[0] == "jdlint"
    # The installed `jdlint` script is this package's CLI; run it through this interpreter.
    process = subprocess.Popen(
        [sys.executable, "-m", "jdlint", *command[1:]],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdin is not None and process.stdout is not None

    def send(message: dict[str, object]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        process.stdin.flush()

    def receive() -> dict[str, object]:
        length = 0
        while (line := process.stdout.readline().strip()) != b"":
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(process.stdout.read(length))

    send({"id": 1, "method": "initialize", "params": {"processId": None, "capabilities": {}}})
    reply = receive()
    send({"id": 2, "method": "shutdown"})
    send({"method": "exit"})
    process.wait(timeout=30)
    capabilities = reply["result"]["capabilities"]
    assert reply["result"]["serverInfo"]["name"] == "jdlint"
    assert capabilities["codeActionProvider"] and capabilities["hoverProvider"]
