"""`proof lsp` as an editor meets it: JSON-RPC over the stdio of a real `python -m proof lsp`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from lsprotocol import types

from tests.helpers.lsp import (
    EMOJI,
    WIRE,
    change,
    code_actions,
    expected_range,
    next_publication,
    opened,
    published,
    started,
)
from tests.helpers.lsp import only as _only

pytestmark = pytest.mark.slow


def rouge(diagnostics: list[types.Diagnostic]) -> types.Diagnostic:
    return _only(diagnostics, "rouge")


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

        actions = await code_actions(client, path, found)
        edits = [edit for action in actions if action.edit for edit in action.edit.changes[path.as_uri()]]
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


async def test_a_suppression_comment_naming_no_rule_is_a_warning_at_the_name_with_the_closest_rule(tmp_path):
    """A typo in a suppression comment silently disables nothing: the editor shows it where it is."""
    path = tmp_path / "story.md"
    text = f"# Missile defence\n\n{EMOJI}<!-- proof-disable newsroom.Rouge -->\n\nShields against rouge states.\n"
    client = await started(tmp_path)
    try:
        diagnostics = await opened(client, path, text, "markdown")
    finally:
        await client.shutdown_session()
    assert rouge(diagnostics).code == "newsroom.Rogue"
    (typo,) = [d for d in diagnostics if d.code != "newsroom.Rogue"]
    assert typo.severity == types.DiagnosticSeverity.Warning and typo.source == "proof"
    assert typo.message == "proof-disable: no rule matches 'newsroom.Rouge' (did you mean 'newsroom.Rogue'?)"
    assert typo.range == expected_range(text, "newsroom.Rouge")


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


async def test_a_broken_config_is_told_once_not_after_every_change(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "proof.toml").write_text("language = [\n", encoding="utf-8")
    path = broken / "a.txt"
    client = await started(tmp_path)
    try:
        assert await opened(client, path, WIRE) == []
        for version in (2, 3):
            publication = next_publication(client)
            change(client, path, version, (types.Range(start=types.Position(0, 0), end=types.Position(0, 0)), "A "))
            assert await published(publication) == []
    finally:
        await client.shutdown_session()
    assert [m.type for m in client.messages] == [types.MessageType.Error]


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


def framed(*messages: dict) -> bytes:
    bodies = [json.dumps({"jsonrpc": "2.0", **message}).encode() for message in messages]
    return b"".join(b"Content-Length: %d\r\n\r\n%s" % (len(body), body) for body in bodies)


def test_routine_protocol_traffic_leaves_the_editors_log_clean(tmp_path):
    """Editors log what a server writes on stderr, Neovim as errors: a notification the server
    does not take, or a cancellation of a request already answered, is no news for that log."""
    session = framed(
        {"id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": tmp_path.as_uri()}},
        {"method": "initialized", "params": {}},
        {"method": "workspace/didChangeConfiguration", "params": {"settings": {}}},
        {"method": "$/cancelRequest", "params": {"id": 1}},
        {"method": "textDocument/didSave", "params": {"textDocument": {"uri": (tmp_path / "a.txt").as_uri()}}},
        {"id": 2, "method": "shutdown"},
        {"method": "exit"},
    )
    done = subprocess.run(
        [sys.executable, "-m", "proof", "lsp", "--no-grammar"],
        input=session,
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0
    assert b'"id": 2' in done.stdout
    assert done.stderr.decode() == ""
