"""Speaking JSON-RPC to a `ProofServer` in this process and event loop, message by message.

Where `tests.helpers.lsp` starts a real server over stdio, this hands each message to the
server's protocol as its reader would, and keeps what the server writes. The test then
decides when the event loop runs, so it can put a change or a `$/cancelRequest` exactly
between two steps of the server's work, and waits on what the server sends, never on time.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import pathlib
from collections.abc import Callable
from typing import Any

from lsprotocol import types

from proof.lsp.server import ProofServer, build_server
from tests.helpers.lsp import workspace_folder

Message = dict[str, Any]


class Session:
    def __init__(self, server: ProofServer) -> None:
        self.server = server
        self.received: list[Message] = []
        self._ids = itertools.count(1)
        self._news = asyncio.Event()
        server.protocol.set_writer(self, include_headers=False)

    # The writer the server's protocol sends through.
    def write(self, data: bytes) -> None:
        message = json.loads(data)
        self.received.append(message)
        self._news.set()
        if "method" in message and "id" in message:  # a request to the client: granted
            self._deliver({"jsonrpc": "2.0", "id": message["id"], "result": None})

    def close(self) -> None:
        pass

    def _deliver(self, message: Message) -> None:
        protocol = self.server.protocol
        protocol.handle_message(protocol.structure_message(message))

    def _unstructured(self, params: Any) -> Any:
        return self.server.protocol._converter.unstructure(params)

    def notify(self, method: str, params: Any) -> None:
        self._deliver({"jsonrpc": "2.0", "method": method, "params": self._unstructured(params)})

    def request(self, method: str, params: Any) -> int:
        """Send a request; its id, to wait for the answer with `answer`."""
        msg_id = next(self._ids)
        self._deliver({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": self._unstructured(params)})
        return msg_id

    def cancel(self, msg_id: int) -> None:
        self._deliver({"jsonrpc": "2.0", "method": types.CANCEL_REQUEST, "params": {"id": msg_id}})

    async def until(self, wanted: Callable[[Message], bool], seconds: float = 30) -> Message:
        """The first message received that is as `wanted`, waiting for more as they come."""
        seen = 0
        async with asyncio.timeout(seconds):
            while True:
                for message in self.received[seen:]:
                    if wanted(message):
                        return message
                seen = len(self.received)
                self._news.clear()
                await self._news.wait()

    async def answer(self, msg_id: int) -> Message:
        return await self.until(lambda message: message.get("id") == msg_id and "method" not in message)

    def publications(self, path: pathlib.Path) -> list[Message]:
        """The diagnostics published for `path` so far, in order: each one's params."""
        return [
            message["params"]
            for message in self.received
            if message.get("method") == types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
            and message["params"]["uri"] == path.as_uri()
        ]

    async def publication(self, path: pathlib.Path, wanted: Callable[[Message], bool]) -> Message:
        """The first publication for `path` (its params) that is as `wanted`."""
        found = await self.until(
            lambda message: (
                message.get("method") == types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
                and message["params"]["uri"] == path.as_uri()
                and wanted(message["params"])
            )
        )
        return found["params"]

    async def initialize(
        self, capabilities: types.ClientCapabilities, root: pathlib.Path, folders: list[pathlib.Path] | None = None
    ) -> None:
        """Initialize with `root` as the root; `folders`, the workspace folders, when the editor says."""
        params = types.InitializeParams(
            capabilities=capabilities,
            root_uri=root.as_uri(),
            workspace_folders=[workspace_folder(each) for each in folders] if folders is not None else None,
        )
        initialized = self.request(types.INITIALIZE, params)
        await self.answer(initialized)
        self.notify(types.INITIALIZED, types.InitializedParams())

    def open(self, path: pathlib.Path, text: str, language_id: str = "plaintext") -> None:
        item = types.TextDocumentItem(uri=path.as_uri(), language_id=language_id, version=1, text=text)
        self.notify(types.TEXT_DOCUMENT_DID_OPEN, types.DidOpenTextDocumentParams(text_document=item))

    def change(self, path: pathlib.Path, version: int, text: str) -> None:
        """The whole new text, as version `version`."""
        self.notify(
            types.TEXT_DOCUMENT_DID_CHANGE,
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            ),
        )

    def files_changed(self, *paths: pathlib.Path) -> None:
        changes = [types.FileEvent(uri=path.as_uri(), type=types.FileChangeType.Changed) for path in paths]
        self.notify(types.WORKSPACE_DID_CHANGE_WATCHED_FILES, types.DidChangeWatchedFilesParams(changes=changes))

    def folders_changed(self, added: tuple[pathlib.Path, ...] = (), removed: tuple[pathlib.Path, ...] = ()) -> None:
        """The editor added and removed workspace folders."""
        event = types.WorkspaceFoldersChangeEvent(
            added=[workspace_folder(each) for each in added], removed=[workspace_folder(each) for each in removed]
        )
        self.notify(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS, types.DidChangeWorkspaceFoldersParams(event=event))

    async def shut_down(self) -> None:
        await self.answer(self.request(types.SHUTDOWN, None))


def in_process(server: ProofServer | None = None) -> Session:
    return Session(server or build_server(None, grammar=False))


def messages(publication: Message) -> list[str]:
    return [diagnostic["message"] for diagnostic in publication["diagnostics"]]


def registrations(session: Session, registration_id: str, since: int = 0) -> list[tuple[str, Message]]:
    """The watcher registrations and unregistrations under `registration_id` the server asked
    for since message `since`, in order: ("register" or "unregister", each)."""
    found: list[tuple[str, Message]] = []
    for message in session.received[since:]:
        if message.get("method") == types.CLIENT_REGISTER_CAPABILITY:
            found += [("register", r) for r in message["params"]["registrations"] if r["id"] == registration_id]
        if message.get("method") == types.CLIENT_UNREGISTER_CAPABILITY:
            found += [("unregister", r) for r in message["params"]["unregisterations"] if r["id"] == registration_id]
    return found


def patterns(registration: Message) -> list:
    """The glob patterns of a registration's watchers."""
    return [watcher["globPattern"] for watcher in registration["registerOptions"]["watchers"]]


def watched_now(session: Session, registration_id: str) -> list:
    """The glob patterns registered under `registration_id`, as things stand."""
    now: list = []
    for kind, registration in registrations(session, registration_id):
        now = patterns(registration) if kind == "register" else []
    return now
