"""The ``jdlint`` command line."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from jdlint.config import Config, ConfigFinder
from jdlint.diagnostics import SEVERITIES, SEVERITY_RANK
from jdlint.errors import ConfigError
from jdlint.exports import CountingReader, Fields, check_header, is_export, read_rows
from jdlint.formatters import FORMATS, stream
from jdlint.formatters.tally import Tally
from jdlint.languages import default_language
from jdlint.lint import lint_bytes, unreadable
from jdlint.parallel import available_workers, lint_files, lint_rows
from jdlint.paths import excluded, find_drafts
from jdlint.results import FileResult
from jdlint.scaffold import LANGUAGES, new_draft
from jdlint.version import __version__

if TYPE_CHECKING:
    from jdlint.result_cache import ResultCache

PROGRESS_THRESHOLD = 50


class _DefaultToCheck(click.Group):
    """A group whose default command is ``check``: ``jdlint PATH`` means ``jdlint check PATH``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (
            args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")
        ):
            _refuse_mistyped_command(ctx, args, list(self.commands))
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _refuse_mistyped_command(ctx: click.Context, args: list[str], commands: list[str]) -> None:
    """Exit 2 when the first argument is no file but close to a command ("chek" for "check")."""
    if not args or args[0].startswith("-") or Path(args[0]).exists():
        return
    import difflib  # only here: a check does not pay for importing it

    close = difflib.get_close_matches(args[0], commands, n=1, cutoff=0.6)
    if close:
        ctx.fail(f"no such command or file {args[0]!r}. Did you mean {close[0]!r}?")


@click.group(cls=_DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jdlint")
def cli() -> None:
    """Lint job descriptions in English and Bahasa Indonesia."""


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(part.strip() for part in value.split(",") if part.strip())


# Options that `check` and `report` share: what to read and which rules to run.
_LANG_OPTION = click.option(
    "--lang",
    default="auto",
    show_default=True,
    metavar="CODE",
    help="Language of the drafts: auto (detect per file), en, id, or a language that the "
    "configuration's language_paths add.",
)

_CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Configuration file (default: discover .jdlint.yaml or pyproject.toml).",
)

_SELECT_OPTION = click.option(
    "--select", help="Comma-separated rule codes or prefixes to run (e.g. JD3,JD401)."
)

_IGNORE_OPTION = click.option("--ignore", help="Comma-separated rule codes or prefixes to skip.")

_FORCE_EXCLUDE_OPTION = click.option(
    "--force-exclude",
    is_flag=True,
    help="Skip files named on the command line that the configuration's `exclude` matches.",
)

_JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    help="Processes to lint with (0: one per processor; folders of 32+ files only).",
)

_TEXT_COLUMN_OPTION = click.option(
    "--text-column",
    "--text-field",
    "text_field",
    help="Exports (.csv .tsv .jsonl .json): the column or field holding each posting's text.",
)

_ID_COLUMN_OPTION = click.option(
    "--id-column",
    "--id-field",
    "id_field",
    help="Exports: the column or field that names each posting (default: id, else row number).",
)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@_LANG_OPTION
@_CONFIG_OPTION
@_SELECT_OPTION
@_IGNORE_OPTION
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default="error",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
@click.option(
    "--stdin-filename",
    help="Read the draft from standard input, report it as NAME (a lone `-` path does too).",
)
@_FORCE_EXCLUDE_OPTION
@click.option(
    "--no-scores",
    is_flag=True,
    help="Text output: no score line per file (JSON and SARIF always carry the scores).",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Text output: diagnostics only, no scores or summary."
)
@click.option(
    "--no-color", is_flag=True, help="Never colour the output (nor when NO_COLOR is set)."
)
@_JOBS_OPTION
@_TEXT_COLUMN_OPTION
@_ID_COLUMN_OPTION
@click.option("--fix", is_flag=True, help="Apply the safe fixes rules offer, then report the rest.")
@click.option("--diff", is_flag=True, help="Print the safe fixes as a unified diff; write nothing.")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Lint every file again: neither read nor keep results in the cache folder.",
)
def check(
    paths: tuple[Path, ...],
    output_format: str,
    lang: str,
    config_path: Path | None,
    select: str | None,
    ignore: str | None,
    fail_on: str,
    stdin_filename: str | None,
    force_exclude: bool,
    no_scores: bool,
    quiet: bool,
    no_color: bool,
    jobs: int,
    text_field: str | None,
    id_field: str | None,
    fix: bool,
    diff: bool,
    no_cache: bool,
) -> None:
    """Lint drafts: files, folders (.md .markdown .txt .text .html .htm), `-` for standard input,
    and exports of postings (.csv .tsv .jsonl .json), row by row."""
    reads_stdin = stdin_filename is not None or any(str(path) == "-" for path in paths)
    exports = tuple(path for path in paths if is_export(path) and not _is_dir(path))
    if (fix or diff) and (reads_stdin or exports):
        raise click.UsageError(
            "--fix and --diff work on draft files, not standard input or exports"
        )
    color = not no_color and not os.environ.get("NO_COLOR") and sys.stdout.isatty()
    problems: list[str] = []
    try:
        finder = ConfigFinder(config_path, _codes(select), _codes(ignore))
        named = tuple(path for path in paths if path not in exports)
        walk_here = not paths and stdin_filename is None
        drafts = _drafts(named, walk_here, finder, force_exclude)
        if diff:
            _show_fixes(drafts, finder, lang)
        if fix:
            from jdlint.fixes import fix_file  # only here: its imports cost cold-start time

            for path, shown in drafts:
                fix_file(path, shown, finder.for_path(path), lang)
        fields = Fields(text_field, id_field)
        for export in exports:
            check_header(export, fields)
        rules = finder.for_path(None).rules
        workers = jobs or available_workers()
        kept = None
        if not no_cache:
            from jdlint.result_cache import open_cache  # only here: --no-cache does not need it

            kept = open_cache(repr((lang, select, ignore, config_path)))
        results = _results(drafts, stdin_filename, reads_stdin, finder, lang, workers, kept)
        if exports:
            results = chain(results, _export_results(exports, fields, finder, lang, workers))
        tally = Tally()
        printed = False
        for chunk in stream(
            output_format,
            _noting_problems(tally.counted(results), problems),
            color=color,
            show_scores=not (no_scores or quiet),
            quiet=quiet,
            rules=rules,
        ):
            click.echo(chunk, nl=False, color=color)
            printed = printed or bool(chunk)
        if printed:
            click.echo("")
    except ConfigError as error:
        _configuration_failure(error)
    for problem in problems:
        click.echo(f"jdlint: {problem}", err=True)
    if problems:
        sys.exit(2)
    threshold = SEVERITY_RANK[fail_on]
    failed = any(
        count and SEVERITY_RANK[severity] >= threshold
        for severity, count in tally.severities.items()
    )
    sys.exit(1 if failed else 0)


