"""Lint one draft: read, parse, run the enabled rules, suppress, score."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path
from typing import Any

from jdlint.analysis import Analysis
from jdlint.config import Config, file_settings
from jdlint.diagnostics import Diagnostic, Finding
from jdlint.document import Document
from jdlint.errors import ConfigError
from jdlint.kinds import Context
from jdlint.kinds.coded_words import CODED_WORDS, Coding, measure
from jdlint.kinds.matching import RuleTimeout
from jdlint.parse import parse_document
from jdlint.reader import UnreadableError, decode, normalise_newlines, read_draft
from jdlint.results import FileResult
from jdlint.rules import Rule
from jdlint.scoring import JOB_DETAIL_FIELDS, completeness
from jdlint.spans import LineIndex, Span
from jdlint.stated_details import stated_fields
from jdlint.suppression import apply_suppressions

_FIELD = re.compile(r"\{([a-z_]+)\}")


def format_message(template: str, values: dict[str, Any]) -> str:
    """Fill ``{name}`` fields of a rule message; unknown fields stay as written."""
    return _FIELD.sub(lambda m: str(values[m[1]]) if m[1] in values else m[0], template)


def lint_path(
    path: Path, config: Config, language: str = "auto", shown: str | None = None
) -> FileResult:
    """Lint the file at *path*, reported as *shown* (default: the path as given)."""
    name = shown or str(path)
    try:
        data = read_draft(path)
    except UnreadableError as error:
        return unreadable(name, config, str(error))
    return lint_bytes(data, name, config, language)


def lint_bytes(data: bytes, path: str, config: Config, language: str = "auto") -> FileResult:
    """Lint the bytes of a draft reported as *path*."""
    try:
        decoded = decode(data)
    except UnreadableError as error:
        return unreadable(path, config, str(error))
    return lint_text(decoded.text, path, config, language, decoded.encoding)


def unreadable(path: str, config: Config, reason: str) -> FileResult:
    """The result for a file that could not be read: one JD900 at line 1."""
    diagnostics = []
    rule = config.rule("JD900")
    if rule is not None and config.enabled(rule):
        diagnostics.append(
            _diagnostic(rule, config, Finding(Span(0, 0), {"reason": reason}), None, _EMPTY)
        )
    return FileResult(path, None, diagnostics)


_EMPTY = LineIndex("")


def lint_text(
    text: str,
    path: str,
    config: Config,
    language: str = "auto",
    encoding: str = "utf-8",
    syntax: str | None = None,
) -> FileResult:
    """Lint decoded text reported as *path* (*syntax* overrides what its name says)."""
    text = normalise_newlines(text)
    document = parse_document(text, path, language, encoding, config.language, syntax)
    try:
        settings = file_settings(config, document.front_matter, path)
    except ConfigError as error:
        result = lint_document(document, config)
        result.problems.insert(0, f"configuration error: {error}")
        return result
    return lint_document(document, settings)


def lint_document(document: Document, config: Config) -> FileResult:
    """Run the enabled rules on a parsed document and score it."""
    analysis = Analysis(document)
    diagnostics: list[Diagnostic] = []
    problems: list[str] = []
    findings_by_code: dict[str, list[Finding]] = {}
    for rule in config.rules:
        if not config.enabled(rule) or not _runs_on(rule, document, analysis):
            continue
        try:
            findings = run_rule(rule, document, analysis, config)
        except RuleTimeout as error:
            problems.append(f"{document.path}: rule {rule.code} ({rule.name}) stopped: {error}")
            continue
        except Exception as error:  # a bug in one rule must not stop the run or the other rules
            problems.append(
                f"{document.path}: rule {rule.code} ({rule.name}) failed: "
                f"{type(error).__name__}: {error} (a bug in jdlint; please report it)"
            )
            continue
        findings_by_code[rule.code] = findings
        reported: set[Diagnostic] = set()  # a finding made twice is reported once
        for finding in findings:
            diagnostic = _diagnostic(rule, config, finding, document, document.lines)
            if diagnostic not in reported:
                reported.add(diagnostic)
                diagnostics.append(diagnostic)
    diagnostics.extend(_front_matter_problem(document, config))
    diagnostics = _suppress(diagnostics, document, config)
    diagnostics.sort(key=Diagnostic.sort_key)
    scores = _scores(document, analysis, config, findings_by_code)
    stats = {
        "words": analysis.word_count,
        "sentences": len(analysis.units),
        "bullets": sum(1 for bullet in document.bullets if not bullet.subheading),
    }
    return FileResult(
        document.path, document.language, diagnostics, scores, stats, document.encoding, problems
    )


def _front_matter_problem(document: Document, config: Config) -> list[Diagnostic]:
    """JD903 where the front matter stops being valid YAML (the rest of the draft is linted)."""
    problem = document.front_matter_problem
    rule = config.rule("JD903")
    if problem is None or rule is None or not config.enabled(rule):
        return []
    finding = Finding(problem.span, {"reason": problem.reason})
    return [_diagnostic(rule, config, finding, document, document.lines)]


def _runs_on(rule: Rule, document: Document, analysis: Analysis) -> bool:
    """Whether *rule* has anything to check: the draft, or for a rule that runs block by block,
    one of the draft's languages, is among the rule's languages."""
    if rule.kind.scope == "block":
        return any(language in rule.languages for language in _languages(document, analysis))
    return document.language in rule.languages


def _languages(document: Document, analysis: Analysis) -> list[str]:
    """The languages the draft is written in, most words first (its own when it has none)."""
    return list(analysis.language_words) or [document.language]


def run_rule(rule: Rule, document: Document, analysis: Analysis, config: Config) -> list[Finding]:
    """The findings of one rule on one document.

    A rule that runs block by block runs once per language of the draft that it covers, with
    that language's options, and keeps what it finds in the blocks of that language: the
    Indonesian rules check the Indonesian duties under an English company blurb.
    """
    if rule.kind.scope != "block":
        return list(rule.kind.check(rule_context(rule, document, analysis, config)))
    languages = [
        language for language in _languages(document, analysis) if language in rule.languages
    ]
    if len(languages) == 1 and len(analysis.language_words) <= 1:
        context = rule_context(rule, document, analysis, config, languages[0])
        return list(rule.kind.check(context))
    findings: list[Finding] = []
    for language in languages:
        context = rule_context(rule, document, analysis, config, language)
        findings.extend(
            finding
            for finding in rule.kind.check(context)
            if analysis.language_at(finding.span.start) == language
        )
    return findings


def rule_context(
    rule: Rule,
    document: Document,
    analysis: Analysis,
    config: Config,
    language: str | None = None,
) -> Context:
    """What *rule*'s check sees on *document* in *language* (default: the draft's), with the
    configuration's options applied."""
    overrides = config.options.get(rule.code)
    language = language or document.language
    by_language = {}
    if rule.kind.scope == "document":
        by_language = {
            other: rule.options_for(other, overrides)
            for other in analysis.language_words
            if other in rule.languages
        }
    return Context(
        document=document,
        analysis=analysis,
        options=rule.options_for(language, overrides),
        prepared=rule.prepared(language, overrides),
        settings={"required_sections": config.required_sections},
        language=language,
        options_by_language=by_language,
    )


