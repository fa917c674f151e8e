"""Split the real corpus into a tuning half and a test half by a hash of each file's name.

Rules are tuned on the tuning half only; their precision is reported on the test half
(``docs/precision.md``). The split is fixed by the name alone, so it never changes when files
are added: ``en/tts-001.md`` is in the same half on every machine and in every session.

    python benchmarks/split.py ../shared/corpora-real            # counts per half
    python benchmarks/split.py ../shared/corpora-real --half tune  # the tuning files, one a line
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

HALVES = ("tune", "test")
SUFFIXES = frozenset({".md", ".txt", ".html", ".htm"})


def half_of(name: str) -> str:
    """``"tune"`` or ``"test"`` for a file named *name* (``<lang>/<file>``, forward slashes)."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return HALVES[digest[0] % 2]


def corpus_files(root: Path) -> list[Path]:
    """The drafts of the corpus at *root*, sorted (MANIFEST, README and INDEX left out)."""
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.suffix in SUFFIXES and path.parent != root
    )


def split(root: Path) -> dict[str, list[Path]]:
    """The corpus at *root* in its two halves."""
    halves: dict[str, list[Path]] = {half: [] for half in HALVES}
    for path in corpus_files(root):
        halves[half_of(path.relative_to(root).as_posix())].append(path)
    return halves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="the corpus folder (../shared/corpora-real)")
    parser.add_argument("--half", choices=HALVES, help="print the files of one half")
    args = parser.parse_args()
    halves = split(args.root)
    if args.half:
        for path in halves[args.half]:
            print(path)
        return
    for half, paths in halves.items():
        languages: dict[str, int] = {}
        for path in paths:
            key = f"{path.parent.name} {path.suffix}"
            languages[key] = languages.get(key, 0) + 1
        detail = ", ".join(f"{key} {count}" for key, count in sorted(languages.items()))
        print(f"{half}: {len(paths)} files ({detail})")


if __name__ == "__main__":
    main()
