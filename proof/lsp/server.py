"""The language server: checks each open document on open and on every change and publishes
its flags; offers each flag's suggestions as quick fixes.

The document is checked whole on each change (full sync), in the server's one thread, with the
same engine `proof check` builds for the document's config: the proof.toml found from the
document's folder, its rule files, word lists and decisions file, and inline suppressions.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from proof import __version__
from proof.core.flag import Flag
from proof.lsp.diagnostics import diagnostic, overlaps, quick_fixes
from proof.lsp.positions import Positions
from proof.readers import SUPPORTED_SUFFIXES, document_from_text
from proof.run.runner import Runner
from proof.settings.config import ConfigError, ConfigFinder
from proof.settings.overrides import Overrides

log = logging.getLogger(__name__)

#: The reader for a document whose name does not say its format (an unsaved buffer).
SUFFIXES_BY_LANGUAGE = {"markdown": ".md", "html": ".html", "plaintext": ".txt"}


@dataclass(frozen=True)
class Published:
    """A document's flags as last published, each with its diagnostic."""

    version: int | None
    found: list[tuple[Flag, types.Diagnostic]]


class ProofServer(LanguageServer):
    def __init__(self, config_path: str | None, grammar: bool = False):
        super().__init__("proof", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        # No grammar engine unless asked: it would hold up every keystroke's check.
        self.runner = Runner(ConfigFinder(config_path, Overrides(grammar=grammar)))
        self.published: dict[str, Published] = {}

    def reader_path(self, uri: str, language_id: str) -> str:
        """The document's path, or a name whose suffix picks its reader from the language id."""
        path = to_fs_path(uri) or ""
        if path.lower().endswith(SUPPORTED_SUFFIXES):
            return path
        return os.path.join(path or os.getcwd(), "untitled" + SUFFIXES_BY_LANGUAGE.get(language_id, ".txt"))

    def flags(self, uri: str) -> tuple[list[Flag], str]:
        """The document's flags and its text. ConfigError when its config cannot be used."""
        document = self.workspace.get_text_document(uri)
        path = self.reader_path(uri, document.language_id or "")
        engine = self.runner.engine_for(self.runner.finder.for_path(path))
        return engine.check(document_from_text(document.source, path)), document.source

    def publish(self, uri: str) -> None:
        version = self.workspace.get_text_document(uri).version
        try:
            flags, text = self.flags(uri)
        except ConfigError as exc:
            self.report(types.MessageType.Error, f"proof: {exc}")
            flags, text = [], ""
        except Exception as exc:  # A check that fails must not take the server, and the other documents, down.
            log.exception("checking %s", uri)
            self.report(types.MessageType.Error, f"proof: checking {uri} failed: {exc}")
            flags, text = [], ""
        positions = Positions(text, self.workspace.position_codec)
        found = [(flag, diagnostic(flag, positions)) for flag in flags]
        self.published[uri] = Published(version, found)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=[d for _, d in found])
        )

    def report(self, kind: types.MessageType, message: str) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def close_document(self, uri: str) -> None:
        self.published.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        published = self.published.get(params.text_document.uri)
        if published is None:
            return []
        return [
            action
            for flag, found in published.found
            if overlaps(found.range, params.range)
            for action in quick_fixes(params.text_document.uri, flag, found)
        ]


def build_server(config_path: str | None, grammar: bool = False) -> ProofServer:
    server = ProofServer(config_path, grammar)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ProofServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ProofServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ProofServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close_document(params.text_document.uri)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: ProofServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return ls.code_actions(params)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: ProofServer, _params: None) -> None:
        ls.runner.close()

    return server
