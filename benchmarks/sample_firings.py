"""Draw the firings to hand-check: a random sample of each rule's diagnostics on one half of the
real corpus, with the lines around each, as a worksheet to fill in.

    jdlint check --format json ../shared/corpora-real > report.json
    python benchmarks/sample_firings.py report.json ../shared/corpora-real --half test \\
        --rules JD101,JD102 > worksheet.md

A corpus gathered after tuning, from sources the rules never saw, is held out whole:
``--half all`` draws from every file under ROOT.

The sample takes at most one firing per file while there are files left, then more from the
same files, up to ``--per-rule`` (10). The seed is fixed, so the same report gives the same
sample. Worksheets quote the corpus: keep them out of the repository (most postings there carry
no licence).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

from split import half_of

CONTEXT_LINES = 2


def firings(report: dict[str, Any], root: Path, half: str) -> dict[str, list[tuple[Path, Any]]]:
    """Each rule's diagnostics on the files of *half*, with the file they are in."""
    by_rule: dict[str, list[tuple[Path, Any]]] = {}
    for entry in report["files"]:
        path = Path(entry["path"])
        if path.resolve().parent == root.resolve():
            continue  # the corpus's own README and MANIFEST
        name = path.resolve().relative_to(root.resolve()).as_posix()
        if half != "all" and half_of(name) != half:
            continue
        for diagnostic in entry["diagnostics"]:
            by_rule.setdefault(diagnostic["rule"], []).append((path, diagnostic))
    return by_rule


def sample(found: list[tuple[Path, Any]], size: int, seed: int) -> list[tuple[Path, Any]]:
    """Up to *size* firings, one per file first."""
    shuffled = found[:]
    random.Random(seed).shuffle(shuffled)
    chosen: list[tuple[Path, Any]] = []
    seen: set[Path] = set()
    for path, diagnostic in shuffled:
        if path not in seen and len(chosen) < size:
            chosen.append((path, diagnostic))
            seen.add(path)
    for item in shuffled:
        if len(chosen) >= size:
            break
        if item not in chosen:
            chosen.append(item)
    return chosen


def excerpt(path: Path, line: int) -> str:
    """The lines around *line* (1-based), the line itself marked, each cut to 240 characters."""
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    first = max(1, line - CONTEXT_LINES)
    last = min(len(lines), line + CONTEXT_LINES)
    shown = []
    for number in range(first, last + 1):
        mark = ">" if number == line else " "
        shown.append(f"{mark}{number:5} | {lines[number - 1][:240]}")
    return "\n".join(shown)


def _checked(worksheets: list[Path]) -> set[tuple[str, Path]]:
    """The (rule, file) pairs an earlier round's worksheets drew."""
    pairs = set()
    for worksheet in worksheets:
        for line in worksheet.read_text(encoding="utf-8").splitlines():
            if line.startswith("### JD"):
                code = line.split()[1].split(".")[0]
                pairs.add((code, Path(line.split()[2].rsplit(":", 2)[0]).resolve()))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="jdlint's JSON report on the corpus")
    parser.add_argument("root", type=Path, help="the corpus folder (../shared/corpora-real)")
    parser.add_argument(
        "--half",
        choices=("tune", "test", "all"),
        default="test",
        help="the half of the split to draw from, or 'all' for a held-out corpus",
    )
    parser.add_argument("--rules", help="comma-separated codes (default: every rule that fired)")
    parser.add_argument("--per-rule", type=int, default=10)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument(
        "--skip",
        type=Path,
        nargs="*",
        default=[],
        help="worksheets of an earlier round: their files are not drawn again for the same rule",
    )
    args = parser.parse_args()
    report = json.loads(args.report.read_text(encoding="utf-8"))
    by_rule = firings(report, args.root, args.half)
    wanted = args.rules.split(",") if args.rules else sorted(by_rule)
    checked = _checked(args.skip)
    for code in wanted:
        every = by_rule.get(code, [])
        files = len({path for path, _ in every})
        where = "the whole corpus" if args.half == "all" else f"the {args.half} half"
        print(f"## {code}: {len(every)} firings in {files} files of {where}\n")
        found = [(path, d) for path, d in every if (code, path.resolve()) not in checked]
        for index, (path, diagnostic) in enumerate(sample(found, args.per_rule, args.seed), 1):
            where = f"{path}:{diagnostic['line']}:{diagnostic['column']}"
            print(f"### {code}.{index} {where} [{diagnostic['section']}]")
            print(f"{diagnostic['message']}\n\n```\n{excerpt(path, diagnostic['line'])}\n```")
            print("verdict: \n")


if __name__ == "__main__":
    main()
