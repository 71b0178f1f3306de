from tests.helpers.newsroom import found, pack_rule

RULE = pack_rule("LedeFigures")
LEDE = "KABUL, May 3 (Reuters) - A bomb killed 12 people in Kabul, police said.\n\nThe blast hit a market.\n\n"


def test_contradicted_count_is_flagged():
    assert found(RULE, LEDE + "Police said 11 people were killed in Kabul.\n") == [("11 people", ("12 people",))]


def test_same_count_or_different_subject_passes():
    assert found(RULE, LEDE + "The 12 people killed included children.\n") == []
    assert found(RULE, LEDE + "Some 40 people were hurt in a riot in 2009.\n") == []
    assert found(RULE, LEDE + "A similar attack killed about 30 people in Kabul.\n") == []


def test_money_percentages_and_units_are_not_counts():
    text = "A fire burned 12 hectares, costing $12 million.\n\nIt grew.\n\nIt burned 14 hectares at 5 percent.\n"
    assert found(RULE, text) == []


def test_counts_of_different_things_are_not_compared():
    jobs = "The economy added 337,000 jobs in October.\n\nIt was strong.\n\n"
    assert found(RULE, jobs + "Many of the 71,000 new construction jobs added in October were rebuilding.\n") == []
    sugar = (
        "Offtake was 2.71 mln tonnes (including 241,000 tonnes imported), against 2.81 mln tonnes "
        "(including 993,000 imported).\n\nIt rose.\n\nStocks were 3.05 mln tonnes (96,000 imported).\n"
    )
    assert found(RULE, sugar) == []


def test_verbs_of_saying_do_not_make_two_counts_the_same_thing():
    text = (
        "The ministry said 5 soldiers were hurt on Monday.\n\nIt was quiet.\n\n"
        "Officials said 12 soldiers were missing after the storm.\n"
    )
    assert found(RULE, text) == []


def test_a_figure_far_from_every_lede_figure_is_another_thing_and_a_digit_slip_is_not():
    lede = (
        "Eurodollar futures set a monthly record of 1,472,184 contracts, surpassing the previous record of "
        "1,288,729 contracts.\n\nTrading was brisk.\n\n"
    )
    assert found(RULE, lede + "Options also set a monthly record of 235,916 contracts.\n") == []
    assert found(RULE, lede + "The previous record of 1,288,728 contracts stood for months.\n") == [
        ("1,288,728 contracts", ("1,288,729 contracts",))
    ]
