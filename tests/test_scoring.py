"""The scoring pass reads the facts rules publish, on their built-in options, even when the
rules are off or tuned: a configuration changes what is reported, never the scores."""

from __future__ import annotations

from typing import Any

from jdlint.api import lint_text
from jdlint.config import config_from_mapping
from jdlint.rules import builtin_rules
from jdlint.scoring import FACTS

_EN_DRAFT = """\
# Account Manager

Bright Harbour Logistics moves fresh produce for 300 growers across the region.

## Responsibilities
- Manage a book of 40 grower accounts
- Negotiate yearly freight contracts

## Requirements
- Three years in account management
- An aggressive, competitive, dominant negotiator

## Job details
Location: [Insert location]
Employment type: Full-time

## Benefits
- Salary: competitive
- 25 days of paid leave
"""

_ID_DRAFT = """\
Staf Admin Gudang

PT Sinar Rantai Dingin adalah perusahaan logistik di Bekasi.

Tanggung jawab:
- Mencatat barang masuk dan keluar
- Menyusun laporan stok mingguan

Kualifikasi:
- Pendidikan minimal SMA/SMK

Lokasi: {{lokasi}}
Gaji: Rp 4.500.000 - Rp 5.500.000 per bulan
"""


def _scores(text: str, path: str, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    config = config_from_mapping(settings or {}, None)
    result = lint_text(text, path=path, config=config)
    assert result.scores is not None
    return result.scores


def test_every_fact_the_scores_read_has_one_builtin_publisher() -> None:
    published = [rule.publishes for rule in builtin_rules() if rule.publishes]
    assert sorted(published) == sorted(FACTS)


def test_facts_reach_the_scores_in_english() -> None:
    scores = _scores(_EN_DRAFT, "account-manager.md")
    breakdown = scores["completeness_breakdown"]
    assert breakdown["placeholders"] == 1
    assert breakdown["pay_range"] is False
    assert breakdown["job_details"] == 0.33  # the location is a slot: only the type is filled
    assert scores["gender_coding_breakdown"]["masculine_words"] >= 3


def test_facts_reach_the_scores_in_indonesian() -> None:
    scores = _scores(_ID_DRAFT, "admin-gudang.txt")
    breakdown = scores["completeness_breakdown"]
    assert breakdown["placeholders"] == 1
    assert breakdown["pay_range"] is True
    assert "gender_coding" not in scores  # the coded-words rule is English only


def test_turning_the_publishing_rules_off_keeps_the_scores() -> None:
    for text, path in ((_EN_DRAFT, "account-manager.md"), (_ID_DRAFT, "admin-gudang.txt")):
        default = _scores(text, path)
        ignored = _scores(text, path, {"ignore": ["JD106", "JD401", "JD501"]})
        assert ignored == default


def test_tuning_a_publishing_rule_changes_its_findings_not_the_scores() -> None:
    tuned = {"rules": {"JD106": {"patterns": [r"\bcompetitive\b"]}, "JD501": {"strongly": 99.0}}}
    config = config_from_mapping(tuned, None)
    result = lint_text(_EN_DRAFT, path="account-manager.md", config=config)
    assert "JD106" not in {diagnostic.rule for diagnostic in result.diagnostics}
    assert result.scores == _scores(_EN_DRAFT, "account-manager.md")
