"""A capitalised word inside a sentence: a slip of a title's word or a name, judged by its neighbours too."""

import pytest

from proof.readers import document_from_text
from proof.realword.in_context import ContextEvidence
from proof.realword.trigram import ModelUnavailable
from proof.spelling import SpellingChecker
from tests.helpers.spelling import flagged


def flagged_in_context(text, context=None):
    document = document_from_text(text, "story.txt")
    found = SpellingChecker(language="en-GB", context=context or ContextEvidence()).check(document)
    return [document.text[f.start : f.end] for f in found]


def unavailable():
    raise ModelUnavailable("no model here")


@pytest.mark.parametrize(
    "text, slip",
    [
        ("The Securities and Exchange Commision said on Monday it would act.", "Commision"),
        ("The Science Feild Museum opened.", "Feild"),
    ],
)
def test_slip_between_capitalised_common_words_is_flagged(text, slip):
    # Commision and Feild are in wordfreq's list: alone they weigh like names.
    assert flagged(text) == [slip]


@pytest.mark.parametrize(
    "text",
    [
        "Talks with Xuto ended.",
        "Bank officials said Calyon would lend.",
        "Energy Minister Kerin said it would.",  # after a title, the other words no title words
    ],
)
def test_name_beside_no_capitalised_common_word_is_still_a_name(text):
    # Minister is a common word, but a title: a name follows it.
    assert flagged(text) == []
    assert flagged_in_context(text) == []


@pytest.mark.parametrize(
    "text, slip",
    [
        ("She ate at a Restuarant in Paris.", "Restuarant"),
        ("He studied at the Royal Instutite of Technology.", "Instutite"),
    ],
)
def test_slip_whose_word_fits_the_sentence_is_flagged(text, slip):
    assert flagged(text) == []  # without the sentence, the odds say a name
    assert flagged_in_context(text) == [slip]


@pytest.mark.parametrize("text", ["He lived in Tiaret for years.", "The deal with Wetex closed."])
def test_name_the_words_either_side_do_not_favour_a_word_over_stays_a_name(text):
    assert flagged_in_context(text) == []


def test_without_the_model_the_odds_alone_decide():
    text = "She ate at a Restuarant in Paris."
    assert flagged_in_context(text, ContextEvidence(load=unavailable)) == []


def test_the_sentence_is_read_across_crlf_and_after_an_emoji():
    source = "Lunch 😀 was fine.\r\nShe ate at a\r\nRestuarant in Paris.\r\n"
    assert flagged_in_context(source) == ["Restuarant"]


def test_the_sentence_before_is_no_context():
    evidence = ContextEvidence()

    def explains(text):
        document = document_from_text(text, "story.txt")
        start = document.text.index("Restuarant")
        return evidence.explains(document, start, start + len("Restuarant"), "restaurant")

    # "at a" would make "restaurant" likely; across a sentence's end it says nothing.
    assert explains("Where did they eat at a? Restuarant chains closed.") == explains(
        "Prices fell! Restuarant chains closed."
    )
    assert explains("They ate at a Restuarant chain.") > explains("Prices fell! Restuarant chains closed.")


@pytest.mark.parametrize(
    "text", ["The deal was agreed by Nobel Industrier Sweden AB.", "Shares of Cooper Inc and Milex Corp rose."]
)
def test_name_its_best_candidate_explains_worse_than_an_unknown_word_is_held_back(text):
    # Industrier (industries) and Milex (miles) pass the odds alone; the words either side say a name.
    assert len(flagged(text)) == 1
    assert flagged_in_context(text) == []
