"""Harper runs for real, offline, in every test run."""

import pytest

from proof.grammar.checker import GrammarChecker
from proof.grammar.harper_engine import HarperBackend
from proof.pipeline.engine import Engine
from proof.readers import document_from_text, load_document
from tests.helpers.paths import WIRE


@pytest.fixture(scope="module")
def harper():
    backend = HarperBackend()
    backend.start()
    return backend


def grammar_flags(harper, text, language="en-US"):
    document = document_from_text(text, "x.txt")
    return document, Engine([GrammarChecker(harper)], language=language).check(document)


def test_has_went_is_flagged_with_gone(harper):
    document, flags = grammar_flags(harper, "The envoy has went home.\n")
    [flag] = flags
    assert document.source[flag.start : flag.end] == "went"
    assert flag.rule.startswith("grammar.harper.") and flag.source == "grammar"
    assert "gone" in flag.suggestions


@pytest.mark.parametrize(
    "text, problem, fix",
    [
        ("It was a awful decision.", "a", "an"),
        ("The council has the power to suspended him.", "to suspended", "to suspend"),
        ("Our bombs will can only shatter peace.", "will can", "will"),
        ("He go home every day.", "go", "goes"),
        ("They goes to the polls on Sunday.", "goes", "go"),
        ("She have been told to leave.", "have", "has"),
        ("What do they think he mean by that?", "mean", "means"),
        ("The company said it's profits fell by a third.", "it's", "its"),
        ("The firm cut it's workforce by half.", "it's", "its"),
    ],
)
def test_grammar_errors_are_flagged_with_the_fix_first(harper, text, problem, fix):
    document, [flag] = grammar_flags(harper, text + "\n")
    assert document.source[flag.start : flag.end] == problem and flag.suggestions[0] == fix


# Where Harper's lints misfired on published Reuters and BBC copy.
@pytest.mark.parametrize(
    "text",
    [
        # a/an before an initialism or on a label
        "Kilroy-Silk, an MEP for the East Midlands, resigned.",
        "He scored 14 goals in 20 Serie A appearances.",
        "The split of its Class A and Class B shares was approved.",
        # pronoun-verb agreement
        "Federer said it was the highlight of his career after he beat Andy Roddick.",
        "Federer has not had a coach since he split from Peter Lundgren.",
        "As a Northern Ireland minister he dealt with education.",
        "He and she go to the polls on Sunday.",
        "Nor does she/he kill innocent women.",
        "Thank you all, you guys made our dream come true.",
        "The She Hate Me director urged studios to take risks.",
        "Luscombe streaked away and when he off-loaded to Williams the try was scored.",
        # "it's" that is "it is"
        "Do They Know It's Christmas is expected to top the chart.",
        "It doesn't look to me like it's slowing in any unreasonable way.",
        "I grieve for my children, it's no wonder they are angry.",
        "I still enjoy training, but feel it's time to move on.",
    ],
)
def test_correct_copy_where_harper_misfired_raises_nothing(harper, text):
    assert grammar_flags(harper, text + "\n", "en-GB")[1] == []


def test_lints_at_odds_with_news_style_are_off_but_can_be_enabled():
    text = "Ministers from France, Germany and Italy met for talks -- and some 15 aides."
    assert HarperBackend().check(text, "en-US") == []
    loud = HarperBackend(enable=["OxfordComma", "Dashes"])
    assert {m.rule for m in loud.check(text, "en-US")} >= {"grammar.harper.OxfordComma", "grammar.harper.Dashes"}


def test_clean_sentence_and_names_raise_nothing(harper):
    _, flags = grammar_flags(harper, "Anatoly Antonov, a deputy of Shoigu, was quoted by RIA.\n", "en-GB")
    assert flags == []


def test_spelling_lints_are_off_by_default_and_can_be_enabled():
    names = "Shoigu met Hagel and Ushakov in Moscow.\n"
    quiet = HarperBackend()
    assert quiet.check(names, "en-GB") == []
    loud = HarperBackend(spelling=True)
    assert any(m.rule == "grammar.harper.SpellCheck" for m in loud.check(names, "en-GB"))


def test_rules_can_be_switched_off_by_name(harper):
    backend = HarperBackend(disable=["SimplePastToPastParticiple"])
    assert backend.check("She has went home.", "en-US") == []


def test_published_wire_article_raises_no_harper_flag(harper):
    # Names, "anti-missile", long sentences: Harper's lints that contradict news style are off.
    document = load_document(WIRE)
    assert Engine([GrammarChecker(harper)], language="en-GB").check(document) == []


def test_one_linter_switching_dialects_answers_as_a_linter_of_each_dialect():
    british, american = "The colour of the centre was analysed.\n", "The color of the center was analyzed.\n"
    mixed = HarperBackend(spelling=True)
    answers = [
        mixed.check(text, language)
        for text, language in (
            (british, "en-GB"),
            (american, "en-US"),
            (british, "en-US"),
            (american, "en-GB"),
            (british, "en-GB"),
        )
    ]
    fresh = [
        HarperBackend(spelling=True).check(text, language)
        for text, language in (
            (british, "en-GB"),
            (american, "en-US"),
            (british, "en-US"),
            (american, "en-GB"),
            (british, "en-GB"),
        )
    ]
    assert answers == fresh
    assert answers[0] == [] and answers[1] == [] and answers[2] and answers[3]
    quiet = HarperBackend()
    assert [quiet.check(british, language) for language in ("en-GB", "en-US", "en-GB")] == [[], [], []]


def test_inline_code_after_a_or_an_raises_no_article_flag(harper):
    # The code stands in the text as a word whose sound fits the article the writer chose.
    text = "Use an `API` call, a `list` or an `x`. `ls` lists the files in a `dir` and an `SQL` table.\n"
    document = document_from_text(text, "x.md")
    assert Engine([GrammarChecker(harper)], language="en-US").check(document) == []
