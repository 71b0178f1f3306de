"""Harper runs for real, offline, in every test run."""
import pytest

from proof.engine import Engine
from proof.grammar.checker import GrammarChecker
from proof.grammar.harper_engine import HarperBackend
from proof.readers import document_from_text, load_document
from tests.conftest import WIRE


@pytest.fixture(scope="module")
def harper():
    backend = HarperBackend()
    backend.start()
    return backend


def grammar_flags(harper, text, language="en-US"):
    document = document_from_text(text, "x.txt")
    return document, Engine([GrammarChecker(harper)], language=language).check(document)


def test_he_go_home_is_flagged_with_goes(harper):
    document, flags = grammar_flags(harper, "He go home.\n")
    [flag] = flags
    assert document.source[flag.start:flag.end] == "go"
    assert flag.rule.startswith("grammar.harper.") and flag.source == "grammar"
    assert "goes" in flag.suggestions


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
    backend = HarperBackend(disable=["PronounVerbAgreement"])
    assert backend.check("He go home.", "en-US") == []


def test_published_wire_article_raises_no_harper_flag(harper):
    # Names, "anti-missile", long sentences: Harper's lints that contradict news style are off.
    document = load_document(WIRE)
    assert Engine([GrammarChecker(harper)], language="en-GB").check(document) == []
