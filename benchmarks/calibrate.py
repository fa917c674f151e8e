"""Print the readability distribution of a folder of real JDs (used to set JD701's `min`).

python benchmarks/calibrate.py ../shared/corpora-real
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from jdlint.config import default_config
from jdlint.lint import lint_path

MIN_WORDS = 30


def main(folder: Path) -> None:
    """Print p10, median and p90 of the readability score per language sub-folder."""
    config = default_config()
    for language in ("en", "id"):
        scores = []
        for path in sorted((folder / language).glob("*")):
            result = lint_path(path, config)
            if result.scores and result.stats and result.stats["words"] >= MIN_WORDS:
                scores.append(result.scores["readability"])
        if len(scores) < 10:
            print(f"{language}: too few drafts ({len(scores)})")
            continue
        deciles = statistics.quantiles(scores, n=10)
        print(
            f"{language}: {len(scores)} drafts, p10 {deciles[0]:.1f}, "
            f"median {statistics.median(scores):.1f}, p90 {deciles[-1]:.1f}"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora-real"))
