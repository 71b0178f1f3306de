import pytest

from proof.style.wordseq import LexiconError, Phrase, compile_classes, normalise, sentence_words


def words_of(text):
    return sentence_words(text, 0, len(text))


def test_normalise_folds_case_apostrophes_and_final_stop():
    assert normalise("They’re") == "they're"
    assert normalise("U.S.") == "u.s"


def test_punctuation_breaks_the_sequence_and_figures_are_skipped():
    sentence = words_of("He left, then 5 came back")
    assert [w.after_break for w in sentence] == [False, False, True, False, False]
    sentence = words_of("It cost more than $1,500.50 last year, or 5%, he said")
    assert [w.after_break for w in sentence] == [False, False, False, False, False, False, True, True, False]


def test_phrase_items_literal_class_regex_any_gap_and_end():
    classes = compile_classes({"doc": ["documents", "files"]})
    sentence = words_of("They poured over the court documents, he said")
    poured = 1
    assert Phrase("over ... $doc", classes).match_after(sentence, poured) == 5
    assert Phrase("over * * $doc", classes).match_after(sentence, poured) == 5
    assert Phrase("over $doc", classes).match_after(sentence, poured) is None
    assert Phrase("/th.+/", classes).match_before(sentence, poured) == 0
    # The comma after "documents" is the clause edge.
    assert Phrase("$end", classes).match_after(sentence, 5) == 5
    assert Phrase("he", classes).match_after(sentence, 5) is None


def test_unknown_class_and_bad_regex_are_errors():
    with pytest.raises(LexiconError, match="unknown class"):
        Phrase("$nope", {})
    with pytest.raises(LexiconError):
        compile_classes({"bad": ["/(/"]})


def test_a_word_list_rejects_phrases():
    with pytest.raises(LexiconError, match="'began to'"):
        compile_classes({"verb": ["began", "began to"]})


def test_a_plural_possessive_keeps_its_apostrophe_and_the_clause():
    sentence = words_of("It piqued investors' curiosity, but 'the rivals' said no")
    assert [w.text for w in sentence] == [
        "It",
        "piqued",
        "investors'",
        "curiosity",
        "but",
        "the",
        "rivals",
        "said",
        "no",
    ]
    assert [w.after_break for w in sentence][:4] == [False, False, False, False]
    # A closing quotation mark after a plural stays punctuation.
    assert sentence[7].after_break


def test_occurrences_finds_each_word_in_text_order_from_one_split():
    from proof.readers import document_from_text
    from proof.style.wordseq import document_sentences, occurrences

    document = document_from_text("Rouge states, he said.\n\nThe rouge trader left. Rouge is back.\n", "a.txt")
    places = list(occurrences(document, ["rouge", "trader"]))
    assert [(sentence[i].text, sentence[i].start) for sentence, i in places] == [
        ("Rouge", 0),
        ("rouge", 28),
        ("trader", 34),
        ("Rouge", 47),
    ]
    first = list(document_sentences(document))
    assert all(a is b for a, b in zip(first, document_sentences(document)))
    assert list(occurrences(document, ["absent"])) == []
