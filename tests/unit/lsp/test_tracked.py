"""A document's re-check after a change in the language server finds exactly what a check of
the new text, whole, finds; the grammar flags outside the change move with it."""

from __future__ import annotations

import pytest

from proof.core.flag import Flag, Source
from proof.lsp.tracked import changed, opened, with_grammar
from proof.readers import document_from_text
from proof.review.background import BackgroundGrammar, fast_checkers
from proof.run.runner import Runner
from proof.settings.config import ConfigFinder
from proof.settings.overrides import Overrides

TEXT = """Defence ministers meet as Shoigu warns NATO

MOSCOW, Nov 24 (Reuters) - Russian Defence Minister Sergei Shoigu said the
defence shield was a threat to rouge states.

Shoygu told reporters  the defense plan had been drawn up.

The goverment said so.
"""

EDITS = [
    ("rouge", "rogue"),
    ("defense", "defence"),
    ("Shoygu", "Shoigu"),
    ("The goverment said so.\n", ""),
    ("drawn up.", "drawn up.\n\nA new paragraph with teh typo."),
    ("\n\nShoygu", " Shoygu"),
]


def key(flag):
    return (flag.rule, flag.start, flag.end, flag.message, flag.suggestions)


@pytest.fixture
def engine(tmp_path):
    runner = Runner(ConfigFinder(override=Overrides(grammar=False)))
    yield runner.engine_for(runner.finder.for_path(str(tmp_path / "story.txt")))
    runner.close()


@pytest.mark.parametrize(("old", "new"), EDITS)
def test_a_change_rechecked_finds_what_a_whole_check_of_the_new_text_finds(engine, tmp_path, old, new):
    path = str(tmp_path / "story.txt")
    background = BackgroundGrammar(engine)
    before = opened(engine, document_from_text(TEXT, path), background)
    text = TEXT.replace(old, new, 1)
    after = changed(before, document_from_text(text, path), background)
    whole = engine.check(document_from_text(text, path), fast_checkers(engine))
    assert sorted(map(key, after.flags)) == sorted(map(key, whole))


def test_grammar_flags_outside_the_change_move_and_those_inside_it_go(engine, tmp_path):
    path = str(tmp_path / "story.txt")
    background = BackgroundGrammar(engine)
    before = opened(engine, document_from_text(TEXT, path), background)
    first, last = TEXT.index("Defence ministers"), TEXT.index("said so")

    def grammar(start: int) -> Flag:
        return Flag("grammar.test", Source.GRAMMAR, "grammar", "info", "test", start, start + 4)

    with_both = with_grammar(before, (0, len(TEXT)), [grammar(first), grammar(last)])
    text = TEXT.replace("The goverment", "The government", 1)
    after = changed(with_both, document_from_text(text, path), background)
    assert [(f.start, f.end) for f in after.grammar] == [(first, first + 4)]
    assert [f.rule for f in after.flags].count("grammar.test") == 1
