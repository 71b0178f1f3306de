"""The review screen's overview, filters, navigation and consistency view, through Pilot."""

import pytest

from proof.tui.app import ReviewApp
from proof.tui.screens.consistency import Consistency
from proof.tui.screens.overview import OverviewScreen
from proof.tui.widgets.flag_list import FlagList
from tests.helpers.paths import VARIANTS, WEB, WIRE
from tests.helpers.review import copy_of, open_session, real_session

SIZE = (120, 40)


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


def current(app):
    flag = app.session.current
    return (flag.rule, app.session.flagged_text(flag)) if flag else None


@pytest.fixture
def real_app(tmp_path, request):
    session, runner = real_session(copy_of(request.param, tmp_path))
    yield ReviewApp(session)
    runner.close()


async def test_next_and_previous_go_round_and_say_so(tmp_path):
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        count = len(app.session.visible)
        assert app.sub_title.startswith(f"1/{count} · ")
        await pilot.press("p")
        assert app.session.current == app.session.visible[-1]
        assert app.sub_title.startswith(f"{count}/{count} · ")
        assert "Back to the last flag" in notices(app)
        await pilot.press("n")
        assert app.session.current == app.session.visible[0]
        assert "Back to the first flag" in notices(app)


@pytest.mark.parametrize("real_app", [WEB], indirect=True)
async def test_next_of_the_same_rule_skips_the_others(real_app):
    app = real_app
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("N")
        assert current(app) == ("newsroom.LogoLine", "Reuters logo")
        assert "No other newsroom.LogoLine flag" in notices(app)
        layout = [f for f in app.session.visible if f.rule == "newsroom.LayoutToken"]
        while app.session.current != layout[0]:
            await pilot.press("n")
        await pilot.press("N")
        assert app.session.current == layout[1]
        await pilot.press("P", "P")
        assert app.session.current == layout[-1]
        assert "Back to the last newsroom.LayoutToken flag" in notices(app)


@pytest.mark.parametrize("real_app", [WEB], indirect=True)
async def test_severity_and_rule_filters_narrow_the_list_and_say_so(real_app):
    app = real_app
    async with app.run_test(size=SIZE) as pilot:
        flag_list = app.screen.query_one(FlagList)
        await pilot.press("v")
        assert {f.severity for f in flag_list.flags} == {"error"} and len(flag_list.flags) == 2
        assert "showing error" in app.sub_title and app.sub_title.startswith("1/2 · 21 open")
        await pilot.press("v", "v")
        assert len(flag_list.flags) == 21
        while current(app)[0] != "newsroom.LayoutToken":
            await pilot.press("n")
        await pilot.press("r")
        assert len(flag_list.flags) == 14 and "Showing only newsroom.LayoutToken" in notices(app)
        await pilot.press("r")
        assert len(flag_list.flags) == 21


@pytest.mark.parametrize("real_app", [WEB], indirect=True)
async def test_the_overview_counts_and_filters_by_the_line_chosen(real_app):
    app = real_app
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, OverviewScreen)
        lines = [str(app.screen.query_one("#overview-counts").get_option_at_index(i).prompt) for i in range(14)]
        assert lines[0].endswith("21  every flag")
        assert any(line.endswith("19  warning") for line in lines)
        assert any(line.endswith("14  newsroom.LayoutToken") for line in lines)
        rule_line = next(i for i, line in enumerate(lines) if line.endswith("newsroom.LayoutToken"))
        app.screen.query_one("#overview-counts").highlighted = rule_line
        await pilot.press("enter")
        assert not isinstance(app.screen, OverviewScreen)
        assert len(app.screen.query_one(FlagList).flags) == 14
        await pilot.press("o", "enter")
        assert len(app.screen.query_one(FlagList).flags) == 21


@pytest.mark.parametrize("real_app", [VARIANTS], indirect=True)
async def test_consistency_view_makes_a_set_the_chosen_form_in_one_undo_step(real_app):
    app = real_app
    async with app.run_test(size=SIZE) as pilot:
        before = app.session.text
        await pilot.press("c")
        assert isinstance(app.screen, Consistency)
        assert app.screen.query_one("#variant-forms").highlighted == 1
        # The first set is defence ×3 / defense ×1: choose "defense".
        await pilot.press("down", "enter")
        assert not isinstance(app.screen, Consistency)
        assert app.session.text.count("defence") == 0 and app.session.text.count("defense") == 4
        assert "3 words rewritten (u undoes it)" in notices(app)
        await pilot.press("u")
        assert app.session.text == before


@pytest.mark.parametrize("real_app", [VARIANTS], indirect=True)
async def test_consistency_view_makes_every_set_its_majority_with_one_key(real_app):
    app = real_app
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "a")
        assert app.session.variant_sets == []
        assert app.session.counts.fixed == 5 and app.session.counts.open == 0
        await pilot.press("c")
        assert "no variants found" in str(app.screen.query_one(".question").render())