def _diagnostic(
    rule: Rule, config: Config, finding: Finding, document: Document | None, lines: LineIndex
) -> Diagnostic:
    start = lines.position(finding.span.start)
    end = lines.position(finding.span.end)
    section = None
    if document is not None:
        holder = document.section_at(finding.span.start)
        section = holder.canonical if holder is not None else None
    template = finding.message or rule.message
    message = format_message(template, finding.values)
    laws = config.laws_for(rule)
    if laws:
        message += " (" + "; ".join(law.citation for law in laws) + ")"
    return Diagnostic(
        rule=rule.code,
        name=rule.name,
        severity=config.severity_of(rule),
        message=message,
        line=start.line,
        column=start.column,
        end_line=end.line,
        end_column=end.column,
        section=section,
        suggestion=finding.suggestion,
        replacement=finding.replacement,
        offset=finding.span.start,
        end_offset=finding.span.end,
    )


def _suppress(
    diagnostics: list[Diagnostic], document: Document, config: Config
) -> list[Diagnostic]:
    def make(code: str, span: Span, values: dict[str, str]) -> Diagnostic | None:
        rule = config.rule(code)
        if rule is None or not config.enabled(rule):
            return None
        return _diagnostic(rule, config, Finding(span, values), document, document.lines)

    return apply_suppressions(
        diagnostics, document.directives, document.text, document.lines, make, config.knows
    )


