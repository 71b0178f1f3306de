"""The real-word check: a correctly spelled word that its neighbours say is another."""
import pytest

from proof.readers import document_from_text
from proof.spelling.context import RealWordChecker


def found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    document = document_from_text(text, "a.txt")
    return [(document.text[f.start:f.end], f.suggestions) for f in RealWordChecker().check(document)]


@pytest.mark.parametrize("text, word, meant", [
    ("She wants to loose weight before the race.", "loose", "lose"),
    ("It was a peace of cake, he said.", "peace", "piece"),
    ("The decision will effect the outcome.", "effect", "affect"),
])
def test_a_confusable_word_far_less_likely_in_its_context_is_flagged(text, word, meant):
    assert found(text) == [(word, (meant,))]


@pytest.mark.parametrize("text", [
    "She wants to lose weight before the race.",
    "It was a piece of cake, he said.",
    "The decision will affect the outcome.",
    "He pulled the hand brake and the car stopped.",
    "The peace talks resumed on Monday.",
])
def test_the_right_word_in_its_context_is_not_flagged(text):
    assert found(text) == []


def test_neighbours_across_punctuation_are_not_context():
    # "loose" ends a clause: what follows the comma says nothing about it.
    assert found("The screw came loose, weight fell off.") == []


def test_flags_map_to_the_word_in_the_source_file():
    text = "Line one.\r\nShe wants to loose weight."
    document = document_from_text(text, "a.txt")
    [flag] = RealWordChecker().check(document)
    start, end = document.to_source(flag.start, flag.end)
    assert text[start:end] == "loose"
