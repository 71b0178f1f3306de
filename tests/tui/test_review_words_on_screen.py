"""What the review screen's words look like in a small window: dialog text wraps inside its
box, the header keeps the place, counts, filter and "unsaved" in sight, counts read
"1 open flag", and the search box never invites the key that applies a fix."""

import pytest
from textual.widgets import Label
from textual.widgets._header import HeaderTitle

from proof.review.overview import FlagFilter
from proof.tui.app import ReviewApp
from proof.tui.screens.dialogs import Choice, Explain
from proof.tui.screens.overview import OverviewScreen
from proof.tui.title import HeaderLine, Status, elided, header_line, header_title
from tests.helpers.paths import WIRE
from tests.helpers.review import (
    WordChecker,
    change_on_disk,
    copy_of,
    long_rule_checkers,
    open_session,
    press_until,
    real_session,
    shown_text,
)

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
LOST = ["A first line someone else added.", "A second line of theirs.", "And a third, the last one."]


async def ask_to_replace_a_file_changed_on_disk(pilot, path):
    change_on_disk(path, "", "", "".join(f"\n{line}\n" for line in LOST))
    await pilot.press("a", "s")
    await pilot.click("#save-as")
    pilot.app.screen.query_one("Input").value = path
    await pilot.press("enter")
    await pilot.pause()


@SIZES
async def test_a_long_dialog_question_wraps_inside_its_box_and_shows_every_lost_line(tmp_path, size):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=size) as pilot:
        await ask_to_replace_a_file_changed_on_disk(pilot, path)
        assert isinstance(app.screen, Choice)
        question = app.screen.query_one(".question", Label)
        shown = " ".join(shown_text(question).split())
        for line in LOST:
            assert f"“{line}”" in shown
        assert question.region.right <= app.screen.query_one(".box").content_region.right


@SIZES
async def test_the_paragraph_editor_hint_is_shown_whole(tmp_path, size):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=size) as pilot:
        await pilot.press(*"nnnn", "e")
        hint = app.screen.query_one(".hint", Label)
        assert "ctrl+z: undo typing" in " ".join(shown_text(hint).split())


async def test_at_80_columns_the_header_keeps_the_counts_filter_and_unsaved(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "i", "f")
        await pilot.pause()
        header = shown_text(app.screen.query_one(HeaderTitle))
        assert "1/4 · 5 open · 1 fixed · 1 ignored · showing spelling · unsaved" in header


async def every_filter_on(pilot):
    """An ignore (unsaved), then spelling (f), errors (v) and the current flag's rule (r)."""
    await pilot.press("i", "f", "v", "r")
    await pilot.pause()


async def test_at_80_columns_with_every_filter_on_the_header_keeps_place_counts_filter_and_unsaved(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path), long_rule_checkers()))
    async with app.run_test(size=(80, 24)) as pilot:
        await every_filter_on(pilot)
        assert app.session.filter == FlagFilter("spelling", "error", "spelling.Misspelled")
        header = shown_text(app.screen.query_one(HeaderTitle)).strip()
        assert header == "1/4 · 6 open · 0 fixed · 1 ignored · … · Misspelled · unsaved"


def test_the_header_shortens_the_name_then_the_filter_wording_never_the_place_counts_or_unsaved():
    name = "russia-missile-defence-wire.txt"
    status = Status("3/21 · 21 open · 0 fixed · 0 ignored", FlagFilter("style", "error", "newsroom.Rogue"), True)
    lines = [header_line(name, status, columns) for columns in (160, 100, 90, 85, 80, 70, 60, 50)]
    assert [(line.title, line.status) for line in lines] == [
        (
            f"proof review: {name}",
            "3/21 · 21 open · 0 fixed · 0 ignored · showing style · error · newsroom.Rogue · unsaved",
        ),
        ("", "3/21 · 21 open · 0 fixed · 0 ignored · showing style · error · newsroom.Rogue · unsaved"),
        ("", "3/21 · 21 open · 0 fixed · 0 ignored · showing style · error · Rogue · unsaved"),
        ("", "3/21 · 21 open · 0 fixed · 0 ignored · style · error · Rogue · unsaved"),
        ("", "3/21 · 21 open · 0 fixed · 0 ignored · style · error · Rogue · unsaved"),
        ("", "3/21 · 21 open · 0 fixed · 0 ignored · … · Rogue · unsaved"),
        ("", "3/21 · 21 open · 0 fixed · 0 ignored · … · unsaved"),
        ("", "3/21 · 21 open · 0 fixed · 0 ignored · … · unsaved"),
    ]


