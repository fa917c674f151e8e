"""Kind ``metric``: a document score outside its bounds (readability below a minimum)."""

from __future__ import annotations

from collections.abc import Iterator

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Context, Kind, Option

_METRICS = ("readability",)


def _prepare(options: dict[str, object]) -> dict[str, object]:
    if options.get("metric") not in _METRICS:
        raise ValueError(f"option 'metric' must be one of {', '.join(_METRICS)}")
    return options


def _check(context: Context) -> Iterator[Finding]:
    options = context.options
    if context.analysis.word_count < options["min_words"]:
        return
    result = context.analysis.readability
    minimum = options["min"]
    if minimum is not None and result.score < minimum:
        yield Finding(
            context.document.anchor(),
            {
                "score": f"{result.score:g}",
                "min": minimum,
                "method": result.method,
                "grade": f"{result.grade:g}",
            },
        )


METRIC = Kind(
    name="metric",
    doc="Fires once, at line 1, when the document's score is below `min`.",
    options={
        "metric": Option(str, "readability", "the score to test"),
        "min": Option((int, float), None, "lowest acceptable score"),
        "min_words": Option(int, 50, "drafts with fewer words are not scored against the bound"),
    },
    check=_check,
    prepare=_prepare,
)
