"""The real-word check: what it flags and suggests, what it leaves alone, where it points."""

import sys

from proof.pipeline.engine import Engine
from proof.pipeline.factory import build_checkers
from proof.readers import document_from_text
from proof.realword import REAL_WORD, RealWordChecker
from proof.realword.trigram import (
    CONFUSION_THRESHOLD,
    EDIT_THRESHOLD,
    TrigramModel,
    inflection,
    parse_confusion_sets,
    shared_model,
    suspect,
    suspect_in,
    tokens,
)
from proof.review.recheck import recheck
from proof.review.spans import difference
from proof.settings.config import Config, Settings, SpellingTable, default_config


def flags(text):
    document = document_from_text(text, "story.txt")
    return [(document.text[f.start : f.end], f.rule, f.suggestions) for f in RealWordChecker().check(document)]


def test_a_real_word_error_in_context_is_flagged_with_the_word_meant():
    assert flags("He was given a peace of cake.") == [("peace", REAL_WORD, ("piece",))]
    assert flags("He went to the store to by some bread.") == [("by", REAL_WORD, ("buy",))]


def test_correct_sentences_with_the_same_words_are_not_flagged():
    assert flags("He was given a piece of cake.") == []
    assert flags("He went to the store to buy some bread.") == []
    assert flags("The two leaders signed a peace deal by the end of the week.") == []


def test_a_word_the_document_uses_again_needs_stronger_evidence():
    # "net" → set scores between the thresholds for a word used once and one used again.
    assert flags("The album helped net him a fortune.") == [("net", REAL_WORD, ("set",))]
    assert flags("Net profit rose. The album helped net him a fortune.") == []
    assert flags("The album helped net him a fortune. Profits were up.") == [("net", REAL_WORD, ("set",))]


def test_an_edit_that_uses_the_word_again_in_another_paragraph_clears_its_flag():
    engine = Engine([RealWordChecker()])
    before = document_from_text("The album helped net him a fortune.\n\nProfits were up.\n", "story.txt")
    after = document_from_text("The album helped net him a fortune.\n\nNet profits were up.\n", "story.txt")
    checked = engine.check_parts(before, engine.checkers)
    assert [f.suggestions for f in checked.flags] == [("set",)]
    edited = recheck(engine, engine.checkers, after, checked.local, difference(before.source, after.source))
    assert edited.flags == engine.check(after) == []


def test_a_word_is_repeated_in_any_case_and_with_either_apostrophe_but_the_commonest_never():
    model = shared_model()
    assert model.repeated("Net profit rose. The album helped net him a fortune.") == {"net"}
    assert model.repeated("It shouldn’t rain and it shouldn't snow.") == {"shouldn't"}
    assert model.repeated("There they stood, and there they stayed.") == frozenset()


def test_a_slip_of_a_common_word_used_again_is_still_found():
    assert flags("They are there. He worked hard for there glory.") == [("there", REAL_WORD, ("their",))]


def test_capitalised_words_are_left_alone():
    assert flags("He was given a Peace of cake.") == []
    assert flags("By some bread, he said.") == []


def test_offsets_map_to_the_source_after_an_emoji_and_crlf_line_breaks():
    source = "Lunch 😀 was fine.\r\nThen he went to the store\r\nto by some bread.\r\n"
    document = document_from_text(source, "story.txt")
    [flag] = Engine([RealWordChecker()]).check(document)
    assert source[flag.start : flag.end] == "by"
    assert document.position(flag.start) == (3, 4)


def test_without_pocketsphinx_the_check_says_so_once_and_flags_nothing(monkeypatch):
    monkeypatch.setitem(sys.modules, "pocketsphinx", None)  # an import of it now fails
    checker = RealWordChecker(load=lambda: TrigramModel({}))
    assert checker.check(document_from_text("He was given a peace of cake.", "story.txt")) == []
    assert checker.check(document_from_text("He went to the store to by some bread.", "story.txt")) == []
    [problem] = checker.status().problems
    assert "pocketsphinx" in problem


def test_the_check_runs_by_default_and_not_when_the_setting_is_off():
    on = [c.name for c in build_checkers(default_config())]
    off = [c.name for c in build_checkers(Config(Settings(spelling=SpellingTable(realword=False))))]
    assert "realword" in on
    assert "realword" not in off


def test_its_rule_can_be_set_in_the_rules_table():
    settings = Settings(spelling=SpellingTable(realword=True), rules={REAL_WORD: "off"})
    assert build_checkers(Config(settings))


def test_the_rule_is_explained_with_examples_that_hold():
    about = RealWordChecker().rule_help(REAL_WORD)
    assert about is not None and about.description
    for text in about.flagged_examples:
        assert flags(text), text
    for text in about.accepted_examples:
        assert not flags(text), text


def test_number_and_tense_forms_of_one_word_are_not_alternatives():
    for a, b in [("park", "parks"), ("believe", "believed"), ("uses", "used"), ("criminals", "criminal")]:
        assert inflection(a, b), (a, b)


def test_the_other_dialects_spelling_is_no_alternative():
    model = shared_model()
    assert "aluminum" not in model.edit_alternatives("aluminium")
    assert "aluminium" not in model.edit_alternatives("aluminum")
    text = "Aluminium output fell as smelters cut the aluminium they ship to Asia, traders said.\n"
    assert not any(word.lower() == "aluminium" for word, _, _ in flags(text))


def test_real_word_confusions_one_edit_apart_are_alternatives():
    for a, b in [("feet", "meat"), ("goals", "gaols"), ("son", "sun"), ("trail", "trial"), ("bed", "bet")]:
        assert not inflection(a, b), (a, b)


def test_confusion_sets_are_read_both_ways_unless_an_arrow_gives_one_way():
    sets = parse_confusion_sets(
        [
            "# English confusion sets",
            "# <word1>; <word2>; <factor>   # optional comment",
            "",
            "adds;ads;10000000                 # p=0.996, r=0.240",
            "accept -> except; 10000000;       # p=0.998",
            "for; fore; four; 1000;",
        ]
    )
    assert sets["adds"] == ("ads",)
    assert sets["ads"] == ("adds",)
    assert sets["accept"] == ("except",)
    assert "except" not in sets
    assert sets["fore"] == ("for", "four")


def test_numbers_ordinals_and_compounds_are_words_of_the_context_never_judged_or_dropped():
    assert flags("Employment increased by 296,000 to 28.52 million in the 4th quarter.") == []
    assert flags("Seventy stars re-recorded the song for the charity.") == []


def test_scoring_only_what_can_pass_the_thresholds_decides_as_scoring_everything():
    model = shared_model()
    text = (
        "He was given a peace of cake, and the fund manger said effects many be felt for there glory "
        "while the two leaders signed a peace deal by the end of the week to by some time."
    )
    words = [t.text for t in tokens(text)]
    every = model.scores(words)
    floored = model.scores(words, EDIT_THRESHOLD, CONFUSION_THRESHOLD)
    assert [s.index for s in every] == [s.index for s in floored]
    decided = [suspect(s) for s in every]
    assert [suspect(s) for s in floored] == decided
    assert len([d for d in decided if d is not None]) >= 4
    for repeated in (False, True):
        assert [suspect_in(s, repeated) for s in floored] == [suspect_in(s, repeated) for s in every]
