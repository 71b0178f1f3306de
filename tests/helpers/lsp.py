"""Speaking to a real `python -m proof lsp` over stdio, as an editor does (pytest-lsp's client)."""

from __future__ import annotations

import asyncio
import pathlib
import sys
from collections.abc import Callable
from typing import Any

from lsprotocol import types
from pytest_lsp import LanguageClient, make_test_lsp_client

from tests.helpers import paths

WIRE = pathlib.Path(paths.WIRE).read_text(encoding="utf-8")
EMOJI = "\U0001f680 "

#: A house-style rule flagging one word: `JARGON.format(word=...)`.
JARGON = """type: existence
message: "Avoid '{{match}}'."
severity: warning
tokens:
  - {word}
"""


def jargon_project(folder: pathlib.Path, word: str) -> pathlib.Path:
    """A project folder whose proof.toml names its own style pack (`house`), whose one rule flags `word`."""
    (folder / "house").mkdir(parents=True)
    (folder / "proof.toml").write_text('styles = ["house"]\n', encoding="utf-8")
    (folder / "house" / "Jargon.yml").write_text(JARGON.format(word=word), encoding="utf-8")
    return folder


def _read_code_actions_right(converter: Any) -> None:
    """lsprotocol's hook takes every answer with a `command` key for a Command, a code action
    that runs a command too; a Command's `command` is its name, a string."""

    def structure(object_: Any, _: type) -> types.Command | types.CodeAction:
        kind = types.Command if isinstance(object_.get("command"), str) else types.CodeAction
        return converter.structure(object_, kind)

    converter.register_structure_hook(types.Command | types.CodeAction, structure)


async def started(
    folder: pathlib.Path,
    encodings: list[str] | None = None,
    options: tuple[str, ...] = ("--no-grammar",),
    workspace: types.WorkspaceClientCapabilities | None = None,
    registrations: list[types.Registration | types.Unregistration] | None = None,
    folders: list[pathlib.Path] | None = None,
) -> LanguageClient:
    """A server started in `folder`; without grammar engines unless `options` say otherwise
    (a LanguageTool server per test would cost seconds each). What the server registers and
    unregisters dynamically goes to `registrations`, in order. `folders`: the workspace
    folders the editor opened, when it says (`folder` is then the first's root)."""
    client = make_test_lsp_client()
    _read_code_actions_right(client.protocol._converter)
    if registrations is not None:

        @client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register(params: types.RegistrationParams) -> None:
            registrations.extend(params.registrations)

        @client.feature(types.CLIENT_UNREGISTER_CAPABILITY)
        def unregister(params: types.UnregistrationParams) -> None:
            registrations.extend(params.unregisterations)

    await client.start_io(sys.executable, "-m", "proof", "lsp", *options, cwd=str(folder))
    general = types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
    capabilities = types.ClientCapabilities(general=general, workspace=workspace)
    await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=folder.as_uri(),
            workspace_folders=[workspace_folder(each) for each in folders] if folders is not None else None,
        )
    )
    return client


def workspace_folder(path: pathlib.Path) -> types.WorkspaceFolder:
    return types.WorkspaceFolder(uri=path.as_uri(), name=path.name)


async def opened(
    client: LanguageClient, path: pathlib.Path, text: str, language_id: str = "plaintext"
) -> list[types.Diagnostic]:
    """The diagnostics first published for the opened document."""
    publication = next_publication(client)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=path.as_uri(), language_id=language_id, version=1, text=text)
        )
    )
    return await published(publication)


def close(client: LanguageClient, path: pathlib.Path) -> None:
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()))
    )


def next_publication(client: LanguageClient) -> asyncio.Future:
    """The next diagnostics publication, to await after sending what causes it: the client
    keeps no notification nobody waits for, so the wait begins before the message goes."""
    return asyncio.wrap_future(client.protocol.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS))


async def published(publication: asyncio.Future) -> list[types.Diagnostic]:
    return list((await publication).diagnostics)


async def after_file_change(client: LanguageClient, path: pathlib.Path) -> list[types.Diagnostic]:
    """The diagnostics published after the editor says a watched file changed."""
    publication = next_publication(client)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=path.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    return await published(publication)


async def until(
    client: LanguageClient, path: pathlib.Path, wanted: Callable[[list[types.Diagnostic]], bool], seconds: float = 60
) -> list[types.Diagnostic]:
    """The diagnostics of `path` once they are as `wanted` (the client keeps the last published)."""
    async with asyncio.timeout(seconds):
        while not wanted(found := list(client.diagnostics.get(path.as_uri(), []))):
            await asyncio.sleep(0.05)
    return found


def expected_range(text: str, word: str, units: str = "utf-16") -> types.Range:
    """The range of the first `word` in `text`, counted independently of the server: the
    line's prefix encoded in the client's units."""
    offset = text.index(word)
    line = text.count("\n", 0, offset)
    prefix = text[text.rfind("\n", 0, offset) + 1 : offset]
    width = {"utf-16": 2, "utf-8": 1, "utf-32": 4}[units]
    codec = {"utf-16": "utf-16-le", "utf-8": "utf-8", "utf-32": "utf-32-le"}[units]
    start = len(prefix.encode(codec)) // width
    end = start + len(word.encode(codec)) // width
    return types.Range(start=types.Position(line, start), end=types.Position(line, end))


def only(diagnostics: list[types.Diagnostic], word: str) -> types.Diagnostic:
    found = [d for d in diagnostics if word in d.message]
    assert len(found) == 1, [(d.code, d.message) for d in diagnostics]
    return found[0]


async def code_actions(client: LanguageClient, path: pathlib.Path, found: types.Diagnostic) -> list[types.CodeAction]:
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=found.range,
            context=types.CodeActionContext(diagnostics=[found]),
        )
    )
    return [action for action in actions or [] if isinstance(action, types.CodeAction)]


def change(client: LanguageClient, path: pathlib.Path, version: int, *edits: tuple[types.Range, str]) -> None:
    """Edits sent as an editor sends them: ranges of the text before each edit."""
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version),
            content_changes=[types.TextDocumentContentChangePartial(range=at, text=text) for at, text in edits],
        )
    )


async def run_command(client: LanguageClient, action: types.CodeAction) -> None:
    assert action.command is not None, action
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=action.command.command, arguments=action.command.arguments)
    )


def titled(actions: list[types.CodeAction], start: str) -> types.CodeAction:
    found = [action for action in actions if action.title.startswith(start)]
    assert len(found) == 1, [action.title for action in actions]
    return found[0]
