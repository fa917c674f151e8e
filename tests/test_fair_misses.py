"""Fair-wording rules on the shapes issue 12 found them wrong or silent on.

Every draft here is invented, in the shapes real postings take: plain text pasted from a job
board, Indonesian posts under an English company blurb, ATS HTML.
"""

from __future__ import annotations

import pytest
import regex

from jdlint.config import apply_settings, default_config
from jdlint.diagnostics import Diagnostic
from jdlint.kinds.matching import term_pattern
from jdlint.lint import lint_text

MIXED_POST = """\
Lowongan Kerja Admin Gudang - PT Arunika Logistik

About Us
Arunika Logistik moves temperature-controlled freight for grocers across Java. With over 40 \
years of experience, we have grown from one truck into a fleet of three hundred.

Kualifikasi:
- Pria, usia maksimal 30 tahun
- Pendidikan minimal SMA/SMK/D3
- Sehat jasmani dan rohani
- IPK minimal 2.75
- Tidak berkacamata, bertato dan bertindik
- Siap bekerja dibawah target waktu dan tekanan
- Memiliki SIM C (diutamakan)

Benefit:
- Gaji sesuai pengalaman
- BPJS Kesehatan
"""


def _lint(text: str, name: str = "post.txt", language: str = "auto", config=None):
    return lint_text(text, name, config or default_config(), language)


def _found(text: str, code: str, name: str = "post.txt", language: str = "auto") -> list[str]:
    """What *code* underlines in *text*."""
    lines = text.split("\n")
    return [
        _underlined(lines, diagnostic)
        for diagnostic in _lint(text, name, language).diagnostics
        if diagnostic.rule == code
    ]


def _underlined(lines: list[str], diagnostic: Diagnostic) -> str:
    assert diagnostic.line == diagnostic.end_line
    return lines[diagnostic.line - 1][diagnostic.column - 1 : diagnostic.end_column - 1]


# --- A posting in Indonesian under an English company blurb ---------------------------------


def test_indonesian_requirements_under_an_english_blurb_are_read_in_indonesian() -> None:
    found = {d.rule: _underlined(MIXED_POST.split("\n"), d) for d in _lint(MIXED_POST).diagnostics}
    assert found["JD507"] == "Pria"
    assert found["JD503"] == "usia maksimal 30 tahun"
    assert found["JD506"] == "Sehat jasmani dan rohani"
    assert found["JD605"] == "IPK minimal 2.75"
    assert found["JD504"] == "Tidak berkacamata, bertato dan bertindik"
    assert found["JD801"] == "dibawah target waktu dan tekanan"
    assert found["JD804"] == "Gaji sesuai pengalaman"
    # The employer's forty years are history, and SMA/SMK/D3 asks for no degree.
    assert "JD602" not in found
    assert "JD603" not in found


# --- JD602: company history ------------------------------------------------------------------


def test_company_history_is_not_an_experience_demand_en() -> None:
    text = (
        "Senior Buyer\n\n"
        "Hollins Valves makes flow-control parts for water utilities. Within 50 years of "
        "experience, we have been evolving into a supplier trusted on four continents.\n\n"
        "Requirements\n"
        "- 12+ years of experience in industrial purchasing\n"
        "- Fluent written English\n"
    )
    assert _found(text, "JD602") == ["12+ years of experience"]


def test_company_history_is_not_an_experience_demand_id() -> None:
    text = (
        "Staf Gudang\n\n"
        "PT Sinar Pangan Abadi adalah distributor bahan pokok. Dengan pengalaman lebih dari 30 "
        "tahun, perusahaan kami melayani ribuan toko di Jawa Timur.\n\n"
        "Kualifikasi:\n"
        "• Pengalaman minimal 12 tahun di bidang pergudangan\n"
        "• Teliti dan jujur\n"
    )
    assert _found(text, "JD602") == ["Pengalaman minimal 12 tahun"]


def test_an_about_us_section_holds_no_experience_demand() -> None:
    text = (
        "About us\n"
        "Our company has 35 years of experience in marine insurance.\n\n"
        "Requirements\n"
        "- 3 years of experience in claims handling\n"
    )
    assert _found(text, "JD602") == []


