"""The golden corpus: each draft in corpora/ with a snapshot of the diagnostics it produces.

The snapshots are a diff aid; what each draft must and must not trigger is declared beside it
in ``<draft>.intent.yaml`` (tests/test_corpus_intent.py). Refresh the snapshots after a change
whose diff is right:

    python tests/corpus.py --refresh
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
sys.path.insert(0, str(ROOT))

from jdlint.config import default_config  # noqa: E402
from jdlint.lint import lint_path  # noqa: E402
from jdlint.paths import find_drafts  # noqa: E402


def drafts() -> list[Path]:
    """Every draft of the corpus."""
    return list(find_drafts(CORPORA))


def expected_path(draft: Path) -> Path:
    """Where a draft's expected diagnostics live."""
    return draft.with_name(draft.name + ".expected.json")


def actual(draft: Path) -> dict[str, Any]:
    """What jdlint reports on *draft* now: language and diagnostics."""
    result = lint_path(draft, default_config(), shown=draft.relative_to(ROOT).as_posix())
    return {
        "language": result.language,
        "diagnostics": [diagnostic.to_json() for diagnostic in result.diagnostics],
    }


def refresh() -> None:
    """Rewrite every expectation file from the current behaviour."""
    for draft in drafts():
        text = json.dumps(actual(draft), indent=2, ensure_ascii=False) + "\n"
        expected_path(draft).write_text(text, encoding="utf-8")
        print(f"wrote {expected_path(draft).relative_to(ROOT)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--refresh"]:
        sys.exit(__doc__)
    refresh()
