"""Property tests: for any text, jdlint neither fails nor points outside the text.

The strategies build job-description-like drafts (headings, bullets, ``Key: value`` lines,
placeholders, front matter, suppression comments, HTML debris) mixed with arbitrary Unicode:
zero-width and non-breaking spaces, tabs, emoji, combining marks, CR and CRLF line ends.

Each property runs ``EXAMPLES`` examples (2,000 by default, as CI requires; set
``JDLINT_PROPERTY_EXAMPLES`` to run fewer while developing). Hypothesis keeps no example
database here (``database=None``), so a run writes nothing into the project folder.
"""

from __future__ import annotations

import codecs
import functools
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jdlint.config import Config, config_from_mapping, default_config
from jdlint.diagnostics import SEVERITIES, Diagnostic
from jdlint.formatters import render
from jdlint.lint import lint_bytes, lint_text
from jdlint.reader import decode, normalise_newlines
from jdlint.results import FileResult
from jdlint.spans import LineIndex

EXAMPLES = int(os.environ.get("JDLINT_PROPERTY_EXAMPLES", "2000"))

PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- strategies -------------------------------------------------------------------------------

ODD_CHARACTERS = [
    "\u00a0",  # no-break space
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",  # byte-order mark inside the text
    "\t",
    "\u0301",  # combining acute accent
    "e\u0301",
    "👩🏽‍💻",
    "🚀",
    "\u2028",  # line separator (not a line end for jdlint)
    "\u00ad",  # soft hyphen
    "—",
    "…",
    "“",
    "”",
    "’",
    "•",
    "\r",
    "\r\n",
    "\\",
    "`",
    "*",
    "_",
    "[",
    "]",
    "{",
    "}",
    "<",
    ">",
    "&",
    "#",
    ":",
    "|",
    "-",
]

WORDS = [
    "Manage",
    "manage",
    "Develop",
    "Menyusun",
    "mengelola",
    "laporan",
    "client",
    "relationships",
    "Responsible",
    "for",
    "the",
    "and",
    "dan",
    "yang",
    "team",
    "tim",
    "staff",
    "member",
    "employees",
    "salesman",
    "rockstar",
    "ninja",
    "Rp",
    "5.000.000",
    "$60,000",
    "gaji",
    "Jakarta",
    "remote",
    "full-time",
    "e.g.",
    "dll.",
    "2-3",
    "years",
    "tahun",
    "pengalaman",
    "Excel",
    "SQL",
    "hubungan",
    "pelanggan",
    "Strong",
    "communication",
    "skills",
]

SECTION_HEADINGS = [
    "About the role",
    "Responsibilities",
    "Key responsibilities",
    "Qualifications",
    "Requirements",
    "Benefits",
    "What we offer",
    "Job details",
    "Salary",
    "Equal opportunity",
    "Tentang peran ini",
    "Tanggung Jawab",
    "Tanggung Jawab Pekerjaan :",
    "Kualifikasi",
    "Persyaratan",
    "Benefit",
    "Tunjangan",
    "Deskripsi Pekerjaan",
    "Skills",
    "Preferred qualifications",
]

DETAIL_KEYS = [
    "Location",
    "Lokasi",
    "Salary",
    "Gaji",
    "Employment type",
    "Jenis pekerjaan",
    "Reports to",
    "Melapor kepada",
    "Job title",
    "Jabatan",
    "Pay",
    "Type",
]

PLACEHOLDERS = [
    "[Insert location]",
    "[Tentukan lokasi]",
    "{{company}}",
    "<COMPANY NAME>",
    "XXX",
    "TBD",
    "[ ]",
    "[]",
    "{}",
    "[[",
    "]]",
]

MARKUP = [
    "<div>",
    "</div>",
    "<br/>",
    "&nbsp;",
    "&amp;",
    "**",
    "__",
    "`code`",
    "```",
    "~~~",
    "> ",
    "| a | b |",
    "|---|---|",
    "[link](http://example.com)",
    "![img](x.png)",
    "{% include x.html %}",
    "{{ page.title }}",
]

DIRECTIVES = [
    "<!-- jdlint-disable-next-line JD401 -->",
    "<!-- jdlint-disable JD301 -->",
    "<!-- jdlint-enable JD301 -->",
    "<!-- jdlint-disable-file JD107 -->",
    "<!-- jdlint-disable-file JD999 -->",
    "<!-- jdlint-disable JD3 -->",
    "<!--",
    "-->",
    "# jdlint-disable-next-line JD401",
    "# jdlint-disable-file JD1",
    "# jdlint-disable-next-line NOPE",
]

