"""jdlint's public Python API: lint a draft's text, find its configuration, list the rules.

Editors, batch jobs and the language server build on these three functions; they are also
exported from the package (``jdlint.lint_text`` …).
"""

from __future__ import annotations

from pathlib import Path

from jdlint.config import Config, ConfigFinder, default_config, language_choices
from jdlint.lint import lint_text as _lint_text
from jdlint.results import FileResult
from jdlint.rules import Rule

SYNTAXES = ("markdown", "text", "html")


def lint_text(
    text: str,
    *,
    path: str | Path | None = None,
    config: Config | None = None,
    language: str | None = None,
    syntax: str | None = None,
) -> FileResult:
    """Lint *text*, a draft's content, and return what jdlint reports about it.

    *path* names the draft in the result; with no *syntax* its suffix decides how the text is
    read (``.md`` Markdown, ``.html`` HTML, anything else plain text). *config* defaults to the
    configuration that applies to *path* (found as the command line finds it), or to the
    built-in defaults without a path. *language* is a language's code (``"en"``, ``"id"`` …)
    to skip detection. Raises ``ValueError`` for an unknown *language* or *syntax*, and
    :class:`jdlint.errors.ConfigError` for a configuration that is not valid.
    """
    if language is not None and language not in language_choices():
        raise ValueError(f"unknown language {language!r}; expected one of {language_choices()}")
    if syntax is not None and syntax not in SYNTAXES:
        raise ValueError(f"unknown syntax {syntax!r}; expected one of {SYNTAXES}")
    shown = str(path) if path is not None else "<text>"
    if config is None:
        config = load_config(path) if path is not None else default_config()
    return _lint_text(text, shown, config, language or "auto", syntax=syntax)


def load_config(start_path: str | Path | None = None) -> Config:
    """The configuration for a draft at *start_path* (a file, or a folder to start in).

    Found as the command line finds it: ``.jdlint.yaml``, ``.jdlint.yml`` or a
    ``[tool.jdlint]`` table in ``pyproject.toml``, walking up from the draft's folder; the
    built-in defaults where there is none. Raises :class:`jdlint.errors.ConfigError` for a
    configuration that is not valid.
    """
    finder = ConfigFinder()
    if start_path is None:
        return finder.for_path(None)
    start = Path(start_path)
    return finder.for_path(start / "draft" if start.is_dir() else start)


def rules(config: Config | None = None) -> tuple[Rule, ...]:
    """Every rule *config* knows (default: the built-in rules), enabled or not.

    ``config.enabled(rule)`` says whether a rule runs under that configuration.
    """
    return (config or default_config()).rules
