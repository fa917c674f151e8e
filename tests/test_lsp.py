"""The language server, end to end: a real LSP client talks to `jdlint lsp` over stdio."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp")
types = pytest.importorskip("lsprotocol.types")

from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

# An Indonesian advert with a sex marker (JD507, with a fix) and an emoji before the marker on
# the second bullet, so that UTF-16 columns differ from code points.
ADVERT = """Admin Gudang

Kami mencari admin gudang yang teliti untuk gudang kami di Cikarang.

Kualifikasi:
- Pria/Wanita, usia maksimal 25 tahun
- 🙂 Berpenampilan menarik
"""
CLEAN_LINE = "- Berpengalaman di gudang minimal 1 tahun\n"


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "jdlint", "lsp"]),
)
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("roles")

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        """Accept the server's file watchers, as VS Code does."""

    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
        )
    )
    yield
    await lsp_client.shutdown_session()


async def open_draft(client: LanguageClient, path: Path, text: str) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="plaintext", version=1, text=text
            )
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


def change_draft(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def by_code(client: LanguageClient, uri: str, code: str) -> list[types.Diagnostic]:
    return [d for d in client.diagnostics[uri] if d.code == code]


@pytest.mark.asyncio
async def test_diagnostics_on_open_and_after_a_change(client: LanguageClient, tmp_path: Path):
    uri = await open_draft(client, tmp_path / "admin-gudang.txt", ADVERT)
    (sex,) = by_code(client, uri, "JD507")
    assert sex.source == "jdlint"
    assert sex.severity == types.DiagnosticSeverity.Error
    assert sex.code_description is not None and "JD507" in sex.code_description.href
    assert (sex.range.start.line, sex.range.start.character) == (5, 2)
    (looks,) = by_code(client, uri, "JD504")
    # "🙂" is one code point but two UTF-16 code units.
    assert looks.range.start.character == len("- 🙂 ".encode("utf-16-le")) // 2

    change_draft(client, uri, 2, ADVERT.replace("- 🙂 Berpenampilan menarik\n", CLEAN_LINE))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert by_code(client, uri, "JD504") == []
    assert by_code(client, uri, "JD507")


@pytest.mark.asyncio
async def test_code_actions_fix_and_disable(client: LanguageClient, tmp_path: Path):
    uri = await open_draft(client, tmp_path / "admin-gudang.txt", ADVERT)
    (sex,) = by_code(client, uri, "JD507")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=sex.range,
            context=types.CodeActionContext(diagnostics=[sex]),
        )
    )
    assert actions is not None
    titles = [action.title for action in actions]
    fix = next(a for a in actions if isinstance(a, types.CodeAction) and a.is_preferred)
    assert fix.edit is not None and fix.edit.changes is not None
    (edit,) = fix.edit.changes[uri]
    lines = ADVERT.split("\n")
    line = lines[edit.range.start.line]
    fixed = line[: edit.range.start.character] + edit.new_text + line[edit.range.end.character :]
    assert "Pria/Wanita" not in fixed and "usia maksimal 25 tahun" in fixed
    assert "Disable JD507 for this line" in titles
    disable = next(a for a in actions if a.title == "Disable JD507 for this line")
    assert isinstance(disable, types.CodeAction) and disable.edit and disable.edit.changes
    (insert,) = disable.edit.changes[uri]
    assert insert.new_text == "# jdlint-disable-next-line JD507\n"
    assert insert.range.start == types.Position(line=5, character=0)

    # Applying the directive silences the rule on that line.
    lines.insert(5, insert.new_text.rstrip("\n"))
    change_draft(client, uri, 2, "\n".join(lines))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert by_code(client, uri, "JD507") == []


@pytest.mark.asyncio
async def test_hover_explains_the_rule(client: LanguageClient, tmp_path: Path):
    uri = await open_draft(client, tmp_path / "admin-gudang.txt", ADVERT)
    (sex,) = by_code(client, uri, "JD507")
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=sex.range.start
        )
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert "JD507" in hover.contents.value and "gender-requirement" in hover.contents.value
    nowhere = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=3),
        )
    )
    assert nowhere is None or "JD507" not in str(nowhere.contents)


@pytest.mark.asyncio
async def test_configuration_change_relints_open_drafts(client: LanguageClient, tmp_path: Path):
    uri = await open_draft(client, tmp_path / "admin-gudang.txt", ADVERT)
    assert by_code(client, uri, "JD507")
    config = tmp_path / ".jdlint.yaml"
    config.write_text("ignore: [JD507]\n", encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert by_code(client, uri, "JD507") == []
    assert by_code(client, uri, "JD504")