def _noting_problems(results: Iterator[FileResult], problems: list[str]) -> Iterator[FileResult]:
    """*results*, with what stopped part of each run added to *problems* as they pass."""
    for result in results:
        problems.extend(result.problems)
        yield result


def _drafts(
    paths: tuple[Path, ...], walk_here: bool, finder: ConfigFinder, force_exclude: bool
) -> list[tuple[Path, str]]:
    """The files to lint, each once, with the name to report them under."""
    drafts: dict[Path, tuple[Path, str]] = {}

    def add(draft: Path, named: bool) -> None:
        config = finder.for_path(draft)
        if (named and not force_exclude) or not excluded(draft, config.exclude, config.root):
            drafts.setdefault(_identity(draft), (draft, str(draft)))

    for path in paths:
        if str(path) == "-":
            continue
        if _is_dir(path):
            for draft in find_drafts(path):
                add(draft, named=False)
        else:
            add(path, named=True)
    if walk_here:
        for draft in find_drafts(Path(".")):
            add(draft, named=False)
    return list(drafts.values())


def _show_fixes(drafts: list[tuple[Path, str]], finder: ConfigFinder, lang: str) -> NoReturn:
    """Print every draft's safe fixes as a unified diff; exit 1 if there are any, else 0."""
    from jdlint.fixes import fix_file  # only here: its imports cost cold-start time

    changed = False
    for path, shown in drafts:
        fixed = fix_file(path, shown, finder.for_path(path), lang, write=False)
        if fixed is not None and fixed.after != fixed.before:
            changed = True
            click.echo(fixed.diff(), nl=False)
    sys.exit(1 if changed else 0)


def _results(
    drafts: list[tuple[Path, str]],
    stdin_filename: str | None,
    reads_stdin: bool,
    finder: ConfigFinder,
    lang: str,
    workers: int,
    kept: ResultCache | None = None,
) -> Iterator[FileResult]:
    """The results of standard input and the draft files, in order, as they are linted (or
    taken from *kept*)."""
    if reads_stdin:
        shown = stdin_filename or "-"
        config = finder.for_path(Path(shown))
        yield lint_bytes(sys.stdin.buffer.read(), shown, config, lang)
    jobs = [(path, shown, finder.for_path(path)) for path, shown in drafts]
    show_progress = len(jobs) >= PROGRESS_THRESHOLD and sys.stderr.isatty()
    linted = (
        lint_files(jobs, lang, workers) if kept is None else kept.lint_files(jobs, lang, workers)
    )
    for index, result in enumerate(linted, start=1):
        if show_progress:
            click.echo(f"\rjdlint: {index}/{len(jobs)} files", err=True, nl=index == len(jobs))
        yield result


def _export_results(
    exports: tuple[Path, ...], fields: Fields, finder: ConfigFinder, lang: str, workers: int
) -> Iterator[FileResult]:
    """The results of every row of each export, streamed, with a progress bar on a terminal."""
    for export in exports:
        config = finder.for_path(export)
        try:
            handle = export.open("rb")
        except OSError as error:
            yield unreadable(str(export), config, f"cannot read file: {error.strerror or error}")
            continue
        with (
            handle,
            click.progressbar(
                length=export.stat().st_size,
                label=f"jdlint: {export}",
                file=sys.stderr,
                hidden=not sys.stderr.isatty(),
            ) as bar,
        ):
            stream_ = CountingReader(handle)
            rows = read_rows(stream_, export, fields)
            for result in lint_rows(rows, str(export), config, lang, workers):
                bar.update(stream_.count - bar.pos)
                yield result


