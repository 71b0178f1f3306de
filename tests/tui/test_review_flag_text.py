"""What the flag list and the detail say: a suggestion of white space shows, and a filter
that shows nothing says so, in step with the header."""

from dataclasses import replace

import pytest

from proof.style.checker import StyleChecker
from proof.tui.app import ReviewApp
from proof.tui.widgets.detail import FlagDetail
from proof.tui.widgets.flag_list import FlagList
from tests.helpers.paths import WIRE
from tests.helpers.review import WordChecker, copy_of, open_session, shown_text
from tests.helpers.rules import pack_rule

SIZE = (120, 40)


class LongMessage(WordChecker):
    """The words of a table flagged with one long message."""

    def __init__(self, message: str, table: dict[str, tuple[str, ...]]):
        super().__init__("test.LongMessage", "style", table)
        self.message = message

    def check(self, document):
        return [replace(flag, message=self.message) for flag in super().check(document)]


async def test_a_white_space_fix_shows_what_it_puts_in(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The ministers  met in Geneva.\n", encoding="utf-8")
    app = ReviewApp(open_session(str(path), [StyleChecker([pack_rule("newsroom.DoubleSpace")])]))
    async with app.run_test(size=SIZE):
        assert app.session.current.suggestions == (" ",)
        detail = shown_text(app.screen.query_one(FlagDetail))
        assert "“␣␣”" in detail and " 1  ␣ (one space)" in detail
        assert "→ ␣ (one space)" in shown_text(app.screen.query_one(FlagList))


async def test_a_filter_that_shows_nothing_says_so_and_how_many_are_open(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "f", "f")
        assert app.session.source_filter == "grammar" and app.session.visible == []
        assert "7 open" in app.sub_title
        detail = shown_text(app.screen.query_one(FlagDetail))
        assert "No grammar flags" in detail and "7 open" in detail


async def test_at_80_columns_each_row_leads_with_the_flagged_text_and_its_whole_suggestion(tmp_path):
    """Four flags in the three rows of the list need a scrollbar; a fix takes it away, undo
    brings it back: every time, each row shows the flagged word and the whole suggestion,
    then as much of the message as fits."""
    path = tmp_path / "a.txt"
    path.write_text("A rouge state.\n\nA rouge idea.\n\nA rouge plan.\n\nA rouge end.\n", encoding="utf-8")
    message = "'rouge' (a red cosmetic) looks like a slip for 'rogue' here, as the sentence is about states."
    app = ReviewApp(open_session(str(path), [LongMessage(message, {"rouge": ("rogue state",)})]))
    async with app.run_test(size=(80, 24)) as pilot:
        for keys in ((), ("a",), ("u",)):
            await pilot.press(*keys)
            await pilot.pause()
            rows = shown_text(app.screen.query_one(FlagList)).splitlines()
            assert len(rows) == 3, keys
            for row in rows:
                assert "warn  rouge → rogue state  (a red cosmetic) looks like" in row, keys
                assert row.rstrip().endswith("…"), keys


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_long_message_never_hides_the_flagged_word_or_its_fix(tmp_path, size):
    path = tmp_path / "a.txt"
    path.write_text("The goverment met.\n", encoding="utf-8")
    message = "Possible misspelling: 'goverment' is not in the en-GB dictionary or the project's word lists."
    app = ReviewApp(open_session(str(path), [LongMessage(message, {"goverment": ("government", "governed")})]))
    async with app.run_test(size=size):
        [row] = shown_text(app.screen.query_one(FlagList)).splitlines()
        assert "goverment → government  Possible" in row


async def test_a_message_is_not_cut_at_its_first_semicolon_when_the_row_has_room(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Its late.\n", encoding="utf-8")
    app = ReviewApp(
        open_session(str(path), [LongMessage("'Its' is possessive; did you mean it's?", {"Its": ("It's",)})])
    )
    async with app.run_test(size=(80, 24)):
        [row] = shown_text(app.screen.query_one(FlagList)).splitlines()
        assert "Its → It's  is possessive; did you mean it's?" in row
