"""What an editor decides in a review (ignores, words added to the dictionary) is kept
only when the text is saved, or when quitting the editor says so; it follows Save as; and
`I` on a spelling flag ignores that word, never the whole rule unasked."""

import json
import os
from pathlib import Path

import pytest
from textual.widgets import Label

from proof.review.decisions import DECISIONS_FILE
from proof.tui.app import ReviewApp
from proof.tui.screens.dialogs import Ask, Choice
from proof.tui.widgets.article import FOUND, ArticleView
from tests.helpers.paths import WIRE
from tests.helpers.review import change_on_disk, copy_of, open_session, press_until

SIZE = (120, 40)


def texts_of(app, rule):
    return [app.session.flagged_text(f) for f in app.session.flags if f.rule == rule]


def decisions_of(folder) -> dict:
    path = Path(folder) / DECISIONS_FILE
    return json.loads(path.read_text(encoding="utf-8"))["ignored"] if path.exists() else {}


def found_rows(app) -> list[str]:
    """The text drawn in the search match's style, a row of the article at a time."""
    article = app.screen.query_one(ArticleView)
    rows = (article.render_line(y) for y in range(article.scrollable_content_region.height))
    found = ["".join(s.text for s in row if s.style and s.style.bgcolor == FOUND.bgcolor) for row in rows]
    return [text for text in found if text]


def dictionary_of(folder) -> str:
    path = Path(folder) / ".proof" / "dictionary.txt"
    return path.read_text(encoding="utf-8") if path.exists() else ""


