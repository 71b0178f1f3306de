"""Grammar flags folded into a review state: merged, hidden by the decisions, kept through undo."""

from dataclasses import replace

from proof.core.flag import Flag, Source
from proof.pipeline.merge import merge_flags
from proof.readers import document_from_text
from proof.review.decisions import Decision
from proof.review.grammar_merge import back_to, with_grammar, without_merged
from proof.review.state import ReviewState

TEXT = "Sergei Shoigu spoke to the ministers of defence on Monday.\n\nHe left.\n"
DOCUMENT = document_from_text(TEXT, "a.txt")
FIRST = (0, TEXT.index("\n\n"))
WHOLE = (0, len(TEXT))


def flag(rule: str, source: str, word: str, severity: str = "warning") -> Flag:
    start = TEXT.index(word)
    return Flag(rule, Source(source), source, severity, "m", start, start + len(word))


SHOIGU = flag("test.Spelling", "spelling", "Shoigu", "error")
ENGINE_SHOIGU = flag("grammar.harper.Spelling", "grammar", "Shoigu")
DAY, DATE = flag("grammar.harper.Day", "grammar", "Monday"), flag("grammar.harper.Date", "grammar", "Monday")
OPENED = ReviewState(TEXT, DOCUMENT, (SHOIGU,), current=SHOIGU)


def ignored(state: ReviewState, hidden: Flag, decision: Decision) -> ReviewState:
    return replace(
        state,
        flags=tuple(f for f in state.flags if f != hidden),
        decided=state.decided | {decision},
        hidden=((hidden, decision),),
    )


def test_grammar_on_another_flags_words_merges_into_it():
    state = with_grammar(OPENED, FIRST, [ENGINE_SHOIGU, DAY])
    assert state.flags == (*merge_flags([SHOIGU, ENGINE_SHOIGU]), DAY)
    assert state.flags[0].extra["merged"] == ["grammar.harper.Spelling"]
    assert state.grammar == (ENGINE_SHOIGU, DAY)


def test_grammar_arriving_on_an_ignored_flags_finding_stays_hidden():
    for decision in (Decision.for_flag(DOCUMENT, SHOIGU), Decision("test.Spelling", "Shoigu")):
        state = with_grammar(ignored(OPENED, SHOIGU, decision), FIRST, [ENGINE_SHOIGU, DAY])
        assert state.flags == (DAY,) and state.grammar == (DAY,)


def test_grammar_of_the_same_engine_on_an_ignored_grammar_flags_text_is_another_finding():
    decision = Decision.for_flag(DOCUMENT, DAY)
    state = with_grammar(ignored(OPENED, DAY, decision), FIRST, [DAY, DATE])
    assert DATE in state.flags and DAY not in state.flags
    assert state.hidden == ((DAY, decision),)


def test_grammar_found_again_replaces_the_grammar_of_its_paragraph_only():
    state = with_grammar(OPENED, FIRST, [DAY])
    state = with_grammar(state, FIRST, [DATE])
    assert DATE in state.flags and DAY not in state.flags and state.grammar == (DATE,)


def test_dismissing_a_flag_takes_the_grammar_merged_into_it_along():
    [merged] = merge_flags([SHOIGU, ENGINE_SHOIGU])
    assert without_merged((ENGINE_SHOIGU, DAY), [merged]) == (DAY,)


def test_undoing_a_decision_keeps_the_grammar_found_since():
    before = OPENED
    decision = Decision.for_flag(DOCUMENT, SHOIGU)
    now = with_grammar(ignored(OPENED, SHOIGU, decision), FIRST, [DAY])
    state, to_check = back_to(now, before)
    assert to_check is None
    assert state.flags == (SHOIGU, DAY) and state.grammar == (DAY,)


def test_undoing_an_edit_keeps_the_grammar_elsewhere_and_checks_its_paragraph_again():
    edited = TEXT.replace("He left.", "He went.")
    document = document_from_text(edited, "a.txt")
    now = with_grammar(replace(OPENED, text=edited, document=document), WHOLE, [DAY, DATE])
    state, to_check = back_to(now, OPENED)
    assert to_check is not None and to_check.touched == ((TEXT.index("He"), TEXT.index("He") + len("He left.")),)
    assert state.grammar == (DAY, DATE) and state.text == TEXT


def test_grammar_inside_an_ignored_sentence_long_flag_is_another_finding():
    sentence = Flag("test.LongSentence", Source.STYLE, "style", "warning", "m", 0, TEXT.index("."))
    decision = Decision.for_flag(DOCUMENT, sentence)
    state = with_grammar(ignored(replace(OPENED, flags=(SHOIGU, sentence)), sentence, decision), FIRST, [DAY])
    assert state.flags == (SHOIGU, DAY)
