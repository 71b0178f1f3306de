"""The confusable measurement (tools/measure_confusables.py): which cases it makes from a
sentence and how it judges a rule on them."""

import importlib.util
import json
import os
import sys

from tests.helpers.paths import ROOT
from tests.helpers.rules import make_rule

RULE = """\
    type: confusable
    message: m
    words: {rouge: rogue, rouges: rogues}
    when:
      - followed_by: [state, states, trader]
    """


def load_tool():
    spec = importlib.util.spec_from_file_location(
        "measure_confusables", os.path.join(ROOT, "tools", "measure_confusables.py")
    )
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up by name while they are built.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def sentence(tool, text):
    return tool.Sentence(text, "dev", "test")


def test_right_words_are_swapped_for_wrong_ones_and_wrong_words_kept_as_correct_uses():
    tool = load_tool()
    [pair, _plural] = tool.pairs_of([make_rule(RULE)])
    errors, correct = tool.cases_for(
        pair, [sentence(tool, "Rogue states met."), sentence(tool, "She wore rouge to the ball.")]
    )
    assert [(e.text, e.text[e.start : e.end], e.expected) for e in errors] == [("Rouge states met.", "Rouge", "Rogue")]
    assert [(c.text[c.start : c.end], c.expected) for c in correct] == [("rouge", None)]


def test_a_capitalised_word_inside_a_sentence_is_a_name_and_no_case():
    tool = load_tool()
    [pair, _plural] = tool.pairs_of([make_rule(RULE)])
    assert tool.cases_for(pair, [sentence(tool, "He moved to Baton Rouge in May.")]) == ([], [])


def test_an_error_counts_only_when_flagged_with_the_right_word_and_a_correct_use_only_when_left_alone():
    tool = load_tool()
    rule = make_rule(RULE)
    [pair, _plural] = tool.pairs_of([rule])
    errors, _ = tool.cases_for(pair, [sentence(tool, "A rogue trader lost millions."), sentence(tool, "A rogue wave.")])
    assert [tool.judge([rule], e) for e in errors] == [True, False]
    _, correct = tool.cases_for(pair, [sentence(tool, "The rouge state."), sentence(tool, "Rouge and powder.")])
    assert [tool.judge([rule], c) for c in correct] == [False, True]


def test_articles_fall_wholly_in_one_part(tmp_path):
    tool = load_tool()
    corpus = tmp_path / "corpus.jsonl"
    articles = [{"id": f"a{n}", "body": "Rogue states met. A rogue trader lost millions."} for n in range(40)]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    found = list(tool.corpus_sentences([str(corpus)]))
    parts = {}
    for s in found:
        parts.setdefault(s.source, set()).add(s.part)
    assert len(found) == 80
    assert all(len(p) == 1 for p in parts.values())
    assert {p for ps in parts.values() for p in ps} == {"dev", "heldout"}