def _scores(
    document: Document, analysis: Analysis, config: Config, ran: dict[str, list[Finding]]
) -> dict[str, Any]:
    placeholders = _findings_of("JD401", document, analysis, config, ran)
    pay_missing = _findings_of("JD106", document, analysis, config, ran)
    overlaps_placeholder = _overlap_test([finding.span for finding in placeholders])
    unfilled = {
        detail.field for detail in document.details if overlaps_placeholder(detail.value_span)
    }
    filled = (stated_fields(analysis) - unfilled) & set(JOB_DETAIL_FIELDS)
    result = completeness(analysis, not pay_missing, filled, len(placeholders))
    measured = analysis.readability
    scores: dict[str, Any] = {
        "readability": measured.score,
        "readability_method": measured.method,
        "grade_level": measured.grade,
        "completeness": result.score,
        "completeness_breakdown": result.breakdown,
        "languages": {
            part.language: {
                "words": part.words,
                "readability": part.score,
                "readability_method": part.method,
                "grade_level": part.grade,
            }
            for part in measured.parts or (measured,)
        },
    }
    if measured.score is None:
        scores["readability_reason"] = "no words to measure: the draft has no readable text"
    coding = _gender_coding(document, analysis, config)
    if coding is not None:
        scores["gender_coding"] = coding.verdict
        scores["gender_coding_breakdown"] = {
            "masculine_words": len(coding.masculine),
            "feminine_words": len(coding.feminine),
            "masculine_per_100": coding.masculine_per_100,
            "feminine_per_100": coding.feminine_per_100,
        }
    return scores


def _gender_coding(document: Document, analysis: Analysis, config: Config) -> Coding | None:
    """The verdict of the coded-words rule (JD501) for languages it covers, even if ignored."""
    rule = config.rule("JD501")
    if rule is None or rule.kind is not CODED_WORDS or document.language not in rule.languages:
        return None
    try:
        return measure(rule_context(rule, document, analysis, config))
    except RuleTimeout:
        return None


def _findings_of(
    code: str, document: Document, analysis: Analysis, config: Config, ran: dict[str, list[Finding]]
) -> list[Finding]:
    """The findings of a built-in rule the scores depend on, reusing a run already made."""
    if code in ran:
        return ran[code]
    rule = config.rule(code)
    if rule is None or document.language not in rule.languages:
        return []
    try:
        return run_rule(rule, document, analysis, config)
    except RuleTimeout:
        return []


def _overlap_test(spans: list[Span]) -> Callable[[Span], bool]:
    """A test of whether a span overlaps any of *spans*, in logarithmic time (big drafts hold
    thousands of details and placeholders)."""
    ordered = sorted(spans)
    starts = [span.start for span in ordered]
    furthest: list[int] = list(accumulate((span.end for span in ordered), max))

    def overlaps(span: Span) -> bool:
        index = bisect_left(starts, span.end) - 1  # the spans that start before *span* ends
        return index >= 0 and furthest[index] > span.start

    return overlaps
