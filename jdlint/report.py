"""The audit report: one self-contained HTML page over many postings (``jdlint report``).

Results are added one at a time and only summaries are kept: score histograms, counts per
rule with one example each, the language split, and a one-line summary of at most
:data:`TABLE_LIMIT` postings (the worst ones), so memory stays flat over an export of any size.
The page needs no network: its style, script and charts (SVG drawn here) are inline.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from string import Template

from jdlint.kinds.coded_words import VERDICTS
from jdlint.results import FileResult
from jdlint.version import __version__

TEMPLATE = Path(__file__).resolve().parent / "report.html"
TABLE_LIMIT = 5000
"""Postings listed in the table at most: the worst ones, so the page stays quick to open."""
WORST_SHOWN = 10
RULES_SHOWN = 15
TOP_RULES_PER_POSTING = 3
BIN_WIDTH = 10
NOT_MEASURED = "not measured"


@dataclass(frozen=True)
class Posting:
    """One posting's line in the table: where it is, its scores and its diagnostics counted."""

    path: str
    language: str
    words: int | None
    readability: float | None
    grade: float | None
    completeness: int | None
    gender: str
    errors: int
    warnings: int
    info: int
    top_rules: tuple[str, ...]

    def badness(self) -> tuple[int, int, int, int]:
        """Sorts worse postings higher: errors, then warnings, infos, missing completeness."""
        return (self.errors, self.warnings, self.info, -(self.completeness or 0))


@dataclass(frozen=True)
class Example:
    """One diagnostic shown for a rule: where it was and what it said."""

    path: str
    line: int
    message: str


@dataclass
class RuleCount:
    """How often a rule fired, in how many postings, and its first diagnostic."""

    code: str
    name: str
    severity: str
    example: Example
    count: int = 0
    postings: int = 0


