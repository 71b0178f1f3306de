"""A review session: one file, its open flags, and what the editor did to them.

This is the review screen's model and holds no screen code. It ties together the modules
beside it: each action of the editor makes a new frozen `ReviewState` and the one before
goes into the `history`, to undo. An edit goes into the source text at a flag's span
(`proof.core.edits`) and is checked again for the price of the touched paragraph
(`recheck`); the decisions follow their flags through it (`hidden`); an ignore or an added
word dismisses flags (`deciding`); the grammar checkers run in the background, a paragraph
at a time (`background`), and their flags merge into the open ones (`grammar_merge`);
decisions and dictionary words go to the store the session is given (`kept`) when the text
is saved, under the name it is saved as, so quitting without saving keeps none; what the
screen shows and moving between flags are `browsing`'s.
"""

from __future__ import annotations

import os
from dataclasses import replace

from proof.core.document import Paragraph
from proof.core.edits import Edit
from proof.core.flag import Flag
from proof.core.source import SourceFile, read_source, write_source
from proof.pipeline.engine import Engine
from proof.readers import document_from_source
from proof.report.plural import counted
from proof.review.background import BackgroundGrammar, GrammarRun, fast_checkers
from proof.review.browsing import Browsing
from proof.review.changes import changed_spans
from proof.review.conflict import Change, changes_made, reapplied, what_would_be_lost
from proof.review.consistency import variant_rules
from proof.review.deciding import Deciding
from proof.review.decisions import Decision
from proof.review.editing import Editing
from proof.review.explain import Explanation, explain
from proof.review.grammar_merge import back_to, with_grammar
from proof.review.hidden import sort_out
from proof.review.history import History
from proof.review.kept import Kept
from proof.review.overview import FlagFilter
from proof.review.spans import Span, difference
from proof.review.state import ReviewState
from proof.review.store import ProjectStore, ReviewStore
from proof.settings.config import Config


class ReviewSession(Browsing, Editing, Deciding):
    def __init__(self, source: SourceFile, engine: Engine, config: Config, store: ReviewStore) -> None:
        self.source = source
        self.engine = engine
        self.config = config
        self.store = store
        self.filter = FlagFilter()
        self.fast_checkers = fast_checkers(engine)
        self.variant_rules = variant_rules(self.fast_checkers)
        self.background = BackgroundGrammar(engine)
        self.history = History()
        self.state = self._opened(store.decided(source.path), frozenset())
        self.kept = Kept(self.state.decided)

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
        self.history.clear()
        return ReviewState(
            self.source.text,
            document,
            tuple(flags),
            self._nearest(flags, 0),
            decided=decided,
            hidden=tuple(hidden),
            local=tuple(map(tuple, checked.local)),
            added_words=added_words,
        )

    # -- what the screen shows, besides `Browsing` ------------------------------------------

    grammar_pending = property(lambda self: self.background.pending)
    can_undo = property(lambda self: self.history.can_undo)
    can_redo = property(lambda self: self.history.can_redo)

    @property
    def dirty(self) -> bool:
        """Whether saving would keep something: edits, decisions or words added."""
        return self.state.text != self.source.text or not self.kept.holds(self.state)

    @property
    def changed(self) -> tuple[Span, ...]:
        """The spans of the text that differ from the file as read or last saved."""
        return changed_spans(self.source.text, self.text) if self.dirty else ()

    def explanation(self, flag: Flag) -> Explanation:
        return explain(flag, self.engine.checkers)

    # -- actions (`Editing`, `Deciding`): each makes a new state, the old one goes into the history

    def _act(self, label: str, state: ReviewState) -> None:
        self.history.did(label, self.state)
        self.state = state

    def undo(self) -> str:
        """Undo the last action of any kind; returns what was undone."""
        step = self.history.undo(self.state)
        self._go_back_to(step.before)
        return step.label

    def redo(self) -> str:
        """Do again the last action undone; returns what was redone."""
        step = self.history.redo(self.state)
        self._go_back_to(step.before)
        return step.label

    def _go_back_to(self, state: ReviewState) -> None:
        """Make `state` the current one again, with the grammar found since where it holds
        (`grammar_merge.back_to`); the paragraphs whose text it changes are checked again."""
        state, changed = back_to(self.state, state)
        if changed is not None:
            self._grammar_again(changed.edit, changed.region, changed.touched)
        self.state = self._still_current(state)

    # -- grammar in the background --------------------------------------------------------

    def _grammar_again(self, edit: Edit, region: Span, touched: tuple[Span, ...]) -> None:
        """The text changed by `edit`: the grammar checks the `touched` paragraphs again."""
        self.background.edited(edit)
        self.background.recheck(region, touched)

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
        self.state = self._still_current(with_grammar(self.state, *brought))
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
        self.history.saved()
        self.kept.keep(self.store, self.source.path, self.state)

    def reload(self) -> list[Change]:
        """Read the file again from disk, dropping unsaved edits and the undo history (the
        edits that no longer apply: none, none were re-applied). The ignores and added words
        stay, and so does their count."""
        self.source = read_source(self.source.path, self.config.settings.max_file_size)
        self.state = replace(self._opened(self.state.decided, self.added_words), ignored=self.ignored)
        return []

    def reload_reapplying(self) -> list[Change]:
        """Read the file again from disk and make this session's edits on its new text where
        they still apply, as one step to undo; the edits that no longer apply."""
        changes = changes_made(self.history.since_saved(self.source.text, self.text))
        self.reload()
        text, missed = reapplied(self.text, changes)
        if text != self.text:
            applied = len(changes) - len(missed)
            self._edit(f"re-apply {counted(applied, 'edit')}", difference(self.text, text), applied)
        return missed

    def what_would_be_lost(self) -> str:
        """What saving over the file would lose of the changes made on disk since it was read."""
        on_disk = read_source(self.source.path, self.config.settings.max_file_size)
        return what_would_be_lost(self.source.text, on_disk.text)

    def summary(self) -> str:
        counts = self.counts
        unsaved = "; changes not saved" if self.dirty else ""
        return f"{self.source.path}: {counts.fixed} fixed, {counts.ignored} ignored, {counts.open} remaining{unsaved}"