def _identity(path: Path) -> Path:
    """The file *path* names, so that a file named twice (or by two routes) is linted once."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _is_dir(path: Path) -> bool:
    """Whether *path* is a folder; a name the system refuses (too long …) is a file to report."""
    try:
        return path.is_dir()
    except OSError:
        return False


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write.",
)
@click.option("--title", default="jdlint audit report", show_default=True, help="Page title.")
@_LANG_OPTION
@_CONFIG_OPTION
@_SELECT_OPTION
@_IGNORE_OPTION
@_FORCE_EXCLUDE_OPTION
@_JOBS_OPTION
@_TEXT_COLUMN_OPTION
@_ID_COLUMN_OPTION
def report(
    paths: tuple[Path, ...],
    output: Path,
    title: str,
    lang: str,
    config_path: Path | None,
    select: str | None,
    ignore: str | None,
    force_exclude: bool,
    jobs: int,
    text_field: str | None,
    id_field: str | None,
) -> None:
    """Write an audit of drafts, folders and exports as one self-contained HTML page:
    score distributions, the most frequent rules, the worst postings, a table per posting."""
    from jdlint.report import Audit, render  # only here: `check` does not need it

    exports = tuple(path for path in paths if is_export(path) and not _is_dir(path))
    problems: list[str] = []
    try:
        finder = ConfigFinder(config_path, _codes(select), _codes(ignore))
        named = tuple(path for path in paths if path not in exports)
        drafts = _drafts(named, False, finder, force_exclude)
        fields = Fields(text_field, id_field)
        for export in exports:
            check_header(export, fields)
        workers = jobs or available_workers()
        results = chain(
            _results(drafts, None, False, finder, lang, workers),
            _export_results(exports, fields, finder, lang, workers),
        )
        audit = Audit().add_all(_noting_problems(results, problems))
    except ConfigError as error:
        _configuration_failure(error)
    try:
        output.write_text(render(audit, title), encoding="utf-8")
    except OSError as error:
        click.echo(f"jdlint: cannot write {output}: {error.strerror or error}", err=True)
        sys.exit(2)
    for problem in problems:
        click.echo(f"jdlint: {problem}", err=True)
    click.echo(f"Wrote {output}: {audit.postings} postings", err=True)
    sys.exit(2 if problems else 0)


@cli.command("rules")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def list_rules(output_format: str) -> None:
    """List every rule: code, name, severity, languages and summary."""
    from jdlint.explain import rules_listing  # here: a check does not pay for importing it

    click.echo(rules_listing(_current_config().rules, output_format))


@cli.command()
@click.argument("topic")
def explain(topic: str) -> None:
    """Explain a rule (by code or name), a kind (`pattern`, `kind:empty-section`), or the
    scores (`readability`, `completeness`)."""
    from jdlint.explain import explain_topic  # here: a check does not pay for importing it

    text = explain_topic(topic, _current_config())
    if text is None:
        click.echo(f"jdlint: unknown rule or topic {topic!r}; see `jdlint rules`", err=True)
        sys.exit(2)
    click.echo(text)


@cli.command()
def lsp() -> None:
    """Run the language server on standard input and output (for editors)."""
    from jdlint.lsp import serve  # only here: the server's libraries cost cold-start time

    serve()


@cli.command()
@click.option(
    "--lang",
    "language",
    type=click.Choice(LANGUAGES),
    help="Language of the draft (default: the default language's profile, English).",
)
@click.option("--title", help="Job title; without it the title is a slot to fill.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the draft to FILE instead of standard output.",
)
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def new(language: str | None, title: str | None, output: Path | None, force: bool) -> None:
    """Write a ready-to-fill draft that follows the guidance; JD401 reports its slots."""
    draft = new_draft(language or default_language(), title)
    if output is None:
        click.echo(draft, nl=False)
        return
    if output.exists() and not force:
        click.echo(f"jdlint: {output} exists; use --force to overwrite it", err=True)
        sys.exit(2)
    try:
        output.write_text(draft, encoding="utf-8")
    except OSError as error:
        click.echo(f"jdlint: cannot write {output}: {error.strerror or error}", err=True)
        sys.exit(2)
    click.echo(f"Wrote {output}; fill its slots, then run: jdlint check {output}", err=True)


def _current_config() -> Config:
    """The configuration of the current folder (its custom rules included)."""
    try:
        return ConfigFinder().for_path(None)
    except ConfigError as error:
        _configuration_failure(error)


def _configuration_failure(error: ConfigError) -> NoReturn:
    click.echo(f"jdlint: configuration error: {error}", err=True)
    sys.exit(2)


def main() -> None:
    """Console-script entry point."""
    gc.freeze()  # what the imports made lasts as long as the process: collections skip it
    cli()
