import pytest

from tests.helpers.rules import flagged, make_rule, pack_rule

SENTENCE = make_rule("""\
    type: capitalization
    message: "Headlines are in sentence case: '{suggestion}'."
    match: $sentence
    """)


def test_title_case_headline_is_flagged_with_a_sentence_case_suggestion():
    text = "Minister Slams Rivals Over Budget Plan\n\nThe minister criticised his rivals in Paris.\n"
    assert flagged(SENTENCE, text) == [
        ("Minister Slams Rivals Over Budget Plan", ("Minister slams rivals over budget plan",))
    ]


def test_names_from_the_body_acronyms_and_one_unknown_name_pass():
    text = (
        "Russia asks U.S. for regular missile defence talks with Hagel\n\n"
        "Russia has asked Washington, said Chuck Hagel.\n"
    )
    assert flagged(SENTENCE, text) == []
    assert flagged(SENTENCE, "Talks with Smith stall\n\nThe talks stalled.\n") == []
    assert flagged(SENTENCE, "BAHIA COCOA REVIEW\n\nShowers continued.\n") == []


def test_title_case_rule_and_body_paragraphs_are_left_alone():
    rule = make_rule("type: capitalization\nmessage: m\nmatch: $title\n")
    assert flagged(rule, "Minister slams rivals over the budget\n\nSome text here in lower case.\n") == [
        ("Minister slams rivals over the budget", ("Minister Slams Rivals over the Budget",))
    ]
    assert flagged(rule, "Minister Slams Rivals over the Budget\n\nText.\n") == []


def test_names_the_dictionary_lacks_and_their_first_half_keep_their_capitals():
    body = "\n\nBrentford face a home tie against Manchester United in the FA Cup.\n"
    assert flagged(SENTENCE, "Bees handed potential Man Utd tie" + body) == []
    assert flagged(SENTENCE, "Bristol City 2-1 Milton Keynes\n\nBristol City beat the Dons on Saturday.\n") == []


def test_a_possessive_is_the_name_the_body_uses():
    text = "Serena ends Sania Mirza's dream\n\nSania Mirza, the first Indian woman, lost to Serena Williams.\n"
    assert flagged(SENTENCE, text) == []


def test_a_verb_after_a_name_is_still_lowered():
    text = "Obama Slams Republicans Over Budget Cuts\n\nThe president criticised Republicans in a speech.\n"
    assert flagged(SENTENCE, text) == [
        ("Obama Slams Republicans Over Budget Cuts", ("Obama slams Republicans over budget cuts",))
    ]


def test_a_headline_verb_rare_in_its_inflected_form_is_still_lowered():
    body = "\n\nThe story runs here today.\n"
    assert flagged(SENTENCE, "Minister Resigns Over Expenses Scandal" + body) == [
        ("Minister Resigns Over Expenses Scandal", ("Minister resigns over expenses scandal",))
    ]
    assert flagged(SENTENCE, "Firm Slashes Forecast As Demand Slumps" + body) == [
        ("Firm Slashes Forecast As Demand Slumps", ("Firm slashes forecast as demand slumps",))
    ]


HEADLINE_CASE = pack_rule("newsroom.HeadlineCase")


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jane Doe; Editing by John Smith",
        "(Reporting by Jane Doe; Editing by John Smith)",
        "Additional reporting by Michael Holden in London; Writing by Guy Faulconbridge; Editing by Ed Osmond",
        "Compiled by Jane Doe",
        "By Jane Doe and John Smith",
    ],
)
def test_a_file_whose_only_line_is_a_credit_line_or_byline_is_no_headline(line):
    assert flagged(HEADLINE_CASE, line + "\n") == []
    assert flagged(HEADLINE_CASE, line.replace(" by ", " By ") + "\n") == []


def test_a_credit_line_first_above_the_story_is_no_headline_either():
    text = "Reporting by Jane Doe; Editing by John Smith\n\nThe minister criticised her rivals in Paris.\n"
    assert flagged(HEADLINE_CASE, text) == []


def test_a_one_line_file_of_body_text_ending_in_a_full_stop_is_no_headline():
    assert flagged(HEADLINE_CASE, "The Minister Said On Tuesday That The Budget Would Pass.\n") == []


def test_a_title_case_headline_alone_in_its_file_and_one_naming_a_byline_word_are_still_flagged():
    assert flagged(HEADLINE_CASE, "Minister Slams Rivals Over Budget Plan\n") == [
        ("Minister Slams Rivals Over Budget Plan", ("Minister slams rivals over budget plan",))
    ]
    assert flagged(HEADLINE_CASE, "Editors Slam Rivals Over Reporting Plan\n\nThe editors criticised them.\n") == [
        ("Editors Slam Rivals Over Reporting Plan", ("Editors slam rivals over reporting plan",))
    ]
