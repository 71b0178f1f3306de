"""`proof lsp` while a writer edits: re-checks after changes, grammar in the background, hover,
the actions that write project files or comments, and reloading the config; all over the
stdio of a real `python -m proof lsp`."""

from __future__ import annotations

import asyncio
import json

import pytest
from lsprotocol import types

from proof.lsp.server import NAMED_FILES_REGISTRATION
from tests.helpers.lsp import (
    JARGON,
    WIRE,
    after_file_change,
    change,
    close,
    code_actions,
    next_publication,
    only,
    opened,
    published,
    run_command,
    started,
    titled,
    until,
)

pytestmark = pytest.mark.slow

MARKDOWN = "---\ntitle: Defence\n---\n\n# Missile defence\n\nShields against attacks by rouge states.\n"


def described(diagnostics: list[types.Diagnostic]) -> set[tuple]:
    return {
        (d.code, d.message, d.range.start.line, d.range.start.character, d.range.end.character) for d in diagnostics
    }


async def test_changed_paragraphs_rechecked_give_what_a_fresh_open_of_the_new_text_gives(tmp_path):
    edited, fresh = tmp_path / "edited.txt", tmp_path / "fresh.txt"
    client = await started(tmp_path)
    try:
        before = await opened(client, edited, WIRE)
        rouge = only(before, "rouge")
        # Two edits in one change, in different paragraphs: the fix, and a misspelling further down.
        last_line = WIRE.rstrip("\n").count("\n")
        end_of_text = types.Position(last_line, len(WIRE.rstrip("\n").rsplit("\n", 1)[-1]))
        publication = next_publication(client)
        change(
            client,
            edited,
            2,
            (rouge.range, "rogue"),
            (types.Range(start=end_of_text, end=end_of_text), " The goverment said so."),
        )
        after = await published(publication)
        text = WIRE.replace("rouge", "rogue", 1)
        lines = text.split("\n")
        lines[last_line] += " The goverment said so."
        assert described(after) == described(await opened(client, fresh, "\n".join(lines)))
        assert not [d for d in after if "rouge" in d.message]
        assert [d.code for d in after if "goverment" in d.message] == ["spelling.Misspelled"]
    finally:
        await client.shutdown_session()


async def test_changes_in_quick_succession_are_checked_once_for_the_last_version(tmp_path):
    path = tmp_path / "wire.txt"
    client = await started(tmp_path)
    try:
        rouge = only(await opened(client, path, WIRE), "rouge")
        publication = next_publication(client)
        change(client, path, 2, (rouge.range, "rogue"))
        change(client, path, 3, (rouge.range, "rouge"))
        params = await publication
        assert params.version == 3
        assert only(list(params.diagnostics), "rouge").range == rouge.range
    finally:
        await client.shutdown_session()


async def test_hover_on_a_flag_shows_its_rules_explanation_and_examples(tmp_path):
    path = tmp_path / "wire.txt"
    client = await started(tmp_path)
    try:
        diagnostics = await opened(client, path, WIRE)
        rouge = only(diagnostics, "rouge")
        inside = types.Position(rouge.range.start.line, rouge.range.start.character + 2)
        free = next(
            line
            for line in range(WIRE.count("\n"))
            if not any(d.range.start.line <= line <= d.range.end.line for d in diagnostics)
        )
        hover = await client.text_document_hover_async(
            types.HoverParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=inside)
        )
        elsewhere = await client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=types.Position(free, 0)
            )
        )
    finally:
        await client.shutdown_session()
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.range == rouge.range
    text = hover.contents.value
    assert "newsroom.Rogue" in text
    assert '"Rouge" is make-up' in text
    assert "A rouge trader lost the bank $2 billion." in text
    assert "She packed rouge and powder." in text
    assert elsewhere is None


async def test_add_to_dictionary_writes_the_project_dictionary_and_the_word_is_no_longer_flagged(tmp_path):
    (tmp_path / "proof.toml").write_text("", encoding="utf-8")
    path = tmp_path / "story.txt"
    client = await started(tmp_path)
    try:
        found = only(await opened(client, path, "The goverment said so.\n"), "goverment")
        publication = next_publication(client)
        await run_command(client, titled(await code_actions(client, path, found), "Add \u201cgoverment\u201d"))
        after = await published(publication)
    finally:
        await client.shutdown_session()
    assert (tmp_path / ".proof" / "dictionary.txt").read_text(encoding="utf-8") == "goverment\n"
    assert not [d for d in after if "goverment" in d.message]


