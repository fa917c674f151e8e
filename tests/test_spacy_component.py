"""jdlint as a spaCy component: nlp.add_pipe("jdlint"), doc._.jdlint, nlp.pipe(n_process=2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

ADVERT_ID = (
    "Admin Gudang\n\nKami mencari admin gudang yang teliti untuk gudang kami di Cikarang.\n\n"
    "Kualifikasi:\n- Pria/Wanita, usia maksimal 25 tahun\n- Berpenampilan menarik\n"
)
ADVERT_EN = (
    "Sales Executive\n\nWe are hunting for a rockstar salesman to grow our accounts in the "
    "West Midlands. He will visit clients every week.\n"
)


def rules_of(doc: object) -> set[str]:
    return {d["rule"] for d in doc._.jdlint["diagnostics"]}  # type: ignore[attr-defined]


def test_component_puts_diagnostics_and_scores_on_the_doc() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("jdlint")
    doc = nlp(ADVERT_ID)
    report = doc._.jdlint
    assert report["language"] == "id"
    assert {"JD507", "JD503", "JD504"} <= rules_of(doc)
    assert report["scores"]["completeness"] < 100
    (sex,) = [d for d in report["diagnostics"] if d["rule"] == "JD507"]
    assert doc.text[sex["offset"] : sex["end_offset"]].startswith("Pria/Wanita")
    json.dumps(report)  # plain data


def test_component_in_english_with_a_configuration(tmp_path: Path) -> None:
    (tmp_path / ".jdlint.yaml").write_text("ignore: [JD801]\n", encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("jdlint", config={"config_path": str(tmp_path), "language": "en"})
    doc = nlp(ADVERT_EN)
    assert doc._.jdlint["language"] == "en"
    assert "JD502" in rules_of(doc) and "JD801" not in rules_of(doc)
    assert doc._.jdlint["scores"]["gender_coding"] is not None


def test_pipe_with_two_processes_gives_the_single_process_results() -> None:
    # Run in a fresh interpreter: spaCy's worker processes must not inherit pytest's state.
    script = f"""
import json, spacy
nlp = spacy.blank("en")
nlp.add_pipe("jdlint")
texts = [{ADVERT_EN!r}, {ADVERT_ID!r}] * 6
one = [doc._.jdlint for doc in nlp.pipe(texts)]
two = [doc._.jdlint for doc in nlp.pipe(texts, n_process=2, batch_size=2)]
print(json.dumps({{"same": one == two, "count": len(two), "first": sorted(
    d["rule"] for d in two[1]["diagnostics"])}}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["same"] is True and outcome["count"] == 12
    assert "JD507" in outcome["first"]


def test_the_command_line_never_imports_spacy() -> None:
    probe = "import sys, jdlint.cli; print('spacy' in sys.modules, 'textstat' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.split() == ["False", "False"]
