"""Editing beyond one suggestion, through Pilot: a whole paragraph by hand, fix all and
ignore all, redo, and reviewing the changes before saving (marks and the diff)."""

import os
import shutil

from textual.widgets import Static, TextArea

from proof.core.flag import Flag
from proof.pipeline.checker import Checker
from proof.review.changes import unified_diff
from proof.review.spans import paragraph_span
from proof.tui.app import ReviewApp
from proof.tui.screens.diff import DiffView
from proof.tui.screens.paragraph_editor import ParagraphEditor
from proof.tui.widgets.article import CHANGED, ArticleView
from tests.helpers.paths import EXAMPLES, WEB, WIRE
from tests.helpers.review import copy_of, open_session, press_until, real_session

SMALL = (80, 24)
HEADLINE = "Russia warns of missile defence talks"
# A repeated headline, no flag in it, well above the one flagged word.
ARTICLE = f"{HEADLINE}\r\n\r\n{HEADLINE}\r\n\r\n" + "Plain words here.\r\n\r\n" * 30 + "A rouge state.\r\n"


def read(path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def marked_rows(app) -> list[str]:
    """The text drawn in the changed-text style, a row of the article at a time."""
    article = app.screen.query_one(ArticleView)
    rows = (article.render_line(y) for y in range(article.scrollable_content_region.height))
    found = ["".join(s.text for s in row if s.style and s.style.bgcolor == CHANGED.bgcolor) for row in rows]
    return [text for text in found if text]


async def test_an_unflagged_repeated_headline_is_edited_whole_in_a_text_area(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode())
    app = ReviewApp(open_session(str(path)))
    async with app.run_test(size=SMALL) as pilot:
        assert app.session.flagged_text(app.session.current) == "rouge"
        # The editor scrolls back to the top, the current flag out of sight.
        app.screen.query_one(ArticleView).scroll_home(animate=False, immediate=True)
        await pilot.pause()
        await pilot.press("e")
        assert isinstance(app.screen, ParagraphEditor)
        area = app.screen.query_one(TextArea)
        assert area.text == HEADLINE
        await pilot.press("ctrl+a", "ctrl+k")
        await pilot.press(*"Editorial note", "ctrl+s")
        assert not isinstance(app.screen, ParagraphEditor)
        assert app.session.text == ARTICLE.replace(HEADLINE, "Editorial note", 1)
        assert "unsaved" in app.sub_title
        await pilot.press("u")
        assert app.session.text == ARTICLE
        await pilot.press("U")
        await pilot.press("s")
    assert read(path) == ARTICLE.replace(HEADLINE, "Editorial note", 1)


async def test_the_whole_flagged_paragraph_is_shown_with_the_flag_selected(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SMALL) as pilot:
        await press_until(pilot, app, "test.Confusable")
        flag = app.session.current
        span = app.session.paragraph_at(flag.start)
        await pilot.press("e")
        area = app.screen.query_one(TextArea)
        # The whole paragraph, hard line breaks as in the file, the flagged word selected.
        assert area.text == app.session.text[span[0] : span[1]]
        assert area.selected_text == "forgo"
        await pilot.press(*"give up", "ctrl+s")
        assert app.session.text == read(WIRE).replace("forgo", "give up", 1)
        assert app.session.counts.fixed == 1


async def test_escape_cancels_and_asks_twice_before_dropping_what_was_typed(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("e", "escape")
        assert not isinstance(app.screen, ParagraphEditor)
        await pilot.press("e", *"xyz", "escape")
        assert isinstance(app.screen, ParagraphEditor)
        await pilot.press("escape")
        assert not isinstance(app.screen, ParagraphEditor)
        assert not app.session.dirty and not app.session.can_undo


async def test_fix_all_deletes_every_layout_line_of_the_web_page_in_one_undo_step(tmp_path):
    shutil.copyfile(os.path.join(EXAMPLES, "proof.toml"), tmp_path / "proof.toml")
    (tmp_path / "other").mkdir()
    session, runner = real_session(copy_of(WEB, tmp_path))
    one_by_one, other_runner = real_session(copy_of(WEB, tmp_path / "other"))
    try:
        app = ReviewApp(session)
        async with app.run_test(size=SMALL) as pilot:
            await press_until(pilot, app, "newsroom.LayoutToken")
            await pilot.press("A")
            assert [f for f in session.flags if f.rule == "newsroom.LayoutToken"] == []
            assert session.counts.fixed == 14
            # Each suggestion applied on its own gives the same text.
            while layout := [f for f in one_by_one.flags if f.rule == "newsroom.LayoutToken"]:
                one_by_one.apply(layout[0], layout[0].suggestions[0])
            assert session.text == one_by_one.text
            await pilot.press("u")
            assert session.text == read(WEB)
            assert len([f for f in session.flags if f.rule == "newsroom.LayoutToken"]) == 14
    finally:
        runner.close()
        other_runner.close()


async def test_ignore_all_dismisses_every_flag_on_the_same_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A rouge state.\n\nAnother rouge one.\n\nThe forgo case.\n")
    app = ReviewApp(open_session(str(path)))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("X")
        assert [app.session.flagged_text(f) for f in app.session.flags] == ["forgo"]
        assert app.session.counts.ignored == 2
        await pilot.press("u")
        assert len(app.session.flags) == 3
        await pilot.press("ctrl+y")
        assert len(app.session.flags) == 1


async def test_after_fix_all_the_next_key_acts_on_the_next_open_flag_not_one_past_the_last_fixed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A rouge state.\n\nThe forgo case.\n\nA forgo again.\n\nAnother rouge one, Baczynska said.\n")
    app = ReviewApp(open_session(str(path)))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("A")
        await pilot.press("i")
        session = app.session
        assert [(session.line_of(f), session.flagged_text(f)) for f in session.flags] == [
            (5, "forgo"),
            (7, "Baczynska"),
        ]
        assert [session.line_of(f) for f, _ in session.hidden] == [3]


async def test_changes_are_marked_until_saved_and_the_diff_shows_exactly_them(tmp_path):
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await press_until(pilot, app, "test.Confusable")
        await pilot.press("a")
        assert marked_rows(app) == ["forego"]
        await pilot.press("D")
        assert isinstance(app.screen, DiffView)
        shown = str(app.screen.query_one("#diff", Static).render()).splitlines()
        assert shown == unified_diff(read(WIRE), app.session.text, os.path.basename(path))
        assert [line for line in shown if line[:1] in "+-"][2:] == [
            "-" + next(line for line in read(WIRE).splitlines() if "forgo " in line),
            "+" + next(line for line in app.session.text.splitlines() if "forego" in line),
        ]
        await pilot.press("escape")
        assert not isinstance(app.screen, DiffView)
        await pilot.press("s")
        assert marked_rows(app) == []


async def test_the_diff_is_not_offered_when_only_decisions_changed(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("i")
        assert app.session.dirty
        await pilot.press("D")
        assert not isinstance(app.screen, DiffView)


class ListBreak(Checker):
    """Flags the break between a heading and the list below it: a flag outside every paragraph."""

    name = "test.Break"
    source = "style"

    def check(self, document):
        at = document.text.index("\n\n")
        return [Flag("test.Break", "style", "style", "warning", "break", at, at + 2, ())]


async def test_a_flag_outside_every_paragraph_opens_the_next_one_with_nothing_selected(tmp_path):
    path = tmp_path / "list.md"
    path.write_text("Headline\n\n  * item one\n    goes on here\n  * item two\n")
    app = ReviewApp(open_session(str(path), [ListBreak()]))
    async with app.run_test(size=SMALL) as pilot:
        flag = app.session.current
        [first, *_] = [paragraph_span(app.session.document, p) for p in app.session.document.paragraphs]
        assert first[1] < flag.start < app.session.paragraph_at(flag.start)[0]
        await pilot.press("e")
        area = app.screen.query_one(TextArea)
        assert area.text == "item one\n    goes on here"
        assert area.selected_text == "" and area.selection.start == (0, 0)


async def test_after_a_search_e_edits_the_paragraph_of_the_match_with_the_match_selected(tmp_path):
    """The match (no flag on it) is in sight, the current flag, at the top, is not."""
    path = copy_of(WIRE, tmp_path)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=SMALL) as pilot:
        assert app.session.flagged_text(app.session.current) == "defense"
        await pilot.press("slash", *"Hagel", "enter")
        assert app.screen._found is not None and app.session.flagged_text(app.session.current) == "defense"
        await pilot.press("e")
        assert isinstance(app.screen, ParagraphEditor)
        area = app.screen.query_one(TextArea)
        assert "Chuck Hagel" in area.text and area.selected_text == "Hagel"


FRONT_MATTER = "---\ntitle: Teh budget\n---\n\n# Budget day\n\nThe chancellor spoke.\n"


async def test_after_a_search_in_front_matter_e_edits_the_line_of_the_match_with_the_match_selected(tmp_path):
    """Front matter is no paragraph proof checks, but the match there is what the editor wants to change."""
    path = tmp_path / "story.md"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    app = ReviewApp(open_session(str(path)))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("slash", *"Teh", "enter")
        await pilot.press("e")
        assert isinstance(app.screen, ParagraphEditor)
        assert app.screen.heading.startswith("Edit line 2")
        area = app.screen.query_one(TextArea)
        assert area.text == "title: Teh budget" and area.selected_text == "Teh"
        await pilot.press(*"The", "ctrl+s")
        assert not isinstance(app.screen, ParagraphEditor)
        assert app.session.text == FRONT_MATTER.replace("Teh", "The")
        await pilot.press("u")
        assert app.session.text == FRONT_MATTER
