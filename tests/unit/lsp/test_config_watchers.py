"""The files a config names that the start-up patterns miss (a dictionary outside `.proof/`, a
style pack folder or the config itself outside the workspace) are watched too: the server asks
the editor to watch them once it has read the config, and again when the configs of the open
documents name others (a config changed, a document opened or closed)."""

from __future__ import annotations

import asyncio
import json
import pathlib

from lsprotocol import types

from proof.lsp.server import NAMED_FILES_REGISTRATION as NAMED_FILES
from proof.lsp.server import build_server
from tests.helpers.lsp import JARGON
from tests.helpers.lsp_session import Session, in_process, messages, patterns, registrations, watched_now

WATCHING = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
            dynamic_registration=True, relative_pattern_support=True
        )
    )
)


def house_flags(publication: dict) -> list[str]:
    return [d["message"].split("'")[1] for d in publication["diagnostics"] if d["code"] == "house.Jargon"]


def registered(session: Session, since: int = 0) -> list[tuple[str, dict]]:
    """The registrations and unregistrations of the watchers of the files the configs name, in order."""
    return registrations(session, NAMED_FILES, since)


async def test_a_dictionary_outside_the_project_folder_is_watched_and_its_change_reloads(tmp_path):
    site, desk = tmp_path / "site", tmp_path / "desk"
    site.mkdir()
    desk.mkdir()
    (site / "proof.toml").write_text('dictionary = ["../desk/names.txt"]\n', encoding="utf-8")
    names = desk / "names.txt"
    names.write_text("Shoygu\n", encoding="utf-8")
    session = in_process()
    await session.initialize(WATCHING, tmp_path)
    path = site / "story.txt"
    session.open(path, "The goverment met.\n")
    first = await session.publication(path, lambda p: True)
    assert [m for m in messages(first) if "goverment" in m]
    await session.until(lambda message: bool(registered(session)))
    ((kind, registration),) = registered(session)
    assert kind == "register" and registration["method"] == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    (watcher,) = registration["registerOptions"]["watchers"]
    assert watcher["globPattern"] == {"baseUri": desk.as_uri(), "pattern": "names.txt"}

    names.write_text("Shoygu\ngoverment\n", encoding="utf-8")
    count = len(session.publications(path))
    session.files_changed(names)
    after = await session.publication(path, lambda p: len(session.publications(path)) > count)
    await session.shut_down()
    assert not [m for m in messages(after) if "goverment" in m]
    assert len(registered(session)) == 1, "the same dictionaries are not registered again"


async def test_when_the_config_names_another_dictionary_the_old_watcher_goes_and_the_new_one_comes(tmp_path):
    config = tmp_path / "proof.toml"
    config.write_text('dictionary = ["words/a.txt"]\n', encoding="utf-8")
    (tmp_path / "words").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "words" / name).write_text("", encoding="utf-8")
    session = in_process()
    await session.initialize(WATCHING, tmp_path)
    path = tmp_path / "story.txt"
    session.open(path, "Some text.\n")
    await session.publication(path, lambda p: True)
    config.write_text('dictionary = ["words/b.txt"]\n', encoding="utf-8")
    count = len(session.publications(path))
    session.files_changed(config)
    await session.publication(path, lambda p: len(session.publications(path)) > count)
    await session.until(lambda message: len(registered(session)) == 3)
    await session.shut_down()
    (_, first), (unregistered, _), (_, second) = registered(session)
    assert unregistered == "unregister"
    assert [w["globPattern"]["pattern"] for w in first["registerOptions"]["watchers"]] == ["a.txt"]
    assert [w["globPattern"]["pattern"] for w in second["registerOptions"]["watchers"]] == ["b.txt"]


class SlowEditor(Session):
    """An editor that never answers the request to watch the dictionaries (it is busy, or gone)."""

    def write(self, data: bytes) -> None:
        message = json.loads(data)
        registrations = message.get("params", {}).get("registrations", []) if "params" in message else []
        if any(r["id"] == NAMED_FILES for r in registrations):
            self.received.append(message)
            self._news.set()
            return
        super().write(data)


