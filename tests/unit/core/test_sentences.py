"""Sentence splitting: where a full stop ends a sentence."""

from proof.core.text import sentences


def split(text):
    return [text[start:end] for start, end in sentences(text)]


def test_a_possessive_or_a_decade_before_a_full_stop_ends_the_sentence():
    assert split("He works at Standard & Poor's. But she disagreed.") == [
        "He works at Standard & Poor's.",
        "But she disagreed.",
    ]
    assert split("It was built in the 1920s. The award followed.") == [
        "It was built in the 1920s.",
        "The award followed.",
    ]


def test_an_initial_or_an_abbreviation_does_not_end_the_sentence():
    assert split("Pete J. Hautman met U.S. officials at 5 p.m. on Monday.") == [
        "Pete J. Hautman met U.S. officials at 5 p.m. on Monday."
    ]
