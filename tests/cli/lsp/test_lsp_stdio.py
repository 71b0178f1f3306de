"""`proof lsp` as an editor meets it: JSON-RPC over the stdio of a real `python -m proof lsp`."""

from __future__ import annotations

import pathlib
import sys

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient, make_test_lsp_client

pytestmark = pytest.mark.slow

ROOT = pathlib.Path(__file__).resolve().parents[3]
WIRE = (ROOT / "examples" / "russia-missile-defence-wire.txt").read_text(encoding="utf-8")
EMOJI = "\U0001f680 "


async def started(folder: pathlib.Path, encodings: list[str] | None = None) -> LanguageClient:
    client = make_test_lsp_client()
    await client.start_io(sys.executable, "-m", "proof", "lsp", cwd=str(folder))
    general = types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
    await client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(general=general), root_uri=folder.as_uri())
    )
    return client


async def opened(
    client: LanguageClient, path: pathlib.Path, text: str, language_id: str = "plaintext"
) -> list[types.Diagnostic]:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=path.as_uri(), language_id=language_id, version=1, text=text)
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[path.as_uri()])


def expected_range(text: str, word: str, units: str) -> types.Range:
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


def rouge(diagnostics: list[types.Diagnostic]) -> types.Diagnostic:
    found = [d for d in diagnostics if "rouge" in d.message]
    assert len(found) == 1, [(d.code, d.message) for d in diagnostics]
    return found[0]


async def test_rouge_is_flagged_at_its_utf16_range_after_an_emoji_fixed_by_its_action_and_gone_after_the_fix(
    tmp_path,
):
    path = tmp_path / "wire.txt"
    text = EMOJI + WIRE
    client = await started(tmp_path)
    try:
        found = rouge(await opened(client, path, text))
        assert found.range == expected_range(text, "rouge", "utf-16")
        assert (found.code, found.source) == ("newsroom.Rogue", "proof")
        assert found.severity in (types.DiagnosticSeverity.Error, types.DiagnosticSeverity.Warning)
        messages = " ".join(d.message for d in client.diagnostics[path.as_uri()])
        for name in ("Shoigu", "Hagel"):
            assert name not in messages

        actions = await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
                range=found.range,
                context=types.CodeActionContext(diagnostics=[found]),
            )
        )
        edits = [edit for action in actions or [] for edit in action.edit.changes[path.as_uri()]]
        assert types.TextEdit(range=found.range, new_text="rogue") in edits

        fixed = text.replace("rouge", "rogue")
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=2),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
            )
        )
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        after = client.diagnostics[path.as_uri()]
        assert not [d for d in after if "rouge" in d.message or "rogue" in d.message]
    finally:
        await client.shutdown_session()
    assert client._server.returncode == 0


@pytest.mark.parametrize("units", ["utf-8", "utf-32"])
async def test_ranges_are_in_the_encoding_the_client_offers(tmp_path, units):
    path = tmp_path / "wire.txt"
    text = EMOJI + "caf\u00e9 " + WIRE
    client = await started(tmp_path, [units])
    try:
        assert rouge(await opened(client, path, text)).range == expected_range(text, "rouge", units)
    finally:
        await client.shutdown_session()


async def test_closing_a_document_clears_its_diagnostics(tmp_path):
    path = tmp_path / "wire.txt"
    client = await started(tmp_path)
    try:
        assert await opened(client, path, WIRE)
        client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()))
        )
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        assert not client.diagnostics[path.as_uri()]
    finally:
        await client.shutdown_session()


async def test_a_broken_config_is_shown_as_an_error_and_other_documents_are_still_checked(tmp_path):
    broken, good = tmp_path / "broken", tmp_path / "good"
    broken.mkdir()
    good.mkdir()
    (broken / "proof.toml").write_text("language = [\n", encoding="utf-8")
    client = await started(tmp_path)
    try:
        assert await opened(client, broken / "a.txt", WIRE) == []
        assert [m.type for m in client.messages] == [types.MessageType.Error]
        assert "proof.toml" in client.messages[0].message

        text = "# Missile defence\n\nShields against attacks by **rouge** states like Iran.\n"
        markdown = good / "b.md"
        assert rouge(await opened(client, markdown, text, "markdown")).range == expected_range(text, "rouge", "utf-16")
    finally:
        await client.shutdown_session()
    assert client._server.returncode == 0


async def test_a_flag_across_a_crlf_hard_line_break_after_an_emoji_spans_both_lines(tmp_path):
    text = "The end\nresult was a plan \U0001f680 that the close\r\nproximity of the border made hard.\n"
    client = await started(tmp_path)
    try:
        diagnostics = await opened(client, tmp_path / "wrapped.txt", text)
    finally:
        await client.shutdown_session()
    ranges = {d.message.split("'")[1]: d.range for d in diagnostics if d.code == "newsroom.Redundancy"}
    # Line 1 before "close": "result was a plan " (18) + the emoji (2 UTF-16 units) + " that the " (10).
    assert ranges["close proximity"] == types.Range(start=types.Position(1, 30), end=types.Position(2, 9))
    assert ranges["end result"] == types.Range(start=types.Position(0, 4), end=types.Position(1, 6))