BULLET_MARKERS = ["- ", "* ", "+ ", "• ", "· ", "– ", "1. ", "2) ", "10. ", "-", "*"]
INDENTS = ["", " ", "  ", "   ", "    ", "\t", "      ", "\u00a0"]

any_text = st.text(max_size=40)
odd = st.sampled_from(ODD_CHARACTERS)
word = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(PLACEHOLDERS),
    st.sampled_from(MARKUP),
    odd,
    any_text,
)
words = st.lists(word, min_size=0, max_size=14).map(" ".join)
sentence = st.builds(lambda body, end: body + end, words, st.sampled_from(["", ".", "!", "?", ":"]))

heading_line = st.one_of(
    st.builds(
        lambda hashes, text: hashes + text,
        st.sampled_from(["# ", "## ", "### ", "#"]),
        st.one_of(st.sampled_from(SECTION_HEADINGS), words),
    ),
    st.sampled_from(SECTION_HEADINGS),
    st.builds(lambda text: text + ":", st.sampled_from(SECTION_HEADINGS)),
    st.sampled_from(SECTION_HEADINGS).map(str.upper),
    st.builds(lambda text: f"**{text}**", st.sampled_from(SECTION_HEADINGS)),
)
bullet_line = st.builds(
    lambda indent, marker, text: indent + marker + text,
    st.sampled_from(INDENTS),
    st.sampled_from(BULLET_MARKERS),
    sentence,
)
detail_line = st.builds(
    lambda bold, key, value: f"{bold}{key}:{bold} {value}",
    st.sampled_from(["", "**"]),
    st.sampled_from(DETAIL_KEYS),
    st.one_of(words, st.sampled_from(PLACEHOLDERS)),
)
underline = st.sampled_from(["---", "===", "***", "___", "- - -", ""])
section_block = st.builds(
    lambda heading, bullets: "\n".join([heading, *bullets]),
    heading_line,
    st.lists(bullet_line, min_size=1, max_size=10),
)
line = st.one_of(
    section_block,
    heading_line,
    bullet_line,
    bullet_line,
    detail_line,
    sentence,
    st.sampled_from(DIRECTIVES),
    st.sampled_from(MARKUP),
    underline,
    any_text,
)

FRONT_MATTER_LINES = [
    "title: Data Analyst",
    'title: "Analis Data"',
    "title: [unclosed",
    "location: Leeds: hybrid",
    "language: id",
    "language: en",
    "language: fr",
    "salary: Rp 8.000.000",
    "employment_type: full-time",
    "reports_to: Head of Data",
    "jdlint: {ignore: [JD107]}",
    "jdlint: {rules: {JD301: {max_items: 3}}}",
    "- a list item",
    "plain words, not keys",
    "  bad: indent",
    "key: &a [1, 2]",
    "other: *a",
    "# a comment",
    "tags: [a, b",
    "\tindented: with a tab",
    "",
]
front_matter = st.builds(
    lambda lines, close: "---\n" + "\n".join(lines) + ("\n---\n" if close else "\n"),
    st.lists(st.sampled_from(FRONT_MATTER_LINES), max_size=6),
    st.booleans(),
)
line_end = st.sampled_from(["\n", "\n", "\n", "\n\n", "\r\n", "\r"])


@st.composite
def drafts(draw: st.DrawFn) -> str:
    """A draft: maybe front matter, then lines of JD-like content joined by mixed line ends."""
    head = draw(st.one_of(st.just(""), front_matter))
    body_lines = draw(st.lists(line, max_size=24))
    parts = [head]
    for item in body_lines:
        parts.append(item)
        parts.append(draw(line_end))
    return "".join(parts)


draft_name = st.sampled_from(["draft.md", "draft.txt", "draft.markdown", "draft.text", "-"])


# --- helpers ----------------------------------------------------------------------------------


def offset_of(text: str, line: int, column: int) -> int:
    """The offset of a 1-based line and column, counted independently of jdlint."""
    lines = text.split("\n")
    assert 1 <= line <= len(lines), f"line {line} outside 1..{len(lines)}"
    assert 1 <= column <= len(lines[line - 1]) + 1, f"column {column} outside line {line}"
    return sum(len(item) + 1 for item in lines[: line - 1]) + column - 1


