"""Ignores and added words as new review states: what they dismiss, hide and count."""

from dataclasses import replace

from proof.core.flag import Flag, Source
from proof.readers import document_from_text
from proof.review.deciding import decided, with_word
from proof.review.decisions import Decision
from proof.review.overview import FlagFilter
from proof.review.state import ReviewState

TEXT = "A rouge state.\n\nAnother rouge one, Shoigu said.\n"
DOCUMENT = document_from_text(TEXT, "a.txt")


def flag(rule: str, source: str, word: str, nth: int = 0) -> Flag:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Flag(rule, Source(source), source, "warning", "m", start, start + len(word))


ROUGE1, ROUGE2 = flag("test.Confusable", "style", "rouge"), flag("test.Confusable", "style", "rouge", 1)
SHOIGU, SHOIGU_STYLE = flag("test.Spelling", "spelling", "Shoigu"), flag("test.Name", "style", "Shoigu")
OPENED = ReviewState(TEXT, DOCUMENT, (ROUGE1, ROUGE2, SHOIGU_STYLE, SHOIGU), current=ROUGE1)


def test_ignoring_a_flag_dismisses_it_alone_hides_it_and_counts_it():
    decision = Decision.for_flag(DOCUMENT, ROUGE1)
    state = decided(OPENED, [decision], FlagFilter())
    assert state.flags == (ROUGE2, SHOIGU_STYLE, SHOIGU)
    assert state.hidden == ((ROUGE1, decision),) and state.decided == {decision}
    assert (state.ignored, state.current) == (1, ROUGE2)


def test_ignoring_a_text_everywhere_dismisses_each_of_its_flags():
    decision = Decision("test.Confusable", "rouge")
    state = decided(OPENED, [decision], FlagFilter())
    assert state.flags == (SHOIGU_STYLE, SHOIGU) and state.ignored == 2
    assert state.hidden == ((ROUGE1, decision), (ROUGE2, decision))


def test_the_next_current_flag_is_one_the_filter_shows():
    state = decided(OPENED, [Decision.for_flag(DOCUMENT, ROUGE1)], FlagFilter(source="spelling"))
    assert state.current == SHOIGU


def test_a_decision_already_made_dismisses_nothing_more():
    earlier = Decision("test.Confusable")
    state = decided(replace(OPENED, decided=frozenset({earlier})), [Decision("test.Name")], FlagFilter())
    assert state.flags == (ROUGE1, ROUGE2, SHOIGU) and state.ignored == 1


def test_an_added_word_dismisses_its_spelling_flags_and_the_grammar_merged_into_them():
    grammar = flag("grammar.harper.Spelling", "grammar", "Shoigu")
    state = with_word(replace(OPENED, grammar=(grammar,)), "Shoigu", FlagFilter())
    assert state.flags == (ROUGE1, ROUGE2, SHOIGU_STYLE) and state.grammar == ()
    assert state.added_words == {"Shoigu"} and state.ignored == 1
