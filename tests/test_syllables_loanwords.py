"""English loanwords in Indonesian text are counted the English way (issue 8: terse Indonesian
adverts pushed under the readability bound by "online", "software", "customer service" read
as "on-li-ne", "sof-twa-re", "ser-vi-ce")."""

from __future__ import annotations

import pytest

from jdlint.readability import readability
from jdlint.syllables import indonesian_syllables
from jdlint.text import words


@pytest.mark.parametrize(
    ("word", "count"),
    [("online", 2), ("software", 2), ("service", 2), ("sales", 1), ("team", 1), ("Office", 2)],
)
def test_english_loanwords_in_indonesian_take_english_syllables(word: str, count: int) -> None:
    assert indonesian_syllables(word) == count


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("sale", 2),  # an Indonesian root (dried banana), though English lists it too
        ("data", 2),
        ("target", 2),
        ("memiliki", 4),  # affixed Indonesian words are in no English dictionary
        ("pengalaman", 4),
        ("kantor", 2),
    ],
)
def test_indonesian_words_keep_indonesian_syllables(word: str, count: int) -> None:
    assert indonesian_syllables(word) == count


def test_a_terse_advert_counts_its_loanwords_the_english_way() -> None:
    advert = "Dicari staf customer service online. Update data order setiap hari."
    # di-ca-ri staf cus-to-mer ser-vice on-line; up-date da-ta or-der se-ti-ap ha-ri
    assert readability(words(advert), 2, "id").syllables == 3 + 1 + 3 + 2 + 2 + 2 + 2 + 2 + 3 + 2
