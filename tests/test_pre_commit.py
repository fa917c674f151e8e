"""The pre-commit hook, end to end: the real `pre-commit` runs jdlint's hook in a role repo."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from jdlint.paths import find_drafts

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "corpora" / "en" / "good-management-accountant.md"
FLAWED = ROOT / "corpora" / "id" / "bad-gaya-panduan-supervisor-gudang.txt"
NOT_DRAFTS = ("README.md", "CHANGELOG.md", "LICENSE.txt", "CONTRIBUTING.md", "docs/README.md")

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="needs git and a git checkout of jdlint",
)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pre_commit")
    return tmp_path_factory.mktemp("pre-commit-home")


def role_repo(path: Path, drafts: list[Path]) -> Path:
    """A git repo holding *drafts* beside a README, CHANGELOG, LICENSE and CONTRIBUTING file."""
    git(path, "init", "-q")
    for draft in drafts:
        shutil.copy(draft, path / draft.name)
    for name in NOT_DRAFTS:
        (path / name).parent.mkdir(exist_ok=True)
        (path / name).write_text("# Our roles\n\nHow we write job descriptions.\n")
    git(path, "add", "-A")
    return path


def run_hook(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """`pre-commit try-repo` on jdlint's working tree: the hook as a role repo would get it."""
    environment = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "jdlint", "--all-files"]
    return subprocess.run(command, cwd=repo, env=environment, capture_output=True, text=True)


def test_hook_passes_a_good_draft_beside_repository_documents(
    tmp_path: Path, pre_commit_home: Path
) -> None:
    result = run_hook(role_repo(tmp_path, [GOOD]), pre_commit_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "jdlint" in result.stdout and "Passed" in result.stdout


def test_hook_fails_a_flawed_draft_and_names_it(tmp_path: Path, pre_commit_home: Path) -> None:
    result = run_hook(role_repo(tmp_path, [GOOD, FLAWED]), pre_commit_home)
    assert result.returncode == 1
    assert FLAWED.name in result.stdout
    assert "JD401" in result.stdout
    assert "README.md" not in result.stdout


def test_hook_skips_what_folder_walks_skip(tmp_path: Path) -> None:
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]
    role_repo(tmp_path, [GOOD])
    walked = {path.relative_to(tmp_path).as_posix() for path in find_drafts(tmp_path)}
    assert walked == {GOOD.name}
    for name in NOT_DRAFTS:
        assert re.search(hook["exclude"], name), name
    assert not re.search(hook["exclude"], "roles/technical-writer.md")


def test_readme_snippet_is_the_hook_this_repository_offers() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Pre-commit", 1)[1]
    snippet = section.split("```yaml", 1)[1].split("```", 1)[0]
    repo = yaml.safe_load(snippet)["repos"][0]
    offered = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert repo["hooks"] == [{"id": hook["id"]} for hook in offered]
    assert set(repo) == {"repo", "rev", "hooks"}