async def test_after_shutdown_the_server_asks_the_editor_to_watch_nothing_more(tmp_path):
    """A registration queued behind one the editor has not answered yet is dropped at shutdown,
    not sent to an editor that was told the server is done."""
    site, desk = tmp_path / "site", tmp_path / "desk"
    site.mkdir()
    desk.mkdir()
    config = site / "proof.toml"
    config.write_text('dictionary = ["../desk/a.txt"]\n', encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (desk / name).write_text("", encoding="utf-8")
    session = SlowEditor(build_server(None, grammar=False))
    await session.initialize(WATCHING, tmp_path)
    path = site / "story.txt"
    session.open(path, "Some text.\n")
    await session.until(lambda message: bool(registered(session)))
    config.write_text('dictionary = ["../desk/b.txt"]\n', encoding="utf-8")
    count = len(session.publications(path))
    session.files_changed(config)
    await session.publication(path, lambda p: len(session.publications(path)) > count)
    await session.shut_down()
    told = len(session.received)
    for _ in range(5):
        await asyncio.sleep(0)
    assert registered(session, told) == []
    waiting = [task for task in asyncio.all_tasks() if task is not asyncio.current_task() and not task.done()]
    assert waiting == []


async def reload_after(session: Session, path: pathlib.Path, changed: pathlib.Path) -> dict:
    """The publication for `path` after the editor says `changed` changed."""
    count = len(session.publications(path))
    session.files_changed(changed)
    return await session.publication(path, lambda p: len(session.publications(path)) > count)


async def pack_outside_edited(tmp_path: pathlib.Path, first_rule: str) -> tuple[Session, pathlib.Path, dict, dict]:
    """A workspace whose config names a style pack outside it, its rule file first holding
    `first_rule`, then edited to a working rule: (session, pack, first publication, after)."""
    workspace, pack = tmp_path / "site", tmp_path / "desk" / "house"
    workspace.mkdir()
    pack.mkdir(parents=True)
    (workspace / "proof.toml").write_text('styles = ["../desk/house"]\n', encoding="utf-8")
    rule = pack / "Jargon.yml"
    rule.write_text(first_rule, encoding="utf-8")
    session = in_process()
    await session.initialize(WATCHING, workspace)
    path = workspace / "story.txt"
    session.open(path, "Their synergy was a paradigm.\n")
    first = await session.publication(path, lambda p: True)
    await session.until(lambda message: bool(registered(session)))
    rule.write_text(JARGON.format(word="paradigm"), encoding="utf-8")
    after = await reload_after(session, path, rule)
    await session.shut_down()
    return session, pack, first, after


async def test_a_style_pack_outside_the_workspace_is_watched_and_editing_its_rule_file_rechecks(tmp_path):
    session, pack, first, after = await pack_outside_edited(tmp_path, JARGON.format(word="synergy"))
    assert house_flags(first) == ["synergy"] and house_flags(after) == ["paradigm"]
    ((_, registration),) = registered(session)
    assert {"baseUri": pack.as_uri(), "pattern": "**/*.{yml,yaml}"} in patterns(registration)


async def desk_config_session(tmp_path):
    """A server started with `--config desk/house.toml` (empty), its workspace the folder "site"
    beside the desk: (session, workspace, desk, config)."""
    workspace, desk = tmp_path / "site", tmp_path / "desk"
    workspace.mkdir()
    desk.mkdir()
    config = desk / "house.toml"
    config.write_text("", encoding="utf-8")
    session = in_process(build_server(str(config), grammar=False))
    await session.initialize(WATCHING, workspace)
    return session, workspace, desk, config


async def test_a_config_named_on_the_command_line_outside_the_workspace_is_watched_and_its_edit_rechecks(tmp_path):
    session, workspace, desk, config = await desk_config_session(tmp_path)
    path = workspace / "story.txt"
    session.open(path, "The goverment met.\n")
    first = await session.publication(path, lambda p: True)
    await session.until(lambda message: bool(registered(session)))
    config.write_text('[rules]\n"spelling" = "off"\n', encoding="utf-8")
    after = await reload_after(session, path, config)
    await session.shut_down()
    assert [m for m in messages(first) if "goverment" in m]
    assert not [m for m in messages(after) if "goverment" in m]
    ((_, registration),) = registered(session)
    assert {"baseUri": desk.as_uri(), "pattern": "house.toml"} in patterns(registration)


async def test_closing_the_last_document_of_a_config_drops_its_watchers_and_opening_one_of_another_brings_its(tmp_path):
    politics, sport, desk = tmp_path / "politics", tmp_path / "sport", tmp_path / "desk"
    for folder in (politics, sport, desk):
        folder.mkdir()
    for folder, words in ((politics, "names.txt"), (sport, "players.txt")):
        (folder / "proof.toml").write_text(f'dictionary = ["../desk/{words}"]\n', encoding="utf-8")
        (desk / words).write_text("", encoding="utf-8")
    session = in_process()
    await session.initialize(WATCHING, tmp_path)
    story = politics / "story.txt"
    session.open(story, "Some text.\n")
    await session.until(lambda message: len(registered(session)) == 1)
    session.notify(
        types.TEXT_DOCUMENT_DID_CLOSE,
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=story.as_uri())),
    )
    # Nothing else happens after the close: no check, no reload.
    await session.until(lambda message: len(registered(session)) == 2)
    session.open(sport / "match.txt", "Some text.\n")
    await session.until(lambda message: len(registered(session)) == 3)
    await session.shut_down()
    (_, first), (dropped, _), (_, then) = registered(session)
    assert dropped == "unregister"
    assert patterns(first) == [{"baseUri": desk.as_uri(), "pattern": "names.txt"}]
    assert patterns(then) == [{"baseUri": desk.as_uri(), "pattern": "players.txt"}]


