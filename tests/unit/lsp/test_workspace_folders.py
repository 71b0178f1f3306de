"""An editor that opens several project folders at once (a multi-root workspace): each
document is checked under the config of the folder it lives in, the config files of every
folder are watched, and folders added or removed while the server runs are honoured."""

from __future__ import annotations

import pathlib

from lsprotocol import types

from proof.lsp.actions import ADD_WORD
from proof.lsp.server import NAMED_FILES_REGISTRATION, PATTERNS_REGISTRATION
from tests.helpers.lsp import JARGON, jargon_project
from tests.helpers.lsp_session import Session, in_process, messages, registrations, watched_now

WATCHING = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
            dynamic_registration=True, relative_pattern_support=True
        )
    )
)

STORY = "Their synergy was a paradigm.\n"


def jargon(publication: dict) -> list[str]:
    return [d["message"].split("'")[1] for d in publication["diagnostics"] if d["code"] == "house.Jargon"]


def bases(patterns: list) -> set[str]:
    return {pattern["baseUri"] for pattern in patterns}


async def republished(session: Session, path: pathlib.Path, action) -> dict:
    """The publication for `path` after `action`."""
    count = len(session.publications(path))
    action()
    return await session.publication(path, lambda p: len(session.publications(path)) > count)


async def test_each_folders_documents_are_checked_under_that_folders_config_and_rule_pack(tmp_path):
    one, two = jargon_project(tmp_path / "one", "synergy"), jargon_project(tmp_path / "two", "paradigm")
    session = in_process()
    await session.initialize(WATCHING, one, folders=[one, two])
    session.open(one / "story.txt", STORY)
    session.open(two / "story.txt", STORY)
    first = await session.publication(one / "story.txt", lambda p: True)
    second = await session.publication(two / "story.txt", lambda p: True)
    await session.shut_down()
    assert jargon(first) == ["synergy"] and jargon(second) == ["paradigm"]


async def test_the_config_files_of_every_workspace_folder_are_watched_not_only_the_first(tmp_path):
    one, two = jargon_project(tmp_path / "one", "synergy"), jargon_project(tmp_path / "two", "paradigm")
    session = in_process()
    await session.initialize(WATCHING, one, folders=[one, two])
    session.open(two / "story.txt", STORY)
    await session.publication(two / "story.txt", lambda p: True)
    await session.until(lambda message: bool(registrations(session, PATTERNS_REGISTRATION)))
    rule = two / "house" / "Jargon.yml"
    rule.write_text(JARGON.format(word="synergy"), encoding="utf-8")
    after = await republished(session, two / "story.txt", lambda: session.files_changed(rule))
    await session.shut_down()
    patterns = watched_now(session, PATTERNS_REGISTRATION)
    assert bases(patterns) == {one.as_uri(), two.as_uri()}
    assert {"baseUri": two.as_uri(), "pattern": "**/proof.toml"} in patterns
    # What the patterns of the second folder catch is not asked for again, file by file.
    assert watched_now(session, NAMED_FILES_REGISTRATION) == []
    assert jargon(after) == ["synergy"]


async def test_a_folder_added_at_run_time_is_watched_and_a_folder_removed_is_not(tmp_path):
    one, two = jargon_project(tmp_path / "one", "synergy"), jargon_project(tmp_path / "two", "paradigm")
    session = in_process()
    await session.initialize(WATCHING, one, folders=[one])
    session.open(one / "story.txt", STORY)
    await session.publication(one / "story.txt", lambda p: True)
    await session.until(lambda message: bool(registrations(session, PATTERNS_REGISTRATION)))
    assert bases(watched_now(session, PATTERNS_REGISTRATION)) == {one.as_uri()}

    session.folders_changed(added=(two,))
    await session.until(
        lambda message: bases(watched_now(session, PATTERNS_REGISTRATION)) == {one.as_uri(), two.as_uri()}
    )
    session.folders_changed(removed=(one,))
    await session.until(lambda message: bases(watched_now(session, PATTERNS_REGISTRATION)) == {two.as_uri()})
    await session.shut_down()
    kinds = [kind for kind, _ in registrations(session, PATTERNS_REGISTRATION)]
    assert kinds == ["register", "unregister", "register", "unregister", "register"]


def bare_project(folder: pathlib.Path, words: str) -> pathlib.Path:
    """A project folder with no proof.toml, only the default project dictionary, holding `words`."""
    (folder / ".proof").mkdir(parents=True)
    (folder / ".proof" / "dictionary.txt").write_text(words, encoding="utf-8")
    return folder


def misspelt(publication: dict) -> list[str]:
    return [m for m in messages(publication) if "goverment" in m]


async def test_a_document_under_no_config_file_uses_the_project_files_of_its_own_folder(tmp_path, monkeypatch):
    """A folder without a proof.toml has the defaults, rooted at that folder: its own
    `.proof/dictionary.txt`, not that of the folder the server was started in."""
    one, two = jargon_project(tmp_path / "one", "synergy"), bare_project(tmp_path / "two", "goverment\n")
    monkeypatch.chdir(one)
    session = in_process()
    await session.initialize(WATCHING, one, folders=[one, two])
    session.open(one / "story.txt", "The goverment met.\n")
    session.open(two / "story.txt", "The goverment met.\n")
    first = await session.publication(one / "story.txt", lambda p: True)
    second = await session.publication(two / "story.txt", lambda p: True)
    await session.shut_down()
    assert misspelt(first) and not misspelt(second)


async def test_a_document_already_open_is_checked_again_when_its_folder_is_added(tmp_path, monkeypatch):
    one, two = jargon_project(tmp_path / "one", "synergy"), bare_project(tmp_path / "two", "goverment\n")
    monkeypatch.chdir(one)
    session = in_process()
    await session.initialize(WATCHING, one, folders=[one])
    story = two / "story.txt"
    session.open(story, "The goverment met.\n")
    before = await session.publication(story, lambda p: True)
    after = await republished(session, story, lambda: session.folders_changed(added=(two,)))
    await session.shut_down()
    assert misspelt(before) and not misspelt(after)


async def test_a_word_added_from_a_document_under_no_config_file_goes_to_its_own_folders_dictionary(
    tmp_path, monkeypatch
):
    one, two = jargon_project(tmp_path / "one", "synergy"), bare_project(tmp_path / "two", "")
    monkeypatch.chdir(one)
    session = in_process()
    await session.initialize(WATCHING, one, folders=[one, two])
    story = two / "story.txt"
    session.open(story, "The goverment met.\n")
    assert misspelt(await session.publication(story, lambda p: True))
    count = len(session.publications(story))
    added = session.request(
        types.WORKSPACE_EXECUTE_COMMAND,
        types.ExecuteCommandParams(command=ADD_WORD, arguments=[story.as_uri(), "goverment"]),
    )
    await session.answer(added)
    after = await session.publication(story, lambda p: len(session.publications(story)) > count)
    await session.shut_down()
    assert (two / ".proof" / "dictionary.txt").read_text(encoding="utf-8") == "goverment\n"
    assert not (one / ".proof").exists()
    assert not misspelt(after)
