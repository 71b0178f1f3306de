"""Decisions made in a review are honoured by the next check run."""

import proof.run.runner
from proof.run.runner import Runner
from proof.settings.config import ConfigFinder
from proof.settings.overrides import Overrides
from proof.tui.app import ReviewApp
from tests.helpers.paths import WIRE
from tests.helpers.review import copy_of, open_session, sample_checkers


def checked(path, monkeypatch):
    monkeypatch.setattr(proof.run.runner, "build_checkers", lambda config: sample_checkers())
    runner = Runner(ConfigFinder(override=Overrides(grammar=False)))
    try:
        result = runner.check(path)
    finally:
        runner.close()
    return [result.document.source[f.start : f.end] for f in result.flags]


async def test_a_flag_ignored_in_review_is_skipped_by_check(tmp_path, monkeypatch):
    path = copy_of(WIRE, tmp_path)
    monkeypatch.chdir(tmp_path)
    assert "Baczynska" in checked(path, monkeypatch)
    app = ReviewApp(open_session(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"nnnnnn")
        assert app.session.flagged_text(app.session.current) == "Baczynska"
        await pilot.press("i", "s", "q")
    remaining = checked(path, monkeypatch)
    assert "Baczynska" not in remaining
    assert remaining == ["defense", "forgo", "Shoigu", "Shoigu", "Shoigu", "rouge"]
