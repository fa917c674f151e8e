"""Memory of a streamed export: jdlint over CSV exports of growing size, peak memory of each.

An applicant-tracking system's export holds one posting a row. jdlint streams it, so its peak
memory should stay flat however many rows there are. This script writes exports of the sizes
asked (each row a posting from the drafts given, made distinct by its row number, so no cache
of texts can serve a repeat), lints each in one `jdlint check` run, and prints the rows, the wall
time and the peak resident memory of jdlint and its worker processes.

    python benchmarks/export_memory.py                          # 20,000 / 100,000 / 200,000 rows
    python benchmarks/export_memory.py --rows 5000 10000 --drafts ../shared/corpora-real

Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = frozenset({".md", ".txt", ".html"})


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--rows", type=int, nargs="+", default=[20_000, 100_000, 200_000], help="export sizes"
    )
    parser.add_argument(
        "--drafts",
        type=Path,
        default=ROOT / "corpora",
        help="folder of postings the rows are made from (default: corpora/)",
    )
    parser.add_argument("--jobs", type=int, default=None, help="jdlint's --jobs (default: its own)")
    return parser.parse_args()


def postings(folder: Path) -> list[str]:
    """The texts of the postings under *folder*."""
    found = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in found]
    if not texts:
        raise SystemExit(f"no postings under {folder}")
    return texts


def write_export(path: Path, texts: list[str], rows: int) -> None:
    """A CSV export of *rows* postings: columns ``id`` and ``description``."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "description"])
        for row in range(rows):
            text = texts[row % len(texts)]
            writer.writerow([f"posting-{row}", f"{text}\n\nReference {row}.\n"])


def measure(export: Path, jobs: int | None) -> tuple[float, int]:
    """Wall seconds and peak resident kilobytes of one run: ``os.wait4`` reports the peak of
    the run and of the worker processes it waited for (Linux: ``ru_maxrss`` in kilobytes)."""
    command = [
        sys.executable,
        "-m",
        "jdlint",
        "check",
        str(export),
        "--text-column",
        "description",
        "--id-column",
        "id",
        "--format",
        "json",
        "--no-color",
    ]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped above; keeps Popen from waiting again
    return time.perf_counter() - start, usage.ru_maxrss


def main() -> None:
    args = parse_args()
    texts = postings(args.drafts)
    print("| rows | wall (s) | peak memory (KB) |")
    print("|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            export = Path(folder) / f"export-{rows}.csv"
            write_export(export, texts, rows)
            wall, peak = measure(export, args.jobs)
            print(f"| {rows:,} | {wall:.1f} | {peak:,} |", flush=True)
            export.unlink()


if __name__ == "__main__":
    main()
