"""The review session: edits at flag spans, paragraph re-checks, grammar merging, undo."""

import os
from dataclasses import replace
from pathlib import Path

import pytest

from proof.core.atomic import ReadOnly
from proof.core.flag import Flag, Source
from proof.grammar import build_grammar_checkers
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine
from proof.realword.checker import REAL_WORD
from proof.review.background import runs_in_background
from proof.review.decisions import Decisions
from proof.review.session import ReviewSession
from proof.review.words import addable_word
from proof.settings.config import default_config
from tests.helpers.paths import WIRE
from tests.helpers.review import HeldGrammar, MemoryStore, WordChecker, copy_of, open_session, sample_checkers


class CountingChecker(WordChecker):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen: list[str] = []

    def check(self, document):
        self.seen.append(document.text)
        return super().check(document)


def grammar_checker():
    return CountingChecker("grammar.Agreement", "grammar", {"asks": ("ask",), "Russia": ()})


def test_fix_keeps_every_other_byte_and_moves_later_flags(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffrouge one\r\nwraps here.\r\n\r\nthe forgo case\r\n".encode())
    session = open_session(str(path))
    rouge, _forgo = session.flags
    session.apply(rouge, "rogue and")
    assert session.text == "rogue and one\r\nwraps here.\r\n\r\nthe forgo case\r\n"
    [moved] = session.flags
    assert session.flagged_text(moved) == "forgo"
    assert session.current == moved
    session.save()
    assert path.read_bytes() == "\ufeffrogue and one\r\nwraps here.\r\n\r\nthe forgo case\r\n".encode()


def test_only_the_touched_paragraph_gets_new_flags(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A rouge state.\n\nThe forgo case.\n")
    checker = WordChecker("test.Word", "style", {"rouge": ("rogue",), "forgo": ("forego",), "rogue": ("x",)})
    session = open_session(str(path), [checker])
    session.apply(session.flags[0], "rogue")
    assert [(f.rule, session.flagged_text(f)) for f in session.flags] == [
        ("test.Word", "rogue"),
        ("test.Word", "forgo"),
    ]


def test_undo_restores_text_flags_and_counts(tmp_path):
    session = open_session(copy_of(WIRE, tmp_path))
    before = list(session.flags)
    session.apply(session.flags[0], "defence")
    session.ignore(session.current)
    assert (session.fixed, session.ignored) == (1, 1)
    assert session.undo().startswith("ignore")
    assert session.undo().startswith("fix")
    assert session.flags == before and not session.dirty
    assert (session.fixed, session.ignored) == (0, 0)
    assert not session.can_undo


def test_grammar_runs_a_paragraph_at_a_time_and_merges_into_the_open_flags(tmp_path):
    checker = grammar_checker()
    session = open_session(copy_of(WIRE, tmp_path), [checker])
    assert session.flags == []
    run = session.grammar_run()
    assert len(run.paragraphs) == len(session.document.paragraphs)
    for paragraph in run.paragraphs:
        assert session.add_grammar(run, paragraph, session.engine.check_paragraph(run.document, paragraph, [checker]))
    assert all(len(text) < 400 for text in checker.seen)
    assert session.grammar_pending == []
    assert session.grammar_run() is None
    whole = session.engine.check(session.document, [checker])
    assert session.flags == whole and len(whole) == 10


def test_grammar_results_computed_before_an_edit_move_with_the_text(tmp_path):
    checker = grammar_checker()
    fast = WordChecker("test.Word", "style", {"rouge": ("rogue and very",)})
    session = open_session(copy_of(WIRE, tmp_path), [fast, checker])
    run = session.grammar_run()
    results = [(p, session.engine.check_paragraph(run.document, p, [checker])) for p in run.paragraphs]
    rouge = session.flags[0]
    session.apply(rouge, "rogue and very")
    taken = [session.add_grammar(run, p, flags) for p, flags in results]
    assert taken.count(False) == 1
    assert all(session.flagged_text(f) in ("Russia", "asks") for f in session.flags)
    again = session.grammar_run()
    assert len(again.paragraphs) == 1 and "rogue and very" in session.document.paragraph_text(again.paragraphs[0])


def test_added_word_is_accepted_until_undone(tmp_path):
    session = open_session(copy_of(WIRE, tmp_path))
    shoigu = next(f for f in session.flags if session.flagged_text(f) == "Shoigu")
    session.add_word(shoigu)
    assert all(session.flagged_text(f) != "Shoigu" for f in session.flags)
    session.apply(session.flags[0], "defence")
    assert all(session.flagged_text(f) != "Shoigu" for f in session.flags)
    session.undo()
    session.undo()
    assert sum(session.flagged_text(f) == "Shoigu" for f in session.flags) == 3


class Empty(Checker):
    def check(self, document):
        return []


def test_no_flags_means_nothing_selected(tmp_path):
    session = open_session(copy_of(WIRE, tmp_path), [Empty()])
    assert not session.go_round(1) and session.current is None
    assert session.summary().endswith("0 fixed, 0 ignored, 0 remaining")


def test_a_decision_follows_its_flag_when_the_editor_rewrites_the_sentence(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The rouge and forgo case.\n\nAnother rouge here.\n")
    session = open_session(str(path))
    rouge = session.flags[0]
    session.ignore(rouge)
    before = session.state.decided
    session.apply(session.current, "give up")
    assert [session.flagged_text(f) for f in session.flags] == ["rouge"]
    assert session.flags[0].start > rouge.start
    session.save()
    after = Decisions.load(str(tmp_path))
    assert after.of(str(path)) != before
    assert not [
        f
        for f in session.engine.check(session.document)
        if not after.ignores(session.document, f) and session.flagged_text(f) == "rouge" and f.start == rouge.start
    ]
    session.undo()
    session.save()
    assert Decisions.load(str(tmp_path)).of(str(path)) == before


def test_a_decision_lapses_when_its_flagged_text_is_edited(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The rouge case.\n")
    session = open_session(str(path))
    session.ignore(session.flags[0])
    session.go_round(1)
    assert session.hidden
    session.apply(replace(session.hidden[0][0], suggestions=("rogue",)), "rogue")
    assert session.hidden == []


def test_the_real_grammar_checkers_are_the_ones_run_in_the_background():
    checkers = build_grammar_checkers(default_config())
    assert checkers and all(runs_in_background(checker) for checker in checkers)


class PhraseChecker(Checker):
    """House style flags "Russia asks" (one flag over two words)."""

    name = "test.Phrase"
    source = "style"

    def check(self, document):
        from proof.core.flag import Flag

        at = document.text.find("Russia asks")
        return (
            [Flag("test.Phrase", "style", "style", "warning", "phrase", at, at + len("Russia asks"), ("Russia asked",))]
            if at >= 0
            else []
        )


def test_ignoring_a_flag_drops_the_overlapping_grammar_flag_merged_into_it(tmp_path):
    checker = grammar_checker()
    session = open_session(copy_of(WIRE, tmp_path), [PhraseChecker(), checker])
    run = session.grammar_run()
    for paragraph in run.paragraphs:
        session.add_grammar(run, paragraph, session.engine.check_paragraph(run.document, paragraph, [checker]))
    [phrase] = [f for f in session.flags if f.rule == "test.Phrase"]
    assert set(phrase.extra["merged"]) == {"grammar.Agreement"} and phrase.suggestions == ("Russia asked",)
    session.ignore(phrase)
    later = next(f for f in session.flags if session.flagged_text(f) == "Russia")
    session.apply(later, "Moscow")  # merging again must not bring the grammar flags on "Russia asks" back
    assert not any(f.start < phrase.end and f.end > phrase.start for f in session.flags)


def test_decisions_and_words_go_to_the_store_the_session_is_given_when_saved(tmp_path):
    path = copy_of(WIRE, tmp_path)
    store = MemoryStore()
    session = ReviewSession.open(
        path, Engine(sample_checkers(), language="en-GB"), default_config(str(tmp_path)), store
    )
    shoigu = next(f for f in session.flags if session.flagged_text(f) == "Shoigu")
    session.add_word(shoigu)
    session.ignore(session.current)
    assert store.words == [] and store.files == {}
    session.save()
    assert store.words == ["Shoigu"] and len(store.files[path]) == 1
    assert os.listdir(tmp_path) == [os.path.basename(path)]
    session.undo()
    session.undo()
    assert session.dirty
    session.save()
    assert store.files[path] == frozenset() and store.words == []


def test_only_an_unknown_word_can_be_added_to_the_dictionary_not_a_real_word_slip():
    misspelled = Flag("spelling.Misspelled", Source.SPELLING, "spelling", "error", "m", 0, 5, ("rogue",))
    real_word = Flag(REAL_WORD, Source.SPELLING, "spelling", "warning", "m", 0, 5, ("rogue",))
    assert addable_word(misspelled, "Shoygu")
    assert not addable_word(real_word, "rouge")
    assert not addable_word(misspelled, "two words")
    assert not addable_word(replace(misspelled, source=Source.STYLE), "rouge")


def test_reload_reapplying_lists_only_the_edits_made_since_the_last_save_as_lost(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A rouge state.\n\nThe forgo case.\n")
    session = open_session(str(path))
    session.apply(next(f for f in session.flags if session.flagged_text(f) == "rouge"), "rogue")
    session.save()
    session.apply(next(f for f in session.flags if session.flagged_text(f) == "forgo"), "forego")
    # Someone rewrites both sentences on disk: only the unsaved edit can be missed.
    path.write_text("A rogue nation.\n\nThe case is closed.\n")
    missed = session.reload_reapplying()
    assert [change.label for change in missed] == ["fix 'forgo'"]
    assert session.text == "A rogue nation.\n\nThe case is closed.\n"


def test_reload_reapplying_after_undoing_past_the_save_puts_the_undone_text_back(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A rouge state.\n\nThe forgo case.\n")
    session = open_session(str(path))
    session.apply(next(f for f in session.flags if session.flagged_text(f) == "rouge"), "rogue")
    session.save()
    session.undo()
    path.write_text("A rogue state.\n\nThe forgo case, closed.\n")
    assert session.reload_reapplying() == []
    assert session.text == "A rouge state.\n\nThe forgo case, closed.\n"


def test_saving_decisions_alone_leaves_the_text_file_untouched_even_when_it_changed_on_disk(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A rouge state.\n")
    session = open_session(str(path))
    session.ignore(session.current)
    path.write_text("A rouge state, changed by someone else.\n")
    session.save()
    assert path.read_text() == "A rouge state, changed by someone else.\n"
    assert not session.dirty
    assert len(Decisions.load(str(tmp_path)).of(str(path))) == 1


def finish_grammar(session) -> None:
    """Run every background grammar run to its end, as the review screen's worker does."""
    while (run := session.grammar_run()) is not None:
        for paragraph in run.paragraphs:
            session.add_grammar(run, paragraph, session.background.check(run, paragraph))


def test_grammar_results_of_the_text_before_a_reload_are_dropped_and_stay_pending(tmp_path):
    checker = grammar_checker()
    path = copy_of(WIRE, tmp_path)
    session = open_session(path, [checker])
    run = session.grammar_run()
    results = [(p, session.background.check(run, p)) for p in run.paragraphs]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write("A new first paragraph, Russia asks.\n\n" + text)
    session.reload()
    assert not any(session.add_grammar(run, p, flags) for p, flags in results)
    assert len(session.grammar_pending) == len(session.document.paragraphs)
    finish_grammar(session)
    assert session.flags == session.engine.check(session.document, [checker])


def test_undo_and_redo_check_the_grammar_of_the_paragraphs_they_change_again(tmp_path):
    checker = grammar_checker()
    fast = WordChecker("test.Word", "style", {"rouge": ("Russia asks",)})
    session = open_session(copy_of(WIRE, tmp_path), [fast, checker])
    session.apply(session.flags[0], "Russia asks")
    finish_grammar(session)
    session.undo()
    assert session.grammar_pending
    finish_grammar(session)
    assert session.flags == session.engine.check(session.document, [fast, checker])
    session.redo()
    assert session.grammar_pending
    finish_grammar(session)
    assert session.flags == session.engine.check(session.document, [fast, checker])


def test_undoing_and_redoing_an_ignore_keeps_the_grammar_that_arrived_after_it(tmp_path):
    grammar = HeldGrammar("grammar.Agreement", {"asks": ("ask",), "Russia": ()})
    session = open_session(copy_of(WIRE, tmp_path), [PhraseChecker(), grammar, *sample_checkers()])
    ignored = next(f for f in session.flags if f.source != "grammar" and f.rule != "test.Phrase")
    session.ignore(ignored)
    grammar.release.set()
    finish_grammar(session)
    after_ignore = session.flags
    session.undo()
    assert session.flags == session.engine.check(session.document, session.engine.checkers)
    session.redo()
    assert session.flags == after_ignore and ignored not in session.flags


def test_undoing_an_ignore_brings_back_the_grammar_merged_into_the_ignored_flag(tmp_path):
    grammar = HeldGrammar("grammar.Agreement", {"asks": ("ask",), "Russia": ()})
    session = open_session(copy_of(WIRE, tmp_path), [PhraseChecker(), grammar])
    grammar.release.set()
    finish_grammar(session)
    everything = session.flags
    [phrase] = [f for f in session.flags if f.rule == "test.Phrase"]
    session.ignore(phrase)
    after_ignore = session.flags
    session.undo()
    assert session.flags == everything
    session.redo()
    assert session.flags == after_ignore
    assert not any(f.start < phrase.end and f.end > phrase.start for f in session.flags)


def test_undoing_an_added_word_keeps_the_grammar_that_arrived_after_it(tmp_path):
    grammar = HeldGrammar("grammar.Agreement", {"asks": ("ask",), "Russia": ()})
    session = open_session(copy_of(WIRE, tmp_path), [grammar, *sample_checkers()])
    session.store = MemoryStore()
    word = next(f for f in session.flags if session.can_add_word(f))
    session.add_word(word)
    grammar.release.set()
    finish_grammar(session)
    session.undo()
    assert session.flags == session.engine.check(session.document, session.engine.checkers)


def checked_with_decisions(session):
    """What `proof check` finds in the session's text once its decisions are saved."""
    decisions = Decisions(session.config.root)
    decisions.restore(session.source.path, set(session.state.decided))
    engine = Engine(session.engine.checkers, language="en-GB", filters=[decisions.filter])
    return engine.check(session.document)


def edit_around(session, word: str, old: str, new: str) -> None:
    """The editor rewrites `old` as `new` in the paragraph of `word` (its first use)."""
    span = session.paragraph_at(session.text.index(word))
    assert session.edit_paragraph(span, session.text[span[0] : span[1]].replace(old, new))


@pytest.mark.parametrize("ignore", ["ignore", "ignore_everywhere"])
def test_a_grammar_flag_arriving_on_an_ignored_flag_stays_ignored_as_proof_check_would(tmp_path, ignore):
    # A grammar engine's own spelling rule on the name the editor ignored: had it come
    # first, it would have merged into the ignored flag and gone with it.
    grammar = HeldGrammar("grammar.harper.Spelling", {"Shoigu": ("Shoygu",)})
    session = open_session(copy_of(WIRE, tmp_path), [grammar, *sample_checkers()])
    shoigu = next(f for f in session.flags if session.flagged_text(f) == "Shoigu")
    getattr(session, ignore)(shoigu)
    grammar.release.set()
    finish_grammar(session)
    assert not any(f.span == shoigu.span for f in session.flags)
    assert session.flags == checked_with_decisions(session)
    edit_around(session, "Shoigu", "on Monday", "on Tuesday")
    finish_grammar(session)
    assert not any(session.flagged_text(f) == "Shoigu" and f.start < shoigu.end + 10 for f in session.flags)
    assert session.flags == checked_with_decisions(session)


def test_a_grammar_flag_that_is_another_finding_on_an_ignored_text_still_shows(tmp_path):
    # Two rules of one engine on one word are two findings: ignoring one leaves the other.
    first = HeldGrammar("grammar.harper.Day", {"Monday": ("Tuesday",)})
    second = HeldGrammar("grammar.harper.Date", {"Monday": ()})
    session = open_session(copy_of(WIRE, tmp_path), [first, second, *sample_checkers()])
    first.release.set()
    second.release.set()
    finish_grammar(session)
    day = next(f for f in session.flags if f.rule == "grammar.harper.Day")
    session.ignore(day)
    edit_around(session, "Shoigu", "Sergei", "Sergey")
    finish_grammar(session)
    # "Sergey" is as long as "Sergei": the ignored "Monday" is where it was.
    assert [f.rule for f in session.flags if f.span == day.span] == ["grammar.harper.Date"]
    assert session.flags == checked_with_decisions(session)


def test_saving_over_a_read_only_file_refuses_and_keeps_the_edits_unsaved(tmp_path):
    path = copy_of(WIRE, tmp_path)
    before = Path(path).read_bytes()
    os.chmod(path, 0o444)
    session = open_session(path)
    session.apply(session.flags[0], session.flags[0].suggestions[0])
    edited = session.text
    with pytest.raises(ReadOnly, match="read-only"):
        session.save()
    assert Path(path).read_bytes() == before
    assert session.dirty and session.text == edited
    session.save(str(tmp_path / "copy.txt"))
    assert not session.dirty
    assert (tmp_path / "copy.txt").read_text(encoding="utf-8") == edited
