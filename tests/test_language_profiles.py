"""Languages as data: a profile in a folder that a configuration names (``language_paths``)
adds a language without changing jdlint's code.

The design under test: a profile falls back to another language for what it does not set
(its syllable counter here) and for the rules, which run on it with the fallback's options
and vocabularies; its own readability method is used by name. The CLI runs in a fresh process
so that the added language does not stay registered in the test session.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jdlint.errors import ConfigError
from jdlint.languages import known_languages, read_profile

ROOT = Path(__file__).resolve().parent.parent

MALAY = """\
# Bahasa Melayu, falling back to Indonesian for what it does not set.
name: Bahasa Melayu
{extra}readability: {method}
function_words: [yang, dan, di, untuk, dengan, ke, dari, ini, itu, akan, dalam, pada, atau,
  kami, anda, adalah, sebagai, tidak, juga, serta, oleh, telah, bagi, pengalaman, tahun,
  daripada, kepada, iaitu, kerana, boleh, sahaja, syarikat, jawatan, calon, bahawa, sila,
  hendaklah, berkelayakan, permohonan]
{more}"""

POSTING = """\
# Eksekutif Pemasaran

## Ringkasan

Syarikat kami sedang mencari calon yang berjiwa muda untuk jawatan Eksekutif Pemasaran di
pejabat Kuala Lumpur. Anda akan bekerja dengan pasukan jualan bagi kempen baharu kami.

## Tanggungjawab

- Merancang kempen pemasaran digital bagi produk syarikat
- Menyediakan laporan prestasi bulanan kepada pengurus
- Mengurus hubungan dengan rakan niaga dan pembekal

## Kelayakan

- Ijazah daripada universiti yang diiktiraf dalam bidang pemasaran
- Sekurang-kurangnya dua tahun pengalaman kerana kempen digital
- Usia maksimal 28 tahun
- Boleh bertutur dalam bahasa Melayu dan bahasa Inggeris

## Faedah

- Gaji RM 4,000 hingga RM 5,500 sebulan bagi calon yang berkelayakan
- Insurans kesihatan dan cuti tahunan

Sila hantar permohonan anda kepada kami sebelum 30 Jun.
"""


def _setup(
    tmp_path: Path,
    method: str = "fry-indonesian",
    extra: str = "fallback: id\n",
    configured: bool = True,
    more: str = "",
) -> Path:
    """A folder holding a Malay profile (with *more* keys), a configuration that adds it, and a
    posting."""
    (tmp_path / "languages").mkdir()
    (tmp_path / "languages" / "ms.yaml").write_text(
        MALAY.format(method=method, extra=extra, more=more), encoding="utf-8"
    )
    if configured:
        (tmp_path / ".jdlint.yaml").write_text("language_paths: [languages]\n", encoding="utf-8")
    draft = tmp_path / "jawatan.md"
    draft.write_text(POSTING, encoding="utf-8")
    return draft


def _check(draft: Path, *options: str) -> subprocess.CompletedProcess[str]:
    command = ["check", "--format", "json", "--no-color", *options, str(draft)]
    return subprocess.run(
        [sys.executable, "-m", "jdlint", *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def _result(draft: Path, *options: str) -> dict[str, Any]:
    run = _check(draft, *options)
    assert run.returncode in (0, 1), run.stderr
    output = json.loads(run.stdout)
    jsonschema = pytest.importorskip("jsonschema")
    from jdlint.schema import output_schema

    jsonschema.validate(output, output_schema())
    file: dict[str, Any] = output["files"][0]
    return file


def _messages(file: dict[str, Any], code: str) -> list[str]:
    return [d["message"] for d in file["diagnostics"] if d["rule"] == code]


@pytest.mark.parametrize("method", ["fry-indonesian", "flesch-reading-ease"])
def test_a_language_added_from_a_folder_is_detected_and_scored_by_its_method(
    tmp_path: Path, method: str
) -> None:
    file = _result(_setup(tmp_path, method))
    assert file["language"] == "ms"
    scores = file["scores"]
    assert set(scores["languages"]) == {"ms"}
    assert scores["languages"]["ms"]["readability_method"] == method
    assert scores["readability_method"] == method
    assert scores["readability"] is not None


def test_rules_for_the_fallback_language_run_with_its_options_and_vocabulary(
    tmp_path: Path,
) -> None:
    """JD503 lists en and id: on Malay it reads age-coded words from its own Indonesian
    options and age limits from the Indonesian statements of rules/data/requirements.yaml."""
    file = _result(_setup(tmp_path))
    messages = _messages(file, "JD503")
    assert any('"berjiwa muda"' in message for message in messages)
    assert any('"Usia maksimal 28 tahun"' in message for message in messages)


def test_a_profile_adds_the_headings_of_its_sections(tmp_path: Path) -> None:
    assert _messages(_result(_setup(tmp_path)), "JD101") == ["Missing section: qualifications"]
    headings = "sections: {qualifications: [Kelayakan], benefits: [Faedah]}\n"
    other = tmp_path / "with-headings"
    other.mkdir()
    assert _messages(_result(_setup(other, more=headings)), "JD101") == []


CUSTOM_RULE = """\
code: ACME101
name: pay-as-package
kind: terms
severity: info
languages: [ms]
message: 'Name the pay: "{match}"'
options:
  inflect: {inflect}
  terms: [pakej]
"""


def _add_rule(tmp_path: Path, inflect: str) -> None:
    """The custom rule, inflecting by *inflect*'s profile, in a folder the configuration names."""
    (tmp_path / "rules").mkdir()
    rule = CUSTOM_RULE.replace("{inflect}", inflect)
    (tmp_path / "rules" / "acme.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".jdlint.yaml").write_text(
        "language_paths: [languages]\nrule_paths: [rules]\n", encoding="utf-8"
    )


