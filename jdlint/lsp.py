"""The language server (`jdlint lsp`): jdlint's diagnostics in any editor, over stdio.

Built on pygls. Drafts are linted when opened and saved, and a short pause after each edit
(edits in between are debounced). Each diagnostic's range is sent in the position encoding the
client asked for (UTF-16 unless it offers another). Code actions apply a rule's safe fix or
insert a `jdlint-disable-next-line` directive; hovering a diagnostic shows its rule's
explanation. A change to `.jdlint.yaml`, `.jdlint.yml` or `pyproject.toml` reloads the
configuration and re-lints every open draft.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from lsprotocol import types
from pygls import uris
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from jdlint.config import CONFIG_NAMES, Config, ConfigFinder, default_config
from jdlint.diagnostics import Diagnostic
from jdlint.errors import ConfigError
from jdlint.explain import explain_rule, rule_url
from jdlint.lint import lint_text
from jdlint.version import __version__

DEBOUNCE_SECONDS = 0.25
SOURCE = "jdlint"
_SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
_SYNTAXES = {"markdown": "markdown", "html": "html", "plaintext": "text"}
_CONFIG_FILES = (*CONFIG_NAMES, "pyproject.toml")


@dataclass(frozen=True)
class Linted:
    """The last lint of an open draft: its version and what jdlint reported."""

    version: int | None
    diagnostics: tuple[Diagnostic, ...]
    config: Config


class JdlintServer(LanguageServer):
    """A language server that lints job descriptions; one per editor session."""

    def __init__(self) -> None:
        super().__init__("jdlint", __version__)
        self.finder = ConfigFinder()
        self.linted: dict[str, Linted] = {}
        self._pending: dict[str, asyncio.TimerHandle] = {}

    def config_for(self, document: TextDocument) -> Config:
        """The configuration that applies to *document* (built-in defaults if it is unsaved)."""
        path = uris.to_fs_path(document.uri) if document.uri.startswith("file:") else None
        return self.finder.for_path(Path(path)) if path else default_config()

    def lint(self, uri: str) -> None:
        """Lint the open draft at *uri* now and publish its diagnostics."""
        self._cancel(uri)
        document = self.workspace.get_text_document(uri)
        try:
            config = self.config_for(document)
        except ConfigError as error:
            self._publish(document, [_configuration_problem(error)])
            return
        shown = uris.to_fs_path(uri) or uri
        result = lint_text(document.source, shown, config, syntax=_syntax(document))
        self.linted[uri] = Linted(document.version, tuple(result.diagnostics), config)
        self._publish(document, [_to_lsp(document, d, config) for d in result.diagnostics])

    def lint_later(self, uri: str) -> None:
        """Lint *uri* once edits pause for :data:`DEBOUNCE_SECONDS`."""
        self._cancel(uri)
        loop = asyncio.get_running_loop()
        self._pending[uri] = loop.call_later(DEBOUNCE_SECONDS, self.lint, uri)

    def forget(self, uri: str) -> None:
        """Drop a closed draft: its pending lint, its results and its diagnostics."""
        self._cancel(uri)
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    def reload_configuration(self) -> None:
        """Read every configuration afresh and re-lint the open drafts."""
        self.finder = ConfigFinder()
        for uri in list(self.linted):
            self.lint(uri)

    def _cancel(self, uri: str) -> None:
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()

    def _publish(self, document: TextDocument, diagnostics: list[types.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=document.uri, version=document.version, diagnostics=diagnostics
            )
        )


def _syntax(document: TextDocument) -> str | None:
    """How to read *document*: from the editor's language id, else from its file name."""
    return _SYNTAXES.get(document.language_id or "")


def _to_lsp(document: TextDocument, diagnostic: Diagnostic, config: Config) -> types.Diagnostic:
    """A jdlint diagnostic as LSP sends it: 0-based, in the client's position encoding."""
    points = types.Range(
        start=types.Position(line=diagnostic.line - 1, character=diagnostic.column - 1),
        end=types.Position(line=diagnostic.end_line - 1, character=diagnostic.end_column - 1),
    )
    data: dict[str, Any] = {"rule": diagnostic.rule, "replacement": diagnostic.replacement}
    rule = config.rule(diagnostic.rule)
    return types.Diagnostic(
        range=document.position_codec.range_to_client_units(document.lines, points),
        message=diagnostic.message,
        severity=_SEVERITIES[diagnostic.severity],
        code=diagnostic.rule,
        code_description=types.CodeDescription(href=rule_url(rule)) if rule else None,
        source=SOURCE,
        data=data,
    )


