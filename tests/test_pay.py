"""Pay: money tied to pay is a figure (JD106), vague pay wording is JD804, and the two rules
share one named pattern set (rules/data/pay.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jdlint.config import apply_settings, default_config
from jdlint.errors import ConfigError
from jdlint.lint import lint_text
from jdlint.pattern_sets import pattern_set, resolve
from jdlint.rules import builtin_rules, load_rule_file

PAY_RULES = ("JD106", "JD804")


def _pay_codes(text: str, name: str = "draft.md", language: str = "auto") -> set[str]:
    result = lint_text(text, name, default_config(), language)
    return {d.rule for d in result.diagnostics if d.rule in PAY_RULES}


STARTUP_POST = """\
# Founding Backend Engineer

Lumenfield builds scheduling software for clinics. We just closed a $5M seed round led by
Harbour Ventures, and after raising $160M in total funding our partners value us at $1.2B.

## What you'll do
- Design and run the booking service in Go and PostgreSQL.
- Own on-call for the services you build.

## What you bring
- 3+ years building production web services.

## Benefits
- Remote-first across European time zones
- Equity in a fast-growing company
"""

STIPEND_POST = """\
Customer Support Specialist
Brightdesk · Remote (US)

About the job
Help small businesses get the most out of Brightdesk, by chat and email.

Responsibilities
Answer customer questions within our response-time goals
Write help-centre articles from the questions you see most

Perks
$2,000 learning stipend every year
$500 home office budget
Health, dental and vision insurance
"""

SALARY_POST = """\
# Data Analyst

## Summary
Turn our sales data into weekly reports the regional teams use.

## Compensation
The salary range for this role is $120,000–$140,000 a year, plus a $2,000 learning stipend.
"""

HOURLY_POST = """\
Warehouse Associate (Part Time)

What you'll do:
- Pick and pack orders accurately
- Keep your area clean and safe

What we offer:
- $25/hour, paid weekly
- Paid overtime after 40 hours
"""

VAGUE_POST = """\
# Account Executive

## What you'll do
- Manage a book of 40 mid-market accounts.

## What we offer
- Salary commensurate with experience
- Hybrid work from our Leeds office
"""

COMPETITIVE_POST = """\
# Office Manager

## Benefits
- A competitive annual salary
- 25 days of paid leave
"""

QUARRY_POST = """\
Operator Alat Berat
PT Batu Andesit Sejahtera

PT Batu Andesit Sejahtera adalah perusahaan tambang batu dengan kapasitas produksi
3.000.000 m3/tahun yang memasok proyek jalan tol di Jawa Tengah.

Kualifikasi:
- Pendidikan minimal SMA/SMK
- Memiliki SIO alat berat
- Bersedia bekerja di lokasi tambang

Fasilitas:
- BPJS Kesehatan dan Ketenagakerjaan
- Mess karyawan
"""

GAJI_RANGE_POST = """\
Staf Admin Gudang
CV Sinar Logistik · Semarang

Tanggung Jawab:
- Mencatat barang masuk dan keluar
- Menyusun laporan stok mingguan

Benefit:
- Gaji Rp 5–7 juta per bulan
- Tunjangan transport Rp 500.000
"""

ALLOWANCE_POST = """\
Kasir Toko
Toko Bangunan Maju Jaya

Persyaratan:
- Pria/Wanita, pendidikan minimal SMA
- Teliti dan jujur

Fasilitas:
- Tunjangan transport Rp 500.000
- Uang makan Rp 25.000/hari
"""

GAJI_VAGUE_POST = """\
Sales Canvasser

Kualifikasi:
- Berpengalaman di bidang penjualan minimal 1 tahun
- Memiliki SIM C

Benefit:
- Gaji sesuai pengalaman
- Insentif bulanan
"""

GAJI_COLON_POST = """\
Teknisi AC
Gaji: Rp 4.500.000 - Rp 5.500.000
Penempatan: Bekasi

