"""What the review tells of the file itself: a suppression comment naming no rule (a typo
there silently disables nothing) is shown on one line under the article, as `proof check`
warns of it, and in full in the help."""

from __future__ import annotations

from contextlib import asynccontextmanager

from proof.review.notices import file_notices
from proof.tui.app import ReviewApp
from tests.helpers.review import real_session, shown_text

TYPO = "# Missile defence\n\n<!-- proof-disable newsroom.Rouge -->\n\nShields against attacks by rouge states.\n"


@asynccontextmanager
async def reviewing(tmp_path, text):
    """The review of a Markdown story holding `text`: its app, its pilot and the file's notices."""
    path = tmp_path / "story.md"
    path.write_text(text, encoding="utf-8")
    session, runner = real_session(str(path))
    try:
        notices = file_notices(runner, session)
        app = ReviewApp(session, notices)
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            yield app, pilot, notices
    finally:
        runner.close()


async def test_a_suppression_comment_naming_no_rule_is_shown_under_the_article_and_in_the_help(tmp_path):
    async with reviewing(tmp_path, TYPO) as (app, pilot, _):
        line = app.screen.query_one("#file-notices")
        shown = shown_text(line.query_one("#file-notices-text"))
        assert line.display and line.region.height == 1
        assert "line 3" in shown and "'newsroom.Rouge'" in shown and "'newsroom.Rogue'" in shown
        assert not line.region.overlaps(app.screen.query_one("#detail").region)
        await pilot.press("f1")
        await pilot.pause()
        told = " ".join(shown_text(app.screen.query_one("#help-file-notices")).split())
        assert "line 3: proof-disable: no rule matches 'newsroom.Rouge' (did you mean 'newsroom.Rogue'?)" in told


async def test_a_file_whose_comments_name_known_rules_shows_no_notice(tmp_path):
    async with reviewing(tmp_path, TYPO.replace("Rouge", "Rogue")) as (app, _, notices):
        assert notices == [] and not app.screen.query_one("#file-notices").display


async def test_a_name_with_brackets_is_shown_as_written_not_read_as_markup(tmp_path):
    async with reviewing(tmp_path, TYPO.replace("newsroom.Rouge", "[b]newsroom.Rouge[/b]")) as (app, _, _):
        assert "'[b]newsroom.Rouge[/b]'" in shown_text(app.screen.query_one("#file-notices-text"))
