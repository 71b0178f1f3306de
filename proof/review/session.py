"""A review session: one file, its open flags, and what the editor did to them.

This is the review screen's model and holds no screen code. It ties together the modules
beside it: each action of the editor makes a new frozen `ReviewState` and pushes the one
before on the undo stack. An edit goes into the source text at a flag's span
(`proof.core.edits`) and is checked again for the price of the touched paragraph
(`recheck`); the decisions follow their flags through it (`hidden`); the grammar checkers
run in the background, a paragraph at a time (`background`); decisions and dictionary
words go to the store the session is given (`store`) when the text is saved, under the
name it is saved as, so quitting without saving keeps none; `navigation` moves between flags.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from proof.core.atomic import WriteError
from proof.core.document import Paragraph
from proof.core.edits import Edit, fix
from proof.core.flag import Flag, Source
from proof.core.source import SourceFile, read_source, write_source
from proof.core.wordlist import Added, DictionaryError
from proof.pipeline.engine import Engine
from proof.readers import document_from_source
from proof.report.plural import counted
from proof.review import navigation
from proof.review.background import (
    BackgroundGrammar,
    GrammarRun,
    fast_checkers,
    with_grammar,
    without_merged,
)
from proof.review.bulk import all_fixed, combined, fixable_alike, ignorable_alike
from proof.review.changes import changed_spans
from proof.review.conflict import Change, changes_made, reapplied, what_would_be_lost
from proof.review.consistency import VariantSet, consistent_edits, every_majority, variant_rules, variant_sets
from proof.review.decisions import Decision, decision_for
from proof.review.explain import Explanation, explain
from proof.review.hidden import sort_out
from proof.review.navigation import nearest, next_filter, successor
from proof.review.overview import FlagFilter, Overview, next_severity, overview
from proof.review.paragraph_edit import paragraph_at, paragraph_edit
from proof.review.recheck import after_edit, carried
from proof.review.spans import Span, difference, moved, paragraph_span, region_of, touched_paragraphs
from proof.review.state import ReviewState, Step
from proof.review.store import ProjectStore, ReviewStore
from proof.review.words import addable_word
from proof.settings.config import Config


class NotKept(Exception):
    """The text was saved but the decisions or dictionary words were not; the message says why."""


@dataclass(frozen=True)
class Counts:
    open: int
    fixed: int
    ignored: int


class ReviewSession:
    def __init__(self, source: SourceFile, engine: Engine, config: Config, store: ReviewStore) -> None:
        self.source = source
        self.engine = engine
        self.config = config
        self.store = store
        self.filter = FlagFilter()
        self.fast_checkers = fast_checkers(engine)
        self.variant_rules = variant_rules(self.fast_checkers)
        self.background = BackgroundGrammar(engine)
        self._undo: list[Step] = []
        # Steps undone, most recent last, until the next action.
        self._redo: list[Step] = []
        self.state = self._opened(store.decided(source.path), frozenset())
        # What the store holds of this session's work: the decisions, the words written.
        self._kept_decided = self.state.decided
        self._kept_words: dict[str, Added | None] = {}
        # How many steps of the undo stack the text as last read or saved holds.
        self._saved_depth = 0

    @classmethod
    def open(cls, path: str, engine: Engine, config: Config, store: ReviewStore | None = None) -> ReviewSession:
        """A session on the file at `path`; its decisions and words go to `store`, the
        project's own files unless given."""
        source = read_source(path, config.settings.max_file_size)
        return cls(source, engine, config, ProjectStore(config) if store is None else store)

    def _opened(self, decided: frozenset[Decision], added_words: frozenset[str]) -> ReviewState:
        """The file as read, checked whole: its grammar all to check, nothing to undo."""
        document = document_from_source(self.source)
        checked = self.engine.check_parts(document, self.fast_checkers)
        flags, hidden = sort_out(decided, added_words, document, checked.flags)
        self.background.start(document)
        self._undo.clear()
        self._redo.clear()
        self._saved_depth = 0
        return ReviewState(
            self.source.text,
            document,
            tuple(flags),
            nearest(self._visible(flags), 0),
            decided=decided,
            hidden=tuple(hidden),
            local=tuple(map(tuple, checked.local)),
            added_words=added_words,
        )

    # -- what the screen shows ------------------------------------------------------------

    # Read-only views of the state.
    text = property(lambda self: self.state.text)
    document = property(lambda self: self.state.document)
    current = property(lambda self: self.state.current)
    fixed = property(lambda self: self.state.fixed)
    ignored = property(lambda self: self.state.ignored)
    added_words = property(lambda self: self.state.added_words)
    flags = property(lambda self: list(self.state.flags))
    hidden = property(lambda self: list(self.state.hidden))
    grammar_pending = property(lambda self: self.background.pending)

    @property
    def source_filter(self) -> str | None:
        return self.filter.source

    def _visible(self, flags) -> list[Flag]:
        return [f for f in flags if self.filter.shows(f)]

    @property
    def visible(self) -> list[Flag]:
        return self._visible(self.state.flags)

    @property
    def nothing_shown(self) -> str:
        """What to say where no flag is shown: none open, or none the filter lets through."""
        if not self.state.flags or self.source_filter is None:
            return "No open flags."
        return f"No {self.source_filter} flags; {len(self.state.flags)} open in all (f shows the others)."

    @property
    def counts(self) -> Counts:
        return Counts(len(self.state.flags), self.fixed, self.ignored)

    @property
    def overview(self) -> Overview:
        """Counts of every open flag, whatever the filter shows."""
        return overview(self.state.flags)

    @property
    def position(self) -> str:
        """The current flag's place among those shown, "3/21"."""
        return navigation.position(self.visible, self.current)

    @property
    def variant_sets(self) -> list[VariantSet]:
        """Every word the article writes two ways (`consistency`)."""
        return variant_sets(self.document, self.state.flags, self.variant_rules)

    @property
    def dirty(self) -> bool:
        """Whether saving would keep something: edits, decisions or words added."""
        state = self.state
        return (
            state.text != self.source.text
            or state.decided != self._kept_decided
            or (state.added_words != self._kept_words.keys())
        )

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def changed(self) -> tuple[Span, ...]:
        """The spans of the text that differ from the file as read or last saved."""
        return changed_spans(self.source.text, self.text) if self.dirty else ()

    def fixable_alike(self, flag: Flag) -> list[Flag]:
        return fixable_alike(self.state.flags, self.text, flag)

    def ignorable_alike(self, flag: Flag) -> list[Flag]:
        return ignorable_alike(self.state.flags, self.text, flag)

    def paragraph_at(self, offset: int) -> Span | None:
        """The source span of the paragraph at `offset` (the next one when it is between two)."""
        return paragraph_at(self.document, offset)

    def flagged_text(self, flag: Flag) -> str:
        return self.text[flag.start : flag.end]

    def can_add_word(self, flag: Flag) -> bool:
        return addable_word(flag, self.flagged_text(flag))

    def line_of(self, flag: Flag) -> int:
        return self.document.position(flag.start)[0]

    def explanation(self, flag: Flag) -> Explanation:
        return explain(flag, self.engine.checkers)

    # -- moving ---------------------------------------------------------------------------

    def select(self, flag: Flag | None) -> None:
        self.state = replace(self.state, current=flag)

    def cycle_filter(self, sources: tuple[str, ...]) -> str | None:
        self._filter(replace(self.filter, source=next_filter(self.filter.source, sources)))
        return self.filter.source

    def go_round(self, direction: int) -> bool:
        """Step to the next (or previous) flag shown, going round at the ends; True when it went round."""
        flag, went_round = navigation.around(self.visible, self.current, direction)
        self.select(flag)
        return went_round

    def same_rule(self, direction: int) -> bool:
        """Step to the next (or previous) flag of the current one's rule; True when it went round."""
        flag, went_round = navigation.same_rule(self.visible, self.current, direction)
        self.select(flag)
        return went_round

    def cycle_severity(self) -> str | None:
        """Show only the next severity (all, then the open ones from error down)."""
        shown = next_severity(self.filter.severity, [s for s, _ in self.overview.severities])
        self._filter(self.filter.with_severity(shown))
        return shown

    def only_rule(self, rule: str | None) -> None:
        """Show only the flags of `rule` (None: of every rule)."""
        self._filter(self.filter.with_rule(rule))

    def show_only(self, shown: FlagFilter) -> None:
        self._filter(shown)

    def _filter(self, shown: FlagFilter) -> None:
        self.filter = shown
        self.select(nearest(self.visible, self.current.start if self.current else 0))

    # -- actions: each makes a new state, the old one goes on the undo stack --------------

    def _act(self, label: str, state: ReviewState) -> None:
        self._undo.append(Step(label, self.state))
        self._redo.clear()
        self.state = state

    def apply(self, flag: Flag, replacement: str) -> None:
        """Replace the flag's text (a suggestion or the editor's own words)."""
        self._edit(f"fix {self.flagged_text(flag)!r}", fix(self.text, flag.start, flag.end, replacement), 1)

    def fix_all(self, flag: Flag) -> int:
        """Apply its first suggestion to every flag alike to `flag` (`bulk`), as one step;
        returns how many were fixed."""
        alike = self.fixable_alike(flag)
        if alike:
            label = f"fix all {len(alike)} of {flag.rule} like {self.flagged_text(flag)!r}"
            self._edit(label, all_fixed(self.text, alike), len(alike))
        return len(alike)

    def edit_paragraph(self, span: Span, edited: str) -> bool:
        """Put the editor's text (newlines as a text area gives them) in place of the
        paragraph at `span`; False when nothing changed. The flags whose text changed count
        as fixed."""
        edit = paragraph_edit(self.text, span, edited, self.source.newline)
        if edit is None:
            return False
        fixed = sum(moved(f, edit) is None for f in self.state.flags)
        line = self.document.position(span[0])[0]
        self._edit(f"edit of the paragraph at line {line}", edit, fixed)
        return True

    def _edit(self, label: str, edit: Edit, fixed: int) -> None:
        state, checked = after_edit(self.state, edit, self.source.path, self.engine, self.fast_checkers)
        after = nearest(self._visible(state.flags), edit.start + len(edit.replacement))
        self._act(label, replace(state, fixed=state.fixed + fixed, current=after))
        self.background.edited(edit)
        self.background.recheck(checked.region, checked.touched)

    def make_consistent(self, variants: VariantSet, chosen: int = 0) -> int:
        """Write every use of a variant set as its form number `chosen` (0: the majority),
        as one step; returns how many words changed. Its open flags count as fixed, not the
        unflagged uses another form rewrites."""
        edits = consistent_edits(self.text, variants, chosen)
        if edits:
            form = variants.forms[chosen].text
            label = f"write {form!r} for every {variants.rule} variant"
            self._edit(label, combined(self.text, edits), len(variants.flags))
        return len(edits)

    def make_all_consistent(self) -> int:
        """Write every variant set in its majority form, as one step; returns how many words changed."""
        edits = every_majority(self.text, self.variant_sets)
        if edits:
            self._edit(f"write {len(edits)} variants in the majority form", combined(self.text, edits), len(edits))
        return len(edits)

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
        """Record the decisions and dismiss every open flag they cover (the same flag
        twice in one sentence, every flag of an ignored rule)."""
        state = self.state
        decided = state.decided | set(decisions)
        covered = [(f, decision_for(decided, state.document, f)) for f in state.flags]
        dismissed = [(f, d) for f, d in covered if d is not None and d in decisions]
        hidden = state.hidden + tuple(dismissed)
        state = replace(state, decided=decided, hidden=hidden)
        self._act(label, self._dismissed(state, [f for f, _ in dismissed]))

    def add_word(self, flag: Flag) -> None:
        """Add the flagged word to the project dictionary when the text is saved; the
        store's `DictionaryError` when no dictionary may take it."""
        word = self.flagged_text(flag)
        # Only for its DictionaryError: the editor learns now, not at save, that no
        # dictionary may take the word.
        self.store.dictionary()
        state = replace(self.state, added_words=self.state.added_words | {word})
        dismissed = [f for f in state.flags if f.source == Source.SPELLING and self.flagged_text(f) == word]
        self._act(f"add {word!r} to the dictionary", self._dismissed(state, dismissed))

    def _dismissed(self, state: ReviewState, dismissed: list[Flag]) -> ReviewState:
        flags = [f for f in state.flags if f not in dismissed]
        return replace(
            state,
            flags=tuple(flags),
            grammar=without_merged(state.grammar, dismissed),
            ignored=state.ignored + len(dismissed),
            current=nearest(self._visible(flags), state.current.start if state.current else 0),
        )

    def undo(self) -> str:
        """Undo the last action of any kind; returns what was undone."""
        step = self._undo.pop()
        self._redo.append(Step(step.label, self.state))
        self._go_back_to(step.before)
        self._saved_depth = min(self._saved_depth, len(self._undo))
        return step.label

    def redo(self) -> str:
        """Do again the last action undone; returns what was redone."""
        # A redo step holds the state the undone action had made (its `before` is the
        # state before the undo).
        step = self._redo.pop()
        self._undo.append(Step(step.label, self.state))
        self._go_back_to(step.before)
        return step.label

    def _go_back_to(self, state: ReviewState) -> None:
        """Make `state` the current one again, the grammar following: the grammar found
        since holds for it where the text is the same, the paragraphs whose text it changes
        are checked again (decisions and words are in the state: the store gets them when
        the text is saved)."""
        now = self.state
        if now.text != state.text:
            # A step of the text alone: outside the paragraphs it changes, the grammar found
            # since (which `state` may lack) holds for `state` too.
            edit = difference(now.text, state.text)
            touched = tuple(paragraph_span(state.document, p) for p in touched_paragraphs(state.document, edit))
            region = region_of(touched, edit)
            state = with_grammar(state, (0, len(state.text)), carried(now.grammar, edit, region))
            self.background.edited(edit)
            self.background.recheck(region, touched)
        else:
            # A step of decisions alone: every grammar flag found for this text holds for
            # `state` too, but those merged into a flag `state` dismisses and `now` did not.
            grammar = list(dict.fromkeys(now.grammar + state.grammar))
            left, _ = sort_out(state.decided, state.added_words, state.document, now.flags)
            dismissed = [f for f in now.flags if f.source != Source.GRAMMAR and f not in left]
            state = with_grammar(state, (0, len(state.text)), list(without_merged(tuple(grammar), dismissed)))
        if state.current not in state.flags:
            state = replace(state, current=successor(self._visible(state.flags), state.current))
        self.state = state

    # -- grammar in the background --------------------------------------------------------

    def grammar_run(self) -> GrammarRun | None:
        """The paragraphs of the current text whose grammar is still to be checked."""
        return self.background.run(self.document)

    def add_grammar(self, run: GrammarRun, paragraph: Paragraph, flags: list[Flag]) -> bool:
        """Take a paragraph's grammar flags, moved through the edits made since the run began.

        Returns False (and drops them) when an edit since then touched the paragraph: its
        re-check is already pending.
        """
        brought = self.background.bring_forward(run, paragraph, flags)
        if brought is None:
            return False
        state = with_grammar(self.state, *brought)
        if state.current not in state.flags:
            state = replace(state, current=successor(self._visible(state.flags), state.current))
        self.state = state
        return True

    # -- files ----------------------------------------------------------------------------

    def save(self, path: str | None = None, replace: bool = False) -> None:
        """Write the text atomically (`write_source`): unless `replace`, `ChangedOnDisk` when
        the file changed since it was read, `WouldReplace` when save as names a file that exists.
        A text saved in place unchanged is not written again (only decisions or words changed).
        Then the decisions and words of this session go to the store, under the name saved as;
        `NotKept` when they cannot (the text is saved by then)."""
        in_place = path is None or os.path.abspath(path) == os.path.abspath(self.source.path)
        if not in_place or self.text != self.source.text:
            self.source = write_source(self.source, self.text, path, replace)
        self._saved_depth = len(self._undo)
        try:
            self._keep()
        except (WriteError, DictionaryError, OSError, ValueError) as exc:
            raise NotKept(str(exc)) from exc

    def _keep(self) -> None:
        decided = self.state.decided
        if decided != self.store.decided(self.source.path):
            self.store.record(self.source.path, decided)
        self._kept_decided = decided
        words = self.state.added_words
        for word in sorted(words - self._kept_words.keys()):
            self._kept_words[word] = self.store.add_word(word)
        # Undone after the last save: out of the dictionary again.
        for word in sorted(self._kept_words.keys() - words):
            added = self._kept_words.pop(word)
            if added is not None:
                self.store.remove_word(added)

    def reload(self) -> list[Change]:
        """Read the file again from disk, dropping unsaved edits and the undo history (the
        edits that no longer apply: none, none were re-applied)."""
        self.source = read_source(self.source.path, self.config.settings.max_file_size)
        self.state = self._opened(self.state.decided, self.added_words)
        return []

    def reload_reapplying(self) -> list[Change]:
        """Read the file again from disk and make this session's edits on its new text where
        they still apply, as one step to undo; the edits that no longer apply."""
        changes = changes_made(self._history_since_saved())
        self.reload()
        text, missed = reapplied(self.text, changes)
        if text != self.text:
            applied = len(changes) - len(missed)
            self._edit(f"re-apply {counted(applied, 'edit')}", difference(self.text, text), applied)
        return missed

    def _history_since_saved(self) -> list[tuple[str, str]]:
        """(label, text) of each step since the text was last read or saved, that text first;
        undoing past the save is a step of its own."""
        later = self._undo[self._saved_depth :]
        texts = [step.before.text for step in later] + [self.text]
        return [("", self.source.text), ("undo of saved edits", texts[0])] + [
            (step.label, text) for step, text in zip(later, texts[1:], strict=True)
        ]

    def what_would_be_lost(self) -> str:
        """What saving over the file would lose of the changes made on disk since it was read."""
        on_disk = read_source(self.source.path, self.config.settings.max_file_size)
        return what_would_be_lost(self.source.text, on_disk.text)

    def summary(self) -> str:
        counts = self.counts
        unsaved = "; changes not saved" if self.dirty else ""
        return f"{self.source.path}: {counts.fixed} fixed, {counts.ignored} ignored, {counts.open} remaining{unsaved}"