def told(session: Session) -> list[str]:
    return [m["params"]["message"] for m in session.received if m.get("method") == types.WINDOW_SHOW_MESSAGE]


async def test_a_command_line_config_broken_by_an_edit_is_told_and_watched_until_its_fix_rechecks(tmp_path):
    session, workspace, desk, config = await desk_config_session(tmp_path)
    path, other = workspace / "story.txt", workspace / "other.txt"
    session.open(path, "The goverment met.\n")
    session.open(other, "Another text.\n")
    await session.publication(path, lambda p: True)
    await session.until(lambda message: bool(registered(session)))
    config.write_text("dictionary = [\n", encoding="utf-8")
    broken = await reload_after(session, path, config)
    await session.until(lambda message: bool(told(session)))
    # Closing a document works the watchers out again: the broken config is still watched.
    session.notify(
        types.TEXT_DOCUMENT_DID_CLOSE,
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=other.as_uri())),
    )
    config.write_text('[rules]\n"newsroom" = "off"\n', encoding="utf-8")
    fixed = await reload_after(session, path, config)
    await session.shut_down()
    assert broken["diagnostics"] == []
    assert told(session) == [f"proof: {config}: not valid TOML (Invalid value (at end of document))"]
    assert [m for m in messages(fixed) if "goverment" in m]
    assert {"baseUri": desk.as_uri(), "pattern": "house.toml"} in watched_now(session, NAMED_FILES)


async def test_a_broken_rule_file_of_a_style_pack_outside_the_workspace_is_watched_until_its_fix_rechecks(tmp_path):
    session, _, first, after = await pack_outside_edited(tmp_path, "type: existence\nmessage: [\n")
    assert first["diagnostics"] == [] and told(session)
    assert house_flags(after) == ["paradigm"]


async def test_a_config_above_the_workspace_broken_by_an_edit_stays_watched_until_its_fix_rechecks(tmp_path):
    workspace = tmp_path / "news"
    workspace.mkdir()
    config = tmp_path / "proof.toml"
    config.write_text("", encoding="utf-8")
    session = in_process()
    await session.initialize(WATCHING, workspace)
    path = workspace / "story.txt"
    session.open(path, "The goverment met.\n")
    await session.publication(path, lambda p: True)
    await session.until(lambda message: bool(registered(session)))
    config.write_text("dictionary = [\n", encoding="utf-8")
    broken = await reload_after(session, path, config)
    watched_while_broken = watched_now(session, NAMED_FILES)
    config.write_text('[rules]\n"newsroom" = "off"\n', encoding="utf-8")
    fixed = await reload_after(session, path, config)
    await session.shut_down()
    assert broken["diagnostics"] == [] and told(session)
    assert {"baseUri": tmp_path.as_uri(), "pattern": "proof.toml"} in watched_while_broken
    assert [m for m in messages(fixed) if "goverment" in m]
    assert {"baseUri": tmp_path.as_uri(), "pattern": "proof.toml"} in watched_now(session, NAMED_FILES)
