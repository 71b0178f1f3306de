"""A grammar flag that arrives in the background and merges with the flag on screen: the
selection moves to the merged flag, and the detail panel never shows a flag that is gone."""

from proof.tui.app import ReviewApp
from proof.tui.widgets.detail import FlagDetail
from proof.tui.widgets.flag_list import FlagList
from tests.helpers.paths import WIRE
from tests.helpers.review import HeldGrammar, copy_of, grammar_finished, open_session, sample_checkers, shown_text


async def test_the_selection_follows_the_current_flag_into_the_merge(tmp_path):
    grammar = HeldGrammar("grammar.Spelling", {"defense": ("defence", "defences")}, "error")
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path), [*sample_checkers(), grammar]))
    async with app.run_test(size=(120, 40)) as pilot:
        before = app.session.current
        assert (before.rule, app.session.flagged_text(before)) == ("test.Variant", "defense")
        grammar.release.set()
        await grammar_finished(pilot, app)
        current = app.session.current
        assert current in app.session.flags and current.span == before.span
        assert "grammar.Spelling" in (current.rule, *current.extra.get("merged", ()))
        flags = app.screen.query_one(FlagList)
        assert flags.highlighted == app.session.visible.index(current)
        assert "defences" in shown_text(app.screen.query_one(FlagDetail))