# --- JD603: the alternative must be one to the degree ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A preference about a licence, SAP or former dealers elsewhere in the section.
        "Kualifikasi:\n• Pendidikan minimal S1 Teknik Mesin\n• Memiliki SIM A (diutamakan)\n"
        "• Pengalaman sebagai dealer merupakan nilai tambah\n",
        "Requirements\n- Bachelor's degree in Accounting\n- Experience with SAP is a plus\n",
        "Qualifications\n- A degree in Finance\n- A driving licence is preferred\n",
        # A preference for one field of study still asks for the degree.
        "Kualifikasi:\n• Pendidikan minimal D3/S1 (diutamakan jurusan Administrasi)\n• Teliti\n",
    ],
)
def test_an_unrelated_preference_does_not_answer_the_degree(text: str) -> None:
    assert len(_found(text, "JD603")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Requirements\n- Bachelor's degree in Accounting preferred\n- Excel\n",
        "Requirements\n- Bachelor's degree in CS or related field, or 2 - 5 years relevant "
        "work experience\n- SQL\n",
        "Requirements\n- Excel\n\nNice to have:\n- A master's degree in statistics\n",
        "Requirements\n- Bachelor's degree in Accounting\n- Excel\n\n"
        "Equivalent experience gained at work is just as welcome.\n",
        "Kualifikasi:\n• Pendidikan minimal SMA/DIII/S1\n• Menguasai Excel\n",
        "Kualifikasi:\n• Pendidikan minimal SMA/SMK atau D3 Akuntansi\n• Jujur\n",
        "Kualifikasi:\n• S1 Teknik atau berpengalaman 3 tahun di bidang yang sama\n",
        "Kualifikasi:\n• Minimal SMA sederajat, diutamakan S1\n",
    ],
)
def test_an_alternative_to_the_degree_answers_it(text: str) -> None:
    assert _found(text, "JD603") == []


def test_degree_in_ats_html_with_an_unrelated_plus() -> None:
    html = (
        "<div><h3>Company Description</h3><p>Brightline Health runs clinics in three states.</p>"
        "<h3>Qualifications</h3><ul><li>Bachelor&rsquo;s degree in Health Administration</li>"
        "<li>Experience with Epic is a plus</li></ul></div>"
    )
    found = [d for d in _lint(html, name="post.html").diagnostics if d.rule == "JD603"]
    assert len(found) == 1


# --- JD805, JD605, JD504, JD503, JD804: wordings that were missed ----------------------------


@pytest.mark.parametrize(
    ("sentence", "underlined"),
    [
        ("The ideal candidate has run a warehouse team.", "The ideal candidate"),
        ("This person must have a forklift licence.", "This person must"),
        (
            "The right person in this critical role will open two depots.",
            "The right person in this critical role will",
        ),
        ("We would love to hear from our ideal candidates soon.", "our ideal candidates"),
        ("Reporting to the plant manager, the incumbent plans shifts.", "the incumbent"),
    ],
)
def test_third_person_wordings(sentence: str, underlined: str) -> None:
    text = f"Warehouse Lead\n\nAbout the role\n{sentence}\n\nRequirements\n- Forklift licence\n"
    assert _found(text, "JD805", language="en") == [underlined]


def test_third_person_leaves_other_incumbents_alone() -> None:
    text = "About us\nWe compete with the incumbent operators on price and service.\n"
    assert _found(text, "JD805", language="en") == []


def test_grade_floor_ending_the_bullet_and_cumlaude() -> None:
    text = (
        "Kualifikasi:\n- S1 Akuntansi\n- IPK min. 3,00\n- IPK minimal 3.00\n- Diutamakan cumlaude\n"
    )
    assert _found(text, "JD605", language="id") == [
        "IPK min. 3,00",
        "IPK minimal 3.00",
        "Diutamakan cumlaude",
    ]


def test_graduation_year_as_an_age_proxy() -> None:
    en = "Requirements\n- Open to the class of 2025 only\n- Strong written English\n"
    assert _found(en, "JD503", language="en") == ["class of 2025"]
    id_ = "Kualifikasi:\n- Lulusan tahun 2023-2025\n- Menguasai Excel\n"
    assert _found(id_, "JD503", language="id") == ["Lulusan tahun 2023-2025"]
    history = "About us\nFounded in 2015, we build tools for class teachers.\n"
    assert _found(history, "JD503", language="en") == []


@pytest.mark.parametrize(
    ("text", "language", "underlined"),
    [
        (
            "What we offer\n- Salary commensurate with experience\n",
            "en",
            "commensurate with experience",
        ),
        (
            "Benefits\n- A competitive annual salary\n- Stock options\n",
            "en",
            "competitive annual salary",
        ),
        ("Benefit:\n- Gaji sesuai pengalaman\n- BPJS\n", "id", "Gaji sesuai pengalaman"),
    ],
)
def test_vague_pay_wordings(text: str, language: str, underlined: str) -> None:
    assert _found(text, "JD804", language=language) == [underlined]
    stated = text + "- Rp 6.000.000 - Rp 8.000.000 per bulan\n"
    assert _found(stated, "JD804", language=language) == []


