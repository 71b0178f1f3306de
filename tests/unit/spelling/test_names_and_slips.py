"""Capitalised words the dictionaries lack: a name, or a slip of a word (proof.spelling.slips)."""

import pytest

from tests.helpers.spelling import flagged, flags


@pytest.mark.parametrize(
    "text, slip, word",
    [
        ("He spoke at the Games Develpoers Conference in San Jose.", "Develpoers", "Developers"),
        ("The Deputy Genereal Manager resigned.", "Genereal", "General"),
        ("Flights left Edinburgh Aiport late.", "Aiport", "Airport"),
    ],
)
def test_slip_inside_a_title_case_name_is_flagged(text, slip, word):
    [(flagged_word, rule, suggestions)] = flags(text)
    assert (flagged_word, rule, suggestions[0]) == (slip, "spelling.Misspelled", word)


def test_a_common_misspelling_in_use_is_still_a_slip():
    # wordfreq lists "aiport" and "tehy" (misspellings are written too), far rarer than their words.
    assert flagged("Passengers at the Aiport waited.") == ["Aiport"]
    assert flagged("They said Tehy would come.") == ["Tehy"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks with Hagel and Pegg ended.",  # names in use, far from any word's slip (bagel, peg)
        "Shoigu said it.",
        "Ahold said it.",
        "Defence Secretary Hagle spoke.",  # after a title a name is likelier than haggle
    ],
)
def test_names_in_use_or_after_a_title_are_names(text):
    assert flagged(text) == []


def test_slip_at_a_sentence_start_needs_less_than_inside_a_sentence():
    # At a sentence's start every word is capitalised: "Xuto" (auto, the first letter changed) is
    # taken for a slip there; inside a sentence the capital makes a name likelier.
    assert flagged("Xuto said it.") == ["Xuto"]
    assert flagged("Talks with Xuto ended.") == []


def test_sentence_start_slip_is_flagged_without_looking_like_a_name():
    [(word, rule, suggestions)] = flags("Evailable now in shops.")
    assert (word, rule, suggestions[0]) == ("Evailable", "spelling.Misspelled", "Available")


@pytest.mark.parametrize("quote", ['"', "“"])
def test_first_word_of_a_quotation_after_a_colon_is_a_sentence_start(quote):
    [(word, _, suggestions)] = flags(f"He said: {quote}Tehy have been forgotten.")
    assert (word, suggestions[0]) == ("Tehy", "They")


def test_name_used_again_is_a_name_however_close_to_a_word():
    assert flagged("Aiport Ltd said so. Aiport shares fell.") == []


@pytest.mark.parametrize("word", ["forex", "enablement", "eluvial"])
def test_lower_case_word_in_use_and_far_from_any_slip_is_accepted(word):
    assert flagged(f"They sold {word} there.") == []


@pytest.mark.parametrize(
    "slip, word", [("recieved", "received"), ("accomodate", "accommodate"), ("honourary", "honorary")]
)
def test_common_misspelling_in_use_is_still_flagged_in_lower_case(slip, word):
    [(flagged_word, _, suggestions)] = flags(f"They {slip} it.", language="en-US")
    assert (flagged_word, suggestions[0]) == (slip, word)


@pytest.mark.parametrize(
    "text, slip",
    [
        ("Intergerated circuits were in short supply.", "Intergerated"),
        ("Oppositition to the plan grew.", "Oppositition"),
        ("Negotionations resumed on Monday.", "Negotionations"),
    ],
)
def test_unseen_word_two_edits_from_a_word_at_a_sentence_start_is_a_slip(text, slip):
    # wordfreq lists none of them: a name that rare is less likely than two slips of a common word.
    assert flagged(text) == [slip]


@pytest.mark.parametrize(
    "text",
    [
        "Monsod said any agreement would ignore the transfer.",  # a verb of saying follows a name
        "Gelco Corp said earnings would be flat.",  # another capitalised word follows
        "Oil registrations were:\n\nSunoil prev 37.4, Feb 107.3.",  # a wire abbreviation follows
        "Zelensky said the talks had failed. Baerbock, the German minister, disagreed.",  # who she is follows
    ],
)
def test_unseen_word_at_a_sentence_start_before_a_name_sign_is_a_name(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, slip, word",
    [
        ("Becauses of the disruption, figures are unrealistic.", "Becauses", "Because"),
        ("Justs a few banks took part.", "Justs", "Just"),
        ("He said it was justs a start.", "justs", "just"),
    ],
)
def test_inflection_of_a_word_that_has_none_is_a_slip_though_attested(text, slip, word):
    # "justs" is in attested.txt (wordfreq lists it: slips are written too); "becauses" is because + s.
    [(flagged_word, rule, suggestions)] = flags(text)
    assert (flagged_word, rule, suggestions[0]) == (slip, "spelling.Misspelled", word)


def test_attested_inflection_far_likelier_a_word_than_a_slip_is_accepted():
    assert flagged("The reinsurers and writedowns hit the frontman.") == []


@pytest.mark.parametrize("text", ["No offence Robbie, but pleeease!", "Booo hisss."])
def test_form_held_for_emphasis_is_accepted_though_close_to_a_word(text):
    assert flagged(text) == []


def test_attested_capitalised_word_inside_a_sentence_is_judged_as_a_name():
    assert flagged("He was arrested with fellow musician Alan Wass on Friday.") == []
