"""Suggestions for a misspelling, best first, its sentence aside."""

import pytest

from proof.spelling.suggest import suggestions


@pytest.mark.parametrize(
    ("word", "best"),
    [("seperratly", "separately"), ("sucesssfull", "successful"), ("inproovments", "improvements")],
)
def test_a_long_word_with_nothing_within_two_edits_gets_a_likely_word_three_edits_away(word, best):
    assert suggestions(word, "en-GB")[0] == best


@pytest.mark.parametrize("term", ["nandrolone", "tryscorers", "disinflationary"])
def test_a_long_term_gets_no_unlikely_word_three_edits_away(term):
    # No suggestion leaves a long term the dictionaries lack unflagged (docs/spelling.md).
    assert suggestions(term, "en-GB") == ()


def test_a_sound_alike_first_letter_is_put_right():
    assert suggestions("klick", "en-GB")[0] == "click"
    assert suggestions("ccale", "en-GB")[0] == "scale"