Kualifikasi:
- Pengalaman minimal 1 tahun sebagai teknisi AC
"""


@pytest.mark.parametrize(
    ("text", "name", "language", "expected"),
    [
        pytest.param(STARTUP_POST, "draft.md", "en", {"JD106"}, id="en-seed-round"),
        pytest.param(STIPEND_POST, "draft.txt", "en", {"JD106"}, id="en-stipend-only"),
        pytest.param(SALARY_POST, "draft.md", "en", set(), id="en-range-a-year"),
        pytest.param(HOURLY_POST, "draft.txt", "en", set(), id="en-per-hour"),
        pytest.param(VAGUE_POST, "draft.md", "en", {"JD106", "JD804"}, id="en-commensurate"),
        pytest.param(
            COMPETITIVE_POST, "draft.md", "en", {"JD106", "JD804"}, id="en-competitive-annual"
        ),
        pytest.param(QUARRY_POST, "draft.txt", "id", {"JD106"}, id="id-production"),
        pytest.param(GAJI_RANGE_POST, "draft.txt", "id", set(), id="id-juta-per-bulan"),
        pytest.param(ALLOWANCE_POST, "draft.txt", "id", {"JD106"}, id="id-allowance-only"),
        pytest.param(
            GAJI_VAGUE_POST, "draft.txt", "id", {"JD106", "JD804"}, id="id-sesuai-pengalaman"
        ),
        pytest.param(GAJI_COLON_POST, "draft.txt", "id", set(), id="id-gaji-range"),
    ],
)
def test_pay_rules_on_real_shaped_posts(
    text: str, name: str, language: str, expected: set[str]
) -> None:
    assert _pay_codes(text, name, language) == expected


def test_vague_pay_points_at_the_phrase() -> None:
    result = lint_text(VAGUE_POST, "draft.md", default_config(), "en")
    vague = next(d for d in result.diagnostics if d.rule == "JD804")
    assert vague.line == 7
    assert vague.message == 'Vague pay "commensurate with experience": state the range'


def test_funding_does_not_answer_competitive_salary() -> None:
    text = STARTUP_POST.replace("- Equity", "- Competitive salary\n- Equity")
    assert _pay_codes(text, language="en") == {"JD106", "JD804"}


@pytest.mark.parametrize(
    "line",
    [
        "Salary plus bonus: $120k–$150k OTE",
        "Base salary $120,000 plus bonus",
        "£38k per annum",
        "Pay: $90k–110k plus equity.",
        "Data Analyst - Up to $6,800",
        "Allowance / Remuneration: $1,800 monthly",
    ],
)
def test_english_pay_shapes_are_figures(line: str) -> None:
    assert "JD106" not in _pay_codes(f"# Role\n\n{line}\n", language="en")


@pytest.mark.parametrize(
    "line",
    [
        "Almost $400bn per year is spent on outsourcing.",
        "Up to $1,000 reimbursement for home office equipment per year.",
        "A $1,000 per year home office budget.",
        "Sign-on bonus: $5,000.",
        "A GBP 25 application fee applies.",
        "Salary reviews every 12 months and 25 days of holiday.",
    ],
)
def test_english_money_that_is_not_pay(line: str) -> None:
    assert "JD106" in _pay_codes(f"# Role\n\n{line}\n", language="en")


@pytest.mark.parametrize(
    "line",
    [
        "Gaji pokok + tunjangan: Rp 6.000.000",
        "Gaji UMR 5.396.761",
        "Penghasilan 4,5 jt/bulan",
        "Gaji IDR 10-12 juta.",
        "Gaji 10-12 juta, bisa nego",
        "Gaji: 4.500.000 - 5.500.000",
        "Rp 18.000.000 – Rp 25.000.000 per bulan",
    ],
)
def test_indonesian_pay_shapes_are_figures(line: str) -> None:
    assert "JD106" not in _pay_codes(f"Staf Gudang\n\n{line}\n", "draft.txt", "id")


@pytest.mark.parametrize(
    "line",
    [
        "Omzet perusahaan Rp 5 miliar per tahun.",
        "Kapasitas produksi 3 juta ton per tahun.",
        "Uang makan Rp 25.000/hari.",
        "Biaya pendaftaran Rp 150.000.",
        "Berpengalaman mengolah lebih dari 10 juta data transaksi.",
        "Target penjualan 100 juta per bulan.",
    ],
)
def test_indonesian_money_that_is_not_pay(line: str) -> None:
    assert "JD106" in _pay_codes(f"Staf Gudang\n\n{line}\n", "draft.txt", "id")


def test_front_matter_key_names_the_figure() -> None:
    text = "---\ntitle: Data Analyst\nsalary: 90000\n---\n\n# Data Analyst\n"
    assert "JD106" not in _pay_codes(text, language="en")


def test_both_rules_use_the_one_shared_pattern_set() -> None:
    rules = {rule.code: rule for rule in builtin_rules()}
    figures, not_pay = pattern_set("pay.figures"), pattern_set("pay.not-pay")
    # JD106 adds one pattern of its own: a pay line still holding a template slot.
    assert tuple(rules["JD106"].options["patterns"])[: len(figures)] == figures
    assert len(rules["JD106"].options["patterns"]) == len(figures) + 1
    assert tuple(rules["JD804"].options["unless"]) == figures
    assert tuple(rules["JD106"].options["exclude"]) == not_pay
    # JD804 adds one exclusion of its own: "DOE" that means no pay (Design of Experiments).
    assert tuple(rules["JD804"].options["exclude"])[: len(not_pay)] == not_pay
    assert len(rules["JD804"].options["exclude"]) == len(not_pay) + 1
    source = Path(rules["JD804"].source).read_text(encoding="utf-8")
    assert "use: pay.figures" in source and "Rp" not in source.split("unless:")[1].split("docs:")[0]


def test_a_reference_is_replaced_in_place_at_any_depth() -> None:
    resolved = resolve({"patterns": [{"pattern": "x", "unless": ["a", {"use": "pay.figures"}]}]})
    unless = resolved["patterns"][0]["unless"]
    assert unless[0] == "a" and tuple(unless[1:]) == pattern_set("pay.figures")
    # Every fragment is filled in: no "{MONEY}" is left for the regex engine to read literally.
    assert not any(re.search(r"\{[A-Z_]+\}", pattern) for pattern in unless)


def test_a_user_rule_may_use_a_named_set(tmp_path: Path) -> None:
    path = tmp_path / "ACME100.yaml"
    path.write_text(
        "code: ACME100\nname: states-pay\nkind: pattern\nseverity: info\nlanguages: [en]\n"
        "message: 'Pay stated: {match}'\noptions:\n  patterns:\n    - use: pay.figures\n",
        encoding="utf-8",
    )
    (rule,) = load_rule_file(path)
    assert tuple(rule.options["patterns"]) == pattern_set("pay.figures")


@pytest.mark.parametrize(
    ("reference", "error"),
    [
        ("pay.figure", r"unknown pattern set 'pay.figure'; sets: pay.figures, pay.not-pay"),
        ("nosuchfile.figures", r"no pattern-set file rules/data/nosuchfile.yaml"),
        ("../pay.figures", r"pattern set '../pay.figures' must be named FILE.SET"),
    ],
)
def test_a_bad_reference_is_a_config_error_naming_the_rule(
    tmp_path: Path, reference: str, error: str
) -> None:
    path = tmp_path / "ACME101.yaml"
    path.write_text(
        "code: ACME101\nname: bad-set\nkind: pattern\nseverity: info\nlanguages: [en]\n"
        f"message: m\noptions:\n  patterns:\n    - use: '{reference}'\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"rule ACME101: " + error):
        load_rule_file(path)


def test_configuration_overrides_may_use_a_named_set() -> None:
    settings = {"rules": {"JD804": {"exclude": [{"use": "pay.not-pay"}, "Department of Energy"]}}}
    config = apply_settings(default_config(), settings, ".jdlint.yaml")
    assert config.options["JD804"]["exclude"][-1] == "Department of Energy"
    assert tuple(config.options["JD804"]["exclude"][:-1]) == pattern_set("pay.not-pay")