async def test_ignore_this_flag_writes_the_decisions_file_proof_check_honours(tmp_path):
    (tmp_path / "proof.toml").write_text("", encoding="utf-8")
    path = tmp_path / "wire.txt"
    client = await started(tmp_path)
    try:
        rouge = only(await opened(client, path, WIRE), "rouge")
        actions = await code_actions(client, path, rouge)
        publication = next_publication(client)
        await run_command(client, titled(actions, "Ignore this flag"))
        after = await published(publication)
    finally:
        await client.shutdown_session()
    decisions = json.loads((tmp_path / ".proof" / "decisions.json").read_text(encoding="utf-8"))
    assert [entry["rule"] for entry in decisions["ignored"]["wire.txt"]] == ["newsroom.Rogue"]
    assert decisions["ignored"]["wire.txt"][0]["text"] == "rouge"
    assert not [d for d in after if "rouge" in d.message]
    assert after, "only the ignored flag goes"


async def test_switching_a_rule_off_in_a_markdown_file_writes_a_disable_comment_after_the_front_matter(tmp_path):
    path = tmp_path / "story.md"
    client = await started(tmp_path)
    try:
        rouge = only(await opened(client, path, MARKDOWN, "markdown"), "rouge")
        action = titled(await code_actions(client, path, rouge), "Switch newsroom.Rogue off")
        assert action.edit is not None
        (edit,) = action.edit.changes[path.as_uri()]
        assert edit.range == types.Range(start=types.Position(4, 0), end=types.Position(4, 0))
        assert edit.new_text == "<!-- proof-disable newsroom.Rogue -->\n"
        publication = next_publication(client)
        change(client, path, 2, (edit.range, edit.new_text))
        after = await published(publication)
    finally:
        await client.shutdown_session()
    assert not [d for d in after if "rouge" in d.message]


async def test_plain_text_has_no_comments_so_no_switch_off_action(tmp_path):
    path = tmp_path / "wire.txt"
    client = await started(tmp_path)
    try:
        rouge = only(await opened(client, path, WIRE), "rouge")
        titles = [action.title for action in await code_actions(client, path, rouge)]
    finally:
        await client.shutdown_session()
    assert titles and not [title for title in titles if title.startswith("Switch")]


async def test_a_changed_proof_toml_is_reloaded_and_open_documents_published_again(tmp_path):
    config = tmp_path / "proof.toml"
    config.write_text("", encoding="utf-8")
    path = tmp_path / "wire.txt"
    registrations: list[types.Registration | types.Unregistration] = []
    watching = types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)
    )
    client = await started(tmp_path, workspace=watching, registrations=registrations)
    try:
        assert only(await opened(client, path, WIRE), "rouge")
        config.write_text('[rules]\n"newsroom.Rogue" = "off"\n', encoding="utf-8")
        after = await after_file_change(client, config)
    finally:
        await client.shutdown_session()
    assert after and not [d for d in after if d.code == "newsroom.Rogue"]
    (registration,) = registrations
    assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    patterns = [watcher["globPattern"] for watcher in registration.register_options["watchers"]]
    assert "**/proof.toml" in patterns and "**/.proof/**" in patterns


async def test_harper_grammar_flags_are_published_after_the_fast_ones(tmp_path):
    (tmp_path / "proof.toml").write_text('[grammar]\nengines = ["harper"]\ncache = false\n', encoding="utf-8")
    path = tmp_path / "story.txt"
    text = "The rouge states are a issue.\n\nIt is an test.\n"
    client = await started(tmp_path, options=())
    try:
        fast = await opened(client, path, text)
        later = await until(client, path, lambda found: [d.code for d in found].count("grammar.harper.AnA") == 2)
    finally:
        await client.shutdown_session()
    assert client._server.returncode == 0
    assert [d.code for d in fast] == ["newsroom.Rogue"]
    assert {d.code for d in later} == {"newsroom.Rogue", "grammar.harper.AnA"}
    # The articles: "a" of "a issue" (line 0, column 21), "an" of "an test" (line 2, column 6).
    assert [d.range for d in later if d.code == "grammar.harper.AnA"] == [
        types.Range(start=types.Position(0, 21), end=types.Position(0, 22)),
        types.Range(start=types.Position(2, 6), end=types.Position(2, 8)),
    ]


async def test_no_edit_is_offered_from_flags_of_a_text_the_editor_has_changed_since(tmp_path):
    path = tmp_path / "wire.txt"
    client = await started(tmp_path)
    try:
        rouge = only(await opened(client, path, WIRE), "rouge")
        start = types.Position(rouge.range.start.line, 0)
        publication = next_publication(client)
        # Asked before the debounced check of version 2 publishes: the flag's offsets are version 1's.
        change(client, path, 2, (types.Range(start=start, end=start), "Big news. "))
        stale = await code_actions(client, path, rouge)
        rechecked = only(await published(publication), "rouge")
        fresh = await code_actions(client, path, rechecked)
    finally:
        await client.shutdown_session()
    assert stale and not [action.title for action in stale if action.edit is not None]
    assert titled(fresh, "Replace with \u201crogue\u201d").edit is not None


