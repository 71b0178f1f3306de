from tests.style.newsroom import found, pack_rule

FIRST = pack_rule("NameFirstReference")
REPEAT = pack_rule("NameRepeated")


def test_surname_before_full_name():
    text = "Antonov, a deputy, spoke.\n\nTalks were held by Anatoly Antonov and others.\n"
    assert found(FIRST, text) == [("Antonov", ("Anatoly Antonov",))]


def test_full_name_first_is_right():
    text = "Defence Minister Sergei Shoigu spoke.\n\nShoigu's deputy also spoke.\n"
    assert found(FIRST, text) == [] and found(REPEAT, text) == []


def test_full_name_repeated_after_surname_use():
    text = "Chuck Hagel spoke.\n\nHagel said more.\n\nLater Chuck Hagel left.\n"
    assert found(REPEAT, text) == [("Chuck Hagel", ("Hagel",))]


def test_firms_places_and_lists_are_not_people():
    assert found(FIRST, "Disney rose.\n\nWalt Disney Co said profit rose.\n") == []
    assert found(FIRST, "The Pentagon said.\n\nThe Pentagon added more.\n") == []
    text = "Jamie Foxx won.\n\nFoxx thanked fans.\n\nNominees were Clint Eastwood, Jamie Foxx and Hilary Swank.\n"
    assert found(REPEAT, text) == []


def test_credit_line_names_are_skipped():
    text = "Gabriela spoke.\n\nBaczynska wrote.\n\n(Reporting by Gabriela Baczynska; Editing by Angus MacSwan)\n"
    assert found(FIRST, text) == []