def diagnostic_range(text: str, diagnostic: Diagnostic) -> tuple[int, int]:
    start = offset_of(text, diagnostic.line, diagnostic.column)
    end = offset_of(text, diagnostic.end_line, diagnostic.end_column)
    assert start <= end, f"{diagnostic.rule} ends before it starts"
    return start, end


def check_result(text: str, result: FileResult) -> None:
    """The invariants every result must hold for the (line-end normalised) *text*."""
    assert result.problems == [], result.problems
    for diagnostic in result.diagnostics:
        assert diagnostic.severity in SEVERITIES
        assert diagnostic.rule != "JD900", diagnostic.message
        diagnostic_range(text, diagnostic)
        assert diagnostic.message and "{" + "reason}" not in diagnostic.message
    keys = [d.sort_key() for d in result.diagnostics]
    assert keys == sorted(keys), "diagnostics are not in position order"


def report(result: FileResult, config: Config) -> str:
    return "\n".join(
        render(fmt, [result], color=False, show_scores=True, quiet=False, rules=config.rules)
        for fmt in ("text", "json", "sarif", "github")
    )


CONFIG = default_config()


# --- properties -------------------------------------------------------------------------------


@PROPERTY
@given(text=drafts(), name=draft_name, language=st.sampled_from(["auto", "auto", "en", "id"]))
@example(text="---\ntitle: [unclosed\n---\n# Analyst\n", name="draft.md", language="auto")
@example(text="---\nWe are hiring.\n---\n# Analyst\n", name="draft.md", language="auto")
@example(text="---\na: " + "[" * 2000 + "\n---\n", name="draft.md", language="auto")
@example(text="- " * 500 + "x\n", name="draft.md", language="auto")
@example(text="\u200b\u00a0\t👩🏽‍💻e\u0301\r\n- \u200b\n", name="draft.txt", language="id")
@example(text="", name="draft.md", language="auto")
def test_any_draft_lints_the_same_every_time_with_ranges_inside_it(
    text: str, name: str, language: str
) -> None:
    """Two properties on the same 2,000 drafts: no exception and every range inside the text
    (its line and column agreeing with an independent count); and the same bytes out, in
    every format, when the same draft is linted again."""
    result = lint_text(text, name, CONFIG, language)
    check_result(normalise_newlines(text), result)
    first = report(result, CONFIG)
    json.loads(render("json", [result], color=False, show_scores=True, quiet=False, rules=()))
    assert report(lint_text(text, name, CONFIG, language), CONFIG) == first


small_drafts = st.lists(line, max_size=8).map("\n".join)


@PROPERTY
@given(offsets=st.data(), text=st.one_of(small_drafts, st.text()))
def test_line_and_column_agree_with_offsets(offsets: st.DataObject, text: str) -> None:
    text = normalise_newlines(text)
    index = LineIndex(text)
    for offset in offsets.draw(st.lists(st.integers(0, len(text)), max_size=20)):
        position = index.position(offset)
        assert offset_of(text, position.line, position.column) == offset
    assert index.line_count == text.count("\n") + 1


# The custom rules below offer fixes; the built-in rules that offer fixes are checked too.
FIX_RULES = """\
code: ACME101
name: house-terms
kind: terms
severity: info
languages: [en, id]
message: 'Prefer "{suggestion}" to "{match}"'
options:
  terms: {"staff member": "team member", "employees": "people", "salesman": "salesperson",
          "laporan harian": "laporan", "rockstar": "expert", "ninja": ""}
  fix: true
"""


_RULES_FOLDER = tempfile.TemporaryDirectory(prefix="jdlint-property-rules-")


@functools.cache
def fix_config() -> Config:
    folder = Path(_RULES_FOLDER.name)
    (folder / "acme.yaml").write_text(FIX_RULES, encoding="utf-8")
    return config_from_mapping({"rule_paths": [str(folder)]}, None)


def fixes(text: str, result: FileResult) -> list[tuple[int, int, str, str]]:
    found = []
    for diagnostic in result.diagnostics:
        if diagnostic.replacement is not None:
            start, end = diagnostic_range(text, diagnostic)
            found.append((start, end, diagnostic.replacement, diagnostic.rule))
    return sorted(found)


