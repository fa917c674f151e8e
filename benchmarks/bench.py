"""Benchmark jdlint: cold single-file checks, whole corpora in one run, warm in-process re-lints.

Each check runs with ``--no-cache`` (every file linted: the main figure, held to its target),
then with the result cache warm (each file's result kept by an earlier run: none is linted).

Usage: ``python benchmarks/bench.py [--runs 15] [--real ../shared/corpora-real]`` (see ``--help``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bytecode import compile_jdlint

ROOT = Path(__file__).resolve().parent.parent
DRAFT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
COLD_TARGET_S = 0.3
REAL_TARGET_S = 3.0
WARM_TARGET_MS = 20.0
WARM_WORDS = 600


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="cold runs of one file (default 15)")
    parser.add_argument(
        "--file",
        type=Path,
        help="draft for the cold runs (default: the first corpora/en/good-* draft)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=ROOT / "corpora",
        help="folder linted in one run (default: corpora/)",
    )
    parser.add_argument(
        "--real",
        type=Path,
        help="folder of real JDs, e.g. ../shared/corpora-real "
        "(its sub-folders are linted in one run; skipped if missing)",
    )
    parser.add_argument(
        "--warm-runs", type=int, default=50, help="timed in-process re-lints (default 50)"
    )
    parser.add_argument(
        "--warm-file",
        type=Path,
        help="draft for the warm re-lints (default: the "
        f"draft closest to {WARM_WORDS} words in the linted folders)",
    )
    parser.add_argument(
        "--module",
        action="store_true",
        help="run `python -m jdlint` even if a jdlint script is on PATH",
    )
    return parser.parse_args(argv)


def command(force_module: bool) -> tuple[list[str], str]:
    """The command that starts jdlint, and a description of it."""
    script = None if force_module else shutil.which("jdlint")
    if script is not None:
        return [script], f"console script {script}"
    return [sys.executable, "-m", "jdlint"], f"{sys.executable} -m jdlint"


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    """Run jdlint; exit codes 0 and 1 (findings) are success, anything else aborts."""
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed with exit code {done.returncode}:\n{done.stderr}")
    return done


NO_CACHE = ("--no-cache",)
MODES = (("--no-cache", NO_CACHE), ("results cached (warm)", ()))
"""How each check is timed, named: every file linted (the main figure, held to the target),
then with the result cache warm (each file's result kept by an untimed run before)."""


def cold_median(jdlint: list[str], path: Path, runs: int, options: tuple[str, ...]) -> float:
    """Median wall time in seconds of *runs* fresh ``jdlint check --no-color OPTIONS PATH``
    processes (the result cache, if used, filled by an untimed run first)."""
    command = [*jdlint, "check", "--no-color", *options, str(path)]
    if options != NO_CACHE:
        run(command)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run(command)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def corpus_time(
    jdlint: list[str], folders: list[Path], options: tuple[str, ...]
) -> tuple[float, int]:
    """Wall time of one ``jdlint check --format json OPTIONS`` over *folders*, and the files it
    checked."""
    start = time.perf_counter()
    done = run([*jdlint, "check", "--format", "json", *options, *map(str, folders)])
    elapsed = time.perf_counter() - start
    try:
        return elapsed, int(json.loads(done.stdout)["summary"]["files"])
    except (ValueError, KeyError, TypeError):
        sys.exit(f"jdlint did not print the JSON report:\n{done.stdout[:500]}{done.stderr[:500]}")


def warm_median_ms(path: Path, runs: int) -> float:
    """Median time in milliseconds of re-linting *path* in-process, after one warm-up run."""
    sys.path.insert(0, str(ROOT))
    from jdlint.config import default_config
    from jdlint.lint import lint_text

    text = path.read_text(encoding="utf-8")
    config = default_config()
    lint_text(text, str(path), config)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        lint_text(text, str(path), config)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def drafts(folders: list[Path], prefix: str = "") -> list[Path]:
    """Every draft under *folders* whose name starts with *prefix*, sorted."""
    return sorted(
        path
        for folder in folders
        for path in folder.rglob(f"{prefix}*")
        if path.is_file() and path.suffix.lower() in DRAFT_SUFFIXES
    )


def word_count(path: Path) -> int:
    """Whitespace-separated words of a draft."""
    return len(path.read_text(encoding="utf-8", errors="replace").split())


def real_folders(real: Path) -> list[Path]:
    """The sub-folders of a real corpus (so its README and MANIFEST are not linted)."""
    subfolders = sorted(path for path in real.iterdir() if path.is_dir())
    return subfolders or [real]


def row(name: str, result: str, per_doc: str, target: str, ok: bool | None) -> list[str]:
    """One table row; *ok* None means no target."""
    verdict = "-" if ok is None else ("ok" if ok else "OVER")
    return [name, result, per_doc, target, verdict]


def print_table(rows: list[list[str]]) -> None:
    """Rows as left-aligned columns under a header."""
    table = [["benchmark", "result", "per document", "target", "verdict"], *rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    for line in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )


def corpus_rows(
    jdlint: list[str], folders: list[Path], name: str, target: str, limit: float | None
) -> list[list[str]]:
    """A row per mode (:data:`MODES`) for one run over *folders*; the first is held to
    *limit*."""
    rows = []
    for how, options in MODES:
        if options != NO_CACHE:
            corpus_time(jdlint, folders, options)  # fills the result cache
        elapsed, files = corpus_time(jdlint, folders, options)
        main_figure = options == NO_CACHE
        rows.append(
            row(
                f"one run over {name} ({files} files), {how}",
                f"{elapsed:.3f} s",
                f"{elapsed / max(files, 1) * 1000:.1f} ms",
                target if main_figure else "",
                elapsed <= limit if main_figure and limit is not None else None,
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the three benchmarks and print a table."""
    args = parse_args(argv)
    jdlint, described = command(args.module)
    print(f"runner: {described}")
    compiled = compile_jdlint()
    if compiled is not None:
        print(f"jdlint bytecode compiled first, as installing it does: {compiled}")
    cold_file = args.file or drafts([ROOT / "corpora" / "en"], "good-")[0]
    rows = []
    for how, options in MODES:
        cold = cold_median(jdlint, cold_file.resolve(), args.runs, options)
        main_figure = options == NO_CACHE
        rows.append(
            row(
                f"cold check {cold_file.name}, {how} (median of {args.runs})",
                f"{cold:.3f} s",
                "",
                f"<= {COLD_TARGET_S} s" if main_figure else "",
                cold <= COLD_TARGET_S if main_figure else None,
            )
        )
    linted = [args.corpus.resolve()]
    rows.extend(corpus_rows(jdlint, linted, str(args.corpus), "", None))
    if args.real is not None and not args.real.is_dir():
        print(f"note: {args.real} does not exist; real corpus skipped")
    elif args.real is not None:
        folders = [folder.resolve() for folder in real_folders(args.real)]
        linted.extend(folders)
        target = f"<= {REAL_TARGET_S} s (565)"
        rows.extend(corpus_rows(jdlint, folders, str(args.real), target, REAL_TARGET_S))
    warm_file = args.warm_file or min(
        drafts(linted), key=lambda path: abs(word_count(path) - WARM_WORDS)
    )
    warm = warm_median_ms(warm_file, args.warm_runs)
    rows.append(
        row(
            f"warm re-lint {warm_file.name} ({word_count(warm_file)} words, "
            f"median of {args.warm_runs})",
            f"{warm:.1f} ms",
            "",
            f"<= {WARM_TARGET_MS:g} ms",
            warm <= WARM_TARGET_MS,
        )
    )
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
