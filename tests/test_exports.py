"""Exports of postings (CSV, TSV, JSON Lines, JSON arrays): row by row, streamed, ids as places."""

from __future__ import annotations

import csv
import io
import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint import memo, parallel, syllables
from jdlint.cli import cli
from jdlint.config import default_config
from jdlint.exports import CountingReader, Fields, Row, read_rows
from jdlint.parallel import lint_rows

# Rows as an applicant-tracking system exports them: HTML descriptions, an English company
# blurb above Indonesian requirements, a plain-text advert, and an empty description.
ROWS = [
    {
        "id": "REQ-101",
        "title": "Admin Gudang",
        "description": (
            "<p>Kami mencari admin gudang yang teliti untuk gudang kami di Cikarang.</p>"
            "<h3>Kualifikasi</h3><ul><li>Pria/Wanita, usia maksimal 25 tahun</li>"
            "<li>Berpenampilan menarik</li></ul>"
        ),
    },
    {
        "id": "REQ-102",
        "title": "Sales Executive",
        "description": (
            "Sales Executive\n\nWe are hunting for a rockstar salesman to grow our accounts "
            "in the West Midlands.\n"
        ),
    },
    {"id": "REQ-103", "title": "Draft", "description": ""},
]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def write_csv(path: Path, rows: list[dict[str, str]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def files(output: str) -> dict[str, set[str]]:
    return {f["path"]: {d["rule"] for d in f["diagnostics"]} for f in json.loads(output)["files"]}


def test_csv_rows_are_linted_with_their_ids_as_places(tmp_path: Path) -> None:
    export = write_csv(tmp_path / "postings.csv", ROWS)
    code, out, _ = run("check", "--format", "json", str(export))
    assert code == 1
    found = files(out)
    assert list(found) == [f"{export}#REQ-101", f"{export}#REQ-102", f"{export}#REQ-103"]
    assert {"JD507", "JD503", "JD504"} <= found[f"{export}#REQ-101"]
    assert "JD402" not in found[f"{export}#REQ-101"]  # HTML read as HTML, not as leftover tags
    assert {"JD801", "JD502"} <= found[f"{export}#REQ-102"]
    assert "JD904" in found[f"{export}#REQ-103"]


def test_json_lines_and_json_arrays_read_alike(tmp_path: Path) -> None:
    lines = tmp_path / "postings.jsonl"
    lines.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    array = tmp_path / "postings.json"
    array.write_text(json.dumps(ROWS), encoding="utf-8")
    _, from_lines, _ = run("check", "--format", "json", "--text-field", "description", str(lines))
    _, from_array, _ = run("check", "--format", "json", str(array))
    assert list(files(from_lines).values()) == list(files(from_array).values())
    assert f"{array}#REQ-101" in files(from_array)


def test_a_bad_row_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    export = tmp_path / "postings.jsonl"
    export.write_text(
        json.dumps(ROWS[0]) + "\n{not json\n" + '"a string"\n' + json.dumps(ROWS[1]) + "\n",
        encoding="utf-8",
    )
    code, out, _ = run("check", "--format", "json", str(export))
    found = files(out)
    assert code == 1
    assert found[f"{export}#2"] == {"JD900"} and found[f"{export}#3"] == {"JD900"}
    assert "JD801" in found[f"{export}#REQ-102"]
    broken = json.loads(out)["files"][1]["diagnostics"][0]["message"]
    assert "line 2 is not JSON" in broken


def test_a_missing_column_is_a_usage_error_with_a_suggestion(tmp_path: Path) -> None:
    export = write_csv(tmp_path / "postings.csv", ROWS)
    code, out, err = run("check", "--text-column", "descripton", str(export))
    assert code == 2 and out == ""
    assert "descripton" in err and "did you mean 'description'?" in err


def test_tsv_and_windows_1252_exports(tmp_path: Path) -> None:
    rows = [dict(row, description=row["description"].replace("Sales", "Salés")) for row in ROWS]
    export = tmp_path / "postings.tsv"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter="\t")
    writer.writeheader()
    writer.writerows(rows)
    export.write_bytes(buffer.getvalue().encode("cp1252"))
    _, out, _ = run("check", "--format", "json", "--id-column", "ID", str(export))
    assert "JD502" in files(out)[f"{export}#REQ-102"]
    with export.open("rb") as handle:
        read = list(read_rows(CountingReader(handle), export, Fields(id="ID")))
    assert [row.id for row in read] == ["REQ-101", "REQ-102", "REQ-103"]
    assert read[1].text is not None and "Salés Executive" in read[1].text


@pytest.mark.parametrize("output_format", ["text", "github", "sarif"])
def test_every_format_names_the_row(output_format: str, tmp_path: Path) -> None:
    export = write_csv(tmp_path / "postings.csv", ROWS)
    _, out, _ = run("check", "--format", output_format, "--select", "JD507", str(export))
    assert "REQ-101" in out


def test_rows_are_streamed_not_read_whole() -> None:
    def endless() -> Iterator[Row]:
        for number in itertools.count(1):
            yield Row(str(number), "Sales Executive\n\nWe want a rockstar salesman.\n")

    first = list(
        itertools.islice(lint_rows(endless(), "feed.jsonl", default_config(), "auto", 1), 3)
    )
    assert [result.path for result in first] == ["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3"]


def test_parallel_rows_give_exactly_the_serial_result(tmp_path: Path) -> None:
    rows = [dict(row, id=f"{row['id']}-{n}") for n in range(200) for row in ROWS]
    export = write_csv(tmp_path / "postings.csv", rows)
    command = [sys.executable, "-m", "jdlint", "check", "--format", "json", str(export)]
    serial = subprocess.run([*command, "--jobs", "1"], capture_output=True, text=True)
    parallel = subprocess.run([*command, "--jobs", "2"], capture_output=True, text=True)
    assert serial.returncode == parallel.returncode == 1
    assert len(json.loads(serial.stdout)["files"]) == 600
    assert parallel.stdout == serial.stdout


def test_an_export_empties_the_caches_of_texts_every_so_many_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "ROWS_BETWEEN_CLEARS", 3)
    monkeypatch.setattr(parallel, "_rows_linted", 0)
    clears: list[int] = []
    real_clear = memo.clear
    monkeypatch.setattr(memo, "clear", lambda: (clears.append(1), real_clear()))
    rows = [
        Row(f"row-{number}", f"Warehouse clerk number {number} counts stock every morning.")
        for number in range(7)
    ]
    results = list(lint_rows(rows, "export.csv", default_config(), "en", workers=1))
    assert len(results) == 7
    assert len(clears) == 2  # after rows 3 and 6
    assert syllables.english_syllables.cache_info().currsize < 10  # emptied after row 6