def apply_fixes(text: str, edits: list[tuple[int, int, str, str]]) -> str:
    """*text* with the fixes applied, skipping any that overlaps one applied before (as ruff
    does: the next round picks it up)."""
    chosen: list[tuple[int, int, str, str]] = []
    for edit in edits:
        if not chosen or edit[0] >= chosen[-1][1]:
            chosen.append(edit)
    for start, end, replacement, _rule in reversed(chosen):
        text = text[:start] + replacement + text[end:]
    return text


@PROPERTY
@given(text=drafts(), name=draft_name)
@example(text="Our STAFF MEMBERS and employees.\nA staff\nmember\n", name="draft.txt")
@example(text="A salesman and a salesman.\n", name="draft.md")
def test_every_fix_applies_cleanly_inside_its_own_range(text: str, name: str) -> None:
    """Each fix replaces a non-empty range with different text; one rule's fixes never
    overlap; applying the fixes round after round ends with none left, within three rounds."""
    config = fix_config()
    text = normalise_newlines(text)
    for _round in range(3):
        result = lint_text(text, name, config)
        check_result(text, result)
        edits = fixes(text, result)
        if not edits:
            return
        ends: dict[str, int] = {}
        for start, end, replacement, rule in edits:
            assert start < end, f"{rule}: a fix must replace some text"
            assert replacement != text[start:end], f"{rule}: a fix that changes nothing"
            assert start >= ends.get(rule, 0), f"{rule} offers overlapping fixes"
            ends[rule] = end
        text = apply_fixes(text, edits)
    remaining = fixes(text, lint_text(text, name, config))
    assert not remaining, f"fixes applied three times, yet fixes remain: {remaining}"


# --- bytes: every encoding and binary data ----------------------------------------------------

ENCODED = st.one_of(
    st.binary(max_size=400),
    st.builds(lambda text: text.encode("utf-8"), small_drafts),
    st.builds(lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), small_drafts),
    st.builds(lambda text: text.encode("utf-16"), small_drafts),
    st.builds(lambda text: text.encode("utf-32"), small_drafts),
    st.builds(lambda text: text.encode("cp1252", errors="replace"), small_drafts),
    st.builds(lambda text: text.encode("latin-1", errors="replace"), small_drafts),
    st.builds(lambda head, tail: head + tail, st.binary(max_size=40), st.binary(max_size=40)),
)


@PROPERTY
@given(data=ENCODED, name=draft_name)
@example(data=b"\x00", name="draft.md")
@example(data=b"\xff\xfe", name="draft.md")
@example(data=b"\xff\xfe\x00", name="draft.md")
@example(data=codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00", name="draft.txt")
@example(data=b"Caf\xe9 \x81\x8d\x8f\x90\x9d", name="draft.txt")
def test_any_bytes_are_linted_or_refused_with_one_jd900(data: bytes, name: str) -> None:
    result = lint_bytes(data, name, CONFIG)
    codes = [d.rule for d in result.diagnostics]
    if "JD900" in codes:
        assert codes == ["JD900"]
        assert result.diagnostics[0].message.startswith("Cannot lint this file: ")
        return
    check_result(decode(data).text, result)


def without_controls(text: str) -> str:
    """*text* without the control characters that mark a file as binary."""
    return "".join(char for char in text if char in "\t\n\r" or not (char < " " or char == "\x7f"))


@PROPERTY
@given(text=st.one_of(st.text(), small_drafts).map(without_controls))
@example(text="Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5")
@example(text="\ufeff\ufeffTitle")
def test_decoding_never_loses_or_changes_text(text: str) -> None:
    expected = normalise_newlines(text).lstrip("\ufeff")
    utf8 = text.encode("utf-8")
    assert decode(utf8).text == (
        normalise_newlines(text) if utf8[:3] != codecs.BOM_UTF8 else expected
    )
    assert decode(codecs.BOM_UTF8 + utf8).text == expected
    assert decode(text.encode("utf-16")).text == expected
    assert decode(text.encode("utf-32")).text == expected
    try:
        windows = text.encode("cp1252")
        windows.decode("utf-8")
    except UnicodeEncodeError:
        return  # not a Windows-1252 text
    except UnicodeDecodeError:
        # Not UTF-8, so read as Windows-1252: every character comes back as it was.
        assert decode(windows).text == normalise_newlines(text)
