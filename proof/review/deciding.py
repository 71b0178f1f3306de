"""The editor's decisions about flags and the words they add to the dictionary.

`Deciding` is mixed into `ReviewSession`: each ignore or added word is one step to undo,
made by the pure functions below. An ignore records a decision (`proof.review.decisions`)
and dismisses every open flag it covers; an added word dismisses the spelling flags on that
word. Either counts the flags as ignored and takes along the grammar merged into them. Both
stay in the state (and go with undo) until the text is saved (`proof.review.kept`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from proof.core.document import Document
from proof.core.flag import Flag, Source
from proof.review.bulk import ignorable_alike
from proof.review.decisions import Decision, decision_for
from proof.review.grammar_merge import without_merged
from proof.review.navigation import nearest
from proof.review.overview import FlagFilter
from proof.review.state import ReviewState
from proof.review.store import ReviewStore
from proof.review.words import addable_word


def decided(state: ReviewState, decisions: Collection[Decision], shown: FlagFilter) -> ReviewState:
    """`state` with `decisions` recorded and every open flag they cover dismissed (the same
    flag twice in one sentence, every flag of an ignored rule); the current flag the one
    `shown` shows next."""
    everything = state.decided | set(decisions)
    covered = [(f, decision_for(everything, state.document, f)) for f in state.flags]
    dismissed = [(f, d) for f, d in covered if d is not None and d in decisions]
    state = replace(state, decided=everything, hidden=state.hidden + tuple(dismissed))
    return _dismissed(state, [f for f, _ in dismissed], shown)


def with_word(state: ReviewState, word: str, shown: FlagFilter) -> ReviewState:
    """`state` with `word` added to the dictionary and its spelling flags dismissed."""
    state = replace(state, added_words=state.added_words | {word})
    dismissed = [f for f in state.flags if f.source == Source.SPELLING and state.text[f.start : f.end] == word]
    return _dismissed(state, dismissed, shown)


def _dismissed(state: ReviewState, dismissed: list[Flag], shown: FlagFilter) -> ReviewState:
    flags = [f for f in state.flags if f not in dismissed]
    return replace(
        state,
        flags=tuple(flags),
        grammar=without_merged(state.grammar, dismissed),
        ignored=state.ignored + len(dismissed),
        current=nearest(shown.shown(flags), state.current.start if state.current else 0),
    )


class Deciding:
    # What it uses of the session it is mixed into.
    store: ReviewStore
    state: ReviewState
    filter: FlagFilter
    text: str
    document: Document
    _act: Callable[[str, ReviewState], None]
    flagged_text: Callable[[Flag], str]

    def ignorable_alike(self, flag: Flag) -> list[Flag]:
        return ignorable_alike(self.state.flags, self.text, flag)

    def can_add_word(self, flag: Flag) -> bool:
        return addable_word(flag, self.flagged_text(flag))

    def ignore(self, flag: Flag) -> None:
        self._decide(f"ignore {self.flagged_text(flag)!r}", Decision.for_flag(self.document, flag))

    def ignore_everywhere(self, flag: Flag) -> None:
        """Ignore the flag's rule on its text everywhere in the file (a name spelled so)."""
        text = self.flagged_text(flag)
        self._decide(f"ignore {text!r} everywhere", Decision(flag.rule, text))

    def ignore_rule(self, flag: Flag) -> None:
        self._decide(f"ignore rule {flag.rule}", Decision(flag.rule))

    def ignore_all(self, flag: Flag) -> int:
        """Ignore every flag of the rule on the same text, each in its own sentence, as one
        step; returns how many flags that dismissed."""
        alike = self.ignorable_alike(flag)
        before = len(self.state.flags)
        decisions = {Decision.for_flag(self.document, f) for f in alike}
        self._decide(f"ignore all {len(alike)} {self.flagged_text(flag)!r} of {flag.rule}", *decisions)
        return before - len(self.state.flags)

    def _decide(self, label: str, *decisions: Decision) -> None:
        self._act(label, decided(self.state, decisions, self.filter))

    def add_word(self, flag: Flag) -> None:
        """Add the flagged word to the project dictionary when the text is saved; the
        store's `DictionaryError` when no dictionary may take it."""
        word = self.flagged_text(flag)
        # Only for its DictionaryError: the editor learns now, not at save, that no
        # dictionary may take the word.
        self.store.dictionary()
        self._act(f"add {word!r} to the dictionary", with_word(self.state, word, self.filter))