def _configuration_problem(error: ConfigError) -> types.Diagnostic:
    start = types.Position(line=0, character=0)
    return types.Diagnostic(
        range=types.Range(start=start, end=start),
        message=f"jdlint configuration error: {error}",
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


def _directive(document: TextDocument, code: str) -> str:
    """The line that switches *code* off for the next line, in the draft's own syntax."""
    syntax = _syntax(document)
    if syntax is None:
        suffix = PurePath(uris.to_fs_path(document.uri) or document.uri).suffix.lower()
        syntax = "text" if suffix in (".txt", ".text") else "markdown"
    if syntax == "text":
        return f"# jdlint-disable-next-line {code}\n"
    return f"<!-- jdlint-disable-next-line {code} -->\n"


def _names_configuration(uri: str) -> bool:
    """Whether *uri* is a file jdlint reads its configuration from."""
    return PurePath(uris.to_fs_path(uri) or uri).name in _CONFIG_FILES


def code_actions(server: JdlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """A fix for each jdlint diagnostic that has one, and a directive to switch it off."""
    uri = params.text_document.uri
    document = server.workspace.get_text_document(uri)
    actions: list[types.CodeAction] = []
    for diagnostic in params.context.diagnostics:
        if diagnostic.source != SOURCE or not isinstance(diagnostic.data, dict):
            continue
        code = str(diagnostic.data.get("rule") or diagnostic.code)
        replacement = diagnostic.data.get("replacement")
        if isinstance(replacement, str):
            title = f'Replace with "{replacement}"' if replacement else "Delete it"
            edit = types.TextEdit(range=diagnostic.range, new_text=replacement)
            actions.append(_action(f"{title} ({code})", uri, edit, diagnostic, preferred=True))
        line_start = types.Position(line=diagnostic.range.start.line, character=0)
        insert = types.TextEdit(
            range=types.Range(start=line_start, end=line_start),
            new_text=_directive(document, code),
        )
        actions.append(_action(f"Disable {code} for this line", uri, insert, diagnostic))
    return actions


def _action(
    title: str,
    uri: str,
    edit: types.TextEdit,
    diagnostic: types.Diagnostic,
    preferred: bool = False,
) -> types.CodeAction:
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=types.WorkspaceEdit(changes={uri: [edit]}),
        is_preferred=preferred or None,
    )


def hover(server: JdlintServer, params: types.HoverParams) -> types.Hover | None:
    """The explanation of each rule reported where the pointer rests."""
    uri = params.text_document.uri
    linted = server.linted.get(uri)
    if linted is None:
        return None
    document = server.workspace.get_text_document(uri)
    where = document.position_codec.position_from_client_units(document.lines, params.position)
    line, column = where.line + 1, where.character + 1
    rules = []
    for diagnostic in linted.diagnostics:
        if (
            (diagnostic.line, diagnostic.column)
            <= (line, column)
            <= (
                diagnostic.end_line,
                diagnostic.end_column,
            )
        ):
            rule = linted.config.rule(diagnostic.rule)
            if rule is not None and rule not in rules:
                rules.append(rule)
    if not rules:
        return None
    text = "\n\n---\n\n".join(f"```text\n{explain_rule(rule)}\n```" for rule in rules)
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))


def create_server() -> JdlintServer:
    """A server with every feature registered."""
    server = JdlintServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: JdlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: JdlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.lint_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: JdlintServer, params: types.DidSaveTextDocumentParams) -> None:
        if _names_configuration(params.text_document.uri):
            ls.reload_configuration()
        elif params.text_document.uri in ls.linted:
            ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: JdlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: JdlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(_names_configuration(change.uri) for change in params.changes):
            ls.reload_configuration()

    @server.feature(types.INITIALIZED)
    async def initialized(ls: JdlintServer, params: types.InitializedParams) -> None:
        workspace = ls.client_capabilities.workspace
        watching = workspace.did_change_watched_files if workspace else None
        if watching is None or not watching.dynamic_registration:
            return
        watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in _CONFIG_FILES]
        try:
            await ls.client_register_capability_async(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id="jdlint-configuration",
                            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=types.DidChangeWatchedFilesRegistrationOptions(
                                watchers=watchers
                            ),
                        )
                    ]
                )
            )
        except Exception as error:  # a client may refuse; saving a configuration still reloads it
            ls.window_log_message(
                types.LogMessageParams(
                    type=types.MessageType.Warning,
                    message=f"jdlint: cannot watch configuration files: {error}",
                )
            )

    server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )(code_actions)
    server.feature(types.TEXT_DOCUMENT_HOVER)(hover)
    return server


def serve() -> None:
    """Run the language server on standard input and output until the client exits."""
    create_server().start_io()
