"""The review screen driven through Textual's Pilot on a copy of the wire example."""

import json
import os
from pathlib import Path

from textual.widgets import ProgressBar

from proof.pipeline.engine import Engine
from proof.review.session import ReviewSession
from proof.settings.config import load_config
from proof.tui.app import ReviewApp
from proof.tui.screens.dialogs import Ask, Choice, Explain
from proof.tui.screens.paragraph_editor import ParagraphEditor
from proof.tui.widgets.article import ArticleView
from proof.tui.widgets.flag_list import FlagList
from tests.helpers.paths import WEB, WIRE
from tests.helpers.review import (
    HeldGrammar,
    WordChecker,
    copy_of,
    grammar_finished,
    open_session,
    press_until,
    sample_checkers,
)

SIZE = (120, 40)


def original() -> str:
    with open(WIRE, encoding="utf-8") as f:
        return f.read()


def on_copy(tmp_path):
    path = copy_of(WIRE, tmp_path)
    return path, ReviewApp(open_session(path))


def change_behind_its_back(path, mode, text):
    with open(path, mode, encoding="utf-8") as f:
        f.write(text)
    with open(path, "rb") as f:
        return f.read()


def rule_and_text(app):
    current = app.session.current
    return (current.rule, app.session.flagged_text(current)) if current else None


async def test_shows_flags_and_steps_through_them(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        assert rule_and_text(app) == ("test.Variant", "defense")
        assert "7 open · 0 fixed · 0 ignored" in app.sub_title
        await pilot.press("n", "j", "down")
        assert rule_and_text(app) == ("test.Spelling", "Shoigu")
        await pilot.press("p", "k")
        assert rule_and_text(app) == ("test.Confusable", "forgo")
        await pilot.press("up")
        assert rule_and_text(app) == ("test.Variant", "defense")


async def test_fix_ignore_add_word_undo_edit_save(tmp_path):
    path, app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"nnnnn")
        assert rule_and_text(app) == ("test.Confusable", "rouge")
        await pilot.press("a")
        assert rule_and_text(app) == ("test.Spelling", "Baczynska")
        await pilot.press("i")
        assert rule_and_text(app) == ("test.Spelling", "Shoigu")
        await pilot.press("d")
        assert [app.session.flagged_text(f) for f in app.session.flags] == ["defense", "forgo"]
        # Kept only when the text is saved.
        assert not (tmp_path / ".proof").exists()
        await pilot.press("u")
        assert rule_and_text(app) == ("test.Spelling", "Shoigu")
        await pilot.press("p", "p", "p")
        assert rule_and_text(app) == ("test.Confusable", "forgo")
        await pilot.press("e")
        assert isinstance(app.screen, ParagraphEditor)
        await pilot.press(*"give up", "ctrl+s")
        assert "2 fixed · 1 ignored" in app.sub_title
        await pilot.press("s")
        await pilot.press("q")
    expected = original().replace("rouge", "rogue").replace("forgo", "give up")
    with open(path, "rb") as f:
        assert f.read() == expected.encode("utf-8")
    with open(tmp_path / ".proof" / "decisions.json", encoding="utf-8") as f:
        decisions = json.load(f)
    [entry] = decisions["ignored"]["russia-missile-defence-wire.txt"]
    assert (entry["rule"], entry["text"]) == ("test.Spelling", "Baczynska")
    assert not (tmp_path / ".proof" / "dictionary.txt").exists()
    assert app.return_value.endswith("2 fixed, 1 ignored, 4 remaining")


async def test_numbered_suggestion_and_greyed_keys(tmp_path):
    _path, app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert screen.check_action("apply", (2,)) is None
        assert screen.check_action("add_word", ()) is True
        assert screen.check_action("undo", ()) is None
        assert screen.check_action("save", ()) is None
        await pilot.press("n")
        assert screen.check_action("apply", (2,)) is True
        assert screen.check_action("add_word", ()) is None
        await pilot.press("2")
        assert "give up" in app.session.text
        await pilot.press("u")
        assert app.session.text == original()
        assert not app.session.dirty


async def test_explain_and_filter(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, Explain)
        await pilot.press("escape")
        await pilot.press("f")
        assert {f.source for f in app.session.visible} == {"spelling"}
        assert rule_and_text(app) == ("test.Variant", "defense")
        await pilot.press("f")
        assert {f.source for f in app.session.visible} == {"style"}
        assert rule_and_text(app) == ("test.Confusable", "forgo")


async def test_saving_over_a_file_changed_on_disk_is_refused(tmp_path):
    path, app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        changed = change_behind_its_back(path, "a", "\nA line someone else added.\n")
        await pilot.press("a", "s")
        assert isinstance(app.screen, Choice)
        assert Path(path).read_bytes() == changed
        await pilot.click("#save-as")
        assert isinstance(app.screen, Ask)
        other = str(tmp_path / "saved-as.txt")
        app.screen.query_one("Input").value = other
        await pilot.press("enter")
        await pilot.pause()
    assert Path(path).read_bytes() == changed
    assert Path(other).read_text(encoding="utf-8") == original().replace("defense", "defence", 1)


async def test_reload_after_a_change_on_disk(tmp_path):
    path, app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        change_behind_its_back(path, "w", "Only the rouge states remain.\n")
        await pilot.press("a", "s")
        await pilot.click("#reload")
        assert app.session.text == "Only the rouge states remain.\n"
        assert rule_and_text(app) == ("test.Confusable", "rouge")


