import pytest

from proof.core.edits import Edit, apply_edits
from proof.style.rule import RuleError
from tests.helpers.rules import flagged, make_rule, pack_rule, run_rule

RULE = make_rule("""\
    type: repetition
    message: "'{match}' is repeated."
    exceptions: [had, that, is, do]
    """)


def test_doubled_word_is_flagged_and_the_fix_drops_one():
    text = "He said the the talks would go on.\nThe the plan failed.\n"
    assert flagged(RULE, text) == [("the the", ("the",)), ("The the", ("The",))]
    assert all(f.safe_fix for f in run_rule(RULE, text))


def test_a_title_before_a_name_is_not_a_double():
    assert flagged(RULE, "On Thursday, senior law lord Lord Bingham ruled.\n") == []


def _fixed(text: str) -> str:
    return apply_edits(text, [Edit(f.start, f.end, f.suggestions[0]) for f in run_rule(RULE, text)])


def test_a_double_across_a_wrapped_line_is_flagged():
    text = "It is a long line of wire copy that wraps here and goes on to the\nthe next line, as wire does.\n"
    assert [t for t, _ in flagged(RULE, text)] == ["the "]


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("The minister said it\nit was fine.\n", "The minister said it\nwas fine.\n"),
        ("He said its\r\nits a deal.\r\n", "He said its\r\na deal.\r\n"),
        ("They met in the\nthe\nhall.\n", "They met in the\nhall.\n"),
        ("It was on\non.\n", "It was on.\n"),  # nothing after the second word to take with it
        ("He said the the plan.\n", "He said the plan.\n"),
    ],
)
def test_fixing_a_double_across_a_line_break_keeps_the_break(text, fixed):
    assert _fixed(text) == fixed


def test_grammatical_doubles_names_and_punctuation_pass():
    text = (
        "He had had enough. She said that that decision stood. What it is is a mess. "
        "Sirhan Sirhan spoke. He won, won again. It ended. Ended. A post-war war crime. "
        "It fell 10 10 times.\n"
    )
    assert flagged(RULE, text) == []


def test_no_pair_across_a_paragraph_break():
    assert flagged(RULE, "Talks go on\n\non Monday, officials said.\n") == []


TYPO_BEFORE = make_rule("""\
    type: repetition
    message: "'{match}' is repeated."
    exceptions: [had, that]
    typo_before:
      that: [the, a, he, their]
    """)


def test_an_excepted_double_before_a_determiner_or_pronoun_is_a_typo():
    text = "Officials said that that the decision would stand. He said that that\nhe would stay.\n"
    assert flagged(TYPO_BEFORE, text) == [("that that", ("that",)), ("that that", ("that",))]


def test_an_excepted_double_before_a_noun_or_verb_still_passes():
    text = "He said that that decision was final. He knew that that was wrong. He had had the car.\n"
    assert flagged(TYPO_BEFORE, text) == []


def test_typo_before_must_map_words_to_lists():
    with pytest.raises(RuleError, match="typo_before"):
        make_rule("""\
            type: repetition
            message: m
            typo_before: [that]
            """)
    with pytest.raises(RuleError, match="typo_before"):
        make_rule("""\
            type: repetition
            message: m
            typo_before:
              that: the
            """)


def test_the_newsroom_rule_flags_that_that_before_a_determiner_only():
    rule = pack_rule("newsroom.RepeatedWord")
    assert flagged(rule, "The report found that that a majority were undecided.\n") == [("that that", ("that",))]
    assert flagged(rule, "We knew that that man was lying, and that that was the end.\n") == []
