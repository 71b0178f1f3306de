"""The review screen follows the window: usable at 80x24, wider article at 200 columns,
and the grammar engine's notice on one line, never over the detail panel."""

import pytest

from proof.pipeline.engine import Engine
from proof.review.session import ReviewSession
from proof.settings.config import default_config
from proof.tui.app import ReviewApp
from proof.tui.widgets.flag_list import FlagList
from proof.tui.widgets.grammar_bar import GrammarBar
from tests.helpers.paths import WEB, WIRE
from tests.helpers.review import UnavailableGrammar, WordChecker, copy_of, open_session, sample_checkers, shown_text


def on_copy(tmp_path, source=WIRE):
    return ReviewApp(open_session(copy_of(source, tmp_path)))


def footer_keys(app) -> dict[str, object]:
    return {key.description: key for key in app.screen.query("FooterKey")}


async def test_footer_at_80x24_shows_next_apply_ignore_save_quit_and_help(tmp_path):
    app = on_copy(tmp_path, WEB)
    async with app.run_test(size=(80, 24)):
        keys = footer_keys(app)
        for needed in ("Next", "Apply", "Ignore", "Save", "Quit", "Help"):
            assert needed in keys, needed
            region = keys[needed].region
            assert region.width > 0 and region.right <= 80, needed


@pytest.mark.parametrize("width", [60, 70])
async def test_below_80_columns_the_footer_gives_up_keys_rather_than_cut_one(tmp_path, width):
    """The keys needed least give way (explain, undo); next, apply, ignore, save, quit and help stay whole."""
    app = on_copy(tmp_path, WEB)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        keys = footer_keys(app)
        shown = [name for name, key in keys.items() if key.display]
        assert all(keys[name].region.right <= width for name in shown), shown
        assert {"Next", "Apply", "Ignore", "Save", "Quit", "Help"} <= set(shown)


async def test_the_footer_gives_up_keys_as_the_window_narrows_and_shows_them_again_as_it_widens(tmp_path):
    app = on_copy(tmp_path, WEB)
    async with app.run_test(size=(80, 24)) as pilot:
        everything = [name for name, key in footer_keys(app).items() if key.display]
        for width in (56, 48, 40):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            keys = footer_keys(app)
            shown = [name for name, key in keys.items() if key.display]
            assert all(keys[name].region.right <= width for name in shown), (width, shown)
            assert "Help" in shown and "Quit" in shown and len(shown) < len(everything)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert [name for name, key in footer_keys(app).items() if key.display] == everything


async def test_below_100_columns_the_flags_and_detail_stack_under_the_article(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        article, side, detail = (app.screen.query_one(s).region for s in ("#article", "#side", "#detail"))
        assert article.width >= 76 and side.width >= 76
        assert side.y >= article.bottom
        assert detail.height >= 4
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        article, side = (app.screen.query_one(s).region for s in ("#article", "#side"))
        assert side.x >= article.right and side.y == article.y


async def test_the_article_grows_with_the_window(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        at_120 = app.screen.query_one("#article").region.width
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        at_200 = app.screen.query_one("#article").region.width
        assert at_120 > 60 and at_200 > at_120 and at_200 <= 122


@pytest.mark.parametrize("suggestions", [4, 9])
async def test_at_80x24_the_detail_shows_the_rule_id_of_a_flag_with_many_suggestions(tmp_path, suggestions):
    many = tuple(f"forgo{n}" for n in range(suggestions))
    checker = WordChecker("newsroom.ManySuggestions", "style", {"forgo": many})
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path), [checker]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = shown_text(app.screen.query_one("#detail"))
        assert "newsroom.ManySuggestions" in shown and "“forgo”" in shown and "forgo0" in shown


async def test_an_unavailable_grammar_engine_is_one_line_under_the_article_not_a_notification(tmp_path):
    path = copy_of(WIRE, tmp_path)
    engine = Engine([*sample_checkers(), UnavailableGrammar()], language="en-GB")
    app = ReviewApp(ReviewSession.open(path, engine, default_config(str(tmp_path))))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app._notifications
        bar = app.screen.query_one(GrammarBar)
        note = bar.query_one("#grammar-note")
        assert bar.display and bar.region.height == 1
        assert "LanguageTool not used" in str(note.content) and "\n" not in str(note.content)
        assert not bar.region.overlaps(app.screen.query_one("#detail").region)
        await pilot.press("f1")
        assert "java: command not found" in shown_text(app.screen.query_one("#help-notices"))


async def test_in_a_short_window_the_flag_list_gives_its_rows_to_the_detail(tmp_path):
    app = on_copy(tmp_path, WEB)
    async with app.run_test(size=(60, 15)):
        flags, detail, article = (app.screen.query_one(s).region for s in ("#flags", "#detail", "#article"))
        assert flags.height == 1 and detail.height >= 3 and article.height >= 5


async def test_after_the_window_shrinks_the_flag_list_still_shows_the_current_flag(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("end")
        flag_list = app.screen.query_one(FlagList)
        assert flag_list.highlighted == len(flag_list.flags) - 1 > 3
        for size in ((80, 24), (60, 16)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            top, rows = flag_list.scroll_offset.y, flag_list.scrollable_content_region.height
            assert top <= flag_list.highlighted < top + rows, size