def test_a_rule_may_name_the_language_and_inflect_by_its_profile(tmp_path: Path) -> None:
    """A custom rule for ``ms`` only, whose term takes the endings of the ms profile."""
    draft = _setup(tmp_path, more="inflections: {endings: [nya, an]}\n")
    _add_rule(tmp_path, inflect="ms")
    draft.write_text(POSTING + "\nPakejnya termasuk elaun perjalanan.\n", encoding="utf-8")
    assert _messages(_result(draft), "ACME101") == ['Name the pay: "Pakejnya"']


def test_a_rule_cannot_inflect_by_a_language_without_inflections(tmp_path: Path) -> None:
    draft = _setup(tmp_path)
    _add_rule(tmp_path, inflect="id")
    run = _check(draft)
    assert run.returncode == 2
    assert "language 'id' has no inflections" in run.stderr


def test_without_a_fallback_no_rule_written_for_other_languages_runs(tmp_path: Path) -> None:
    file = _result(_setup(tmp_path, extra="syllables: indonesian\n"))
    assert file["language"] == "ms"
    assert file["diagnostics"] == []
    assert file["scores"]["languages"]["ms"]["readability_method"] == "fry-indonesian"


def test_the_configuration_may_declare_the_added_language(tmp_path: Path) -> None:
    draft = _setup(tmp_path)
    (tmp_path / ".jdlint.yaml").write_text(
        "language_paths: [languages]\nlanguage: ms\n", encoding="utf-8"
    )
    draft.write_text("# Sales Executive\n\nWe are hiring a sales executive.\n", encoding="utf-8")
    assert _result(draft)["language"] == "ms"


def _python(code: str, *args: str) -> str:
    run = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_a_configuration_sent_to_another_process_brings_its_languages(tmp_path: Path) -> None:
    """A Dask worker unpickles the client's configuration: its partitions read Malay too."""
    pytest.importorskip("dask")
    draft = _setup(tmp_path)
    saved = tmp_path / "config.pickle"
    _python(
        "import pickle, sys, jdlint; from pathlib import Path;"
        "Path(sys.argv[2]).write_bytes(pickle.dumps(jdlint.load_config(Path(sys.argv[1]))))",
        str(tmp_path / ".jdlint.yaml"),
        str(saved),
    )
    language = _python(
        "import pickle, sys; from pathlib import Path; from jdlint.dask import lint_partition;"
        "from jdlint.exports import Fields;"
        "config = pickle.loads(Path(sys.argv[1]).read_bytes());"
        "record = {'id': 1, 'description': Path(sys.argv[2]).read_text()};"
        "results = lint_partition([record], fields=Fields(), source='feed', config=config,"
        " language='auto');"
        "print(results[0].language)",
        str(saved),
        str(draft),
    )
    assert language == "ms"


def test_the_command_line_may_choose_the_added_language(tmp_path: Path) -> None:
    draft = _setup(tmp_path)
    draft.write_text("# Sales Executive\n\nWe are hiring a sales executive.\n", encoding="utf-8")
    assert _result(draft, "--lang", "ms")["language"] == "ms"
    run = _check(draft, "--lang", "mz")
    assert run.returncode == 2
    assert "--lang: unknown language 'mz'; languages: auto, en, id, ms" in run.stderr


def test_without_the_configuration_the_posting_reads_as_indonesian(tmp_path: Path) -> None:
    file = _result(_setup(tmp_path, configured=False))
    assert file["language"] == "id"
    assert _messages(file, "JD503")


@pytest.mark.parametrize(
    ("extra", "method", "problem"),
    [
        ("fallback: id\nscript: latin\n", "fry-indonesian", "unknown key 'script'"),
        ("fallback: ind\n", "fry-indonesian", "key 'fallback': unknown language 'ind'"),
        ("fallback: id\n", "gunning-fog", "key 'readability': unknown method 'gunning-fog'"),
        ("", "fry-indonesian", "missing key 'syllables'"),
        ("fallback: ms\n", "fry-indonesian", "'ms' falls back to itself"),
        ("fallback: id\nsections: {perks: [x]}\n", "fry-indonesian", "unknown section 'perks'"),
    ],
)
def test_a_bad_profile_stops_the_run_naming_its_file_and_key(
    tmp_path: Path, extra: str, method: str, problem: str
) -> None:
    run = _check(_setup(tmp_path, method, extra))
    assert run.returncode == 2
    assert str(tmp_path / "languages" / "ms.yaml") in run.stderr
    assert problem in run.stderr


def test_a_profile_is_named_by_its_language_code(tmp_path: Path) -> None:
    path = tmp_path / "Malay.yaml"
    path.write_text("name: Malay\nfunction_words: [yang]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="ISO 639 code"):
        read_profile(path)


def test_the_built_in_profiles_name_their_methods() -> None:
    from jdlint.readability import READABILITY_METHODS
    from jdlint.syllables import SYLLABLE_COUNTERS

    assert known_languages()[:2] == ("en", "id")
    for code in ("en", "id"):
        profile = read_profile(ROOT / "rules" / "data" / "languages" / f"{code}.yaml")
        assert profile.settings["readability"] in READABILITY_METHODS
        assert profile.settings["syllables"] in SYLLABLE_COUNTERS
        assert profile.fallback is None


def test_term_words_come_from_every_profile() -> None:
    from jdlint.kinds.matching import term_pattern, term_words

    assert term_words("determiners") == ("a", "an", "the")
    assert {"not", "tidak"} <= set(term_words("negations"))
    assert term_words("joined") == ("di",)
    pattern = term_pattern("go the extra mile", False)
    assert "a|an|the" in pattern
