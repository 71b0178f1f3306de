"""The dictionaries a config names outside `.proof/` are watched too: the server asks the editor
to watch them once it has read the config, and again when the configs in use name others."""

from __future__ import annotations

from lsprotocol import types

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
