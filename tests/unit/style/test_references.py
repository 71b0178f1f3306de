from tests.helpers.newsroom import found, pack_rule

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


def test_a_surname_opening_a_firm_name_may_be_the_firm():
    text = (
        "Dean Foods Co expects higher earnings.\n\nAnalysts said Dean should gain.\n\n"
        "President Howard Dean said sales rose.\n"
    )
    assert found(FIRST, text) == []


def test_places_and_things_are_no_given_names():
    text = (
        "Tory leader Michael Howard spoke.\n\nThey blamed London Tory spin doctors.\n\nVoters in London were unmoved.\n"
    )
    assert found(FIRST, text) == []
    text = "The Mac II is fast.\n\nThe Mac Plus sold well.\n\nMac Plus users will upgrade, and the Mac SE too.\n"
    assert found(REPEAT, text) == []


def test_readers_comments_after_a_section_break_are_not_judged():
    text = (
        "Home Secretary Charles Clarke spoke.\n\nClarke defended the plans.\n\n\n\n"
        "We will lose what Bush and Blair claim to defend.\n\nI blame Tony Blair.\n"
    )
    assert found(FIRST, text) == []


def test_reintroductions_are_not_repeats():
    described = (
        "Andy Roddick could face Murray.\n\nRoddick is fit.\n\nSecond seed Andy Roddick will open against Labadze.\n"
    )
    assert found(REPEAT, described) == []
    listed = "Clint Eastwood won.\n\nEastwood thanked fans.\n\n- Tim Dams: director - Clint Eastwood\n"
    assert found(REPEAT, listed) == []
    far = "".join(["Adam Curry spoke.\n\nCurry smiled.\n\n"] + ["It rained.\n\n"] * 4 + ["Adam Curry left.\n"])
    assert found(REPEAT, far) == []


def test_houses_using_courtesy_titles_are_not_judged_for_repeats():
    text = "Alan Greenspan spoke.\n\nMr Greenspan warned.\n\nLater Alan Greenspan left.\n"
    assert found(REPEAT, text) == []


def test_a_peer_opening_a_sentence_keeps_the_title():
    text = "Lord Butler criticised the government.\n\nLord Butler said more.\n\nRobin Butler's comments were partial.\n"
    assert found(FIRST, text) == []
