"""Finding one's way on the review screen: the help (F1, ? with no flag), the command
palette, search, the page keys, a click on a flagged word, a flag list that reads."""

from rich.text import Text

from proof.review.explain import Explanation
from proof.tui.app import ReviewApp
from proof.tui.bindings import REVIEW_BINDINGS
from proof.tui.screens.dialogs import Explain
from proof.tui.screens.help import Help
from proof.tui.widgets.article import ArticleView, column_at
from proof.tui.widgets.flag_list import FlagList
from tests.helpers.paths import WIRE
from tests.helpers.review import copy_of, open_session, shown_text

SIZE = (120, 40)


def on_copy(tmp_path):
    return ReviewApp(open_session(copy_of(WIRE, tmp_path)))


def current_text(app) -> str:
    return app.session.flagged_text(app.session.current)


def help_text(app) -> str:
    console = app.console
    with console.capture() as captured:
        console.print(app.screen.query_one("#help-keys").content)
    return captured.get()


async def test_f1_lists_every_key_of_the_screen_from_its_bindings(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, Help)
        shown = help_text(app)
        for binding in REVIEW_BINDINGS:
            assert (binding.tooltip or binding.description) in shown, binding.id
        assert "1-9" in shown and "Quit, as q does" in shown and "Command palette" in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, Help)


def bullet_items(lines: list[str]) -> list[list[str]]:
    """The bulleted items of rendered lines, each as its lines of text; asserts that every
    line an item wraps onto starts where the text after its bullet does."""
    items: list[list[str]] = []
    item: list[str] | None = None
    for line in lines:
        text = line.lstrip()
        indent = len(line) - len(text)
        if text.startswith("• "):
            bullet = indent
            item = [text[2:].rstrip()]
            items.append(item)
        elif item is not None and text and indent == bullet + 2:
            item.append(text.rstrip())
        elif item is not None and text:
            assert indent < bullet, f"wrapped under the bullet: {line!r}"
            item = None
        else:
            item = None
    return items


LONG_NOTICE = (
    "grammar: LanguageTool not used: could not download LanguageTool (Name or service not known); set "
    "languagetool.path or PROOF_LANGUAGETOOL_PATH to an unpacked LanguageTool (the folder holding "
    "languagetool-server.jar), or point at a server with --languagetool-url; Harper checks grammar instead"
)


