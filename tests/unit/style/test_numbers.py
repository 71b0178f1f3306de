from tests.helpers.newsroom import found, pack_rule

SMALL = pack_rule("NumberSmall")
LARGE = pack_rule("NumberLarge")
START = pack_rule("NumberStartsSentence")
PERCENT = pack_rule("PercentDialect")


def test_small_counts_in_words():
    assert found(SMALL, "Police said 5 soldiers died.\n") == [("5", ("five",))]
    assert found(SMALL, "Police said 5 soldiers died.\n", spell_numbers_below=0) == []


def test_small_figure_exceptions():
    for text in (
        "The boy, aged 5, was found.",
        "It cost $5 million.",
        "Shares rose 5 percent.",
        "They won 3-1 on Sunday.",
        "It lasted 5 days.",
        "Between 5 and 12 soldiers died.",
        "He lives at No. 5 Downing Street.",
        "Article 5 rights apply.",
        "It was 5.5 tonnes.",
        "The 5th fleet sailed.",
        "About 5 soldiers died.",
    ):
        assert found(SMALL, text + "\n") == [], text


def test_headlines_keep_figures():
    assert found(SMALL, "5 soldiers die in attack\n\nFive soldiers died in the attack on Monday, police said.\n") == []


def test_large_counts_in_figures_except_at_sentence_start():
    assert found(LARGE, "Police said twelve soldiers died.\n") == [("twelve", ("12",))]
    assert found(LARGE, "Twelve soldiers died.\n") == []


def test_sentence_opening_figure():
    assert found(START, "The storm hit. 12 people died.\n") == [("12", ())]
    assert found(START, "The storm hit. 2012 was worse.\n") == []
    assert found(START, "Music news. 50 Cent released an album.\n") == []


def test_percent_follows_the_dialect():
    assert found(PERCENT, "The organisation's centre cut costs 5 percent.\n") == [("percent", ("per cent",))]
    assert found(PERCENT, "The organization's center cut costs 5 per cent.\n") == [("per cent", ("percent",))]


def test_percent_needs_a_dialect_to_judge_by():
    # No variant spelling and no configured language: "per cent" is not American copy gone wrong.
    assert found(PERCENT, "Inflation rose 3 per cent in May. Wages rose 2 per cent.\n") == []


def test_same_quantity_written_two_ways():
    mixed = pack_rule("NumberMixed")
    text = "The army said five soldiers died.\n\nPolice said 5 soldiers died and five soldiers were hurt.\n"
    assert found(mixed, text) == [("5", ("five",))]
    assert found(mixed, "The army said five soldiers died.\n\nPolice said 12 soldiers were hurt.\n") == []


def test_ranges_ratios_and_non_counts_keep_their_form():
    assert found(SMALL, "Advances covered March 2 to 9 aimed at relieving tightness.\n") == []
    assert found(SMALL, "With Vodafone pushing 3G, and 3 already established, video grows.\n") == []
    assert found(LARGE, "Four in ten business leaders were confident.\n") == []


def test_a_preposition_opening_a_sentence_is_no_label():
    assert found(SMALL, "Despite 3 nominations, she won nothing.\n") == [("3", ("three",))]
