"""The edit history: undo and redo of whole states, and the steps since the save."""

from proof.readers import document_from_text
from proof.review.history import History
from proof.review.state import ReviewState


def state(text: str) -> ReviewState:
    return ReviewState(text, document_from_text(text, "a.txt"), ())


A, B, C = state("a"), state("ab"), state("abc")


def test_undo_gives_the_state_before_and_redo_the_state_undone():
    history = History()
    history.did("add b", A)
    history.did("add c", B)
    step = history.undo(C)
    assert (step.label, step.before) == ("add c", B)
    redone = history.redo(B)
    assert (redone.label, redone.before) == ("add c", C)
    assert history.can_undo and not history.can_redo


def test_a_new_action_drops_what_was_undone():
    history = History()
    history.did("add b", A)
    history.undo(B)
    assert history.can_redo
    history.did("add c", A)
    assert not history.can_redo


def test_the_steps_since_the_save_start_at_the_saved_text():
    history = History()
    history.did("add b", A)
    history.saved()
    history.did("add c", B)
    assert history.since_saved("ab", "abc") == [("", "ab"), ("undo of saved edits", "ab"), ("add c", "abc")]


def test_undoing_past_the_save_is_a_step_since_the_save():
    history = History()
    history.did("add b", A)
    history.saved()
    history.undo(B)
    assert history.since_saved("ab", "a") == [("", "ab"), ("undo of saved edits", "a")]


def test_clearing_forgets_every_step():
    history = History()
    history.did("add b", A)
    history.undo(B)
    history.clear()
    assert not history.can_undo and not history.can_redo
    assert history.since_saved("a", "a") == [("", "a"), ("undo of saved edits", "a")]
