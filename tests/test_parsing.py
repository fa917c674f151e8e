"""Parsing drafts: Markdown and plain text into sections, lists, bullets and details;
the tokenizer; language detection."""

from __future__ import annotations

import pytest

from jdlint.document import Document
from jdlint.language import detect_language
from jdlint.parse import parse_document
from jdlint.spans import LineIndex, Span
from jdlint.text import sentence_spans, words


def md(text: str) -> Document:
    return parse_document(text, "draft.md")


def txt(text: str) -> Document:
    return parse_document(text, "draft.txt")


def covered(doc: Document, span: Span) -> str:
    return doc.text[span.start : span.end]


def canonical_of(doc: Document, heading_text: str) -> str | None:
    for section in doc.sections:
        if section.heading is not None and section.heading.text == heading_text:
            return section.canonical
    raise AssertionError(f"no heading {heading_text!r} in {[h.text for h in doc.headings]}")


# --- spans -----------------------------------------------------------------------------------


def test_line_index_gives_one_based_lines_and_columns() -> None:
    lines = LineIndex("Title\n\n- Audit claims\n")
    assert (lines.position(0).line, lines.position(0).column) == (1, 1)
    assert (lines.position(9).line, lines.position(9).column) == (3, 3)
    assert lines.line_start(3) == 7
    assert lines.line_end(3) == 21
    assert lines.line_count == 4


# --- Markdown --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "canonical"),
    [
        ("## What you'll do", "responsibilities"),
        ("## What you’ll do", "responsibilities"),
        ("## Tanggung Jawab Utama", "responsibilities"),
        ("## Kualifikasi", "qualifications"),
        ("## About the role", "summary"),
        ("## Tunjangan dan Fasilitas", "benefits"),
    ],
)
def test_markdown_heading_maps_to_canonical_section(heading: str, canonical: str) -> None:
    doc = md(f"# Payroll Analyst\n\n{heading}\n\n- Check each payslip before it goes out\n")
    assert canonical_of(doc, heading.lstrip("# ")) == canonical


def test_markdown_bullet_span_covers_exactly_its_text() -> None:
    draft = (
        "## Responsibilities\n\n"
        "- Reconcile the payroll ledger every month\n"
        "-   Train two new clerks on **overtime** rules\n"
        "* Answer staff questions about `PPh 21`\n"
    )
    doc = md(draft)
    expected = [
        "Reconcile the payroll ledger every month",
        "Train two new clerks on **overtime** rules",
        "Answer staff questions about `PPh 21`",
    ]
    assert [covered(doc, b.span) for b in doc.bullets] == expected
    assert [b.text for b in doc.bullets] == expected


def test_markdown_bullet_marker_span_points_at_the_marker() -> None:
    doc = md("## Duties\n\n1. Plan the shift roster\n2. Count stock on Fridays\n")
    assert [covered(doc, b.marker_span) for b in doc.bullets] == ["1.", "2."]
    assert doc.lists[0].ordered


def test_markdown_wrapped_bullet_span_runs_to_the_last_line() -> None:
    doc = md("## Duties\n\n- Reconcile payroll\n  against the general ledger\n")
    assert covered(doc, doc.bullets[0].span) == "Reconcile payroll\n  against the general ledger"


def test_markdown_nested_list_is_a_separate_list() -> None:
    draft = (
        "## Responsibilities\n\n"
        "- Prepare monthly tax filings with the finance team\n"
        "  - PPh 21 returns\n"
        "  - BPJS contributions\n"
        "- Audit overtime claims\n"
    )
    doc = md(draft)
    outer, inner = doc.lists
    assert [b.text for b in outer.bullets] == [
        "Prepare monthly tax filings with the finance team",
        "Audit overtime claims",
    ]
    assert [b.text for b in inner.bullets] == ["PPh 21 returns", "BPJS contributions"]
    assert [b.depth for b in inner.bullets] == [1, 1]
    assert not outer.bullets[0].subheading


def test_markdown_short_bullet_ending_in_colon_with_nested_list_is_subheading() -> None:
    draft = (
        "## Responsibilities\n\n"
        "- Own the payroll calendar:\n"
        "  - Publish cut-off dates\n"
        "  - Chase late timesheets\n"
    )
    doc = md(draft)
    head = doc.lists[0].bullets[0]
    assert head.text == "Own the payroll calendar:"
    assert head.subheading
    assert [b.subheading for b in doc.lists[1].bullets] == [False, False]


