"""Accepting the "delete the line" fixes on page furniture of the scraped web example:
the lines go whole, with their line endings, and nothing else changes."""

import os
import shutil

import pytest

from proof.tui.app import ReviewApp
from tests.helpers.paths import EXAMPLES, WEB
from tests.helpers.review import real_session

SIZE = (120, 40)


def web_page() -> str:
    with open(WEB, encoding="utf-8") as f:
        return f.read()


def edited_by_hand(text: str) -> str:
    """The web page as an editor would leave it: furniture lines gone, the fixes made."""
    lines = text.split("\n")
    story_end = lines.index("Our Standards:The Thomson Reuters Trust Principles.") - 1
    furniture = ("Reuters logo", "March 25, 2013 / 5:16 PM / 5 years ago")
    kept = [line for line in lines[:story_end] if line not in furniture]
    fixed = "\n".join(kept) + "\n"
    for old, new in (
        ("Shoigu, on Monday told", "Shoigu, on Monday, told"),
        ("would be used against it", "would not be used against it"),
        ("rouge states", "rogue states"),
    ):
        assert fixed.count(old) == 1
        fixed = fixed.replace(old, new)
    return fixed


@pytest.fixture
def web_copy(tmp_path):
    shutil.copyfile(os.path.join(EXAMPLES, "proof.toml"), tmp_path / "proof.toml")
    path = tmp_path / "web.txt"
    shutil.copyfile(WEB, path)
    return path


async def test_accepting_every_flag_on_the_web_page_leaves_no_furniture_and_no_blank_lines(web_copy):
    session, runner = real_session(str(web_copy))
    app = ReviewApp(session)
    try:
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(60):
                if not session.flags:
                    break
                await pilot.press("a" if session.current.suggestions else "n")
            assert session.flags == []
            await pilot.press("s", "q")
    finally:
        runner.close()
    saved = web_copy.read_text(encoding="utf-8")
    assert saved == edited_by_hand(web_page())
