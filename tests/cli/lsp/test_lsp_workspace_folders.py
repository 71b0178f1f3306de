"""`proof lsp` in an editor that opens several project folders (a multi-root workspace), over
the stdio of a real `python -m proof lsp`: each folder's documents are checked under its own
config, every folder's config files are watched, and a folder added later is watched too."""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

from proof.lsp.server import PATTERNS_REGISTRATION
from tests.helpers.lsp import JARGON, jargon_project, opened, started, until, workspace_folder

pytestmark = pytest.mark.slow

STORY = "Their synergy was a paradigm, a leverage.\n"


def jargon(diagnostics: list[types.Diagnostic]) -> list[str]:
    return [d.message.split("'")[1] for d in diagnostics if d.code == "house.Jargon"]


async def test_two_folders_each_checked_under_its_own_config_both_watched_and_a_third_added_later(tmp_path):
    one, two, three = (
        jargon_project(tmp_path / "one", "synergy"),
        jargon_project(tmp_path / "two", "paradigm"),
        jargon_project(tmp_path / "three", "leverage"),
    )
    registrations: list[types.Registration | types.Unregistration] = []
    watching = types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
            dynamic_registration=True, relative_pattern_support=True
        )
    )

    def watched_folders() -> set[str]:
        """The folders whose config files the editor is asked to watch, as things stand."""
        now: set[str] = set()
        for each in registrations:
            if each.id == PATTERNS_REGISTRATION:
                watchers = each.register_options["watchers"] if isinstance(each, types.Registration) else []
                now = {watcher["globPattern"]["baseUri"] for watcher in watchers}
        return now

    async def watching_folders(wanted: set[str]) -> None:
        async with asyncio.timeout(30):
            while watched_folders() != wanted:
                await asyncio.sleep(0.05)

    client = await started(one, workspace=watching, registrations=registrations, folders=[one, two])
    try:
        first = await opened(client, one / "story.txt", STORY)
        second = await opened(client, two / "story.txt", STORY)
        await watching_folders({one.as_uri(), two.as_uri()})
        rule = two / "house" / "Jargon.yml"
        rule.write_text(JARGON.format(word="leverage"), encoding="utf-8")
        client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                changes=[types.FileEvent(uri=rule.as_uri(), type=types.FileChangeType.Changed)]
            )
        )
        edited = await until(client, two / "story.txt", lambda found: jargon(found) != ["paradigm"])
        client.workspace_did_change_workspace_folders(
            types.DidChangeWorkspaceFoldersParams(
                event=types.WorkspaceFoldersChangeEvent(added=[workspace_folder(three)], removed=[])
            )
        )
        await watching_folders({one.as_uri(), two.as_uri(), three.as_uri()})
        third = await opened(client, three / "story.txt", STORY)
    finally:
        await client.shutdown_session()
    assert client._server.returncode == 0
    assert (jargon(first), jargon(second), jargon(third)) == (["synergy"], ["paradigm"], ["leverage"])
    assert jargon(edited) == ["leverage"]