def test_markdown_front_matter_is_read_and_gives_the_title() -> None:
    draft = (
        "---\ntitle: Senior Payroll Analyst\nlocation: Surabaya\n---\n\n"
        "## About the role\n\nWe pay four hundred people across two plants.\n"
    )
    doc = md(draft)
    assert doc.front_matter["title"] == "Senior Payroll Analyst"
    assert doc.front_matter["location"] == "Surabaya"
    assert doc.title == "Senior Payroll Analyst"
    assert doc.title_span is not None
    assert covered(doc, doc.title_span) == "Senior Payroll Analyst"


def test_markdown_front_matter_title_beats_the_first_heading() -> None:
    draft = "---\ntitle: Payroll Lead\n---\n\n# Payroll Analyst\n\n## Duties\n\n- Run payroll\n"
    assert md(draft).title == "Payroll Lead"


def test_markdown_first_level_one_heading_is_the_title_without_front_matter() -> None:
    doc = md("# Warehouse Shift Lead\n\n## Duties\n\n- Plan the shift roster\n")
    assert doc.title == "Warehouse Shift Lead"
    assert doc.title_span is not None
    assert covered(doc, doc.title_span) == "Warehouse Shift Lead"


def test_markdown_quoted_front_matter_title_span_covers_the_title_only() -> None:
    doc = md('---\ntitle: "Senior Payroll Analyst"\n---\n\n## Duties\n\n- Run payroll\n')
    assert doc.title == "Senior Payroll Analyst"
    assert doc.title_span is not None
    assert covered(doc, doc.title_span) == doc.title


def test_markdown_bold_only_paragraph_acts_as_heading() -> None:
    draft = (
        "# Payroll Analyst\n\nWe run payroll for a retail group.\n\n"
        "**Responsibilities**\n\n- Audit overtime claims\n- Publish payslips\n"
    )
    doc = md(draft)
    section = doc.sections_named("responsibilities")
    assert len(section) == 1
    assert section[0].heading is not None
    assert section[0].heading.text == "**Responsibilities**"
    assert [b.text for b in section[0].bullets] == ["Audit overtime claims", "Publish payslips"]


def test_markdown_bold_sentence_is_not_a_heading() -> None:
    draft = (
        "## About the role\n\n"
        "**We run payroll for four hundred staff in two plants every month.**\n"
    )
    doc = md(draft)
    assert [h.text for h in doc.headings] == ["About the role"]


def test_markdown_link_and_checkbox_text_are_preserved() -> None:
    draft = (
        "## Duties\n\n"
        "- [ ] Read [the payroll guide](https://example.com/guide) in week one\n"
        "- [x] Meet the finance team\n"
    )
    doc = md(draft)
    assert [b.text for b in doc.bullets] == [
        "[ ] Read [the payroll guide](https://example.com/guide) in week one",
        "[x] Meet the finance team",
    ]
    assert all(covered(doc, b.span) == b.text for b in doc.bullets)


def test_markdown_heading_span_covers_heading_text() -> None:
    doc = md("# Payroll Analyst\n\n## Kualifikasi\n\n- Minimal D3 Akuntansi\n")
    heading = doc.headings[1]
    assert covered(doc, heading.span) == "Kualifikasi"
    assert doc.lines.position(heading.span.start).line == 3


def test_markdown_unknown_subheading_inherits_parent_section() -> None:
    draft = "## Responsibilities\n\n### Month-end close\n\n- Post accruals to the ledger\n"
    doc = md(draft)
    sub = doc.sections[-1]
    assert sub.own_canonical is None
    assert sub.canonical == "responsibilities"


# --- plain text ------------------------------------------------------------------------------


SEED_STYLE = """Staf Administrasi Gudang

Kami mencari staf yang teliti untuk gudang kami di Cikarang.

Tanggung Jawab Utama:
• Mencatat barang masuk dan keluar setiap hari
• Manajemen Hubungan Klien:
• Menjawab pertanyaan pelanggan melalui telepon
• Mengirim laporan stok mingguan
Perencanaan Akun:
• Menyusun rencana kunjungan bulanan

Kualifikasi:
- Minimal lulusan SMA atau sederajat
- Teliti dan rapi

Jenis: Penuh waktu
Lokasi: Cikarang, Bekasi
Melapor kepada: Kepala Gudang
Reports to: Warehouse Lead
"""


