"""Lint one draft: read, parse, run the enabled rules, suppress, score."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jdlint.analysis import Analysis
from jdlint.config import Config, file_settings, language_choices
from jdlint.diagnostics import Diagnostic, Finding
from jdlint.document import Document
from jdlint.errors import ConfigError, suggest
from jdlint.kinds import Context
from jdlint.kinds.base import TypedContext
from jdlint.kinds.engine import ENGINE
from jdlint.kinds.matching import RuleTimeout
from jdlint.parse import parse_document
from jdlint.reader import UNREADABLE_FILE, UnreadableError, decode, normalise_newlines, read_draft
from jdlint.results import FileResult
from jdlint.rules import Rule
from jdlint.scoring import score
from jdlint.spans import LineIndex, Span
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
    """The result for a file that could not be read: its event at line 1."""
    finding = Finding(Span(0, 0), {"reason": reason})
    return FileResult(path, None, _reported(UNREADABLE_FILE, config, finding, None, _EMPTY))


_EMPTY = LineIndex("")


def lint_text(
    text: str,
    path: str,
    config: Config,
    language: str = "auto",
    encoding: str = "utf-8",
    syntax: str | None = None,
) -> FileResult:
    """Lint decoded text reported as *path* (*syntax* overrides what its name says); a
    *language* that no known profile defines is a ``ConfigError``."""
    if language not in language_choices():
        raise ConfigError(
            f"unknown language {language!r}{suggest(language, language_choices())}; "
            f"languages: {', '.join(language_choices())}",
            "--lang",
        )
    text = normalise_newlines(text)
    try:
        document = parse_document(text, path, language, encoding, config.language, syntax)
    except Exception as error:  # a bug in reading one file must not stop the run
        return FileResult(
            path,
            None,
            [],
            problems=[
                f"{path}: could not be read as a posting: {type(error).__name__}: {error} "
                "(a bug in jdlint; please report it)"
            ],
        )
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
    diagnostics = _suppress(diagnostics, document, config)
    diagnostics.sort(key=Diagnostic.sort_key)
    scores = score(analysis, _facts(document, analysis, config, findings_by_code))
    stats = {
        "words": analysis.word_count,
        "sentences": len(analysis.units),
        "bullets": sum(1 for bullet in document.bullets if not bullet.subheading),
    }
    return FileResult(
        document.path, document.language, diagnostics, scores, stats, document.encoding, problems
    )


def _runs_on(rule: Rule, document: Document, analysis: Analysis) -> bool:
    """Whether *rule* has anything to check: the draft, or for a rule that runs block by block,
    one of the draft's languages, is among the rule's languages or falls back to one of them
    (:meth:`Rule.covers`)."""
    if rule.kind.scope == "block":
        return any(rule.covers(language) for language in _languages(document, analysis))
    return rule.covers(document.language)


def _languages(document: Document, analysis: Analysis) -> list[str]:
    """The languages the draft is written in, most words first (its own when it has none)."""
    return list(analysis.language_words) or [document.language]


def run_rule(
    rule: Rule, document: Document, analysis: Analysis, config: Config, *, builtin: bool = False
) -> list[Finding]:
    """The findings of one rule on one document (on its *builtin* options, if asked).

    A rule that runs block by block runs once per language of the draft that it covers, with
    that language's options, and keeps what it finds in the blocks of that language: the
    Indonesian rules check the Indonesian duties under an English company blurb.
    """
    if rule.kind.scope != "block":
        return list(
            rule.kind.check(rule_context(rule, document, analysis, config, builtin=builtin))
        )
    languages = [language for language in _languages(document, analysis) if rule.covers(language)]
    if len(languages) == 1 and len(analysis.language_words) <= 1:
        context = rule_context(rule, document, analysis, config, languages[0], builtin=builtin)
        return list(rule.kind.check(context))
    findings: list[Finding] = []
    for language in languages:
        context = rule_context(rule, document, analysis, config, language, builtin=builtin)
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
    *,
    builtin: bool = False,
) -> Context:
    """What *rule*'s check sees on *document* in *language* (default: the draft's), with the
    configuration's options applied (none, if *builtin*)."""
    overrides = None if builtin else config.options.get(rule.code)
    language = language or document.language
    by_language = {}
    if rule.kind.scope == "document":
        by_language = {
            other: rule.options_for(other, overrides)
            for other in analysis.language_words
            if rule.covers(other)
        }
    # TypedContext, not its alias Context: calling a subscripted generic costs a failed
    # attribute write on the frozen instance.
    return TypedContext(
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
    def make(event: str, span: Span, values: dict[str, str]) -> list[Diagnostic]:
        return _reported(event, config, Finding(span, values), document, document.lines)

    return apply_suppressions(
        diagnostics, document.directives, document.text, document.lines, make, config.knows
    )


def _reported(
    event: str, config: Config, finding: Finding, document: Document | None, lines: LineIndex
) -> list[Diagnostic]:
    """The diagnostics of *event*: one for each enabled rule of kind ``engine`` reporting it."""
    return [
        _diagnostic(rule, config, finding, document, lines)
        for rule in config.rules
        if rule.kind is ENGINE and rule.options.get("event") == event and config.enabled(rule)
    ]


def _facts(
    document: Document, analysis: Analysis, config: Config, ran: dict[str, list[Finding]]
) -> dict[str, Any]:
    """The named facts rules publish for the scores (``publishes:`` in a rule's YAML).

    A fact is worked out on the rule's built-in options, whether or not the rule is enabled,
    so a configuration that tunes or turns off a rule does not move the scores; a run already
    made on those options is reused. The first rule that publishes a fact gives it.
    """
    facts: dict[str, Any] = {}
    for rule in config.rules:
        fact = rule.publishes
        if fact is None or fact in facts or not rule.covers(document.language):
            continue
        try:
            if rule.kind.measure is not None:
                context = rule_context(rule, document, analysis, config, builtin=True)
                facts[fact] = rule.kind.measure(context)
            elif rule.code in ran and not config.options.get(rule.code):
                facts[fact] = ran[rule.code]
            else:
                facts[fact] = run_rule(rule, document, analysis, config, builtin=True)
        except RuleTimeout:
            continue
    return facts
