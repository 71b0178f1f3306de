"""The trigram model is loaded once per process, however many threads first need it at once."""

import threading

from proof.realword import RealWordChecker
from proof.realword.in_context import SuggestionsInContext
from proof.realword.trigram import shared_model
from proof.spelling import SpellingChecker


def test_two_checkers_loading_the_model_at_once_load_it_once(model_loads):
    loaders = [SuggestionsInContext(SpellingChecker()), RealWordChecker()]
    threads = [threading.Thread(target=checker.load) for checker in loaders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(model_loads.read_text().splitlines()) == 1
    assert shared_model() is shared_model()


def test_a_neighbour_the_model_does_not_know_adds_nothing_to_a_candidates_fit():
    model = shared_model()
    for unknown in ("Dummy0", "😀"):
        # A log10 likelihood ratio of a few units, as beside a known word or none; not the
        # model's floor for the unknown word (about -23,000).
        for after in ([unknown], [unknown, "the"]):
            assert -10 < model.fit(["to"], "escape", after) < 10
        assert model.fit(["to"], "escape", [unknown]) > model.fit(["to"], "space", [unknown])