def test_text_first_short_line_is_the_title() -> None:
    doc = txt(SEED_STYLE)
    assert doc.title == "Staf Administrasi Gudang"
    assert doc.title_span == Span(0, len("Staf Administrasi Gudang"))


def test_text_long_first_line_is_not_a_title() -> None:
    draft = (
        "We are a family-run bakery in Bandung and we are looking for a cashier who enjoys "
        "talking to customers every single morning.\n"
    )
    assert txt(draft).title is None


def test_text_line_ending_in_colon_is_a_heading() -> None:
    doc = txt(SEED_STYLE)
    heading = next(h for h in doc.headings if h.text == "Kualifikasi:")
    assert heading.canonical == "qualifications"
    assert canonical_of(doc, "Kualifikasi:") == "qualifications"
    assert canonical_of(doc, "Tanggung Jawab Utama:") == "responsibilities"


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("• Mencatat stok harian", "•"),
        ("- Mencatat stok harian", "-"),
        ("* Mencatat stok harian", "*"),
        ("1. Mencatat stok harian", "1."),
        ("•\tMencatat stok harian", "•"),
    ],
)
def test_text_bullet_markers(line: str, marker: str) -> None:
    doc = txt(f"Staf Gudang\n\nTugas:\n{line}\n")
    (bullet,) = doc.bullets
    assert bullet.text == "Mencatat stok harian"
    assert covered(doc, bullet.span) == "Mencatat stok harian"
    assert bullet.marker == marker
    assert covered(doc, bullet.marker_span) == line.split()[0]


def test_text_numbered_list_is_ordered() -> None:
    doc = txt("Staf Gudang\n\nTugas:\n1. Mencatat stok\n2. Mengirim laporan\n")
    assert len(doc.lists) == 1
    assert doc.lists[0].ordered
    assert [b.text for b in doc.bullets] == ["Mencatat stok", "Mengirim laporan"]


def test_text_seed_style_subheading_bullet_is_its_own_list() -> None:
    doc = txt(SEED_STYLE)
    section = doc.sections_named("responsibilities")[0]
    first, head, items = section.lists
    assert [b.text for b in first.bullets] == ["Mencatat barang masuk dan keluar setiap hari"]
    assert [b.text for b in head.bullets] == ["Manajemen Hubungan Klien:"]
    assert head.bullets[0].subheading
    assert len(items.bullets) == 2
    assert [b.text for b in items.bullets] == [
        "Menjawab pertanyaan pelanggan melalui telepon",
        "Mengirim laporan stok mingguan",
    ]
    assert not any(b.subheading for b in items.bullets)


def test_text_unknown_heading_after_responsibilities_inherits_it() -> None:
    doc = txt(SEED_STYLE)
    section = next(
        s for s in doc.sections if s.heading is not None and s.heading.text == "Perencanaan Akun:"
    )
    assert section.own_canonical is None
    assert section.canonical == "responsibilities"
    assert [b.text for b in section.bullets] == ["Menyusun rencana kunjungan bulanan"]


@pytest.mark.parametrize(
    ("key", "field", "value"),
    [
        ("Jenis", "employment_type", "Penuh waktu"),
        ("Lokasi", "location", "Cikarang, Bekasi"),
        ("Melapor kepada", "reports_to", "Kepala Gudang"),
        ("Reports to", "reports_to", "Warehouse Lead"),
    ],
)
def test_text_key_value_lines_become_details(key: str, field: str, value: str) -> None:
    doc = txt(SEED_STYLE)
    detail = next(d for d in doc.details if d.key == key)
    assert detail.field == field
    assert detail.value == value
    assert covered(doc, detail.value_span) == value
    assert covered(doc, detail.key_span) == key


def test_text_unknown_key_is_a_detail_without_field() -> None:
    doc = txt("Staf Gudang\n\nShift: pagi dan malam\n")
    (detail,) = doc.details
    assert detail.key == "Shift"
    assert detail.field is None


def test_text_indented_bullet_continuation_joins_the_bullet() -> None:
    draft = "Staf Gudang\n\nTugas:\n- Mencatat barang masuk\n  dan keluar setiap hari\n"
    doc = txt(draft)
    (bullet,) = doc.bullets
    assert covered(doc, bullet.span) == "Mencatat barang masuk\n  dan keluar setiap hari"


