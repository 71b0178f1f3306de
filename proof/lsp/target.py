"""The document a code action's edit is written for, and the version its offsets were counted in.

A flag's offsets come from the last published check, which may be older than the editor's
text; the server offers no edit then (`ProofServer.code_actions`), and an editor that takes
versioned edits (`documentChanges`) is told the version too, so it refuses an edit of a text
changed since rather than writing it at the wrong place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lsprotocol import types


@dataclass(frozen=True)
class EditTarget:
    uri: str
    version: int | None
    # Whether the editor takes `documentChanges`, which carry the version.
    versioned: bool

    def edit(self, edits: Sequence[types.TextEdit]) -> types.WorkspaceEdit:
        if not self.versioned:
            return types.WorkspaceEdit(changes={self.uri: list(edits)})
        document = types.OptionalVersionedTextDocumentIdentifier(uri=self.uri, version=self.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=list(edits))])
