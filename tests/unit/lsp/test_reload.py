"""A reload rebuilds what the changed file feeds: a dictionary or a rule file, the spelling and
house-style checkers; a config, the grammar checkers too only when it changed their settings.
A running grammar engine (a local LanguageTool, seconds to start) is kept otherwise."""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

from proof.lsp.server import ProofServer, answering
from proof.settings.overrides import Overrides
from tests.helpers.gated_grammar import GatedGrammar
from tests.helpers.lsp_session import Session, in_process, messages

TEXT = "Indeed the goverment said so.\n\nIt was fine.\n"


def grammar_done(publication: dict) -> bool:
    return len([m for m in messages(publication) if m.startswith("checked:")]) == 2


async def reloaded(tmp_path, edit) -> tuple[list[GatedGrammar], list[bool], dict]:
    """The grammar checkers built, whether each was closed once the reload had closed what it
    let go of, and the diagnostics once the grammar is back, after `edit` changed a project
    file and the editor said so."""
    (tmp_path / "proof.toml").write_text("", encoding="utf-8")
    built: list[GatedGrammar] = []

    def build(config) -> list[GatedGrammar]:
        built.append(GatedGrammar())
        return [built[-1]]

    session: Session = in_process(answering(ProofServer(None, Overrides(), grammar=build)))
    await session.initialize(types.ClientCapabilities(), tmp_path)
    path = tmp_path / "story.txt"
    session.open(path, TEXT)
    before = await session.publication(path, grammar_done)
    assert [m for m in messages(before) if "goverment" in m and not m.startswith("checked:")]
    session.files_changed(edit(tmp_path))
    after = await session.publication(
        path, lambda p: grammar_done(p) and not [m for m in messages(p) if "goverment" in m and "checked" not in m]
    )
    await asyncio.gather(*session.server.closing)
    closed = [checker.closed.is_set() for checker in built]
    await session.shut_down()
    return built, closed, after


def dictionary(folder):
    path = folder / ".proof" / "dictionary.txt"
    path.parent.mkdir()
    path.write_text("goverment\n", encoding="utf-8")
    return path


def rules_config(folder):
    path = folder / "proof.toml"
    path.write_text('[rules]\n"spelling.Misspelled" = "off"\n', encoding="utf-8")
    return path


def grammar_config(folder):
    path = folder / "proof.toml"
    path.write_text('[rules]\n"spelling.Misspelled" = "off"\n[grammar]\ntimeout = 7\n', encoding="utf-8")
    return path


@pytest.mark.parametrize("edit", [dictionary, rules_config], ids=["dictionary", "rules"])
async def test_a_reload_that_leaves_the_grammar_settings_alone_keeps_the_running_grammar_checkers(tmp_path, edit):
    built, closed, after = await reloaded(tmp_path, edit)
    assert grammar_done(after)
    assert len(built) == 1 and closed == [False]
    assert built[0].checked.count("Indeed the goverment said so.") == 2, "the kept checker checked the reloaded text"
    assert built[0].closed.is_set(), "closed at shutdown"


async def test_a_reload_for_changed_grammar_settings_builds_new_grammar_checkers_and_closes_the_old(tmp_path):
    built, closed, after = await reloaded(tmp_path, grammar_config)
    assert len(built) == 2 and closed == [True, False]
    assert built[0].checked == ["Indeed the goverment said so.", "It was fine."]
    assert sorted(built[1].checked) == sorted(built[0].checked)
    assert grammar_done(after)


class FailingToClose(GatedGrammar):
    def close(self) -> None:
        raise OSError("the engine's socket is gone")


async def test_a_grammar_checker_that_fails_to_close_does_not_keep_the_others_open(tmp_path):
    (tmp_path / "proof.toml").write_text("", encoding="utf-8")
    built: list[list[GatedGrammar]] = []

    def build(config) -> list[GatedGrammar]:
        built.append([FailingToClose(), GatedGrammar()])
        return built[-1]

    session = in_process(answering(ProofServer(None, Overrides(), grammar=build)))
    await session.initialize(types.ClientCapabilities(), tmp_path)
    path = tmp_path / "story.txt"
    session.open(path, TEXT)
    await session.publication(path, lambda p: True)
    session.files_changed(grammar_config(tmp_path))
    await session.publication(path, lambda p: len(built) == 2)
    await asyncio.gather(*session.server.closing)
    closed = built[0][1].closed.is_set()
    await session.shut_down()
    assert closed
