"""Correct copy the English lists lack: phrases of other languages, combining forms, the rare
words of SCOWL's huge lists, a name's two forms given side by side. And the slips that look
like them, which stay flagged."""

import pytest

from tests.helpers.spelling import flagged, flags


@pytest.mark.parametrize(
    "text",
    [
        "Colleges are called Cégeps, for Collège d'enseignement général et professionnel, in Quebec.",
        "Colleges are called Cegeps, for College d enseignement général et professionnel, in Quebec.",
        "The government's programa de aceleração do crescimento was launched in 2007.",
    ],
)
def test_words_of_a_phrase_in_another_language_are_not_english_misspellings(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("I dont think this administration will do it.", "dont"),  # a French word among English ones
        ("Please write an exemple for the editor.", "exemple"),
        ("The professionnel standards were clear.", "professionnel"),  # French, with no French word beside it
    ],
)
def test_a_word_of_another_language_among_english_words_is_still_a_slip(text, slip):
    assert slip in flagged(text)


def test_a_combining_form_before_a_hyphen_is_a_prefix():
    assert flagged("Anarcho-capitalism, socio-economic reform and electro-pop records.", language="en-US") == []


def test_a_slip_before_a_hyphen_is_still_a_slip():
    assert flagged("A tomatto-based sauce and a pyscho-drama.") == ["tomatto", "pyscho"]


@pytest.mark.parametrize(
    "text",
    [
        "Catatonia is a syndrome of psychic and motoric disturbances.",
        "He gave it up as sensibly unbeneficial.",
        "The siblings duetted on the Chaka Khan hit.",
        "Gulf of Mexico production came onstream.",
    ],
)
def test_rare_words_of_the_huge_lists_are_words(text):
    assert flagged(text, language="en-US") == []


@pytest.mark.parametrize("word", ["belive", "wich", "frist", "layed"])
def test_misspellings_the_huge_lists_hold_are_still_slips(word):
    assert flags(f"They {word} it was the case.", language="en-US")[0][:2] == (word, "spelling.Misspelled")


@pytest.mark.parametrize("word", ["publically", "aswell"])
def test_nonstandard_forms_in_common_use_are_still_slips(word):
    assert flagged(f"It was said {word} by the minister.", language="en-US") == [word]


def test_a_latin_phrase_used_whole_is_accepted():
    assert flagged("It is an easy deus ex machina that discourages other searches.") == []


def test_two_forms_of_a_name_given_in_one_sentence_are_not_variants():
    assert flagged("This city was named Byzantium, Greek Byzantion, after its founder.") == []


def test_a_common_word_spelled_two_ways_in_one_sentence_is_a_slip():
    [(word, rule, suggestions)] = flags("Funds affiliated with Fidelity hold 251,100 shares, Fedality said.")
    assert (word, rule, suggestions[0]) == ("Fedality", "spelling.Misspelled", "Fidelity")


def test_a_name_spelled_two_ways_in_two_sentences_is_still_a_variant():
    assert flags("The city was named Byzantium by its founder. Later Byzantion fell.") == [
        ("Byzantion", "spelling.NameVariant", ("Byzantium",))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The dry period means the temporão will be late this year.",  # no English word, with or without accents
        "A naïve plan, an élite unit and an exposé.",  # English words, with accents as they are used
        "Señor Pérez said the façade of the café was new.",
    ],
)
def test_words_with_accents_that_are_no_english_slip_are_accepted(text):
    assert flagged(text, language="en-US") == []


@pytest.mark.parametrize(("word", "correction"), [("cafè", "café"), ("dèbut", "debut"), ("entreé", "entrée")])
def test_an_english_word_with_accents_no_one_writes_is_a_slip(word, correction):
    [(found, rule, suggestions)] = flags(f"The {word} was a success.", language="en-US")
    assert (found, rule, suggestions[0]) == (word, "spelling.Misspelled", correction)


def test_a_surname_after_a_name_particle_is_a_name():
    assert flagged("He met the painter Rooy there.") == ["Rooy"]
    assert flagged("He met the painter Kees de Rooy there.") == []


def test_a_letter_of_another_script_in_an_english_word_is_a_slip():
    assert flagged("The box \u0441ontains three.", language="en-US") == ["\u0441ontains"]
