"""Which list is what when its heading does not say (issue 8): duties under headings that say
"tasks you will perform" in any phrasing, duty lists under a summary heading, lists under an
unknown heading after the duties, mixed "Qualification & Responsibilities" lists, lists of
positions, notes of examples, and duties a template renders from front matter.

Every draft is written for these tests in the shapes the tuning half of the real corpus shows
(a job-board page pasted as plain text, a Markdown posting, a US federal template).
"""

from __future__ import annotations

from jdlint.config import default_config
from jdlint.lint import lint_text
from tests.covered import covered


def _messages(text: str, code: str, name: str = "posting.txt") -> list[str]:
    result = lint_text(text, name, default_config(), "auto")
    return [d.message for d in result.diagnostics if d.rule == code]


def _flagged(text: str, name: str = "posting.md") -> list[str]:
    result = lint_text(text, name, default_config(), "auto")
    return covered(result, text, "JD303")


TASKS_HEADING = """\
Logistics Coordinator

Job Summary
Harbor Freightways moves goods across three islands. We are looking for a coordinator to keep
our forty trucks on time and our customers informed.

The Critical Tasks You Will Perform
You will plan daily delivery routes for the truck fleet and adjust them when roads close.
You will check loading lists against customer orders before each departure.
You will answer calls from drivers and customers during the day shift.
You will prepare the weekly cost report for the operations manager.

Requirements
2+ years of experience in dispatch
Strong Excel skills
"""


def test_a_tasks_heading_names_the_duties_not_more_summary() -> None:
    assert _messages(TASKS_HEADING, "JD201") == []
    assert "Missing section: responsibilities" not in _messages(TASKS_HEADING, "JD101")


TUGAS_HEADING = """\
Staf Gudang

Ringkasan
PT Sinar Lautan mencari staf gudang untuk cabang Semarang. Kamu akan bekerja di gudang bahan
bangunan kami yang melayani toko di seluruh Jawa Tengah setiap hari.

Tugas Kamu Sehari-hari
Menerima barang dari pemasok dan mencocokkan dengan surat jalan setiap pagi.
Menyusun barang di rak sesuai kode lokasi yang berlaku di gudang.
Menyiapkan pesanan toko sebelum truk berangkat pada siang hari.

Kualifikasi
Pendidikan minimal SMA atau SMK
"""


def test_an_indonesian_tasks_heading_names_the_duties() -> None:
    assert _messages(TUGAS_HEADING, "JD201") == []
    assert "Missing section: responsibilities" not in _messages(TUGAS_HEADING, "JD101")


SUMMARY_WITH_DUTIES = """\
# Fraud Analyst

## Role summary

Our sign-in service protects the accounts of millions of people. We are hiring an analyst to
find and stop identity fraud before it reaches the agencies we serve.
  - Leading the design of analytics that spot fraud patterns in sign-in data.
  - Supporting fraud investigations with clear reports for the program team.
  - Building dashboards that show fraud trends to agency partners every month.

## Qualifications

- Two years of experience in fraud analytics.
"""


def test_a_duty_list_under_the_summary_heading_is_not_the_summary() -> None:
    assert _messages(SUMMARY_WITH_DUTIES, "JD201", "posting.md") == []
    assert _messages(SUMMARY_WITH_DUTIES, "JD101", "posting.md") == []


def test_a_list_of_areas_under_the_summary_stays_in_it() -> None:
    areas = SUMMARY_WITH_DUTIES.replace(
        "  - Leading the design of analytics that spot fraud patterns in sign-in data.\n"
        "  - Supporting fraud investigations with clear reports for the program team.\n"
        "  - Building dashboards that show fraud trends to agency partners every month.\n",
        "  - Service Design\n  - Content Strategy\n  - Product Design\n",
    )
    assert _messages(areas, "JD101", "posting.md") == ["Missing section: responsibilities"]


