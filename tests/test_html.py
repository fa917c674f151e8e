"""HTML bodies: ATS exports, job-board pages, HTML pasted into text and HTML blocks in Markdown
are read into the document model, and every diagnostic points at the source as written."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jdlint.config import default_config
from jdlint.diagnostics import Diagnostic
from jdlint.document import Document, ItemList
from jdlint.html import holds_html, read_html
from jdlint.lint import lint_text
from jdlint.parse import parse_document
from jdlint.paths import find_drafts
from jdlint.results import FileResult
from jdlint.spans import LineIndex
from jdlint.text import words

CONFIG = default_config()

# An applicant-tracking export: one long line, a title before the first tag, <strong> lead-ins,
# entities, a <br/>-separated details paragraph.
ATS_EXPORT = (
    "Senior Data Analyst<p>At Harbour Health we turn claims data into decisions for two "
    "million members.</p><p><strong>What you’ll do:</strong></p><ul><li>Build weekly "
    "dashboards for the finance team</li><li>Write SQL &amp; Python to clean claims data</li>"
    "<li>Present findings to [Company Name] leaders every month</li></ul><p><strong>What you "
    "bring</strong></p><ul><li>Three years of analytics experience</li><li>Clear writing in "
    "English</li></ul><p><strong>Benefits</strong></p><p>Salary: $90,000&ndash;$110,000 a year"
    "<br/>Location: Leeds, hybrid<br/>Employment type: Full-time</p>"
)

# An Indonesian job-board export: <strong> lead-ins, an <ol>, "&nbsp;", a sex requirement.
JOB_BOARD_ID = (
    '<div data-automation="jobAdDetails"><div class="_x1"><p>PT Sinar Laut Logistik adalah '
    "perusahaan ekspedisi yang melayani pengiriman ke seluruh Indonesia.</p><p><strong>"
    "Deskripsi Pekerjaan:</strong></p><ol><li>Mengelola jadwal pengiriman harian</li><li>"
    "Menyusun laporan stok gudang setiap minggu</li><li>Berkoordinasi dengan tim armada</li>"
    "</ol><p><strong>Kualifikasi:</strong></p><ul><li>Pria/Wanita</li><li>Pendidikan minimal "
    "SMA/SMK</li><li>Teliti dan jujur</li></ul><p><strong>Benefit:</strong></p><p>Gaji pokok"
    "&nbsp;Rp&nbsp;5.000.000 per bulan<br/>BPJS Kesehatan</p></div></div>"
)


def html_doc(text: str, name: str = "posting.html") -> Document:
    return parse_document(text, name)


def lint(text: str, name: str) -> FileResult:
    return lint_text(text, name, CONFIG)


def found(result: FileResult, code: str) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.rule == code]


def column_of(source: str, needle: str, after: str = "") -> int:
    """The 1-based column of *needle* on a one-line source (after *after*, if given)."""
    return source.index(needle, source.index(after) if after else 0) + 1


def test_ats_export_on_one_line_is_read_into_title_sections_and_bullets() -> None:
    doc = html_doc(ATS_EXPORT)
    assert doc.format == "html"
    assert doc.title == "Senior Data Analyst"
    assert [(h.text, h.canonical) for h in doc.headings[1:]] == [
        ("What you’ll do:", "responsibilities"),
        ("What you bring", "qualifications"),
        ("Benefits", "benefits"),
    ]
    duties = doc.sections_named("responsibilities")[0].bullets
    assert [b.text for b in duties] == [
        "Build weekly dashboards for the finance team",
        "Write SQL &     Python to clean claims data",  # "&amp;" is "&" and four spaces
        "Present findings to [Company Name] leaders every month",
    ]
    assert {b.marker for b in duties} == {"-"}
    assert ATS_EXPORT[duties[0].marker_span.start : duties[0].marker_span.end] == "<li>"
    assert {d.field for d in doc.details} >= {"location", "employment_type"}


def test_ats_export_counts_the_words_a_reader_sees() -> None:
    result = lint(ATS_EXPORT, "posting.html")
    assert result.stats is not None
    seen = words("".join(ch if ch.isalnum() else " " for ch in ATS_EXPORT))
    assert 60 <= result.stats["words"] < len(seen)  # tags and attribute names are not words
    assert result.stats["bullets"] == 5
    assert result.scores is not None
    assert result.scores["completeness"] > 0
    assert result.scores["readability"] < 100


def test_view_has_the_source_length_and_only_text_where_text_stands() -> None:
    doc = html_doc(ATS_EXPORT)
    assert len(doc.text) == len(ATS_EXPORT)
    assert "<" not in doc.text and "&amp;" not in doc.text
    assert doc.text.index("Salary") == ATS_EXPORT.index("Salary")
    assert doc.text[ATS_EXPORT.index("&amp;") : ATS_EXPORT.index("&amp;") + 5] == "&    "
    assert doc.lines.line_count == 1  # positions count the source's lines


def test_placeholder_inside_li_points_at_its_column_in_the_source() -> None:
    result = lint(ATS_EXPORT, "posting.html")
    (placeholder,) = found(result, "JD401")
    assert placeholder.line == placeholder.end_line == 1
    assert placeholder.column == column_of(ATS_EXPORT, "[Company Name]")
    assert placeholder.end_column == placeholder.column + len("[Company Name]")


def test_job_board_export_in_indonesian_reads_lead_ins_and_ordered_list() -> None:
    doc = html_doc(JOB_BOARD_ID)
    assert doc.language == "id"
    assert [(h.text, h.canonical) for h in doc.headings] == [
        ("Deskripsi Pekerjaan:", "summary"),
        ("Kualifikasi:", "qualifications"),
        ("Benefit:", "benefits"),
    ]
    (ordered,) = [item_list for item_list in doc.lists if item_list.ordered]
    assert [b.marker for b in ordered.bullets] == ["1.", "1.", "1."]
    assert ordered.bullets[1].text == "Menyusun laporan stok gudang setiap minggu"
    assert doc.sections[0].paragraphs[0].text.startswith("PT Sinar Laut Logistik")


def test_sex_requirement_inside_li_points_at_its_column_in_the_source() -> None:
    result = lint(JOB_BOARD_ID, "lowongan.html")
    (sex,) = found(result, "JD507")
    assert (sex.line, sex.column) == (1, column_of(JOB_BOARD_ID, "Pria/Wanita"))


def test_entities_are_read_as_their_characters() -> None:
    doc = html_doc(JOB_BOARD_ID)
    heading = doc.sections_named("benefits")[0].heading
    assert heading is not None
    start = heading.span.end
    assert " ".join(words(doc.text[start:])) == "Gaji pokok Rp 5.000.000 per bulan BPJS Kesehatan"
    result = lint(JOB_BOARD_ID, "lowongan.html")
    assert found(result, "JD402") == []


def test_tags_in_an_html_file_are_not_debris() -> None:
    result = lint(ATS_EXPORT, "posting.html")
    assert found(result, "JD402") == []


def test_escaped_entity_is_reported_where_it_stands() -> None:
    source = "<p>Gaji&amp;nbsp;dan tunjangan menarik untuk staf gudang kami.</p>"
    result = lint(source, "lowongan.html")
    (debris,) = found(result, "JD402")
    assert debris.column == column_of(source, "&amp;nbsp;")
    assert debris.end_column == debris.column + len("&amp;nbsp;")


def test_mojibake_in_html_is_reported_where_it_stands() -> None:
    source = (
        "<p>Youâ€™ll join a team of four analysts.</p>"
        "<ul><li>Build reports for CafÃ© Nero stores</li></ul>"
    )
    result = lint(source, "posting.html")
    garbled = found(result, "JD402")
    assert [(d.column, d.end_column - d.column) for d in garbled] == [
        (column_of(source, "â€™"), 3),
        (column_of(source, "Ã©"), 2),
    ]
    assert all("Garbled" in d.message for d in garbled)


def test_accented_words_and_typographic_quotes_are_not_mojibake() -> None:
    source = "<p>Café supervisor – São Paulo office, “hands-on” role; you’ll lead à la carte.</p>"
    assert found(lint(source, "posting.html"), "JD402") == []


def test_script_and_style_are_not_text() -> None:
    source = (
        "<style>p { color: red; }</style><p>Manage the warehouse team of six.</p>"
        "<script>var ninja = 'rockstar'; trackApplicants();</script>"
    )
    doc = html_doc(source)
    result = lint(source, "posting.html")
    assert [p.text for s in doc.sections for p in s.paragraphs] == [
        "Manage the warehouse team of six."
    ]
    assert result.stats is not None and result.stats["words"] == 6
    assert found(result, "JD801") == []


def test_nested_list_is_a_list_of_its_own_with_depth() -> None:
    source = (
        "<h2>Responsibilities</h2><ul><li>Reporting<ul><li>Build the monthly close pack</li>"
        "<li>Reconcile supplier accounts</li></ul></li><li>Lead the weekly stand-up</li></ul>"
    )
    doc = html_doc(source)
    outer, inner = doc.lists
    assert [b.text for b in outer.bullets] == ["Reporting", "Lead the weekly stand-up"]
    assert outer.bullets[0].subheading
    assert [b.depth for b in inner.bullets] == [1, 1]
    assert doc.headings[0].level == 2 and doc.headings[0].canonical == "responsibilities"


def test_br_lines_with_bullet_characters_are_bullets_and_wrapped_lines_join_them() -> None:
    source = (
        "<p><strong>Tanggung Jawab Utama</strong></p><p><br/>● Merancang dan membangun model "
        "AI untuk mengatasi <br/>tantangan bisnis.<br/>● Menulis dokumentasi teknis untuk "
        "solusi AI.</p>"
    )
    doc = html_doc(source)
    bullets = doc.sections_named("responsibilities")[0].bullets
    assert len(bullets) == 2
    assert words(bullets[0].text)[-2:] == ["tantangan", "bisnis"]
    assert bullets[0].marker == "●"
    assert source[bullets[0].marker_span.start : bullets[0].marker_span.end] == "●"


def test_one_p_per_dash_line_makes_one_list() -> None:
    source = (
        "<p><strong>Kualifikasi:</strong></p><p>- Pengalaman minimal 1 tahun</p>"
        "<p>- Menguasai Microsoft Excel</p><p>- Bersedia bekerja shift</p>"
    )
    doc = html_doc(source)
    assert [len(item_list.bullets) for item_list in doc.lists] == [3]


def test_plain_text_body_in_an_html_file_keeps_its_lines() -> None:
    source = (
        "Northwind is a logistics company serving ports across the region. We move "
        "freight for retailers, farms and hospitals.\n\n"
        "What you'll do:\n"
        "- Plan daily routes for the fleet.\n"
        "- Track deliveries and report delays.\n"
        "<br/><br/>Please mention the word HARBOUR when applying."
    )
    doc = html_doc(source)
    assert [b.text for b in doc.bullets] == [
        "Plan daily routes for the fleet.",
        "Track deliveries and report delays.",
    ]
    assert doc.headings[0].text == "What you'll do:"
    assert doc.sections[-1].paragraphs[-1].text == "Please mention the word HARBOUR when applying."


def test_diagnostic_lines_are_the_source_lines() -> None:
    source = (
        "<h1>Warehouse Supervisor</h1>\n"
        "<ul>\n"
        "  <li>Supervise a team at [Company Name]</li>\n"
        "</ul>\n"
    )
    (placeholder,) = found(lint(source, "posting.html"), "JD401")
    third_line = source.split("\n")[2]
    assert (placeholder.line, placeholder.column) == (3, column_of(third_line, "[Company Name]"))


def test_suppression_comment_in_html_is_honoured() -> None:
    source = (
        "<h1>Warehouse Supervisor</h1>\n"
        "<!-- jdlint-disable-next-line JD401 -->\n"
        "<ul>\n"
        "  <li>Supervise a team at [Company Name]</li>\n"
        "</ul>\n"
    )
    result = lint(source, "posting.html")
    assert found(result, "JD401") == []
    assert found(result, "JD902") == []


def test_html_pasted_into_a_text_draft_is_read_as_html_and_still_reported() -> None:
    source = (
        "Admin Gudang\n"
        "<p>Kami mencari admin gudang yang teliti untuk cabang Surabaya.</p><ul><li>Mencatat "
        "barang masuk &amp; keluar setiap hari</li><li>Menyusun laporan stok mingguan</li>"
        "<li>Pria/Wanita, usia maksimal 30 tahun</li></ul>"
    )
    doc = parse_document(source, "lowongan.txt")
    assert doc.format == "text" and doc.text == source
    assert doc.title == "Admin Gudang"
    assert [b.text for b in doc.bullets][:2] == [
        "Mencatat barang masuk &amp; keluar setiap hari",
        "Menyusun laporan stok mingguan",
    ]
    result = lint(source, "lowongan.txt")
    (entity,) = found(result, "JD402")
    assert (entity.line, entity.column) == (2, column_of(source.split("\n")[1], "&amp;"))
    sex = found(result, "JD507")[0]
    assert (sex.line, sex.column) == (2, column_of(source.split("\n")[1], "Pria/Wanita"))


def test_a_few_tags_in_a_text_draft_leave_it_text() -> None:
    source = "Admin Gudang\n\nTugas:\n- Mencatat barang<br>masuk\n- Menyusun laporan stok\n"
    assert not holds_html(source)
    result = lint(source, "lowongan.txt")
    assert [(d.line, d.column) for d in found(result, "JD402")] == [(4, 18)]


def test_html_block_inside_markdown_is_read_into_bullets() -> None:
    source = (
        "# Data Analyst\n\n"
        "## About the role\n\n"
        "We turn claims data into decisions.\n\n"
        '<div class="requirements">\n'
        "<p><strong>What you bring:</strong></p>\n"
        "<ul>\n"
        "<li>Three years of SQL experience</li>\n"
        "<li>Clear writing for [Company Name] leaders</li>\n"
        "</ul>\n"
        "</div>\n"
    )
    doc = parse_document(source, "posting.md")
    section = doc.sections_named("qualifications")[0]
    assert [b.text for b in section.bullets] == [
        "Three years of SQL experience",
        "Clear writing for [Company Name] leaders",
    ]
    (placeholder,) = found(lint(source, "posting.md"), "JD401")
    assert (placeholder.line, placeholder.column) == (11, 23)


def test_comment_only_html_block_in_markdown_adds_nothing() -> None:
    source = "# Analyst\n\n<!-- jdlint-disable JD801 -->\n\nBuild dashboards.\n"
    doc = parse_document(source, "posting.md")
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["Build dashboards."]


MESSY = [
    ATS_EXPORT,
    JOB_BOARD_ID,
    "<li>Stray item one<li>Stray item two<p>After the items</p>",
    "<ul><li>Parent<ul><li>Child</li></ul>Tail text after the child</li></ul>",
    "<table><tr><th>Lokasi</th><td>Jakarta Selatan</td></tr></table>",
    "<p>Unclosed <b>bold <i>italic<p>Next paragraph &copy; 2024 AT&T",
    "<h2>Gaji</h2>Rp 5 juta<br>per bulan<hr>Kirim CV<!-- note -->sekarang</div></span>",
    '<p>Truncated tag <span style="font: 12px, s<br/><br/>Please mention the word TIDE',
    "<pre>Line one\nLine two</pre><dl><dt>Shift</dt><dd>Pagi</dd></dl>",
]


@pytest.mark.parametrize("source", MESSY)
def test_every_visible_word_ends_up_in_some_block(source: str) -> None:
    doc = html_doc(source)
    spans = [s.heading.span for s in doc.sections if s.heading is not None]
    for section in doc.sections:
        for block in section.blocks:
            if isinstance(block, ItemList):
                spans.extend(bullet.span for bullet in block.bullets)
            else:
                spans.append(block.span)
    covered = [False] * len(doc.text)
    for span in spans:
        assert doc.text[span.start : span.end] == doc.text[span.start : span.end].strip()
        for offset in range(span.start, span.end):
            covered[offset] = True
    lost = "".join(char if not covered[i] else " " for i, char in enumerate(doc.text))
    assert words(lost) == []


def test_read_html_of_a_region_keeps_offsets_of_the_whole_text() -> None:
    source = "Intro line\n<ul><li>Audit claims</li></ul>\nOutro"
    start, end = source.index("<ul>"), source.index("\nOutro")
    reading = read_html(source, start, end, keep_markup=True, find_title=False)
    (item_list,) = reading.blocks
    assert isinstance(item_list, ItemList)
    bullet = item_list.bullets[0]
    assert source[bullet.span.start : bullet.span.end] == "Audit claims"
    assert LineIndex(source).position(bullet.span.start).line == 2


def test_folder_walk_includes_html_and_htm(tmp_path: Path) -> None:
    for name in ("a.html", "b.htm", "c.txt", "d.css"):
        (tmp_path / name).write_text("<p>Manage the warehouse team.</p>", encoding="utf-8")
    assert [path.name for path in find_drafts(tmp_path)] == ["a.html", "b.htm", "c.txt"]


def test_cli_checks_an_html_file_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "posting.html").write_text(ATS_EXPORT, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "jdlint", "check", str(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(run.stdout)
    (file_report,) = report["files"]
    assert file_report["path"].endswith("posting.html")
    assert file_report["stats"]["words"] > 60
    placeholder = next(d for d in file_report["diagnostics"] if d["rule"] == "JD401")
    assert placeholder["column"] == column_of(ATS_EXPORT, "[Company Name]")


def test_document_level_finding_points_at_the_first_line_of_text_not_the_whole_file() -> None:
    (missing_statement,) = found(lint(JOB_BOARD_ID, "lowongan.html"), "JD107")
    first_text = "PT Sinar Laut Logistik"
    assert missing_statement.column == column_of(JOB_BOARD_ID, first_text)
    assert missing_statement.end_column == column_of(JOB_BOARD_ID, "</p>")


def lint_seconds(text: str, name: str) -> float:
    started = time.perf_counter()
    result = lint(text, name)
    assert result.problems == []
    return time.perf_counter() - started


def test_html_lint_time_grows_linearly() -> None:
    small, large = ATS_EXPORT * 100, ATS_EXPORT * 400  # about 70 KB and 280 KB on one line
    lint_seconds(small, "big.html")  # warm up caches
    ratio = lint_seconds(large, "big.html") / lint_seconds(small, "big.html")
    assert ratio < 8, f"4x the text took {ratio:.1f}x as long"


def test_deeply_nested_html_is_read_without_slowing_down() -> None:
    nested_lists = "<ul><li>Manage item" * 3000
    nested_boxes = "<div><span>Manage item" * 10_000 + "</span></div>" * 12_000
    for source in (nested_lists, nested_boxes):
        assert lint_seconds(source, "deep.html") < 30
    (deepest,) = html_doc(nested_lists).lists[-1].bullets
    assert deepest.depth == 2999


def test_markdown_whose_body_is_an_ats_export_is_not_empty() -> None:
    source = "---\ntitle: Admin Logistik\nlanguage: id\n---\n" + JOB_BOARD_ID + "\n"
    result = lint(source, "lowongan.md")
    assert result.stats is not None
    assert result.stats["words"] >= 45 and result.stats["bullets"] == 6
    (sex,) = found(result, "JD507")
    assert (sex.line, sex.column) == (5, column_of(JOB_BOARD_ID, "Pria/Wanita"))
