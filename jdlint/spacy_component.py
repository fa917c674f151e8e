"""jdlint as a spaCy pipeline component: ``nlp.add_pipe("jdlint")``.

Teams that already run postings through spaCy take jdlint in as one more component: each
``Doc`` gets ``doc._.jdlint``, the entry jdlint's JSON output has for a file (language, scores,
stats and diagnostics with lines, columns and character offsets into ``doc.text``). It is plain
data, so ``nlp.pipe(texts, n_process=…)`` can carry it between processes. Registered through
spaCy's ``spacy_factories`` entry point; needs ``pip install jdlint[spacy]``. The command line
never imports spaCy.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from jdlint.api import load_config
from jdlint.config import Config, default_config
from jdlint.formatters.json_format import file_entry
from jdlint.lint import lint_text

EXTENSION = "jdlint"


class JdlintComponent:
    """Lints each document's text and puts what jdlint reports on ``doc._.jdlint``."""

    def __init__(self, name: str, config: Config, language: str, syntax: str | None) -> None:
        self.name = name
        self.config = config
        self.language = language
        self.syntax = syntax
        if not Doc.has_extension(EXTENSION):
            Doc.set_extension(EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        result = lint_text(doc.text, self.name, self.config, self.language, syntax=self.syntax)
        entry: dict[str, Any] = file_entry(result)
        entry.pop("path", None)
        entry.pop("encoding", None)
        doc._.set(EXTENSION, entry)
        return doc


@Language.factory(
    "jdlint",
    default_config={"config_path": None, "language": "auto", "syntax": None},
)
def make_jdlint(
    nlp: Language, name: str, config_path: str | None, language: str, syntax: str | None
) -> JdlintComponent:
    """The component: *config_path* names a jdlint configuration (or a folder to find one
    from; default: the built-in rules), *language* is ``auto``, ``en`` or ``id``, *syntax*
    ``markdown``, ``text`` or ``html`` (default: plain text, HTML when the text is HTML)."""
    config = load_config(config_path) if config_path else default_config()
    return JdlintComponent(name, config, language, syntax)
