"""Snapshots, a diff aid: every draft in corpora/ produces the diagnostics recorded beside it.

What is right is declared in each draft's ``.intent.yaml`` and checked by
tests/test_corpus_intent.py; these snapshots show everything a change to jdlint changed.
"""

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
    assert actual(draft) == expected, "if the diff is right: `python tests/corpus.py --refresh`"


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
