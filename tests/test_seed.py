"""The guide's own example JD (read from ../shared/seeds/, skipped where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdlint.config import default_config
from jdlint.lint import lint_text

SEED = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "seeds"
    / ("account-manager-jd-guide.id.txt")
)


@pytest.fixture(scope="module")
def example() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not available")
    guide = SEED.read_text(encoding="utf-8")
    start = guide.index("Jabatan: Manajer Akun")
    end = guide.index("\n", guide.index("Melapor kepada:", start))
    return guide[start:end] + "\n"


def _slice(text: str, line: int, column: int, end_column: int) -> str:
    return text.split("\n")[line - 1][column - 1 : end_column - 1]


def test_seed_example_findings(example: str) -> None:
    result = lint_text(example, "seed.txt", default_config())
    assert result.language == "id"
    codes = [d.rule for d in result.diagnostics]
    assert "JD101" not in codes
    assert "JD106" in codes
    placeholders = [d for d in result.diagnostics if d.rule == "JD401"]
    assert [_slice(example, d.line, d.column, d.end_column) for d in placeholders] == [
        "[Tentukan lokasi]",
        "[Sebutkan jika ada perjalanan yang dilakukan]",
        "[Tentukan jabatan supervisor atau manajer]",
    ]
    assert all(d.section == "details" and d.line == d.end_line for d in placeholders)
    too_many = [d for d in result.diagnostics if d.rule == "JD301"]
    assert len(too_many) == 1
    seventh = _slice(example, too_many[0].line, too_many[0].column, too_many[0].end_column)
    assert seventh.startswith("Berorientasi pada hasil")
    assert "9 items" in too_many[0].message


def test_seed_sub_headings_are_not_duties(example: str) -> None:
    result = lint_text(example, "seed.txt", default_config())
    flagged = [d for d in result.diagnostics if d.rule == "JD303"]
    lines = example.split("\n")
    assert [lines[d.line - 1].strip() for d in flagged] == [
        line.strip() for line in lines if "Secara proaktif" in line
    ]


def test_seed_scores(example: str) -> None:
    result = lint_text(example, "seed.txt", default_config())
    assert result.scores is not None
    assert result.scores["readability_method"] == "fry-indonesian"
    assert 0 <= result.scores["readability"] <= 100
    breakdown = result.scores["completeness_breakdown"]
    assert breakdown["placeholders"] == 3
    assert breakdown["pay_range"] is False
    assert breakdown["job_details"] == pytest.approx(0.33)
    assert result.scores["completeness"] < 100
