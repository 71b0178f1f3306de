"""The dictionaries a config names outside `.proof/` are watched too: the server asks the editor
to watch them once it has read the config, and again when the configs in use name others."""

from __future__ import annotations

import asyncio
import json

from lsprotocol import types

from proof.lsp.server import build_server
from tests.helpers.lsp_session import Session, in_process, messages

WATCHING = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
            dynamic_registration=True, relative_pattern_support=True
        )
    )
)


def registered(session: Session, since: int = 0) -> list[dict]:
    """The registrations and unregistrations of the dictionaries' watchers, in order."""
    found = []
    for message in session.received[since:]:
        if message.get("method") == types.CLIENT_REGISTER_CAPABILITY:
            found += [("register", r) for r in message["params"]["registrations"] if r["id"] == "proof-dictionaries"]
        if message.get("method") == types.CLIENT_UNREGISTER_CAPABILITY:
            found += [
                ("unregister", r) for r in message["params"]["unregisterations"] if r["id"] == "proof-dictionaries"
            ]
    return found


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
        if any(r["id"] == "proof-dictionaries" for r in registrations):
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