async def test_quit_with_unsaved_changes_asks(tmp_path):
    path, app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "q")
        assert isinstance(app.screen, Choice)
        await pilot.press("escape")
        assert app.is_running
        await pilot.press("q")
        await pilot.click("#discard")
    assert app.return_value.endswith("1 fixed, 0 ignored, 6 remaining; changes not saved")
    assert Path(path).read_text(encoding="utf-8") == original()


async def test_ignore_rule_hides_every_flag_of_the_rule(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n", "R")
        await pilot.click("#ignore-rule")
        await pilot.pause()
        assert all(f.rule != "test.Spelling" for f in app.session.flags)
        assert "4 ignored" in app.sub_title
        await pilot.press("s", "q")
    saved = json.loads((tmp_path / ".proof" / "decisions.json").read_text())
    assert saved["ignored"]["russia-missile-defence-wire.txt"] == [{"rule": "test.Spelling"}]
    assert not os.path.exists(tmp_path / ".proof" / "dictionary.txt")


async def test_grammar_runs_in_the_background_with_progress_and_keys_never_wait(tmp_path):
    grammar = HeldGrammar("grammar.Agreement", {"asks": ("ask",)})
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path), [*sample_checkers(), grammar]))
    async with app.run_test(size=SIZE) as pilot:
        progress = app.screen.query_one("#grammar")
        assert progress.display
        assert app.screen.query_one(ProgressBar).total == len(app.session.document.paragraphs)
        await pilot.press("n", "a")
        assert "1 fixed" in app.sub_title
        assert rule_and_text(app) == ("test.Spelling", "Shoigu")
        assert all(f.source != "grammar" for f in app.session.flags)
        grammar.release.set()
        await grammar_finished(pilot, app)
        assert [app.session.flagged_text(f) for f in app.session.flags if f.source == "grammar"] == ["asks"]
        assert not progress.display
        assert rule_and_text(app) == ("test.Spelling", "Shoigu")


async def test_current_flag_row_is_in_sight_inside_long_unwrapped_lines(tmp_path):
    checker = WordChecker("test.Word", "style", {"Iran": ("Tehran",), "Syria": ()})
    app = ReviewApp(open_session(copy_of(WEB, tmp_path), [checker]))
    async with app.run_test(size=(100, 20)) as pilot:
        article = app.screen.query_one(ArticleView)
        for _ in app.session.flags:
            await pilot.press("n")
            await pilot.pause()
            row = article.current_row
            _, column = app.session.document.position(app.session.current.start)
            assert column > article.scrollable_content_region.width
            assert article.scroll_offset.y <= row < article.scroll_offset.y + article.scrollable_content_region.height


async def test_enter_applies_undo_restores_an_ignored_rule_and_keys_grey_out(tmp_path):
    _path, app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press("enter")
        assert "defence" in app.session.text.splitlines()[0]
        assert rule_and_text(app) == ("test.Confusable", "forgo")
        await pilot.press("n")
        assert screen.check_action("pick", (1,)) is None and screen.check_action("apply", (1,)) is None
        await pilot.press("a", "1")
        assert app.session.fixed == 1
        await pilot.press("R")
        await pilot.click("#ignore-rule")
        await pilot.pause()
        assert all(f.rule != "test.Spelling" for f in app.session.flags)
        await pilot.press("u")
        assert sum(f.rule == "test.Spelling" for f in app.session.flags) == 4
        assert not (tmp_path / ".proof").exists()


async def test_clicking_a_flag_in_the_list_selects_it(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        flags = app.screen.query_one(FlagList)
        await pilot.click(FlagList, offset=(5, 5))
        assert app.session.current == app.session.visible[5]
        assert rule_and_text(app) == ("test.Confusable", "rouge")
        assert flags.highlighted == 5


async def test_save_as_after_a_change_on_disk_proposes_a_new_name(tmp_path):
    path, app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        changed = change_behind_its_back(path, "a", "\nA line someone else added.\n")
        await pilot.press("a", "s")
        await pilot.click("#save-as")
        proposed = app.screen.query_one("Input").value
        assert proposed != path and not os.path.exists(proposed)
        await pilot.press("enter")
        await pilot.pause()
    assert Path(path).read_bytes() == changed
    assert Path(proposed).read_text(encoding="utf-8") == original().replace("defense", "defence", 1)


async def test_save_as_onto_another_existing_file_replaces_it_only_when_confirmed(tmp_path):
    path, app = on_copy(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text("Another article.\n", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        change_behind_its_back(path, "a", "\nA line someone else added.\n")
        await pilot.press("a", "s")
        await pilot.click("#save-as")
        app.screen.query_one("Input").value = str(other)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Choice) and "Replace other.txt?" in app.screen.question
        assert other.read_text(encoding="utf-8") == "Another article.\n"
        await pilot.click("#replace")
        await pilot.pause()
    assert other.read_text(encoding="utf-8") == original().replace("defense", "defence", 1)


async def test_add_word_never_writes_a_dictionary_outside_the_project(tmp_path):
    victim = tmp_path / "victim" / "important.conf"
    victim.parent.mkdir()
    victim.write_bytes(b"zeta = 1\nalpha = 2\n")
    project = tmp_path / "project"
    project.mkdir()
    (project / "proof.toml").write_text('dictionary = ["../victim/important.conf"]\n')
    path = copy_of(WIRE, project)
    engine = Engine(sample_checkers(), language="en-GB")
    app = ReviewApp(ReviewSession.open(path, engine, load_config(str(project / "proof.toml"))))
    async with app.run_test(size=SIZE) as pilot:
        await press_until(pilot, app, "test.Spelling")
        await pilot.press("d")
        await pilot.pause()
        assert app.session.current.rule == "test.Spelling"
        assert not app.session.added_words
    assert victim.read_bytes() == b"zeta = 1\nalpha = 2\n"
