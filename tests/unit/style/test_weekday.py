import datetime

from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from proof.style.checker import StyleChecker
from tests.helpers.newsroom import found, pack_rule

RULE = pack_rule("WeekdayDate")
MONDAY = datetime.date(2013, 3, 25)
STORY = "MOSCOW, March 25 (Reuters) - The minister {} reporters that talks would resume.\n"


def test_explicit_weekday_must_match_its_date():
    assert found(RULE, "The vote was on Tuesday, March 25, 2013.") == [("Tuesday", ("Monday",))]
    assert found(RULE, "The vote was on Monday, 25 March 2013.") == []


def test_explicit_weekday_message_names_the_weekday_written_and_the_right_one():
    engine = Engine([StyleChecker([RULE])])
    (flag,) = engine.check(document_from_text("On Sunday, March 19, 2013 nothing happened.\n", "a.txt"))
    assert flag.message == "Weekday and date disagree: March 19, 2013 is a Tuesday, not a Sunday."


def test_explicit_date_without_year_takes_the_article_year():
    assert found(RULE, "Talks are set for Wednesday, March 26.", date=MONDAY) == [("Wednesday", ("Tuesday",))]
    assert found(RULE, "Talks are set for Wednesday, March 26.") == []


def test_past_tense_with_tomorrows_weekday_is_flagged():
    assert found(RULE, STORY.format("on Tuesday told"), date=MONDAY) == [("on Tuesday", ("on Monday", "last Tuesday"))]
    assert found(RULE, STORY.format("told on Tuesday"), date=MONDAY) == [("on Tuesday", ("on Monday", "last Tuesday"))]


def test_plausible_weekdays_pass():
    for said in (
        "on Monday told",
        "on Sunday told",
        "last Tuesday told",
        "on Friday told",
        "will on Tuesday tell",
        "is due on Tuesday to tell",
    ):
        assert found(RULE, STORY.format(said), date=MONDAY) == [], said


def test_future_tense_with_yesterdays_weekday_is_flagged():
    assert found(RULE, STORY.format("will on Sunday tell"), date=MONDAY) == [
        ("on Sunday", ("on Monday", "next Sunday"))
    ]


def test_year_from_a_full_date_matching_the_dateline():
    text = STORY.format("on Tuesday told") + "\nThe statement was dated March 25, 2013.\n"
    assert found(RULE, text) == [("on Tuesday", ("on Monday", "last Tuesday"))]


def test_no_year_no_flag():
    assert found(RULE, STORY.format("on Tuesday told")) == []
    other_day = STORY.format("on Tuesday told") + "\nThe treaty was signed on May 26, 1972.\n"
    assert found(RULE, other_day) == []