async def test_an_edit_names_the_document_version_its_offsets_belong_to_when_the_editor_takes_versioned_edits(
    tmp_path,
):
    path = tmp_path / "story.md"
    versioned = types.WorkspaceClientCapabilities(
        workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True)
    )
    client = await started(tmp_path, workspace=versioned)
    try:
        rouge = only(await opened(client, path, MARKDOWN, "markdown"), "rouge")
        actions = await code_actions(client, path, rouge)
    finally:
        await client.shutdown_session()
    edits = [action.edit for action in actions if action.edit is not None]
    assert {len(edit.document_changes or []) for edit in edits} == {1} and not [e for e in edits if e.changes]
    assert {
        (change.text_document.uri, change.text_document.version) for e in edits for change in e.document_changes
    } == {(path.as_uri(), 1)}


async def test_a_dictionary_outside_the_project_folder_is_registered_for_watching_and_its_change_reloads(tmp_path):
    site, desk = tmp_path / "site", tmp_path / "desk"
    site.mkdir()
    desk.mkdir()
    (site / "proof.toml").write_text('dictionary = ["../desk/names.txt"]\n', encoding="utf-8")
    names = desk / "names.txt"
    names.write_text("", encoding="utf-8")
    path = site / "story.txt"
    registrations: list[types.Registration | types.Unregistration] = []
    watching = types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
            dynamic_registration=True, relative_pattern_support=True
        )
    )
    client = await started(tmp_path, workspace=watching, registrations=registrations)
    try:
        assert only(await opened(client, path, "The goverment said so.\n"), "goverment")
        async with asyncio.timeout(30):
            while not [r for r in registrations if r.id == NAMED_FILES_REGISTRATION]:
                await asyncio.sleep(0.05)
        names.write_text("goverment\n", encoding="utf-8")
        after = await after_file_change(client, names)
    finally:
        await client.shutdown_session()
    assert not [d for d in after if "goverment" in d.message]
    (registration,) = [r for r in registrations if r.id == NAMED_FILES_REGISTRATION]
    (watcher,) = registration.register_options["watchers"]
    assert watcher["globPattern"] == {"baseUri": desk.as_uri(), "pattern": "names.txt"}


async def test_a_session_through_open_change_an_edited_rule_pack_outside_the_workspace_and_close(tmp_path):
    workspace, pack = tmp_path / "site", tmp_path / "desk" / "house"
    politics, sport = workspace / "politics", workspace / "sport"
    for folder in (politics, sport, pack):
        folder.mkdir(parents=True)
    (politics / "proof.toml").write_text('styles = ["../../desk/house"]\n', encoding="utf-8")
    (sport / "proof.toml").write_text("", encoding="utf-8")
    rule = pack / "Jargon.yml"
    rule.write_text(JARGON.format(word="synergy"), encoding="utf-8")
    story = politics / "story.txt"
    registrations: list[types.Registration | types.Unregistration] = []
    watching = types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
            dynamic_registration=True, relative_pattern_support=True
        )
    )

    def named_files() -> list[types.Registration | types.Unregistration]:
        return [r for r in registrations if r.id == NAMED_FILES_REGISTRATION]

    client = await started(workspace, workspace=watching, registrations=registrations)
    try:
        first = await opened(client, story, "Their synergy was a paradigm.\n")
        publication = next_publication(client)
        change(client, story, 2, (only(first, "synergy").range, "plan"))
        changed = await published(publication)
        async with asyncio.timeout(30):
            while not named_files():
                await asyncio.sleep(0.05)
        rule.write_text(JARGON.format(word="paradigm"), encoding="utf-8")
        reloaded = await after_file_change(client, rule)
        await opened(client, sport / "match.txt", "Some text.\n")
        publication = next_publication(client)
        close(client, story)
        cleared = await published(publication)
        async with asyncio.timeout(30):
            while len(named_files()) < 2:
                await asyncio.sleep(0.05)
    finally:
        await client.shutdown_session()
    assert client._server.returncode == 0
    assert [d.code for d in changed if d.code == "house.Jargon"] == []
    assert only(reloaded, "paradigm").code == "house.Jargon"
    assert cleared == []
    registered, unregistered = named_files()
    assert isinstance(registered, types.Registration) and isinstance(unregistered, types.Unregistration)
    assert registered.register_options["watchers"] == [
        {"globPattern": {"baseUri": pack.as_uri(), "pattern": "**/*.{yml,yaml}"}}
    ]