# --- JD801 and the term matcher: a cliché's family ------------------------------------------


@pytest.mark.parametrize(
    ("line", "underlined"),
    [
        ("- Happy to wear multiple hats", "wear multiple hats"),
        ("- Comfortable wearing many hats", "wearing many hats"),
        ("- Thinking out of the box", "Thinking out of the box"),
        ("- Thrives in a fast paced startup environment", "fast paced startup environment"),
        ("- Able to handle work pressure", "handle work pressure"),
        ("- Works well under pressure", "Works well under pressure"),
        ("- Ready to go an extra mile for customers", "go an extra mile"),
    ],
)
def test_cliche_families_en(line: str, underlined: str) -> None:
    text = f"Requirements\n{line}\n- Two years in customer support\n"
    assert _found(text, "JD801", language="en") == [underlined]


@pytest.mark.parametrize(
    ("line", "underlined"),
    [
        ("• Siap bekerja dibawah target waktu dan tekanan", "dibawah target waktu dan tekanan"),
        ("• Mampu bekerja dibawah tekanan", "Mampu bekerja dibawah tekanan"),
        ("• Siap bekerja di lingkungan yang dinamis", "lingkungan yang dinamis"),
        ("• Bersedia kerja lembur", "Bersedia kerja lembur"),
        ("• Tahan tekanan dan teliti", "Tahan tekanan"),
    ],
)
def test_cliche_families_id(line: str, underlined: str) -> None:
    text = f"Kualifikasi:\n{line}\n• Pengalaman minimal 1 tahun\n"
    assert _found(text, "JD801", language="id") == [underlined]


@pytest.mark.parametrize(
    "text",
    [
        "About us\nWe are a unicorn startup backed by regional investors.\n",
        "About us\nOur alumni work at tech giants and unicorns across Asia.\n",
        "Requirements\n- You will not work under pressure vessels\n",
        "Benefit:\n• Lembur dibayar sesuai peraturan\n",
    ],
)
def test_cliche_families_leave_other_senses_alone(text: str) -> None:
    assert _found(text, "JD801") == []


def test_term_family_keeps_whole_words_and_joins_di() -> None:
    pattern = term_pattern("work under pressure", inflect=True)
    assert regex.search(pattern, "you will work well under pressure", regex.I)
    assert not regex.search(pattern, "homework under pressure", regex.I)
    joined = term_pattern("bekerja di bawah tekanan")
    assert regex.search(joined, "Mampu bekerja dibawah tekanan", regex.I)


def test_an_inserted_negation_is_not_the_cliche() -> None:
    text = "About us\nWe are not a family: we are a team with clear hours.\n"
    assert _found(text, "JD801", language="en") == []
    assert _found("About us\nWe are a real family.\n", "JD801", language="en") == [
        "We are a real family"
    ]


def test_a_fix_is_offered_only_for_the_exact_phrase() -> None:
    config = apply_settings(default_config(), {"rules": {"JD802": {"fix": True}}}, None)
    text = "About the role\nYou will move the needle on churn, moving the needle every week.\n"
    found = [d for d in _lint(text, "post.txt", "en", config).diagnostics if d.rule == "JD802"]
    assert [d.suggestion for d in found] == ["make a difference", "make a difference"]
    assert [d.replacement for d in found] == ["make a difference", None]


def test_term_pre_test_never_skips_a_family_member() -> None:
    """The words a term list needs (known without analysing its pattern) are in every text
    its family matches."""
    from jdlint.rules import builtin_rules
    from jdlint.word_index import WordIndex

    texts = [
        "Comfortable wearing multiple hats",
        "Thinking out of the box",
        "thrives in fast paced startup environments",
        "Siap bekerja dibawah target waktu dan tekanan",
        "Bersedia kerja lembur",
        "leveraging cloud tools",
        "go an extra mile",
        "moving the needle",
    ]
    checked = 0
    for rule in builtin_rules():
        if rule.kind.name != "terms":
            continue
        for language in rule.languages:
            prepared = rule.prepared(language)
            for text in texts:
                index = WordIndex(text)
                possible = {
                    number
                    for way in prepared.needs.met_ways(index)
                    for number in prepared.terms_of[way]
                }
                for number, (_term, _replacement, compiled) in enumerate(prepared.entries):
                    if compiled.regex.search(text):
                        assert number in possible, (rule.code, text)
                        assert compiled.may_match_known(index), (rule.code, text)
                        checked += 1
    assert checked >= len(texts)
