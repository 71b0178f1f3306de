"""What the flag list and the detail say: a suggestion of white space shows, and a filter
that shows nothing says so, in step with the header."""

from proof.style.checker import StyleChecker
from proof.tui.app import ReviewApp
from proof.tui.widgets.detail import FlagDetail
from proof.tui.widgets.flag_list import FlagList
from tests.helpers.paths import WIRE
from tests.helpers.review import copy_of, open_session
from tests.helpers.rules import pack_rule

SIZE = (120, 40)


async def test_a_white_space_fix_shows_what_it_puts_in(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The ministers  met in Geneva.\n", encoding="utf-8")
    app = ReviewApp(open_session(str(path), [StyleChecker([pack_rule("newsroom.DoubleSpace")])]))
    async with app.run_test(size=SIZE):
        assert app.session.current.suggestions == (" ",)
        detail = str(app.screen.query_one(FlagDetail).render())
        assert "“␣␣”" in detail and " 1  ␣ (one space)" in detail
        entry = str(app.screen.query_one(FlagList).get_option_at_index(0).prompt)
        assert "→ ␣ (one space)" in entry


async def test_a_filter_that_shows_nothing_says_so_and_how_many_are_open(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "f", "f")
        assert app.session.source_filter == "grammar" and app.session.visible == []
        assert "7 open" in app.sub_title
        detail = str(app.screen.query_one(FlagDetail).render())
        assert "No grammar flags" in detail and "7 open" in detail
