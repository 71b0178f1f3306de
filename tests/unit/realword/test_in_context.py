"""A misspelling's suggestions put in order by its sentence (the trigram model of the real-word check)."""

import pytest

from proof.pipeline.engine import Engine
from proof.pipeline.factory import build_checkers
from proof.readers import document_from_text
from proof.realword.in_context import SuggestionsInContext
from proof.realword.trigram import ModelUnavailable
from proof.settings.config import default_config
from proof.spelling import SpellingChecker
from proof.spelling.checker import MISSPELLED


def flags(checker, text):
    document = document_from_text(text, "story.txt")
    return [(document.text[f.start : f.end], f.rule, f.suggestions) for f in checker.check(document)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("They tried to espace the fire.", "escape"),
        ("The rocket reached outer espace.", "space"),
        ("The firm will prepair a report.", "prepare"),
        ("The phone came prepair with credit.", "prepaid"),
    ],
)
def test_the_same_slip_gets_the_word_its_sentence_wants_first(text, first):
    [(word, rule, ranked)] = flags(SuggestionsInContext(SpellingChecker()), text)
    [(_, _, plain)] = flags(SpellingChecker(), text)
    assert rule == MISSPELLED
    assert word in text
    assert ranked[0] == first
    assert sorted(ranked) == sorted(plain)  # the same suggestions, in another order


def test_the_context_is_read_across_hard_line_breaks_after_an_emoji_and_crlf():
    source = "Lunch 😀 was fine.\r\nThey tried\r\nto espace the fire.\r\n"
    document = document_from_text(source, "story.txt")
    [flag] = Engine(build_checkers(default_config())).check(document)
    assert source[flag.start : flag.end] == "espace"
    assert flag.suggestions[0] == "escape"


def test_without_the_model_the_spelling_checkers_order_stays():
    def unavailable():
        raise ModelUnavailable("no pocketsphinx")

    text = "They tried to espace the fire."
    assert flags(SuggestionsInContext(SpellingChecker(), load=unavailable), text) == flags(SpellingChecker(), text)