async def test_a_notice_in_the_help_wraps_under_its_own_text_not_under_the_bullet(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(Help([], [LONG_NOTICE, "[Errno 2] a second notice"], []))
        await pilot.pause()
        lines = shown_text(app.screen.query_one("#help-notices")).splitlines()
        first, second = bullet_items(lines)
        assert len(first) >= 3 and second == ["[Errno 2] a second notice"]


async def test_a_long_example_in_a_rules_explanation_wraps_under_its_own_text(tmp_path):
    about = Explanation("test.Rule", "style", "confusable", "error", "A rule.", (LONG_NOTICE,), ("Short one.",))
    app = on_copy(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(Explain(about))
        await pilot.pause()
        flagged, accepted = bullet_items(shown_text(app.screen.query_one("#explanation")).splitlines())
        assert len(flagged) >= 3 and accepted == ["Short one."]


async def test_the_help_scrolls_with_the_page_keys_in_a_small_window(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        keys = app.screen.query_one("#help-scroll")
        assert keys.max_scroll_y > 0
        await pilot.press("pagedown")
        assert keys.scroll_y > 0
        await pilot.press("end")
        assert keys.scroll_y == keys.max_scroll_y
        await pilot.press("pageup")
        assert keys.scroll_y < keys.max_scroll_y


async def test_question_mark_explains_a_flag_and_shows_the_help_without_one(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, Explain)
        await pilot.press("escape")
    clean = tmp_path / "clean"
    clean.mkdir()
    path = clean / "story.txt"
    path.write_text("Nothing to flag here.\n", encoding="utf-8")
    app = ReviewApp(open_session(str(path), checkers=[]))
    async with app.run_test(size=SIZE) as pilot:
        assert app.session.current is None
        await pilot.press("question_mark")
        assert isinstance(app.screen, Help)


async def test_the_command_palette_runs_a_review_action_by_name(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        assert current_text(app) == "defense"
        await pilot.press("ctrl+p", *"ignore this flag")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.counts.ignored == 1
        assert current_text(app) != "defense"


async def offered(pilot, app, query: str) -> list[str]:
    await pilot.press("ctrl+p", *query)
    await pilot.pause(0.3)
    options = app.screen.query_one("CommandList")
    found = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    await pilot.press("escape")
    return found


async def test_the_command_palette_leaves_out_what_does_nothing_now(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        assert not any("Undo the last action" in option for option in await offered(pilot, app, "undo"))
        await pilot.press("i")
        assert any("Undo the last action" in option for option in await offered(pilot, app, "undo"))


async def test_the_command_palette_finds_an_action_by_its_everyday_name(tmp_path):
    """ "fix" is apply, "add to dictionary" the add-word key, "help" F1: names an editor
    types, not only the words of the help's line."""
    app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        assert current_text(app) == "defense"
        assert (await offered(pilot, app, "fix"))[0].startswith("Apply the first suggestion")
        assert (await offered(pilot, app, "add to dictionary"))[0].startswith("Add the flagged word")
        assert (await offered(pilot, app, "help"))[0].startswith("Every key")
        await pilot.press("a")
        assert (await offered(pilot, app, "revert"))[0].startswith("Undo the last action")
        assert (await offered(pilot, app, "write"))[0].startswith("Save the article")


async def test_the_command_palette_has_one_quit_the_one_that_asks_first(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quits = [option for option in await offered(pilot, app, "quit") if option.lower().startswith("quit")]
        assert quits == ["Quit (asks first when there are unsaved changes)\nq"]


async def test_search_goes_to_the_next_match_selects_a_flag_on_it_and_wraps(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        text = app.session.text
        await pilot.press("slash", *"shoigu", "enter")
        article = app.screen.query_one(ArticleView)
        assert current_text(app) == "Shoigu"
        first = text.find("Shoigu")
        assert article.current_row == article.row_of(first)
        for expected in (text.find("Shoigu", first + 1), text.rfind("Shoigu"), first):
            await pilot.press("slash", "enter")
            assert article.current_row == article.row_of(expected)
        assert any("from the top" in n.message for n in app._notifications)
        await pilot.press("slash", *["backspace"] * 6, *"Merkel", "enter")
        assert any("not in the article" in n.message for n in app._notifications)


async def test_clicking_a_flagged_word_in_the_article_selects_its_flag(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = app.screen.query_one(ArticleView)
        text = app.session.text
        offset = text.find("Shoigu")
        line_start = text.rfind("\n", 0, offset) + 1
        # The line is shorter than the panel: the word is on the line's one row; +1 for the padding.
        x, y = offset - line_start + 1 + 3, article.row_of(offset) - article.scroll_offset.y
        await pilot.click(ArticleView, offset=(x, y))
        assert current_text(app) == "Shoigu" and app.session.current.start == offset
        await pilot.click(ArticleView, offset=(1, article.row_of(line_start) - article.scroll_offset.y))
        assert current_text(app) == "Shoigu"


def test_a_click_on_a_wide_character_lands_on_it():
    row = "a😀b漢c"
    assert [column_at(row, cell) for cell in range(8)] == [0, 1, 1, 2, 3, 3, 4, 5]


async def test_page_keys_go_a_page_of_article_at_a_time_and_home_end_to_the_ends(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        visible = app.session.visible
        await pilot.press("end")
        assert app.session.current == visible[-1]
        await pilot.press("home")
        assert app.session.current == visible[0]
        article = app.screen.query_one(ArticleView)
        await pilot.press("pagedown")
        moved = article.row_of(app.session.current.start) - article.row_of(visible[0].start)
        assert moved >= article.page_height
        skipped = [f for f in visible if f.start < app.session.current.start]
        assert all(article.row_of(f.start) - article.row_of(visible[0].start) < article.page_height for f in skipped)
        await pilot.press("pageup")
        assert app.session.current == visible[0]


async def test_the_flag_list_shows_severity_and_message_not_the_rule_id(tmp_path):
    app = on_copy(tmp_path)
    async with app.run_test(size=SIZE):
        flags = app.screen.query_one(FlagList)
        line = flags.get_option_at_index(0).prompt
        assert isinstance(line, Text)
        assert "warn" in line.plain and "defense → defence  check this word" in line.plain
        assert "test.Variant" not in line.plain
        errors = [i for i, f in enumerate(flags.flags) if f.severity == "error"]
        assert "error" in flags.get_option_at_index(errors[0]).prompt.plain
