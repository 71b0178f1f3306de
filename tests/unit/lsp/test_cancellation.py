"""Work overtaken by the writer is dropped: a grammar result for a text changed while it was
checked is never published, and a request cancelled before it is answered gets no answer
but the cancellation. In process, so the change and the cancellation land exactly between
two steps of the server's work."""

from __future__ import annotations

import asyncio

from lsprotocol import types

from proof.lsp.server import ProofServer, answering
from proof.settings.overrides import Overrides
from tests.helpers.gated_grammar import GatedGrammar
from tests.helpers.lsp_session import Session, in_process, messages

BEFORE = "The rouge states are here.\n\nIt is fine.\n"
AFTER = "The rogue states are here.\n\nIt is fine.\n"


def checked(publication: dict) -> list[str]:
    return [message for message in messages(publication) if message.startswith("checked:")]


async def gated_session(tmp_path, gated: GatedGrammar) -> Session:
    (tmp_path / "proof.toml").write_text("", encoding="utf-8")
    session = in_process(answering(ProofServer(None, Overrides(), grammar=lambda config: [gated])))
    await session.initialize(types.ClientCapabilities(), tmp_path)
    return session


async def test_a_grammar_result_for_a_text_changed_while_it_was_checked_is_never_published(tmp_path):
    gated = GatedGrammar()
    gated.gate.clear()
    session = await gated_session(tmp_path, gated)
    path = tmp_path / "story.txt"
    session.open(path, BEFORE)
    await session.publication(path, lambda p: p["version"] == 1)
    # The first paragraph of version 1 is inside the grammar engine when the writer fixes it.
    await asyncio.to_thread(gated.entered.wait, 30)
    session.change(path, 2, AFTER)
    gated.gate.set()
    final = await session.publication(path, lambda p: p["version"] == 2 and len(checked(p)) == 2)
    await session.shut_down()
    assert gated.checked[0] == "The rouge states are here.", "the stale paragraph was checked, then dropped"
    assert sorted(checked(final)) == ["checked: It is fine.", "checked: The rogue states are here."]
    published = session.publications(path)
    assert not [p for p in published if "checked: The rouge states are here." in messages(p)]
    versions = [p["version"] for p in published]
    assert versions == sorted(versions), "nothing published for version 1 after version 2"


async def test_a_request_cancelled_before_it_is_answered_gets_the_cancellation_and_no_result(tmp_path):
    session = await gated_session(tmp_path, GatedGrammar())
    path = tmp_path / "story.txt"
    session.open(path, BEFORE)
    published = await session.publication(path, lambda p: len(checked(p)) == 2)
    rouge = next(d for d in published["diagnostics"] if d["code"] == "newsroom.Rogue")
    document = types.TextDocumentIdentifier(uri=path.as_uri())
    at = types.Position(rouge["range"]["start"]["line"], rouge["range"]["start"]["character"] + 1)
    span = types.Range(start=at, end=at)
    hover = types.HoverParams(text_document=document, position=at)
    actions = types.CodeActionParams(text_document=document, range=span, context=types.CodeActionContext([]))
    cancelled_hover = session.request(types.TEXT_DOCUMENT_HOVER, hover)
    cancelled_actions = session.request(types.TEXT_DOCUMENT_CODE_ACTION, actions)
    answered_hover = session.request(types.TEXT_DOCUMENT_HOVER, hover)
    session.cancel(cancelled_hover)
    session.cancel(cancelled_actions)
    answers = [await session.answer(msg_id) for msg_id in (cancelled_hover, cancelled_actions, answered_hover)]
    await session.shut_down()
    for answer in answers[:2]:
        assert "result" not in answer and answer["error"]["code"] == types.LSPErrorCodes.RequestCancelled
    assert "newsroom.Rogue" in answers[2]["result"]["contents"]["value"]
