from tests.style.newsroom import found, pack_rule

RULE = pack_rule("LedeFigures")
LEDE = "KABUL, May 3 (Reuters) - A bomb killed 12 people in Kabul, police said.\n\nThe blast hit a market.\n\n"


def test_contradicted_count_is_flagged():
    assert found(RULE, LEDE + "Police said 11 people were killed in Kabul.\n") == [
        ("11 people", ("12 people",))]


def test_same_count_or_different_subject_passes():
    assert found(RULE, LEDE + "The 12 people killed included children.\n") == []
    assert found(RULE, LEDE + "Some 40 people were hurt in a riot in 2009.\n") == []
    assert found(RULE, LEDE + "A similar attack killed about 30 people in Kabul.\n") == []


def test_money_percentages_and_units_are_not_counts():
    text = "A fire burned 12 hectares, costing $12 million.\n\nIt grew.\n\nIt burned 14 hectares at 5 percent.\n"
    assert found(RULE, text) == []
