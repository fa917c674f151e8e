"""jdlint on a Dask cluster: the same results as the serial run, on a 20,000-row export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import jdlint  # noqa: E402
from jdlint.dask import lint_bag, lint_partition, to_json  # noqa: E402
from jdlint.exports import Fields  # noqa: E402

ROWS = 20_000
# Short adverts in the shapes job boards export, in both languages, with and without flaws.
ADVERTS = [
    "Sales Executive\n\nWe want a rockstar salesman for our Leeds branch. He will visit "
    "clients every week.\n",
    "<h3>Kualifikasi</h3><ul><li>Pria/Wanita, usia maksimal {n} tahun</li>"
    "<li>Berpenampilan menarik</li></ul><p>Kami mencari staf yang teliti.</p>",
    "Admin Gudang\n\nTanggung Jawab:\nMencatat barang masuk\nMenyusun laporan stok\n\n"
    "Gaji: Rp {n}.000.000 per bulan\n",
    "Data Analyst\n\nYou will build weekly reports for the sales team in Bristol. "
    "Salary: £{n},000 a year.\n",
]


def export(tmp_path: Path) -> Path:
    """A generated JSON Lines export of ROWS postings, one in fifty without its text."""
    path = tmp_path / "postings.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for number in range(ROWS):
            record: dict[str, object] = {"id": f"JOB-{number:05d}"}
            if number % 50:
                record["description"] = ADVERTS[number % len(ADVERTS)].format(n=20 + number % 30)
            stream.write(json.dumps(record) + "\n")
    return path


def test_cluster_results_equal_the_serial_run(tmp_path: Path) -> None:
    path = export(tmp_path)
    config = jdlint.load_config(tmp_path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    fields = Fields("description")
    serial = [
        to_json(result)
        for result in lint_partition(
            records, fields=fields, source="postings", config=config, language="auto"
        )
    ]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        lines = bag.read_text(str(path), blocksize="256kB").map(json.loads)
        results = lint_bag(lines, text_field="description", source="postings", config=config)
        clustered = results.map(to_json).compute()
    assert len(clustered) == ROWS
    assert [entry["path"] for entry in clustered] == [entry["path"] for entry in serial]
    for cluster_entry, serial_entry in zip(clustered, serial, strict=True):
        if serial_entry["diagnostics"][0]["rule"] == "JD900":
            # The message counts items within a partition; the rule and the place are the same.
            assert [d["rule"] for d in cluster_entry["diagnostics"]] == ["JD900"]
            continue
        assert cluster_entry == serial_entry
    flawed = sum(
        1 for entry in clustered if any(d["rule"] == "JD507" for d in entry["diagnostics"])
    )
    assert flawed > ROWS // 5


def test_lint_bag_reads_records_as_the_command_line_reads_rows() -> None:
    records = bag.from_sequence(
        [{"job_id": "A", "body": ADVERTS[0]}, {"job_id": "B"}, "not a record"], npartitions=2
    )
    found = lint_bag(records, source="feed").compute(scheduler="sync")
    assert [result.path for result in found] == ["feed#A", "feed#B", "feed#1"]
    assert "JD502" in {d.rule for d in found[0].diagnostics}
    assert [d.rule for d in found[1].diagnostics] == ["JD900"]
