from tests.helpers.newsroom import found, pack_rule

RULE = pack_rule("TitleCase")


def test_minority_case_of_a_title_standing_alone():
    text = (
        "Defence Minister Sergei Shoigu spoke. Later the defence minister left and the Defence Minister's aide "
        "and the defence minister's driver followed.\n"
    )
    assert found(RULE, text) == [("Defence Minister", ("defence minister",))]


def test_lower_case_title_before_a_name_against_the_article():
    text = (
        "Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi and Iranian foreign minister "
        "Javad Zarif.\n"
    )
    assert found(RULE, text) == [("foreign minister", ("Foreign Minister",))]


def test_house_styles_that_are_consistent_pass():
    assert found(RULE, "The Prime Minister spoke. Later the Prime Minister left.\n") == []
    assert found(RULE, "Federal Reserve chairman Alan Greenspan spoke. The chairman left.\n") == []


def test_sentence_opening_title_counts_by_its_later_words():
    text = "Defence Minister Sergei Shoigu spoke. The envoy met defence minister Ivan Petrov.\n"
    assert found(RULE, text) == [("defence minister", ("Defence Minister",))]


def test_descriptive_lower_case_titles_do_not_vote():
    text = (
        "Central bank president Francisco Gros spoke with World Bank President Barber Conable. "
        "Former minister Clare Short met Home Office Minister Lord Falconer.\n"
    )
    assert found(RULE, text) == []


def test_quoted_titles_do_not_vote():
    text = (
        "It was given by the Attorney General. He cited the Attorney General. "
        'A spokesman said: "The attorney general was clear, and the attorney general agreed."\n'
    )
    assert found(RULE, text) == []
