"""The review screen on the engine `proof review` really runs (spelling and the newsroom
house style, no grammar engine), on copies of the wire example: what an editor does,
checked byte for byte, and what `proof check` says afterwards."""

import json
import os
import shutil

import pytest
from textual.widgets import TextArea

from proof.tui.app import ReviewApp
from proof.tui.screens.dialogs import Choice, Explain
from proof.tui.screens.paragraph_editor import ParagraphEditor
from tests.helpers.cli import run_proof
from tests.helpers.paths import EXAMPLES, WIRE
from tests.helpers.review import press_until, real_session, shown_text

SIZE = (120, 40)
BOM = "\ufeff"
# A real word the spelling dictionary does not know yet, then a real typo.
EXTRA = "An anti-vaxxer group backed the plan, officals said."


def original() -> str:
    with open(WIRE, encoding="utf-8") as f:
        return f.read()


@pytest.fixture
def project(tmp_path):
    """A project folder: the examples' proof.toml (en-GB, the article's date)."""
    shutil.copyfile(os.path.join(EXAMPLES, "proof.toml"), tmp_path / "proof.toml")
    return tmp_path


def write(path, text: str, newline: str = "\n", bom: bool = False) -> bytes:
    data = ((BOM if bom else "") + text.replace("\n", newline)).encode("utf-8")
    path.write_bytes(data)
    return data


def rules_reported(project, name: str) -> list[tuple[str, str]]:
    result = run_proof("check", "--no-grammar", "--format", "json", name, cwd=str(project))
    assert result.returncode in (0, 1), result.stderr
    [report] = json.loads(result.stdout)["files"]
    return [(flag["rule"], flag["text"]) for flag in report["flags"]]


async def review(path, *steps):
    """Run the app on `path`; each step is a coroutine function taking (pilot, app)."""
    session, runner = real_session(str(path))
    app = ReviewApp(session)
    try:
        async with app.run_test(size=SIZE) as pilot:
            for step in steps:
                await step(pilot, app)
    finally:
        runner.close()
    return app


async def test_rogue_fix_saved_changes_only_that_word(project):
    path = project / "wire.txt"
    shutil.copyfile(WIRE, path)

    async def fix_rogue_save_quit(pilot, app):
        await press_until(pilot, app, "newsroom.Rogue")
        await pilot.press("a", "s", "q")

    app = await review(path, fix_rogue_save_quit)
    assert path.read_bytes() == original().replace("rouge states", "rogue states").encode("utf-8")
    assert app.return_value == f"{path}: 1 fixed, 0 ignored, 4 remaining"


@pytest.mark.slow
async def test_fix_ignore_add_word_undo_edit_save_on_a_crlf_file_with_a_bom(project):
    path = project / "wire.txt"
    text = original() + "\n" + EXTRA + "\n"
    write(path, text, "\r\n", bom=True)

    async def edit(pilot, app):
        await press_until(pilot, app, "newsroom.Rogue")
        await pilot.press("a")
        assert app.session.flagged_text(app.session.current) == "vaxxer"
        await pilot.press("d")
        assert app.session.flagged_text(app.session.current) == "officals"
        await pilot.press("u")
        assert app.session.flagged_text(app.session.current) == "vaxxer"
        await pilot.press("i")
        await pilot.press("e")
        # The paragraph in a text area, the flagged word selected: typing replaces it.
        assert isinstance(app.screen, ParagraphEditor)
        assert app.screen.query_one(TextArea).selected_text == "officals"
        await pilot.press(*"officials", "ctrl+s")
        assert "2 fixed · 1 ignored" in app.sub_title
        await pilot.press("s", "q")

    app = await review(path, edit)
    expected = text.replace("rouge states", "rogue states").replace("officals", "officials")
    assert path.read_bytes() == (BOM + expected.replace("\n", "\r\n")).encode("utf-8")
    assert app.return_value == f"{path}: 2 fixed, 1 ignored, 4 remaining"
    assert rules_reported(project, "wire.txt") == [
        ("newsroom.ReadingPrefix", "You're reading: "),
        ("newsroom.Defence", "defense"),
        ("newsroom.UnpairedComma", ", on Monday told"),
        ("newsroom.AssuranceInverted", "would be used against it"),
    ]


@pytest.mark.slow
async def test_ignored_flag_and_added_word_are_honoured_by_proof_check(project):
    path = project / "wire.txt"
    write(path, original() + "\n" + EXTRA + "\n")
    before = rules_reported(project, "wire.txt")
    assert ("newsroom.UnpairedComma", ", on Monday told") in before
    assert ("spelling.Misspelled", "vaxxer") in before

    async def ignore_and_add(pilot, app):
        await press_until(pilot, app, "newsroom.UnpairedComma")
        await pilot.press("i")
        await press_until(pilot, app, "spelling.Misspelled")
        await pilot.press("d", "s", "q")

    await review(path, ignore_and_add)
    after = rules_reported(project, "wire.txt")
    assert after == [
        f
        for f in before
        if f not in {("newsroom.UnpairedComma", ", on Monday told"), ("spelling.Misspelled", "vaxxer")}
    ]
    assert (project / ".proof" / "dictionary.txt").read_text() == "vaxxer\n"
    decisions = json.loads((project / ".proof" / "decisions.json").read_text())
    [entry] = decisions["ignored"]["wire.txt"]
    assert (entry["rule"], entry["text"]) == ("newsroom.UnpairedComma", ", on Monday told")


async def test_explain_shows_the_rule_files_examples_and_link(project):
    path = project / "wire.txt"
    shutil.copyfile(WIRE, path)

    async def explain(pilot, app):
        await press_until(pilot, app, "newsroom.Rogue")
        await pilot.press("question_mark")
        assert isinstance(app.screen, Explain)
        about = app.screen.about
        assert about.flagged_examples and about.accepted_examples
        assert about.link.startswith("https://")
        shown = shown_text(app.screen.query_one("#explanation"))
        assert about.flagged_examples[0] in shown and about.link in shown
        await pilot.press("question_mark")
        assert not isinstance(app.screen, Explain)

    await review(path, explain)


async def test_ctrl_q_asks_before_dropping_unsaved_changes(project):
    path = project / "wire.txt"
    shutil.copyfile(WIRE, path)

    async def fix_then_ctrl_q(pilot, app):
        await pilot.press("a", "ctrl+q")
        assert isinstance(app.screen, Choice)
        await pilot.click("#save")

    app = await review(path, fix_then_ctrl_q)
    assert app.return_value == f"{path}: 1 fixed, 0 ignored, 4 remaining"
    assert path.read_bytes() == original().replace("You're reading: ", "", 1).encode("utf-8")