MIXED = """\
# Logistics Coordinator

## Summary

We are looking for a coordinator to keep our forty trucks on time.

## Qualification & Responsibilities

- Bachelor's degree in logistics or a related field
- Coordinate with the warehouse team on stock
- Good communication
- Fleet budget ownership
"""


def test_a_list_under_a_heading_naming_duties_and_requirements_is_not_judged() -> None:
    assert _flagged(MIXED) == []
    assert _flagged(MIXED.replace("Qualification & ", "")) == [
        "Bachelor's degree in",
        "Good communication",
        "Fleet budget ownership",
    ]


POSITIONS_AND_EXAMPLES = """\
# Logistics Coordinator

## Summary

We are looking for a coordinator to keep our forty trucks on time.

## Responsibilities

- Plan daily delivery routes for the truck fleet.
- Check loading lists against customer orders.
- E.g. the Surabaya and Malang routes on Mondays.
- Answer calls from drivers.

## Also Hiring

- Warehouse Supervisor
- Fleet Dispatcher
- Inventory Clerk

## Tools You'll Use

- A radio in every truck
- Island port maps
"""


def test_positions_examples_and_tools_are_not_duties() -> None:
    assert _flagged(POSITIONS_AND_EXAMPLES) == []


def test_a_badly_written_duty_still_fires() -> None:
    text = POSITIONS_AND_EXAMPLES.replace("- Answer calls from drivers.", "- Driver calls.")
    assert _flagged(text) == ["Driver calls."]


def test_a_list_of_positions_under_the_duties_heading_is_not_judged() -> None:
    text = (
        "# Hiring\n\n## Responsibilities\n\n- Warehouse Supervisor\n- Staff Admin\n- Head Driver\n"
    )
    assert _flagged(text) == []


FEDERAL = """\
---
title: Product Designer
key objectives:
  - Lead research with users of the benefits service.
  - Turn findings into prototypes and test them.
---

## Role summary

You will design the forms that millions of people use to claim benefits each year.

{% include job/key_objectives.html %}

## Qualifications

- Three years of experience in service design.
"""


def test_duties_kept_in_front_matter_for_the_template_count() -> None:
    assert _messages(FEDERAL, "JD101", "posting.md") == []
    empty = FEDERAL.replace(
        "  - Lead research with users of the benefits service.\n"
        "  - Turn findings into prototypes and test them.\n",
        "",
    )
    assert _messages(empty, "JD101", "posting.md") == ["Missing section: responsibilities"]


LABELLED_DUTIES = """\
<h2>The Role</h2>
<p>Our finance team is growing, and we are hiring an analyst to help leaders plan with
confidence across our twelve markets.</p>
<ul>
<li>Forecasting &amp; Modelling: Build monthly revenue forecasts for each market.</li>
<li>Reporting: Prepare the board pack with the controller every quarter.</li>
<li>Partnership: Work with sales leads to explain changes in margin.</li>
</ul>
<h2>Qualifications</h2>
<ul><li>Three years of experience in financial planning.</li></ul>
"""


def test_duties_after_short_labels_under_the_summary_are_the_duties() -> None:
    assert _messages(LABELLED_DUTIES, "JD201", "posting.html") == []
    assert _messages(LABELLED_DUTIES, "JD101", "posting.html") == ["Missing section: job title"]


def test_a_heading_naming_duties_and_requirements_holds_both() -> None:
    assert _messages(MIXED, "JD101", "posting.md") == []
    indonesian = (
        "Staf Gudang\n\nRingkasan\nKami mencari staf gudang untuk cabang Semarang yang ramai.\n\n"
        "Tugas dan Kualifikasi:\n• Pendidikan minimal SMA\n• Menyusun laporan stok harian\n"
    )
    assert _messages(indonesian, "JD101") == []
    assert _messages(indonesian.replace("Tugas dan Kualifikasi", "Tugas"), "JD101") == [
        "Missing section: qualifications"
    ]
