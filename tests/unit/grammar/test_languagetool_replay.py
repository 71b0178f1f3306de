"""Recorded LanguageTool 6.3 answers replayed through the real parsing path.

`language_tool_python.Match` is built from each recorded match exactly as
language-tool-python builds it from a server's answer; the expected characters are worked
out independently, from LanguageTool's own UTF-16 offsets and lengths.
"""

import copy
import json
import os

import pytest
from language_tool_python import Match

from proof.grammar.backend import GrammarBackend
from proof.grammar.checker import GrammarChecker
from proof.grammar.languagetool import to_grammar_match
from proof.grammar.languagetool_profile import Switches
from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from tests.helpers.paths import FIXTURES

RECORDINGS = os.path.join(FIXTURES, "languagetool")
NAMES = sorted(n for n in os.listdir(RECORDINGS) if n.endswith(".json"))


def recording(name):
    with open(os.path.join(RECORDINGS, name), encoding="utf-8") as f:
        return json.load(f)


def parsed(raw, text):
    """A Match as language-tool-python makes it (its constructor consumes the dict)."""
    return Match(copy.deepcopy(raw), text)


def meant(text, match):
    """The characters LanguageTool meant: its offsets count UTF-16 code units."""
    units = text.encode("utf-16-le")
    return units[2 * match["offset"] : 2 * (match["offset"] + match["length"])].decode("utf-16-le")


@pytest.mark.parametrize("name", NAMES)
def test_every_recorded_match_lands_on_the_characters_languagetool_meant(name):
    exchange = recording(name)
    text = exchange["request"]["text"]
    for raw in exchange["response"]["matches"]:
        found = to_grammar_match(parsed(raw, text), text)
        assert text[found.start : found.end] == meant(text, raw)
        assert found.rule == "grammar.languagetool." + raw["rule"]["id"]
        assert list(found.suggestions) == [r["value"] for r in raw["replacements"]][:5]


def test_astral_characters_would_shift_without_the_length_fix():
    exchange = recording("astral-characters.json")
    text = exchange["request"]["text"]
    shifted = 0
    for raw in exchange["response"]["matches"]:
        match = parsed(raw, text)
        if text[match.offset : match.offset + match.error_length] != meant(text, raw):
            shifted += 1
        found = to_grammar_match(match, text)
        assert text[found.start : found.end] == meant(text, raw)
    assert shifted, "the fixture should contain a match whose UTF-16 length differs from its length in code points"


def is_spelling_rule(rule_id, category=""):
    return not Switches().keeps(rule_id)


def test_only_dictionary_spellers_are_left_to_the_spelling_checker():
    ids = {
        (m["rule"]["id"], m["rule"]["category"]["id"]) for name in NAMES for m in recording(name)["response"]["matches"]
    }
    spelling = {rule for rule, category in ids if is_spelling_rule(rule, category)}
    assert any(rule.startswith("MORFOLOGIK_") for rule in spelling)
    assert not any(is_spelling_rule(rule, category) for rule, category in ids if rule.startswith("EN_A_VS_AN"))
    # LanguageTool's real-word rules sit in its TYPOS category too: they stay
    assert not is_spelling_rule("OFT_OF_THE", "TYPOS") and Switches(spelling=True).keeps("MORFOLOGIK_RULE_EN_US")


class Replay(GrammarBackend):
    """Answers each paragraph with the recorded whole-file matches that fall inside it.

    The paragraph's place in the recorded text is found through the document model; the
    matches are re-based on the paragraph and parsed by language_tool_python.Match.
    """

    name = "languagetool"

    def __init__(self, document, exchange):
        self.exchange = exchange
        self.starts = {document.paragraph_text(p): document.to_source(p.start, p.end)[0] for p in document.paragraphs}

    def start(self):
        pass

    def version(self):
        return "replay"

    def options_key(self):
        return ""

    def check(self, text, language):
        start = self.starts[text]
        matches = []
        for raw in self.exchange["response"]["matches"]:
            if start <= raw["offset"] < start + len(text) and not is_spelling_rule(
                raw["rule"]["id"], raw["rule"]["category"]["id"]
            ):
                matches.append(to_grammar_match(parsed({**raw, "offset": raw["offset"] - start}, text), text))
        return matches


@pytest.mark.parametrize("name", ["article-wire-en-GB.json", "article-web-en-GB.json", "mixed-errors.json"])
def test_paragraph_matches_map_back_to_the_hard_wrapped_source(name):
    exchange = recording(name)
    text = exchange["request"]["text"]
    document = document_from_text(text, "article.txt")
    checker = GrammarChecker(Replay(document, exchange))
    flags = Engine([checker], language="en-GB").check(document)
    expected = {
        (raw["offset"], meant(text, raw))
        for raw in exchange["response"]["matches"]
        if not is_spelling_rule(raw["rule"]["id"], raw["rule"]["category"]["id"])
    }
    assert expected, "the recording should hold grammar matches"
    assert {(f.start, text[f.start : f.end]) for f in flags} == expected
    assert checker.status().engines == ("languagetool",)
