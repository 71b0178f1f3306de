"""What a review keeps when the text is saved: its decisions and the words it added to the dictionary.

Ignores and added words live in the review's state until the text is saved; then they go
to the store the session is given, under the name the text is saved as, and a word undone
after the save comes out of the dictionary again. Quitting without saving keeps none.
"""

from __future__ import annotations

from proof.core.atomic import WriteError
from proof.core.wordlist import Added, DictionaryError
from proof.review.decisions import Decision
from proof.review.state import ReviewState
from proof.review.store import ReviewStore


class NotKept(Exception):
    """The text was saved but the decisions or dictionary words were not; the message says why."""


class Kept:
    """What the store holds of a review's work: its decisions, and each word it added with
    what takes it out again (None: the dictionary had it already)."""

    def __init__(self, decided: frozenset[Decision]) -> None:
        self.decided = decided
        self.words: dict[str, Added | None] = {}

    def holds(self, state: ReviewState) -> bool:
        """Whether the store holds the decisions and words of `state`."""
        return state.decided == self.decided and state.added_words == self.words.keys()

    def keep(self, store: ReviewStore, path: str, state: ReviewState) -> None:
        """Make the store hold the decisions and words of `state` for the file at `path`;
        `NotKept` when it cannot (what was written by then counts as kept)."""
        try:
            self._keep(store, path, state)
        except (WriteError, DictionaryError, OSError, ValueError) as exc:
            raise NotKept(str(exc)) from exc

    def _keep(self, store: ReviewStore, path: str, state: ReviewState) -> None:
        if state.decided != store.decided(path):
            store.record(path, state.decided)
        self.decided = state.decided
        for word in sorted(state.added_words - self.words.keys()):
            self.words[word] = store.add_word(word)
        # Undone after the last save: out of the dictionary again.
        for word in sorted(self.words.keys() - state.added_words):
            added = self.words[word]
            if added is not None:
                store.remove_word(added)
            # Only once it is out: a word the dictionary kept must leave the review unsaved.
            del self.words[word]
