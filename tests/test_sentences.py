"""Sentence splitting: abbreviations, initials and numbers do not end sentences; real sentence
ends still do, also right after an abbreviation that can close a sentence ("etc.", "dll.")."""

from __future__ import annotations

import pytest

from jdlint.config import default_config
from jdlint.data import vocabulary
from jdlint.lint import lint_text
from jdlint.text import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in sentence_spans(text)]


@pytest.mark.parametrize(
    "line",
    [
        # English: introducers, titles, name parts, numbers.
        "Use reporting tools, e.g. Excel and SQL, to track weekly sales.",
        "Experience with cloud platforms (e.g. AWS, GCP) and containers (i.e. Docker).",
        "Decide build vs. buy for each internal tool.",
        "Approx. AUD $2,000/month, incl. Superannuation.",
        "Report to Dr. Amina Hart, our Head of Care.",
        "Meet Mr. Tan and Ms. Rivera from the finance team.",
        "Join us as our Sr. Data Engineer in the platform team.",
        "Visit our office at 12 St. Mary Street, Leeds.",
        "Send your portfolio to J. Okafor before Friday.",
        "You must be a U.S. Citizen or National to apply.",
        "We are the No. 1 marketplace for used cars in Ireland.",
        "Min. 5 years of experience as a data scientist.",
        "Work for Harbour Freight Co. Ltd. in Singapore.",
        # Indonesian: requirement lines as job boards print them.
        "Usia maks. 35 tahun",
        "Pend. Min. S1 Akuntansi",
        "Pendidikan min. SMA/SMK sederajat",
        "IPK min. 3.00 dari universitas terakreditasi min. B",
        "Gaji Rp 5.000.000 - Rp 7.500.000 per bulan",
        "Gaji pokok Rp. 4.500.000 ditambah insentif",
        "Kantor di Jl. Gatot Subroto No. 12, Kab. Bekasi.",
        "PT. Sinar Bahari Logistik adalah perusahaan ekspedisi di Surabaya.",
        "Jam kerja Senin - Sabtu pk. 08.00 - 16.00",
        "Menguasai Ms. Office (Word, Excel, dll) dan Google Sheets.",
        "Nilai IPK 3.5 atau lebih.",
    ],
)
def test_one_sentence(line: str) -> None:
    assert sentences(line) == [line.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prepare slides, handouts, etc. You will also book the rooms.",
            ["Prepare slides, handouts, etc.", "You will also book the rooms."],
        ),
        (
            "Menguasai Word, Excel, dll. Berpengalaman minimal 2 tahun.",
            ["Menguasai Word, Excel, dll.", "Berpengalaman minimal 2 tahun."],
        ),
        (
            "Set the salary min and max. For example, enter 60000 and 75000.",
            ["Set the salary min and max.", "For example, enter 60000 and 75000."],
        ),
        ("If the answer is no. We move on.", ["If the answer is no.", "We move on."]),
        ("We ranked 1st. Next year we aim higher.", ["We ranked 1st.", "Next year we aim higher."]),
        (
            "Join us as an engineer at Nimbus CV. This role designs our AI products.",
            ["Join us as an engineer at Nimbus CV.", "This role designs our AI products."],
        ),
        # A sentence that starts in lower case, as quick job-board posts often do.
        (
            "PT Sinar Pangan adalah distributor makanan. saat ini kami membuka lowongan.",
            ["PT Sinar Pangan adalah distributor makanan.", "saat ini kami membuka lowongan."],
        ),
        (
            "Clarify goals and plans. giving the team a clear direction.",
            ["Clarify goals and plans.", "giving the team a clear direction."],
        ),
    ],
)
def test_sentence_ends_next_to_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_dotted_capitals_go_on_even_where_a_sentence_ends() -> None:
    # The trade-off: "U.S." stands before a name far more often ("U.S. Citizen", "U.S.
    # Digital Service") than at the end of a sentence, so it never ends one.
    text = "Our office is in the U.S. We hire across Europe too."
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Handle invoices, receipts, etc. and file them by month.",
        "A Ph.D. in statistics or equiv. experience in a research team.",
        "Kirim berkas lamaran, dll. ke alamat email kami.",
        "Salary approx. five percent above the market median.",
    ],
)
def test_short_or_dotted_abbreviations_before_a_lower_case_word_go_on(text: str) -> None:
    assert sentences(text) == [text]


def test_spans_are_shifted_by_the_offset() -> None:
    text = "Usia maks. 35 tahun. Pend. Min. S1."
    assert [(s.start, s.end) for s in sentence_spans(text, offset=10)] == [(10, 30), (31, 45)]


def test_abbreviation_lists_are_data_with_their_full_stops() -> None:
    data = vocabulary("abbreviations")
    assert set(data) == {"en", "id"}
    for lists in data.values():
        assert set(lists) == {"before_anything", "before_numbers", "before_values"}
        for words in lists.values():
            assert words and all(word.endswith(".") and word == word.lower() for word in words)


def rules_fired(text: str, name: str) -> list[str]:
    result = lint_text(text, name, default_config())
    return [diagnostic.rule for diagnostic in result.diagnostics]


ENGLISH_POSTING = """\
# Sales Data Analyst

## About the role
Brightwell Foods is hiring a data analyst in Leeds. You will turn sales data into decisions.

## Responsibilities
- Use tools, e.g. Excel and SQL, to build the weekly sales report.
- Compare regions (e.g. North vs. South) and flag stores that fall behind.
- Support Dr. Patel's pricing reviews with clear charts.

## Requirements
- Min. 2 years of experience in a data role.
- A U.S. or U.K. degree in statistics, or equivalent experience.
"""

INDONESIAN_POSTING = """\
Lowongan Staf Akuntansi - PT. Cahaya Niaga Sentosa

Kualifikasi:
Pria/Wanita
Usia maks. 35 tahun
Pend. Min. S1 Akuntansi
IPK min. 3.00
Menguasai Ms. Office (Word, Excel, dll)

Gaji:
Rp 5.000.000 - Rp 6.500.000 per bulan
"""


def test_abbreviations_in_bullets_are_not_second_sentences() -> None:
    assert "JD302" not in rules_fired(ENGLISH_POSTING, "analyst.md")


def test_two_real_sentences_in_a_bullet_still_fire() -> None:
    two = ENGLISH_POSTING.replace(
        "- Support Dr. Patel's pricing reviews with clear charts.",
        "- Support Dr. Patel's pricing reviews. Draw the charts for them.",
    )
    assert rules_fired(two, "analyst.md").count("JD302") == 1


def test_requirement_lines_of_a_job_board_post_are_one_sentence_each() -> None:
    result = lint_text(INDONESIAN_POSTING, "akuntansi.txt", default_config())
    lines = [line for line in INDONESIAN_POSTING.splitlines() if line and not line.endswith(":")]
    # Every non-heading line is one sentence unit: none was cut at "maks.", "Pend.", "Min.",
    # "min.", "Ms." or inside "5.000.000".
    assert result.stats["sentences"] == len(lines) + 2  # and the two headings
