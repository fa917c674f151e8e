"""jdlint next to the prose linters people already run, on the same files in one run.

Peers, each used when its command is installed: proselint (``pip install proselint``),
write-good and alex (``npm install -g write-good alex``). Two measurements, the tools' runs
interleaved so that a burst of load on the machine falls on all of them alike:

- a cold check of one draft: the median of ``--runs`` fresh processes per tool;
- a whole folder of postings (``--corpus``, e.g. ../shared/corpora-real): every draft in it
  named on one command line, one invocation per tool, the median of ``--corpus-runs``.

Each time is wall-clock and CPU (user + system of the process and everything it started),
and each is also shown as a ratio to the fastest peer (below 1: faster than every peer).
jdlint runs twice: with ``--no-cache``, every file linted (the main figure), and with its
result cache warm (filled by an untimed run first: no file is linted again), what a check costs
where the files did not change since the last one (a role repository at each commit).

Usage: ``python benchmarks/peers.py [--corpus ../shared/corpora-real] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bytecode import compile_jdlint

ROOT = Path(__file__).resolve().parent.parent
DRAFT_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".html", ".htm")
NOT_DRAFTS = frozenset({"README.md", "MANIFEST.md"})
"""A corpus's own documentation, not postings."""


@dataclass(frozen=True)
class Tool:
    """A linter: its name, how to ask its version, and its command line for some files."""

    name: str
    executable: str
    command: Callable[[Sequence[str]], list[str]]
    version: list[str]
    warm_up: bool = False
    """Run once on the files, untimed, before the timed runs (to fill jdlint's result cache)."""


def _jdlint(files: Sequence[str]) -> list[str]:
    return [sys.executable, "-m", "jdlint", "check", "--no-color", "--no-cache", *files]


def _jdlint_results_cached(files: Sequence[str]) -> list[str]:
    return [sys.executable, "-m", "jdlint", "check", "--no-color", *files]


_JDLINT_VERSION = [sys.executable, "-m", "jdlint", "--version"]
JDLINT_CACHED = "jdlint, results cached"

TOOLS = (
    Tool("jdlint", sys.executable, _jdlint, _JDLINT_VERSION),
    Tool(JDLINT_CACHED, sys.executable, _jdlint_results_cached, _JDLINT_VERSION, warm_up=True),
    Tool(
        "proselint",
        "proselint",
        lambda files: ["proselint", "check", *files],
        ["proselint", "version"],
    ),
    Tool(
        "write-good",
        "write-good",
        lambda files: ["write-good", *files],
        ["write-good", "--version"],
    ),
    Tool("alex", "alex", lambda files: ["alex", *files], ["alex", "--version"]),
)


@dataclass(frozen=True)
class Timing:
    """One run: seconds of wall clock and of CPU, and the exit code."""

    wall: float
    cpu: float
    code: int


def run(command: list[str]) -> Timing:
    """Run *command* from the repository root, output discarded, and time it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    completed = subprocess.run(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu, completed.returncode)


def version(tool: Tool) -> str:
    """The version the tool reports, its first line."""
    completed = subprocess.run(tool.version, cwd=ROOT, capture_output=True, text=True, check=False)
    words = (completed.stdout or completed.stderr).strip().splitlines()
    return words[0].split()[-1] if words else "?"


def measure(tools: Sequence[Tool], files: Sequence[str], runs: int) -> dict[str, list[Timing]]:
    """Every tool's timings on *files*, the runs interleaved: tool A, B, C, then A, B, C …"""
    for tool in tools:
        if tool.warm_up:
            run(tool.command(files))
    timings: dict[str, list[Timing]] = {tool.name: [] for tool in tools}
    for _ in range(runs):
        for tool in tools:
            timings[tool.name].append(run(tool.command(files)))
    return timings


@dataclass(frozen=True)
class Line:
    """A row of the table: a tool's medians on one measurement."""

    measurement: str
    tool: str
    wall: float
    cpu: float
    codes: str


def lines(measurement: str, timings: dict[str, list[Timing]]) -> list[Line]:
    """The medians of each tool's *timings* on *measurement*."""
    return [
        Line(
            measurement,
            name,
            statistics.median(t.wall for t in runs),
            statistics.median(t.cpu for t in runs),
            ",".join(sorted({str(t.code) for t in runs})),
        )
        for name, runs in timings.items()
    ]


def table(rows: list[Line], versions: dict[str, str]) -> str:
    """The rows as a Markdown table, with each time's ratio to the fastest peer's."""
    out = [
        "| measurement | tool | wall s | ratio | CPU s | ratio | exit |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for measurement in dict.fromkeys(row.measurement for row in rows):
        group = [row for row in rows if row.measurement == measurement]
        peers = [row for row in group if row.tool not in ("jdlint", JDLINT_CACHED)]
        fastest_wall = min((row.wall for row in peers), default=None)
        fastest_cpu = min((row.cpu for row in peers), default=None)
        for row in group:
            out.append(
                f"| {measurement} | {row.tool} {versions[row.tool]} | {row.wall:.2f} | "
                f"{_ratio(row.wall, fastest_wall)} | {row.cpu:.2f} | "
                f"{_ratio(row.cpu, fastest_cpu)} | {row.codes} |"
            )
    return "\n".join(out)


def _ratio(value: float, fastest: float | None) -> str:
    return "–" if not fastest else f"{value / fastest:.2f}"


def drafts(folder: Path) -> list[str]:
    """The drafts under *folder*, sorted, as paths every tool is given alike."""
    found = (p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES)
    return sorted(str(path.resolve()) for path in found if path.name not in NOT_DRAFTS)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold runs per tool (default 5)")
    parser.add_argument(
        "--file",
        type=Path,
        help="draft for the cold runs (default: the first corpora/en/good-* draft)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        help="folder of postings checked in one invocation per tool, "
        "e.g. ../shared/corpora-real (default: corpora/)",
    )
    parser.add_argument(
        "--corpus-runs", type=int, default=3, help="runs over the corpus per tool (default 3)"
    )
    parser.add_argument(
        "--skip", action="append", default=[], help="a tool not to run (repeatable)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    args = parse_args(argv)
    compiled = compile_jdlint()
    tools = [t for t in TOOLS if t.name not in args.skip and shutil.which(t.executable)]
    missing = [t.name for t in TOOLS if t not in tools and t.name not in args.skip]
    versions = {tool.name: version(tool) for tool in tools}
    draft = args.file or sorted((ROOT / "corpora" / "en").glob("good-*"))[0]
    corpus = drafts(args.corpus or ROOT / "corpora")
    if not corpus:
        print(f"peers.py: no drafts in {args.corpus}", file=sys.stderr)
        return 2
    print(f"cold draft: {draft} ({draft.stat().st_size} bytes), median of {args.runs}")
    print(
        f"corpus: {args.corpus or ROOT / 'corpora'}: {len(corpus)} files in one invocation, "
        f"median of {args.corpus_runs}"
    )
    if compiled is not None:
        print(f"jdlint bytecode compiled first, as installing it does: {compiled}")
    if missing:
        print(f"not installed, skipped: {', '.join(missing)}")
    rows = lines("one cold draft", measure(tools, [str(draft)], args.runs))
    rows += lines(f"{len(corpus)} files, one run", measure(tools, corpus, args.corpus_runs))
    print(table(rows, versions))
    print("ratio: the time over the fastest peer's (not jdlint's); exit: the exit codes seen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
