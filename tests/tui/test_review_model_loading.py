"""The language model that puts spelling suggestions in order loads in a worker when the
review opens, so the first edit that makes a misspelling does not freeze the screen."""

import threading

from proof.realword.in_context import SuggestionsInContext
from proof.realword.trigram import ModelUnavailable, TrigramModel
from proof.tui.app import ReviewApp
from tests.helpers.paths import WIRE
from tests.helpers.review import copy_of, open_session, sample_checkers


async def test_the_review_loads_the_suggestion_model_off_the_ui_thread_before_any_edit(tmp_path):
    loaders: list[threading.Thread] = []

    def load() -> TrigramModel:
        loaders.append(threading.current_thread())
        raise ModelUnavailable("no model here")

    confusable, spelling, variant = sample_checkers()
    checkers = [confusable, SuggestionsInContext(spelling, load=load), variant]
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path), checkers))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert len(loaders) == 1 and loaders[0] is not threading.main_thread()
