"""Kind ``metric``: a document score outside its bounds (readability below a minimum)."""

from __future__ import annotations

from collections.abc import Iterator

from jdlint.diagnostics import Finding
from jdlint.kinds.base import Option, TypedContext, TypedKind, nothing_to_prepare

_METRICS = ("readability",)


def _check(context: TypedContext[None]) -> Iterator[Finding]:
    options = context.options
    if context.analysis.word_count < options["min_words"]:
        return
    result = context.analysis.readability
    minimum = _combined_minimum(context)
    if minimum is not None and result.score is not None and result.score < minimum:
        yield Finding(
            context.document.anchor(),
            {
                "score": f"{result.score:g}",
                "min": minimum,
                "method": result.method,
                "grade": f"{result.grade:g}",
            },
        )


def _combined_minimum(context: TypedContext[None]) -> float | None:
    """The rule's minimum, or for a draft in two languages each language's minimum weighted by
    its share of the words."""
    words = context.analysis.language_words
    minimums = {
        language: options["min"]
        for language, options in context.options_by_language.items()
        if options.get("min") is not None and language in words
    }
    if len(minimums) < 2:
        minimum: float | None = context.options["min"]
        return minimum
    total = sum(words[language] for language in minimums)
    weighted = sum(float(value) * words[language] for language, value in minimums.items())
    return round(weighted / total, 1)


METRIC = TypedKind(
    name="metric",
    doc="Fires once, at line 1, when the document's score is below `min`.",
    options={
        "metric": Option(str, "readability", "the score to test", choices=_METRICS),
        "min": Option((int, float), None, "lowest acceptable score"),
        "min_words": Option(int, 50, "drafts with fewer words are not scored against the bound"),
    },
    check=_check,
    prepare=nothing_to_prepare,
)