def test_a_header_with_no_filter_adds_no_ellipsis_however_narrow():
    status = Status("3/21 · 21 open · 0 fixed · 0 ignored", FlagFilter(), True)
    assert header_line("wire.txt", status, 40) == HeaderLine("", "3/21 · 21 open · 0 fixed · 0 ignored · unsaved")


async def test_at_80_columns_the_header_shortens_the_file_name_in_its_middle(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        header = shown_text(app.screen.query_one(HeaderTitle))
        assert "proof review" not in header and "russia-" in header and "…" in header and "ire.txt — " in header
        assert header.endswith("1 fixed · 0 ignored · unsaved")


async def test_a_wide_header_names_the_tool_and_the_whole_file(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=(120, 40)):
        assert "proof review: russia-missile-defence-wire.txt" in shown_text(app.screen.query_one(HeaderTitle))


def test_a_long_name_loses_its_middle_first():
    assert elided("russia-missile-defence-wire.txt", 15) == "russia-…ire.txt"
    assert elided("wire.txt", 15) == "wire.txt"
    assert header_title("wire.txt", "1/3 · 3 open", 120) == "proof review: wire.txt"
    assert len(header_title("russia-missile-defence-wire.txt", "x" * 40, 80)) == 80 - 8 - 3 - 40
    assert header_title("russia-missile-defence-wire.txt", "x" * 65, 80) == ""


async def test_one_open_flag_is_counted_in_the_singular(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("The rouge state.\n", encoding="utf-8")
    app = ReviewApp(open_session(str(path), [WordChecker("test.Confusable", "style", {"rouge": ("rogue",)})]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("R")
        assert "closes 1 open flag," in app.screen.question
        await pilot.press("escape", "o")
        assert isinstance(app.screen, OverviewScreen)
        assert shown_text(app.screen.query_one(".question", Label)) == "1 open flag"


async def test_the_next_match_has_its_own_key_and_enter_after_a_search_is_not_invited(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        hint = " ".join(shown_text(app.screen.query_one(".hint", Label)).split())
        assert "F3: next match" in hint and "enter again" not in hint
        await pilot.press(*"shoigu", "enter")
        text = app.session.text
        first = text.find("Shoigu")
        await pilot.press("f3")
        assert app.screen._found == (text.find("Shoigu", first + 1), text.find("Shoigu", first + 1) + 6)
        assert app.session.text == text and not app.session.dirty


async def test_the_changed_on_disk_question_names_the_file_as_the_header_does_not_its_folder(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=(80, 24)) as pilot:
        change_on_disk(path, "", "", "\nA line someone else added.\n")
        await pilot.press("a", "s")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        assert app.screen.question.startswith("russia-missile-defence-wire.txt changed on disk")
        assert str(tmp_path) not in app.screen.question


async def test_a_dialog_with_one_answer_offers_no_other_answer_to_tab_to(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        change_on_disk(path, "defense", "shield")
        await pilot.press("s")
        await pilot.click("#reapply")
        await pilot.pause()
        assert isinstance(app.screen, Choice) and "Not re-applied" in app.screen.question
        hint = shown_text(app.screen.query_one(".hint", Label))
        assert "tab" not in hint and "enter" in hint


@SIZES
async def test_a_long_explanation_scrolls_inside_its_box_and_keeps_the_closing_hint_in_sight(tmp_path, size):
    session, runner = real_session(copy_of(WIRE, tmp_path))
    app = ReviewApp(session)
    try:
        async with app.run_test(size=size) as pilot:
            await press_until(pilot, app, "newsroom.UnpairedComma")
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, Explain)
            hint = app.screen.query_one(".hint", Label)
            box = app.screen.query_one(".box")
            assert hint.region.height == 1 and hint.region.bottom <= box.content_region.bottom
            assert "escape or ?: close" in shown_text(hint)
    finally:
        runner.close()
