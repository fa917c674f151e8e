"""JD501 counts a coded word only in the sense the paper's list means: a trait of the person.

"Analytical" naming a discipline or a thing ("Analytical Engineering", "analytical
chemistry", "analytical tools"), "challenging problems", "sensitive data", "business logic",
"understanding of SQL" and the like describe work, not the candidate (issue 12, round 3).
"""

from __future__ import annotations

from jdlint.config import config_from_mapping
from jdlint.lint import lint_text
from tests.covered import covered

_ALL = config_from_mapping({"rules": {"JD501": {"report": "all"}}}, None)


def _counted(text: str, name: str = "draft.md") -> list[str]:
    """Every coded word JD501 counts in *text*, leaning or not."""
    return covered(lint_text(text, name, _ALL, "en"), text, "JD501")


def _verdict(text: str, name: str = "draft.md") -> str:
    result = lint_text(text, name, _ALL, "en")
    assert result.scores is not None
    verdict: str = result.scores["gender_coding"]
    return verdict


# Text pasted from a web page: headings as plain lines, bullets lost.
ANALYTICS_ENGINEER = """\
Analytics Engineer

About the role
You will join our Analytical Engineering team and build the analytical tools that finance
uses every day. The team runs analytical studies for the lab and supports analytical chemistry
projects with clean data.

Responsibilities
Maintain analytical pipelines and the analytical layer of the warehouse
Write analytical plans for new questions and turn results into recommendations
Design data analytical solutions for the sales team

Requirements
Degree in analytical chemistry, statistics or a related field
Experience with analytical and reporting tools such as dbt and Looker
"""


def test_analytical_naming_a_discipline_or_a_thing_is_not_counted() -> None:
    assert "analytical" not in [word.lower() for word in _counted(ANALYTICS_ENGINEER, "a.txt")]


def test_analytical_as_a_trait_of_the_candidate_counts() -> None:
    text = (
        "# Data Analyst\n\n## Requirements\n"
        "- Strong analytical skills and an eye for detail.\n"
        "- An analytical mind and a curious nature.\n"
        "- Excellent analytical, problem-solving, and documentation skills.\n"
        "- Strong strategic thinking, analytical, and critical problem-solving abilities.\n"
        "- You are highly analytical.\n"
        "- Curious, meticulous and analytical.\n"
        "- Analytical with proficiency in Excel and SQL.\n"
    )
    assert [word.lower() for word in _counted(text)] == ["analytical"] * 7


def test_analytical_in_an_ats_html_list_counts_only_as_a_trait() -> None:
    text = (
        "<div><h3>Qualifications</h3><ul>"
        "<li>Two years with analytical instruments (HPLC, GC-MS) in a QC laboratory.</li>"
        "<li>Knowledge of analytical methods validation.</li>"
        "<li>Analytical mindset and strong attention to detail.</li></ul></div>"
    )
    assert _counted(text, "posting.html") == ["Analytical"]


def test_other_words_naming_work_or_things_are_not_counted() -> None:
    text = (
        "Operations Analyst\n\n"
        "Responsibilities\n"
        "Tackle challenging problems in machine vision\n"
        "Create conceptual, logical, and physical data models\n"
        "Keep reports consistent with the defined metrics and business logic\n"
        "Build trust in our data with quality checks\n"
        "Resolve sensitive issues with partner agencies\n"
        "Improve the contextual understanding of our language models\n"
        "Develop tender schedules from contract lead times\n"
        "Match incoming leads from the sales team with capacity\n"
        "Requirements\n"
        "At least 6 months commitment for the internship\n"
        "Experience with autonomous AI agent frameworks\n"
        "Please mention the word PLEASANT when applying\n"
    )
    assert _counted(text, "ops.txt") == []


def test_the_same_words_as_traits_still_count() -> None:
    text = (
        "Care Coordinator\n\n"
        "Requirements\n"
        "Patient and understanding with families under stress\n"
        "Culturally sensitive and discreet\n"
        "Strong logical thinking and sound logic\n"
        "Thrives on a challenge and will challenge assumptions\n"
        "Committed to supporting colleagues and trustworthy\n"
    )
    assert [word.lower() for word in _counted(text, "care.txt")] == [
        "understanding",
        "sensitive",
        "logical",
        "logic",
        "challenge",
        "challenge",
        "committed",
        "supporting",
        "trustworthy",
    ]


# A short ad at the threshold: three trait words more on one side than the other (a short
# ad's share per 100 words is high, so the count decides).
NEAR_THRESHOLD = """\
Procurement Executive

Responsibilities
Leading regular contract reviews with major suppliers
Prepare tender documents and purchase orders
Requirements
Ability to work independently
Ability to lead and coordinate with other teams
Excellent analytical and negotiation skills
Honest and organised
"""


def test_a_posting_three_trait_words_over_leans() -> None:
    assert _verdict(NEAR_THRESHOLD, "buyer.txt").endswith("-masculine")


def test_the_same_posting_is_neutral_when_the_misread_analytical_is_the_third_word() -> None:
    # "analytical tools" is a thing: only three masculine words against one feminine remain,
    # two more, under the three the lean needs.
    text = NEAR_THRESHOLD.replace(
        "Excellent analytical and negotiation skills", "Experience with analytical tools"
    )
    assert _verdict(text, "buyer.txt") == "neutral"


def test_a_discipline_in_the_summary_does_not_tip_a_balanced_posting() -> None:
    text = (
        "# Laboratory Technician\n\n"
        "You will join the Analytical Chemistry group and run analytical studies for clients.\n\n"
        "## Requirements\n"
        "- Able to lead a shift and work independently.\n"
        "- Confident with analytical instruments.\n"
        "- Supportive of colleagues.\n"
    )
    assert _verdict(text) == "neutral"


def test_an_item_after_a_nested_list_is_read() -> None:
    # The analysis lists a nested list's items before the item that follows it; a coded
    # word there must still be found.
    text = (
        "# Support Engineer\n\n"
        "## About You:\n\n"
        "  * You have 3+ years of support experience.\n"
        "  * Bonus points if you: \n"
        "    * have run a help desk\n"
        "    * know Zendesk well\n"
        "  * You are warm and supportive with customers, and join our (rather quiet!) on-call "
        "rotation.\n"
    )
    assert _counted(text) == ["warm", "supportive"]