async def test_capital_i_on_a_spelling_flag_ignores_that_word_not_the_rule(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        assert texts_of(app, "test.Spelling") == ["Shoigu", "Shoigu", "Shoigu", "Baczynska"]
        await press_until(pilot, app, "test.Spelling")
        await pilot.press("I")
        assert texts_of(app, "test.Spelling") == ["Baczynska"]
        assert "3 ignored" in app.sub_title
        assert decisions_of(tmp_path) == {}


async def test_ignoring_a_whole_rule_is_its_own_action_and_asks_first(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await press_until(pilot, app, "test.Spelling")
        await pilot.press("R")
        assert isinstance(app.screen, Choice) and "test.Spelling" in app.screen.question
        await pilot.press("enter")  # cancel is the default answer
        await pilot.pause()
        assert len(texts_of(app, "test.Spelling")) == 4
        await pilot.press("R")
        await pilot.click("#ignore-rule")
        await pilot.pause()
        assert texts_of(app, "test.Spelling") == []


async def test_quit_without_saving_keeps_no_ignore_and_no_added_word(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        await press_until(pilot, app, "test.Spelling")
        await pilot.press("d", "i", "q")
        assert isinstance(app.screen, Choice)
        await pilot.click("#discard")
    assert decisions_of(tmp_path) == {} and dictionary_of(tmp_path) == ""
    assert not os.path.exists(tmp_path / ".proof")
    assert Path(path).read_text(encoding="utf-8") == Path(WIRE).read_text(encoding="utf-8")


async def test_saving_keeps_the_ignores_and_added_words_and_undo_after_it_is_unsaved_again(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        await press_until(pilot, app, "test.Spelling")
        await pilot.press("d")
        await press_until(pilot, app, "test.Spelling")
        await pilot.press("i")
        assert app.session.dirty
        await pilot.press("s")
        await pilot.pause()
        assert not app.session.dirty
        assert dictionary_of(tmp_path) == "Shoigu\n"
        assert [d["text"] for d in decisions_of(tmp_path)[os.path.basename(path)]] == ["Baczynska"]
        await pilot.press("u")
        assert app.session.dirty
        await pilot.press("q")
        assert isinstance(app.screen, Choice)
        await pilot.click("#discard")
    assert [d["text"] for d in decisions_of(tmp_path)[os.path.basename(path)]] == ["Baczynska"]


async def test_decisions_follow_save_as_and_the_summary_counts_each_flag_once(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        with open(path, "a", encoding="utf-8") as f:
            f.write("\nA line someone else added.\n")
        await pilot.press("a")
        await press_until(pilot, app, "test.Spelling")
        await pilot.press("i", "s")
        await pilot.click("#save-as")
        assert isinstance(app.screen, Ask)
        new_name = app.screen.query_one("Input").value
        await pilot.press("enter")
        await pilot.pause()
        assert not app.session.dirty
        await pilot.press("q")
    assert list(decisions_of(tmp_path)) == [os.path.basename(new_name)]
    assert app.return_value == f"{new_name}: 1 fixed, 1 ignored, 5 remaining"


async def test_enter_twice_on_a_file_changed_on_disk_saves_under_a_new_name(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        theirs = change_on_disk(path, "", "", "\nA line someone else added.\n")
        await pilot.press("a", "s", "enter")
        await pilot.pause()
        assert isinstance(app.screen, Ask)
        new_name = app.screen.query_one("Input").value
        await pilot.press("enter")
        await pilot.pause()
    assert Path(path).read_text(encoding="utf-8") == theirs
    assert new_name != path
    assert Path(new_name).read_text(encoding="utf-8") == Path(WIRE).read_text(encoding="utf-8").replace(
        "defense", "defence", 1
    )


async def test_saving_a_read_only_file_refuses_it_and_offers_save_as(tmp_path):
    path = copy_of(WIRE, tmp_path)
    os.chmod(path, 0o444)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "s")
        await pilot.pause()
        assert isinstance(app.screen, Ask)
        assert "read-only" in str(app.screen.query_one(".question", Label).render())
        new_name = app.screen.query_one("Input").value
        await pilot.press("enter")
        await pilot.pause()
        assert not app.session.dirty
    assert Path(path).read_text(encoding="utf-8") == Path(WIRE).read_text(encoding="utf-8")
    assert new_name != path
    assert Path(new_name).read_text(encoding="utf-8") == Path(WIRE).read_text(encoding="utf-8").replace(
        "defense", "defence", 1
    )


async def test_reload_and_reapply_puts_my_edits_on_their_text_and_lists_those_that_no_longer_apply(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert app.session.flagged_text(app.session.current) == "forgo"
        await pilot.press("a")
        theirs = change_on_disk(path, "and forgo a new", "and drop a new", "\nA line someone else added.\n")
        await pilot.press("s")
        await pilot.click("#reapply")
        await pilot.pause()
        assert app.session.text == theirs.replace("defense", "defence", 1)
        assert isinstance(app.screen, Choice) and "fix 'forgo'" in app.screen.question
        await pilot.press("enter")
        await pilot.pause()
        assert Path(path).read_text(encoding="utf-8") == theirs
        assert app.session.dirty
        await pilot.press("s")
        await pilot.pause()
    assert Path(path).read_text(encoding="utf-8") == theirs.replace("defense", "defence", 1)


@pytest.mark.parametrize("answer", ["reapply", "reload"])
async def test_ignores_stay_counted_after_a_reload_as_their_decisions_stay(tmp_path, answer):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        await press_until(pilot, app, "test.Spelling")
        await pilot.press("i")
        await pilot.press("home", "a")
        change_on_disk(path, "", "", "\nA line someone else added.\n")
        await pilot.press("s")
        await pilot.click(f"#{answer}")
        await pilot.pause()
        if isinstance(app.screen, Choice):  # the edits not re-applied, listed
            await pilot.press("enter")
        assert "1 ignored" in app.sub_title
        assert " 1 ignored, " in app.session.summary()
        await pilot.press("s")
        await pilot.pause()
    assert len(decisions_of(tmp_path)) == 1


async def test_replacing_a_file_changed_on_disk_names_what_will_be_lost(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        theirs = change_on_disk(path, "", "", "\nA line someone else added.\n")
        await pilot.press("a", "s")
        await pilot.click("#save-as")
        app.screen.query_one("Input").value = path
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        assert "“A line someone else added.”" in app.screen.question and "will be lost" in app.screen.question
        await pilot.press("enter")  # cancel is the default answer
        await pilot.pause()
        assert app.session.dirty
    assert Path(path).read_text(encoding="utf-8") == theirs


async def test_a_dictionary_that_cannot_take_the_word_leaves_the_text_saved_and_the_review_open(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await press_until(pilot, app, "test.Spelling")
        await pilot.press("d")
        dictionary = tmp_path / ".proof" / "dictionary.txt"
        dictionary.parent.mkdir()
        dictionary.write_bytes(b"caf\xe9\n")  # Latin-1, not UTF-8
        notified = []
        app.screen.notify = lambda message, **kwargs: notified.append(message)
        await pilot.press("q")
        await pilot.click("#save")
        await pilot.pause()
        assert app.is_running and app.session.dirty
        [message] = notified
        assert message.startswith("Text saved; decisions/words not kept:") and "dictionary.txt" in message
    assert Path(path).read_text(encoding="utf-8") == Path(WIRE).read_text(encoding="utf-8").replace(
        "defense", "defence", 1
    )
    assert dictionary.read_bytes() == b"caf\xe9\n"


async def test_reloading_the_file_drops_the_search_match_found_in_the_old_text(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await pilot.press("slash", *"shoigu", "enter")
        assert found_rows(app) == ["Shoigu"]
        text = Path(path).read_text(encoding="utf-8")
        Path(path).write_text("A new first paragraph, someone else's.\n\n" + text, encoding="utf-8")
        await pilot.press("s")
        await pilot.click("#reload")
        await pilot.pause()
        assert found_rows(app) == []


async def test_a_fix_all_whose_words_were_all_rewritten_on_disk_is_named_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A rouge state.\n\nAnother rouge idea.\n", encoding="utf-8")
    app = ReviewApp(open_session(str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A")
        path.write_text("A state.\n\nAnother idea.\n", encoding="utf-8")
        await pilot.press("s")
        await pilot.click("#reapply")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        assert app.screen.question.count("fix all 2") == 1
