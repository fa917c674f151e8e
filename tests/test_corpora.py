"""Golden tests: every draft in corpora/ produces exactly its expected diagnostics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus import actual, drafts, expected_path

DRAFTS = drafts()


def test_corpus_has_drafts_in_both_languages() -> None:
    names = [draft.parent.name for draft in DRAFTS]
    assert names.count("en") >= 6
    assert names.count("id") >= 6
    assert any(d.name.startswith("good-") for d in DRAFTS if d.parent.name == "en")
    assert any(d.name.startswith("good-") for d in DRAFTS if d.parent.name == "id")


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: f"{d.parent.name}/{d.name}")
def test_draft_matches_expectations(draft: Path) -> None:
    expected = json.loads(expected_path(draft).read_text(encoding="utf-8"))
    assert actual(draft) == expected, "run `python tests/corpus.py --refresh` if intended"


@pytest.mark.parametrize(
    "draft",
    [d for d in DRAFTS if d.name.startswith("good-")],
    ids=lambda d: f"{d.parent.name}/{d.name}",
)
def test_good_draft_has_no_warning_or_error(draft: Path) -> None:
    found = actual(draft)
    assert found["language"] == draft.parent.name
    serious = [d for d in found["diagnostics"] if d["severity"] in ("error", "warning")]
    assert serious == []


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: f"{d.parent.name}/{d.name}")
def test_language_is_detected(draft: Path) -> None:
    assert actual(draft)["language"] == draft.parent.name