def _histogram() -> list[int]:
    return [0] * (100 // BIN_WIDTH)


@dataclass
class Audit:
    """The running summary of many results, ready to be drawn as a page."""

    keep: int = TABLE_LIMIT
    postings: int = 0
    unreadable: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    readability: list[int] = field(default_factory=_histogram)
    completeness: list[int] = field(default_factory=_histogram)
    gender: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    rules: dict[str, RuleCount] = field(default_factory=dict)
    _kept: list[tuple[tuple[int, int, int, int], int, Posting]] = field(default_factory=list)

    def add(self, result: FileResult) -> None:
        """Count *result* and keep its summary if it is among the worst :attr:`keep`."""
        self.postings += 1
        posting = _posting(result)
        self.languages[posting.language] += 1
        self.gender[posting.gender] += 1
        if result.scores is None:
            self.unreadable += 1
        _count(self.readability, posting.readability)
        _count(self.completeness, posting.completeness)
        fired: Counter[str] = Counter()
        for diagnostic in result.diagnostics:
            self.severities[diagnostic.severity] += 1
            fired[diagnostic.rule] += 1
            if diagnostic.rule not in self.rules:
                example = Example(result.path, diagnostic.line, diagnostic.message)
                self.rules[diagnostic.rule] = RuleCount(
                    diagnostic.rule, diagnostic.name, diagnostic.severity, example
                )
        for code, count in fired.items():
            self.rules[code].count += count
            self.rules[code].postings += 1
        entry = (posting.badness(), -self.postings, posting)
        if len(self._kept) < self.keep:
            heapq.heappush(self._kept, entry)
        elif self.keep:
            heapq.heappushpop(self._kept, entry)

    def add_all(self, results: Iterable[FileResult]) -> Audit:
        """Add every result of *results*, one at a time; return this audit."""
        for result in results:
            self.add(result)
        return self

    def table(self) -> list[Posting]:
        """The postings kept, worst first (ties in the order they were added)."""
        return [posting for _, _, posting in sorted(self._kept, reverse=True)]

    def frequent_rules(self) -> list[RuleCount]:
        """Rules by how often they fired, most frequent first."""
        return sorted(self.rules.values(), key=lambda rule: (-rule.count, rule.code))


def _posting(result: FileResult) -> Posting:
    scores = result.scores or {}
    stats = result.stats or {}
    severities = Counter(diagnostic.severity for diagnostic in result.diagnostics)
    codes = Counter(diagnostic.rule for diagnostic in result.diagnostics)
    return Posting(
        path=result.path,
        language=result.language or "unknown",
        words=stats.get("words"),
        readability=scores.get("readability"),
        grade=scores.get("grade_level"),
        completeness=scores.get("completeness"),
        gender=scores.get("gender_coding") or NOT_MEASURED,
        errors=severities["error"],
        warnings=severities["warning"],
        info=severities["info"],
        top_rules=tuple(code for code, _ in codes.most_common(TOP_RULES_PER_POSTING)),
    )


def _count(histogram: list[int], score: float | None) -> None:
    if score is not None:
        histogram[min(int(score) // BIN_WIDTH, len(histogram) - 1)] += 1


def render(audit: Audit, title: str = "jdlint audit report") -> str:
    """The audit as one HTML page, every text from the postings escaped."""
    template = Template(TEMPLATE.read_text(encoding="utf-8"))
    shown = audit.table()
    return template.substitute(
        title=escape(title),
        version=escape(__version__),
        overview=_overview(audit),
        charts=_charts(audit),
        rules=_rules(audit),
        worst=_worst(shown),
        languages="".join(
            f'<option value="{escape(language)}">{escape(language)}</option>'
            for language in sorted(audit.languages)
        ),
        table_note=escape(_table_note(audit, len(shown))),
        rows="\n".join(_row(posting) for posting in shown),
    )


def _overview(audit: Audit) -> str:
    figures = (
        ("postings", audit.postings),
        ("unreadable", audit.unreadable),
        ("errors", audit.severities["error"]),
        ("warnings", audit.severities["warning"]),
        ("info", audit.severities["info"]),
    )
    return "".join(
        f'<div class="figure"><b>{count}</b><span>{escape(label)}</span></div>'
        for label, count in figures
    )


def _bin_labels() -> list[str]:
    return [f"{low}–{low + BIN_WIDTH}" for low in range(0, 100, BIN_WIDTH)]


def _charts(audit: Audit) -> str:
    gender_labels = [*VERDICTS, NOT_MEASURED]
    charts = (
        ("Readability (0–100, higher is easier)", "readability", _bin_labels(), audit.readability),
        ("Completeness (0–100)", "completeness", _bin_labels(), audit.completeness),
        ("Gender coding", "gender", gender_labels, [audit.gender[g] for g in gender_labels]),
    )
    columns = "".join(
        f'<figure class="chart" id="chart-{name}"><figcaption>{escape(caption)}</figcaption>'
        f"{column_chart(labels, counts)}</figure>"
        for caption, name, labels, counts in charts
    )
    split = sorted(audit.languages.items(), key=lambda item: (-item[1], item[0]))
    languages = (
        '<figure class="chart" id="chart-languages"><figcaption>Languages</figcaption>'
        f"{bar_chart([name for name, _ in split], [count for _, count in split])}</figure>"
    )
    return columns + languages


def column_chart(labels: Sequence[str], counts: Sequence[int]) -> str:
    """An SVG chart of one vertical bar per label, its height the label's count."""
    width, base, margin = 310, 150, 75  # the margin holds the slanted labels
    step = width / max(len(labels), 1)
    top = max(counts, default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width + margin}" '
        f'height="{base + margin}" viewBox="0 0 {width + margin} {base + margin}" role="img">'
        f'<line x1="0" y1="{base}" x2="{width}" y2="{base}" class="axis"/>'
    ]
    for index, (label, count) in enumerate(zip(labels, counts, strict=True)):
        bar = round(count / top * (base - 20), 1)
        x = round(index * step + 3, 1)
        middle = round(index * step + step / 2, 1)
        text = escape(label)
        parts.append(
            f'<rect x="{x}" y="{base - bar}" width="{round(step - 6, 1)}" height="{bar}">'
            f"<title>{text}: {count}</title></rect>"
            f'<text x="{middle}" y="{base - bar - 4}" class="count">{count}</text>'
            f'<text x="{middle}" y="{base + 14}" class="label" '
            f'transform="rotate(30 {middle} {base + 14})">{text}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(labels: Sequence[str], counts: Sequence[int]) -> str:
    """An SVG chart of one horizontal bar per label, its length the label's count."""
    width, row, label_width = 360, 24, 110
    height = max(len(labels), 1) * row + 8
    top = max(counts, default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">'
    ]
    for index, (label, count) in enumerate(zip(labels, counts, strict=True)):
        y = index * row + 4
        bar = round(count / top * (width - label_width - 50), 1)
        text = escape(label)
        parts.append(
            f'<text x="0" y="{y + 15}" class="name">{text}</text>'
            f'<rect x="{label_width}" y="{y}" width="{bar}" height="{row - 6}">'
            f"<title>{text}: {count}</title></rect>"
            f'<text x="{label_width + bar + 4}" y="{y + 15}" class="count-end">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _rules(audit: Audit) -> str:
    rows = []
    for rule in audit.frequent_rules()[:RULES_SHOWN]:
        example = rule.example
        rows.append(
            f"<tr><td><code>{escape(rule.code)}</code> {escape(rule.name)}</td>"
            f'<td class="sev-{escape(rule.severity)}">{escape(rule.severity)}</td>'
            f'<td class="num">{rule.count}</td><td class="num">{rule.postings}</td>'
            f"<td>{escape(example.message)}<br><small>{escape(example.path)}, line "
            f"{example.line}</small></td></tr>"
        )
    return "\n".join(rows) or '<tr><td colspan="5">No rule fired.</td></tr>'


def _worst(shown: list[Posting]) -> str:
    items = [
        f"<li><b>{escape(posting.path)}</b>: {posting.errors} errors, {posting.warnings} "
        f"warnings, {posting.info} info; completeness {_shown(posting.completeness)}"
        f"{_rules_fired(posting)}</li>"
        for posting in shown[:WORST_SHOWN]
        if posting.errors or posting.warnings or posting.info
    ]
    return "\n".join(items) or "<li>No posting has a diagnostic.</li>"


def _rules_fired(posting: Posting) -> str:
    if not posting.top_rules:
        return ""
    return f"; most frequent: {escape(', '.join(posting.top_rules))}"


def _table_note(audit: Audit, shown: int) -> str:
    if shown == audit.postings:
        return f"All {shown} postings."
    return f"The {shown} worst of {audit.postings} postings (by errors, then warnings)."


def _shown(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _cell(value: float | None) -> str:
    sort = "" if value is None else f"{value:g}"
    return f'<td class="num" data-sort="{sort}">{_shown(value)}</td>'


def _row(posting: Posting) -> str:
    return (
        f'<tr data-language="{escape(posting.language)}">'
        f"<td>{escape(posting.path)}</td><td>{escape(posting.language)}</td>"
        f"{_cell(posting.words)}{_cell(posting.readability)}{_cell(posting.grade)}"
        f"{_cell(posting.completeness)}<td>{escape(posting.gender)}</td>"
        f"{_cell(posting.errors)}{_cell(posting.warnings)}{_cell(posting.info)}"
        f"<td>{escape(' '.join(posting.top_rules))}</td></tr>"
    )
