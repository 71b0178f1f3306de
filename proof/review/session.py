"""A review session: one file, its open flags, and what the editor did to them.

This is the review screen's model and holds no screen code. It edits the source text at
a flag's span (`proof.core.edits`), re-checks after an edit (the paragraph-local checks on the
touched paragraph only, moving their other flags; the document-level ones on the whole
text: `Engine.recheck`), records decisions and dictionary words, undoes any action, and saves.
Checking is the engine's: the fast checkers run at once, the grammar checkers (source
"grammar") a paragraph at a time through `grammar_run` / `add_grammar`, off the UI thread.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from proof.settings.config import Config
from proof.review.decisions import Decision, Decisions
from proof.core.document import Document, Paragraph
from proof.core.edits import Edit, apply_edits, shift
from proof.pipeline.engine import Engine
from proof.review.explain import Explanation, explain
from proof.core.flag import Flag
from proof.pipeline.merge import merge_flags
from proof.readers import document_from_source, document_from_text
from proof.core.source import SourceFile, read_source, write_source
from proof.core.wordlist import add_word, dictionary_path, undo_add

GRAMMAR = "grammar"
Span = tuple[int, int]
# A flag a decision hides, with that decision.
Hidden = tuple[Flag, Decision]


def paragraph_span(document: Document, paragraph: Paragraph) -> Span:
    return document.to_source(paragraph.start, paragraph.end)


def _overlaps(a: Span, b: Span) -> bool:
    """Spans that share a character, or touch when one of them is empty or they meet."""
    return a[0] <= b[1] and b[0] <= a[1]


def _merged_into(grammar: Flag, shown: Flag) -> bool:
    """Whether a grammar flag is the same span as a shown flag, or was merged into it."""
    return grammar.span == shown.span or (grammar.rule in shown.extra.get("merged", ())
                                          and _overlaps(grammar.span, shown.span))


def _moved(flag: Flag, edit: Edit) -> Flag | None:
    """The flag after `edit`, or None when the edit changed its text."""
    if flag.start < edit.end and edit.start < flag.end or (edit.start == edit.end and flag.start < edit.start < flag.end):
        return None
    return flag.moved(shift(flag.start, edit), shift(flag.end, edit))


def word_of(text: str) -> bool:
    """Whether a flagged text is one word that a dictionary can hold."""
    return bool(text) and not any(c.isspace() for c in text) and any(c.isalpha() for c in text)


@dataclass(frozen=True)
class GrammarRun:
    """What a background grammar run checks: paragraphs of one version of the document."""

    version: int
    document: Document
    paragraphs: tuple[Paragraph, ...]


@dataclass
class _Step:
    """What undo restores, and how to revert a side effect outside the text."""

    label: str
    text: str
    document: Document
    flags: list[Flag]
    fixed: int
    ignored: int
    current: Flag | None
    decided: frozenset[Decision]
    hidden: list[Hidden]
    local: tuple[list[Flag], ...]
    grammar: list[Flag]
    revert: Callable[[], None] | None = None


@dataclass
class Counts:
    open: int
    fixed: int
    ignored: int


@dataclass
class ReviewSession:
    source: SourceFile
    engine: Engine
    config: Config
    decisions: Decisions
    text: str = ""
    document: Document | None = None
    flags: list[Flag] = field(default_factory=list)
    fixed: int = 0
    ignored: int = 0
    current: Flag | None = None
    source_filter: str | None = None
    version: int = 0
    added_words: set[str] = field(default_factory=set)
    # (version the edit produced, edit), to move grammar results computed on older text.
    _edits: list[tuple[int, Edit]] = field(default_factory=list)
    _history: list[_Step] = field(default_factory=list)
    # Source spans of paragraphs whose grammar is not checked yet, in current coordinates.
    grammar_pending: list[Span] = field(default_factory=list)
    # Held while a grammar engine works, so that closing the engines waits for it.
    grammar_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # The flags this file's decisions hide, moved along with the text like the open ones,
    # so that a decision can follow its flag when the editor rewrites the sentence.
    hidden: list[Hidden] = field(default_factory=list)
    # Each fast checker's paragraph-local flags, moved along with the text, so that after
    # an edit only the touched paragraph runs those checks again (`Engine.recheck`).
    _local: tuple[list[Flag], ...] = ()
    # The grammar flags taken so far (before merging with the others), moved along too.
    _grammar: list[Flag] = field(default_factory=list)

    @classmethod
    def open(cls, path: str, engine: Engine, config: Config) -> "ReviewSession":
        session = cls(read_source(path, config.settings.max_file_size), engine, config, Decisions.load(config.root))
        session._start()
        return session

    def _start(self) -> None:
        self.text = self.source.text
        self.document = document_from_source(self.source)
        self.hidden = []
        self._grammar = []
        checked = self.engine.check_parts(self.document, self.fast_checkers)
        self._local = checked.local
        self.flags = self._keep(self.document, checked.flags)
        self.grammar_pending = [paragraph_span(self.document, p) for p in self.document.paragraphs] \
            if self.grammar_checkers else []
        self.current = self.visible[0] if self.visible else None
        self._history.clear()
        self.version += 1

    # -- what the screen shows ------------------------------------------------------------

    @property
    def fast_checkers(self) -> list:
        return [c for c in self.engine.checkers if c.source != GRAMMAR]

    @property
    def grammar_checkers(self) -> list:
        return [c for c in self.engine.checkers if c.source == GRAMMAR]

    @property
    def visible(self) -> list[Flag]:
        return [f for f in self.flags if self.source_filter in (None, f.source)]

    @property
    def counts(self) -> Counts:
        return Counts(len(self.flags), self.fixed, self.ignored)

    @property
    def dirty(self) -> bool:
        return self.text != self.source.text

    @property
    def can_undo(self) -> bool:
        return bool(self._history)

    @property
    def undo_label(self) -> str:
        return self._history[-1].label if self._history else ""

    def flagged_text(self, flag: Flag) -> str:
        return self.text[flag.start:flag.end]

    def can_add_word(self, flag: Flag) -> bool:
        return flag.source == "spelling" and word_of(self.flagged_text(flag))

    def line_of(self, flag: Flag) -> int:
        return self.document.position(flag.start)[0]

    def explanation(self, flag: Flag) -> Explanation:
        return explain(flag, self.engine.checkers)

    @property
    def grammar_engines(self) -> list[str]:
        """The grammar engines that did the work so far (the fallback, when the first failed)."""
        return [name for checker in self.grammar_checkers for name in checker.engines()]

    @property
    def grammar_problems(self) -> list[str]:
        return [problem for checker in self.grammar_checkers for problem in checker.problems()]

    # -- moving ---------------------------------------------------------------------------

    def select(self, flag: Flag | None) -> None:
        self.current = flag

    def step(self, direction: int) -> Flag | None:
        visible = self.visible
        if not visible:
            self.current = None
            return None
        if self.current not in visible:
            self.current = self._nearest(self.current.start if self.current else 0)
        else:
            index = visible.index(self.current) + direction
            self.current = visible[max(0, min(index, len(visible) - 1))]
        return self.current

    def cycle_filter(self, sources: tuple[str, ...]) -> str | None:
        order = (None, *sources)
        self.source_filter = order[(order.index(self.source_filter) + 1) % len(order)] \
            if self.source_filter in order else None
        self.current = self._nearest(self.current.start if self.current else 0)
        return self.source_filter

    def _nearest(self, offset: int) -> Flag | None:
        """The first visible flag at or after `offset`, else the last one before it."""
        visible = self.visible
        after = [f for f in visible if f.start >= offset]
        return after[0] if after else (visible[-1] if visible else None)

    # -- actions --------------------------------------------------------------------------

    def _remember(self, label: str, revert: Callable[[], None] | None = None) -> None:
        self._history.append(_Step(label, self.text, self.document, list(self.flags), self.fixed,
                                   self.ignored, self.current, frozenset(self.decisions.of(self.source.path)),
                                   list(self.hidden), self._local, list(self._grammar), revert))

    def apply(self, flag: Flag, replacement: str) -> None:
        """Replace the flag's text (a suggestion or the editor's own words)."""
        self._remember(f"fix {self.flagged_text(flag)!r}")
        edit = Edit(flag.start, flag.end, replacement)
        self._edit(edit)
        self.fixed += 1
        self.current = self._nearest(edit.start + len(replacement))

    def ignore(self, flag: Flag) -> None:
        self._decide(f"ignore {self.flagged_text(flag)!r}", Decision.for_flag(self.document, flag))

    def ignore_rule(self, flag: Flag) -> None:
        self._decide(f"ignore rule {flag.rule}", Decision(flag.rule))

    def _decide(self, label: str, decision: Decision) -> None:
        """Record the decision and dismiss every open flag it covers (the same flag
        twice in one sentence, every flag of an ignored rule)."""
        self._remember(label)
        self.decisions.add(self.source.path, decision)
        self.decisions.save(self.source.path)
        dismissed = [f for f in self.flags if self.decisions.decision_for(self.document, f) == decision]
        if decision.fingerprint:
            self.hidden.extend((f, decision) for f in dismissed)
        self._dismiss(dismissed)

    def add_word(self, flag: Flag) -> None:
        """Add the flagged word to the project dictionary; `DictionaryError` when there is
        none inside the project, `WriteError` when it cannot be written."""
        word = self.flagged_text(flag)
        added = add_word(dictionary_path(self.config), word)

        def revert() -> None:
            self.added_words.discard(word)
            if added:
                undo_add(added)

        self._remember(f"add {word!r} to the dictionary", revert)
        self.added_words.add(word)
        self._dismiss([f for f in self.flags if f.source == "spelling" and self.flagged_text(f) == word])

    def _dismiss(self, dismissed: list[Flag]) -> None:
        after = self.current.start if self.current else 0
        self.flags = [f for f in self.flags if f not in dismissed]
        # A grammar flag merged into a dismissed one goes with it.
        self._grammar = [f for f in self._grammar if not any(_merged_into(f, d) for d in dismissed)]
        self.ignored += len(dismissed)
        self.current = self._nearest(after)

    def undo(self) -> str:
        """Undo the last action of any kind; returns what was undone."""
        step = self._history.pop()
        if step.text != self.text:
            self._log(self._difference(self.text, step.text))
        self.text, self.document, self.flags = step.text, step.document, step.flags
        self.fixed, self.ignored, self.current = step.fixed, step.ignored, step.current
        self.hidden, self._local, self._grammar = step.hidden, step.local, step.grammar
        if step.decided != self.decisions.of(self.source.path):
            self.decisions.restore(self.source.path, set(step.decided))
            self.decisions.save(self.source.path)
        if step.revert:
            step.revert()
        return step.label

    @staticmethod
    def _difference(old: str, new: str) -> Edit:
        """The one edit that turns `old` into `new` (common prefix and suffix kept)."""
        prefix = 0
        limit = min(len(old), len(new))
        while prefix < limit and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
            suffix += 1
        return Edit(prefix, len(old) - suffix, new[prefix:len(new) - suffix])

    # -- re-checking ----------------------------------------------------------------------

    def _keep(self, document: Document, flags: list[Flag]) -> list[Flag]:
        """The flags the decisions and the words added to the dictionary leave open; the
        ones a flag decision hides go to `hidden`."""
        kept = []
        for flag in flags:
            decision = self.decisions.decision_for(document, flag)
            if decision is None:
                if not (flag.source == "spelling" and document.source[flag.start:flag.end] in self.added_words):
                    kept.append(flag)
            elif decision.fingerprint:
                self.hidden.append((flag, decision))
        return kept

    def _carry_decisions(self, edit: Edit) -> None:
        """Move the hidden flags through `edit`. A decision is known by the sentence
        around its flag, so when the editor rewrites that sentence (but not the flagged
        text) the decision is re-recorded for the new sentence: the editor's own edit must
        not bring back what they ignored. A decision whose flagged text was edited lapses."""
        path = self.source.path
        carried: list[Hidden] = []
        changed = False
        for flag, decision in self.hidden:
            moved = _moved(flag, edit)
            if moved is None:
                continue
            now = Decision.for_flag(self.document, replace(moved, rule=decision.rule))
            if now != decision:
                self.decisions.remove(path, decision)
                self.decisions.add(path, now)
                changed = True
            carried.append((moved, now))
        self.hidden = carried
        if changed:
            self.decisions.save(self.source.path)

    def _forget_hidden(self, region: Span, source: str) -> None:
        """Drop the hidden flags of one source in a region about to be checked again."""
        self.hidden = [(f, d) for f, d in self.hidden
                       if not (_overlaps(f.span, region) and f.source == source)]

    def _log(self, edit: Edit) -> None:
        self.version += 1
        self._edits.append((self.version, edit))
        self.grammar_pending = [(shift(s, edit), shift(e, edit)) for s, e in self.grammar_pending]

    def _edit(self, edit: Edit) -> None:
        """Apply one edit and re-check: the paragraph-local checks on the paragraph it
        touched (their other flags just move), the document-level checks on the whole text."""
        self.text = apply_edits(self.text, [edit])
        self.document = document_from_text(self.text, self.source.path)
        self._log(edit)
        self._carry_decisions(edit)
        edited = (edit.start, edit.start + len(edit.replacement))
        paragraphs = [p for p in self.document.paragraphs if _overlaps(paragraph_span(self.document, p), edited)]
        touched = [paragraph_span(self.document, p) for p in paragraphs]
        region = (min(s for s, _ in touched), max(e for _, e in touched)) if touched else edited

        def carried(flags: list[Flag]) -> list[Flag]:
            return [m for m in (_moved(f, edit) for f in flags) if m is not None and not _overlaps(m.span, region)]

        checked = self.engine.recheck(self.document, paragraphs, [carried(own) for own in self._local],
                                      self.fast_checkers)
        self._local = checked.local
        self._grammar = carried(self._grammar)
        # Every fast flag is new (a document-level one may change anywhere), so the hidden
        # ones are found again; only the grammar's outside the region stand.
        self.hidden = [(f, d) for f, d in self.hidden if f.source == GRAMMAR and not _overlaps(f.span, region)]
        self.flags = sorted(merge_flags(self._keep(self.document, checked.flags) + self._grammar),
                            key=lambda f: (f.start, f.end, f.rule))
        if self.grammar_checkers:
            self.grammar_pending = [s for s in self.grammar_pending if not _overlaps(s, region)] + touched

    def grammar_run(self) -> GrammarRun | None:
        """The paragraphs of the current text whose grammar is still to be checked."""
        if not self.grammar_pending:
            return None
        paragraphs = tuple(p for p in self.document.paragraphs
                           if any(_overlaps(paragraph_span(self.document, p), s) for s in self.grammar_pending))
        return GrammarRun(self.version, self.document, paragraphs)

    def add_grammar(self, run: GrammarRun, paragraph: Paragraph, flags: list[Flag]) -> bool:
        """Take a paragraph's grammar flags, moved through the edits made since the run began.

        Returns False (and drops them) when an edit since then touched the paragraph: its
        re-check is already pending.
        """
        span = paragraph_span(run.document, paragraph)
        for version, edit in self._edits:
            if version <= run.version:
                continue
            if _overlaps(span, (edit.start, edit.end)):
                return False
            span = (shift(span[0], edit), shift(span[1], edit))
            flags = [m for m in (_moved(f, edit) for f in flags) if m is not None]
        self._forget_hidden(span, GRAMMAR)
        flags = self._keep(self.document, flags)
        self._grammar = [f for f in self._grammar if not (span[0] <= f.start and f.end <= span[1])] + flags
        self.grammar_pending = [s for s in self.grammar_pending if not _overlaps(s, span)]
        others = [f for f in self.flags if not (f.source == GRAMMAR and span[0] <= f.start and f.end <= span[1])]
        self.flags = sorted(merge_flags(others + flags), key=lambda f: (f.start, f.end, f.rule))
        if self.current is None:
            self.current = self._nearest(0)
        return True

    # -- files ----------------------------------------------------------------------------

    def save(self, path: str | None = None, replace: bool = False) -> None:
        """Write the text atomically (`write_source`): unless `replace`, `ChangedOnDisk` when
        the file changed since it was read, `WouldReplace` when save as names a file that exists."""
        self.source = write_source(self.source, self.text, path, replace)

    def reload(self) -> None:
        """Read the file again from disk, dropping unsaved edits and the undo history."""
        self.source = read_source(self.source.path, self.config.settings.max_file_size)
        self.fixed = self.ignored = 0
        self._start()

    def summary(self) -> str:
        counts = self.counts
        unsaved = "; changes not saved" if self.dirty else ""
        return f"{self.source.path}: {counts.fixed} fixed, {counts.ignored} ignored, {counts.open} remaining{unsaved}"