# --- tokenizer -------------------------------------------------------------------------------


def test_reduplicated_words_are_one_word() -> None:
    assert words("Mengajar anak-anak sehari-hari.") == ["Mengajar", "anak-anak", "sehari-hari"]


def test_rupiah_amount_keeps_its_separators() -> None:
    assert words("Gaji Rp 18.000.000 per bulan") == ["Gaji", "Rp", "18.000.000", "per", "bulan"]


def test_decimal_comma_and_contractions_stay_whole() -> None:
    assert words("IPK minimal 3,5; we're flexible, don’t worry") == [
        "IPK",
        "minimal",
        "3,5",
        "we're",
        "flexible",
        "don’t",
        "worry",
    ]


def test_two_sentences_are_two_spans() -> None:
    text = "Build reports. Review invoices."
    spans = sentence_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Build reports.", "Review invoices."]


def test_sentence_spans_are_shifted_and_trimmed() -> None:
    spans = sentence_spans("  Build reports.  Review invoices.  ", offset=100)
    assert spans == [Span(102, 116), Span(118, 134)]


def test_no_split_after_eg() -> None:
    text = "Use office tools, e.g. Excel and SAP. Then review the totals."
    spans = sentence_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Use office tools, e.g. Excel and SAP.",
        "Then review the totals.",
    ]


def test_no_split_after_dll_before_a_lower_case_word() -> None:
    abbreviated = "Menguasai Word, Excel, dll. serta Microsoft Teams."
    spelled_out = "Menguasai Word, Excel, lain-lain. Microsoft Teams juga dipakai."
    assert len(sentence_spans(abbreviated)) == 1
    assert len(sentence_spans(spelled_out)) == 2


def test_no_sentence_without_words() -> None:
    assert sentence_spans("  ... ---  ") == []


# --- language --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kami mencari staf gudang yang teliti dan mampu bekerja dalam tim.",
        "Anda akan menyusun laporan keuangan untuk direksi setiap bulan.",
        "Pengalaman minimal dua tahun di bidang yang sama.",
    ],
)
def test_indonesian_is_detected(sentence: str) -> None:
    assert detect_language(sentence) == "id"


@pytest.mark.parametrize(
    "sentence",
    [
        "We are looking for a warehouse clerk who can work with the team.",
        "You will prepare the monthly finance report for the board.",
        "Experience in payroll is a plus for this role.",
    ],
)
def test_english_is_detected(sentence: str) -> None:
    assert detect_language(sentence) == "en"


def test_parsed_indonesian_text_draft_is_indonesian() -> None:
    assert txt(SEED_STYLE).language == "id"


def test_front_matter_language_wins_over_detection() -> None:
    draft = "---\nlanguage: id\n---\n\nWe are looking for a clerk who can work with the team.\n"
    assert md(draft).language == "id"


def test_language_argument_forces_english() -> None:
    doc = parse_document(SEED_STYLE, "draft.txt", language="en")
    assert doc.language == "en"


def test_markdown_bold_detail_lines_are_details_not_headings() -> None:
    doc = md("# Payroll Analyst\n\n**Jenis: Kontrak**\n\n**Lokasi:** Jakarta Selatan\n")
    assert [h.text for h in doc.headings] == ["Payroll Analyst"]
    found = {d.field: (covered(doc, d.key_span), covered(doc, d.value_span)) for d in doc.details}
    assert found == {
        "employment_type": ("Jenis", "Kontrak"),
        "location": ("Lokasi", "Jakarta Selatan"),
    }


@pytest.mark.parametrize(
    "advert",
    [
        "Admin Gudang\n\nKualifikasi:\n- Pria/Wanita, usia maksimal 25 tahun\n"
        "- Berpenampilan menarik\n",
        "SALES COUNTER\nPersyaratan:\n- Lulusan SMA/SMK\n- Usia maks 30 tahun\n"
        "Gaji UMR + tunjangan\n",
    ],
)
def test_terse_indonesian_adverts_are_indonesian(advert: str) -> None:
    # Job-board adverts may hold no function word at all; their own words decide.
    assert detect_language(advert) == "id"
    assert parse_document(advert, "advert.txt").language == "id"
