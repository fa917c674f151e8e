"""Shapes met on real postings nobody tuned on (issue 8): front matter that lost its opening
``---``, placeholders that are not slots, tags a Markdown site renders, sentences hidden by
damaged text, and titles in running text. Every draft is invented, in a real posting's shape."""

from __future__ import annotations

from jdlint.config import default_config
from jdlint.lint import lint_text
from jdlint.parse import parse_document


def fired(text: str, name: str, rule: str) -> list[str]:
    """The text each diagnostic of *rule* covers in *text*, linted as *name*."""
    result = lint_text(text, name, default_config())
    return [
        text[diagnostic.offset : diagnostic.end_offset]
        for diagnostic in result.diagnostics
        if diagnostic.rule == rule
    ]


HEADLESS_EN = """\
################################################################
# HOW TO USE THIS TEMPLATE                                     #
# Replace [Insert team name] and every TBD before publishing.  #
################################################################

# The role's name, shown as the page heading.
title: Platform Engineer
permalink: /join/platform-engineer/
# Dates as YYYY-MM-DD; leave TBD until the hiring manager confirms.
opens: 2026-01-05
closes: TBD
tags:
  - engineering
---

# {{ page.title }}

Harbourline Logistics is hiring a Platform Engineer to keep our booking systems running.

## What you will do

- Build and run the deployment pipeline for our booking services.
- Review changes from other teams and help them ship safely.
"""

HEADLESS_ID = """\
# Catatan: isi [Nama Perusahaan] sebelum tayang.
title: Staf Gudang
lokasi: Cikarang
# gaji: TBD
---

# Staf Gudang

PT Sinar Rumpun membuka lowongan Staf Gudang untuk pusat distribusi kami.

## Tugas

- Menerima dan memeriksa barang masuk.
- Menyusun laporan stok harian.
"""


def test_front_matter_without_its_opening_fence_is_front_matter() -> None:
    document = parse_document(HEADLESS_EN, "platform-engineer.md")
    assert document.front_matter["title"] == "Platform Engineer"
    assert document.front_matter_span is not None
    assert document.text[document.front_matter_span.end - 3 :].startswith("---")
    assert document.title == "Platform Engineer"
    headings = [section.heading.text for section in document.sections if section.heading]
    assert not any("TEMPLATE" in heading or "title:" in heading for heading in headings)


def test_comments_of_headless_front_matter_are_not_placeholders_but_values_are() -> None:
    assert fired(HEADLESS_EN, "platform-engineer.md", "JD401") == ["TBD"]  # closes: TBD
    assert fired(HEADLESS_EN, "platform-engineer.md", "JD706") == []
    assert fired(HEADLESS_ID, "staf-gudang.md", "JD401") == []
    assert parse_document(HEADLESS_ID, "staf-gudang.md").front_matter["lokasi"] == "Cikarang"


def test_markdown_that_only_looks_like_yaml_above_a_rule_stays_markdown() -> None:
    # A heading, a capitalised "Key: value" line and prose above a thematic break.
    for draft in (
        "# Data Analyst\n\nLocation: Leeds\n\n---\n\n## Duties\n\n- Build reports\n",
        "# Staf Admin\n\nKami membuka lowongan.\n---\n\n## Tugas\n\n- Mengarsip dokumen\n",
        "title: Data Analyst\n\nWe are hiring: join us.\n---\n\n- Build reports\n",
    ):
        document = parse_document(draft, "draft.md")
        assert document.front_matter_span is None
        assert document.front_matter == {}


def test_headless_block_that_is_not_a_mapping_stays_markdown() -> None:
    draft = "# Notes\n- first\n- second\n---\n\n# Data Analyst\n\nWe are hiring.\n"
    assert parse_document(draft, "draft.md").front_matter_span is None


PLACEHOLDER_LOOKALIKES_EN = """\
# [FREELANCE] Graphic Designer

Brightwell Studio needs a freelance designer for packaging work.
Read about the team on our [Company careers page]
(https://careers.example.com/design), then send your portfolio.

Start date: TBC
"""

PLACEHOLDER_LOOKALIKES_ID = """\
[URGENT] Staf Gudang - Cikarang

Persyaratan:
Pria, usia maks. 35 tahun
Sehat jasmani dan rohani, bebas TBC dan narkoba
Tidak mengidap penyakit TBC atau hepatitis
Gaji: [Tentukan gaji]
"""


def test_tags_split_links_and_tuberculosis_are_not_placeholders() -> None:
    assert fired(PLACEHOLDER_LOOKALIKES_EN, "designer.md", "JD401") == ["TBC"]
    assert fired(PLACEHOLDER_LOOKALIKES_ID, "gudang.txt", "JD401") == ["[Tentukan gaji]"]


def test_a_capitals_slot_in_running_text_still_fires() -> None:
    draft = "Staf Gudang\n\nKirim lamaran ke [EMAIL HRD] paling lambat [TANGGAL].\n"
    assert fired(draft, "gudang.txt", "JD401") == ["[EMAIL HRD]", "[TANGGAL]"]


def test_a_line_break_tag_in_markdown_is_rendered_not_leftover() -> None:
    markdown = (
        "# Service Designer\n\n## What you will do\n\n"
        "- Improve how customers move between our services<br> and partner channels.\n"
    )
    assert fired(markdown, "designer.md", "JD402") == []
    assert fired(markdown.replace("# ", ""), "designer.txt", "JD402") == ["<br>"]
    indonesian = "# Staf Admin\n\n- Menyusun laporan harian<br>dan mengarsipkan dokumen.\n"
    assert fired(indonesian, "admin.md", "JD402") == []
    assert fired(indonesian.replace("# ", ""), "admin.txt", "JD402") == ["<br>"]
