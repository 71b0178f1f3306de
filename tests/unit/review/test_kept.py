"""What a review keeps when the text is saved: the decisions and the words added."""

from dataclasses import replace

import pytest

from proof.core.atomic import WriteError
from proof.core.wordlist import DictionaryError
from proof.readers import document_from_text
from proof.review.decisions import Decision
from proof.review.kept import Kept, NotKept
from proof.review.state import ReviewState
from tests.helpers.review import MemoryStore

OPENED = ReviewState("A rouge state.\n", document_from_text("A rouge state.\n", "a.txt"), ())
ROUGE = Decision("test.Confusable", "rouge", "f1")


class KnowingStore(MemoryStore):
    """A store whose dictionary holds some words already, and cannot take some others in or out."""

    def __init__(self, known=(), refused=(), stuck=()):
        super().__init__()
        self.known = set(known)
        self.refused = set(refused)
        self.stuck = set(stuck)

    def add_word(self, word):
        if word in self.refused:
            raise WriteError(f"<memory>: cannot add {word!r}")
        return None if word in self.known else super().add_word(word)

    def remove_word(self, added):
        if added.word in self.stuck:
            raise DictionaryError(f"<memory>: cannot remove {added.word!r}")
        super().remove_word(added)


def test_the_store_gets_the_decisions_and_words_of_the_state_saved():
    store = MemoryStore()
    kept = Kept(frozenset())
    state = replace(OPENED, decided=frozenset({ROUGE}), added_words=frozenset({"Shoigu"}))
    assert not kept.holds(state)
    kept.keep(store, "a.txt", state)
    assert store.files == {"a.txt": frozenset({ROUGE})} and store.words == ["Shoigu"]
    assert kept.holds(state)


def test_a_word_undone_after_the_save_leaves_the_dictionary_at_the_next_save():
    store = MemoryStore()
    kept = Kept(frozenset())
    kept.keep(store, "a.txt", replace(OPENED, added_words=frozenset({"Shoigu", "Baczynska"})))
    kept.keep(store, "a.txt", replace(OPENED, added_words=frozenset({"Baczynska"})))
    assert store.words == ["Baczynska"]


def test_a_word_the_dictionary_had_already_stays_in_it_when_undone():
    store = KnowingStore(known={"Shoigu"})
    kept = Kept(frozenset())
    kept.keep(store, "a.txt", replace(OPENED, added_words=frozenset({"Shoigu"})))
    kept.keep(store, "a.txt", OPENED)
    assert kept.holds(OPENED) and store.words == []


def test_decisions_the_store_holds_already_are_not_written_again():
    recorded = []

    class Recording(MemoryStore):
        def record(self, path, decided):
            recorded.append(path)
            super().record(path, decided)

    store = Recording()
    store.files["a.txt"] = frozenset({ROUGE})
    kept = Kept(frozenset())
    kept.keep(store, "a.txt", replace(OPENED, decided=frozenset({ROUGE})))
    assert recorded == [] and kept.holds(replace(OPENED, decided=frozenset({ROUGE})))


def test_a_store_that_cannot_take_a_word_says_why_and_what_it_took_counts_as_kept():
    store = KnowingStore(refused={"Shoygu"})
    kept = Kept(frozenset())
    state = replace(OPENED, decided=frozenset({ROUGE}), added_words=frozenset({"Shoigu", "Shoygu"}))
    with pytest.raises(NotKept, match="cannot add 'Shoygu'"):
        kept.keep(store, "a.txt", state)
    assert store.words == ["Shoigu"] and kept.words.keys() == {"Shoigu"} and kept.decided == state.decided
    assert not kept.holds(state)


def test_a_word_the_dictionary_would_not_give_up_is_still_unsaved_and_leaves_at_the_next_save():
    store = KnowingStore(stuck={"Shoigu"})
    kept = Kept(frozenset())
    kept.keep(store, "a.txt", replace(OPENED, added_words=frozenset({"Shoigu"})))
    with pytest.raises(NotKept, match="cannot remove 'Shoigu'"):
        kept.keep(store, "a.txt", OPENED)
    assert store.words == ["Shoigu"] and not kept.holds(OPENED)
    store.stuck.clear()
    kept.keep(store, "a.txt", OPENED)
    assert store.words == [] and kept.holds(OPENED)
