"""JD501 counts only the words that describe the candidate or the team (issue 12)."""

from __future__ import annotations

from jdlint.config import default_config
from jdlint.lint import lint_text
from tests.covered import covered


def _coded(text: str, name: str = "draft.md") -> tuple[list[str], str]:
    """The words JD501 flags in *text* and the draft's gender-coding verdict."""
    result = lint_text(text, name, default_config(), "en")
    words = covered(result, text, "JD501")
    assert result.scores is not None
    return words, result.scores["gender_coding"]


REQUIREMENTS = """\
# Regional Sales Manager

## About Kestrel Freight
Kestrel Freight is a leading logistics company trusted by the world's leading retailers.
Our mission is supportive, honest and committed service for every customer.

## What you'll do
- Lead a team of eight account managers across the region.
- Win competitive tenders and defend our share.

## Requirements
- Ambitious, decisive and assertive, with a competitive streak.
- Confident presenting to boards.

## Equal opportunity
Kestrel Freight is an equal opportunity employer. We are committed to a workplace where every
applicant is treated fairly, regardless of race, religion, sex, disability or age, and we keep
sensitive information about applicants confidential.
"""


def test_requirements_count_and_equal_opportunity_and_company_blurb_do_not() -> None:
    words, verdict = _coded(REQUIREMENTS)
    expected = "Lead competitive Ambitious decisive assertive competitive Confident"
    assert words == expected.split()
    assert verdict == "strongly-masculine"


def test_equal_opportunity_sentence_without_a_heading_is_left_out() -> None:
    text = (
        "Customer Care Adviser\n\n"
        "You will answer calls and emails from our members and help them with their bookings.\n"
        "You are patient, warm and supportive, and sensitive to what callers are going through.\n"
        "Brightline is an equal opportunity employer and is committed to diversity. We are "
        "committed to reasonable accommodations for applicants with a disability.\n"
    )
    words, _ = _coded(text, "adviser.txt")
    assert "committed" not in words
    result = lint_text(text, "adviser.txt", default_config(), "en")
    assert result.scores is not None
    # warm, supportive, sensitive describe the candidate; neither "committed" does.
    assert result.scores["gender_coding_breakdown"]["feminine_words"] == 3


def test_leaders_the_job_serves_are_not_a_trait() -> None:
    text = (
        "Student Activities Coordinator\n\n"
        "About the role\n"
        "You will support student club leaders as they plan events, and train new club leaders "
        "each term. You will meet society leaders weekly and report to the Dean.\n"
        "Requirements\n"
        "Two years' experience organising events\n"
        "Good written English\n"
    )
    words, verdict = _coded(text, "coordinator.txt")
    assert "leaders" not in words
    assert verdict == "neutral"


def test_leaders_describing_the_candidate_still_count() -> None:
    text = (
        "# Engineering Manager\n\n"
        "## Who we're looking for\n"
        "- Decisive leaders who grow the people around them.\n"
        "- You are competitive about quality and confident in code review.\n"
        "- Independent and ambitious, you lead by example.\n"
    )
    words, verdict = _coded(text)
    assert words == [
        "Decisive",
        "leaders",
        "competitive",
        "confident",
        "Independent",
        "ambitious",
        "lead",
    ]
    assert verdict == "strongly-masculine"


def test_leadership_as_career_path_or_interview_step_is_not_counted() -> None:
    text = (
        "<h2>About the job</h2>"
        "<p>You will build dashboards for our finance team and explain the numbers.</p>"
        "<h2>What we offer</h2><ul><li>A leadership development programme</li>"
        "<li>A clear path into leadership</li></ul>"
        "<h2>Hiring process</h2><ul><li>Recruiter screen (20 minutes)</li>"
        "<li>Leadership call (30 minutes)</li><li>Take-home challenge</li></ul>"
    )
    words, verdict = _coded(text, "analyst.html")
    assert words == []
    assert verdict == "neutral"


def test_customer_boilerplate_with_you_sentence_nearby() -> None:
    text = (
        "Data Analyst\n\n"
        "Northwind serves the country's leading insurers and helps ambitious retailers grow.\n"
        "You will join our analytics team and build reports with SQL and Power BI.\n"
    )
    words, _ = _coded(text, "analyst.txt")
    assert "leading" not in words and "ambitious" not in words


def test_two_ordinary_skill_words_do_not_make_a_short_ad_lean() -> None:
    text = (
        "Finance Officer\n\n"
        "Responsibilities\n"
        "Prepare monthly reports\n"
        "Reconcile bank statements\n"
        "Requirements\n"
        "Strong analytical skills\n"
        "Able to work independently\n"
    )
    _, verdict = _coded(text, "officer.txt")
    assert verdict == "neutral"


def test_the_team_the_candidate_joins_counts() -> None:
    text = (
        "# Platform Engineer\n\n"
        "Quarry builds competitive payroll software for clinics.\n\n"
        "We are a small, competitive and ambitious team that moves fast and decides quickly.\n"
    )
    result = lint_text(text, "draft.md", default_config(), "en")
    assert result.scores is not None
    # The team's "competitive" and "ambitious" count; the product's "competitive" does not.
    assert result.scores["gender_coding_breakdown"]["masculine_words"] == 2


def test_ats_html_requirements_list_counts_and_leadership_as_people_does_not() -> None:
    text = (
        "<div><h3>Company Description</h3><p>Fenwick Labs is a European leader in lab "
        "software, driven by its ambition for growth.</p>"
        "<h3>Job Description</h3><ul><li>Advise the executive leadership on pricing.</li>"
        "<li>Report weekly to program leadership.</li></ul>"
        "<h3>Qualifications</h3><ul><li>Competitive, ambitious and self-confident.</li>"
        "<li>Strong leadership skills and a decisive manner.</li></ul></div>"
    )
    words, verdict = _coded(text, "posting.html")
    assert words == ["Competitive", "ambitious", "self-confident", "leadership", "decisive"]
    assert verdict == "strongly-masculine"


def test_who_is_wanted_counts_even_in_the_company_blurb() -> None:
    text = (
        "# Product Designer\n\n## About us\n\n"
        "Pellucid, a small analytics startup, is looking for ambitious and curious people. "
        "Pellucid is a leading, competitive name in retail analytics.\n\n"
        "## About you\n\nYou take the lead on design and you are confident with customers.\n"
    )
    words, _ = _coded(text)
    assert words == ["ambitious", "lead", "confident"]
