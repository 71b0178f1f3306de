"""The grammar check that runs in the background of a review, a paragraph at a time.

Grammar engines are slow, so the review screen runs them off the UI thread on the
paragraphs still to check (`run`) while the editor goes on working. A paragraph's result
comes back for the text as it was when the run began; `bring_forward` moves it through
the edits made since, or drops it when an edit touched the paragraph (its re-check is
pending again by then). `proof.review.grammar_merge` folds the result into the open flags.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from proof.core.document import Document, Paragraph
from proof.core.edits import Edit
from proof.core.flag import Flag, Source
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine
from proof.review.spans import Span, moved_all, overlaps, paragraph_span, shifted

GRAMMAR = Source.GRAMMAR


def runs_in_background(checker) -> bool:
    """Whether a checker is one of the slow grammar checkers the review runs in the background."""
    return checker.source == GRAMMAR


def fast_checkers(engine: Engine) -> list[Checker]:
    """The checkers run on every edit; the grammar ones run in the background."""
    return [c for c in engine.checkers if not runs_in_background(c)]


@dataclass(frozen=True)
class GrammarRun:
    """What a background grammar run checks: paragraphs of one version of the document."""

    version: int
    document: Document
    paragraphs: tuple[Paragraph, ...]


class BackgroundGrammar:
    """The grammar checkers of a review, which paragraphs they still have to check, and
    the edits that moved the text since a run began. Not part of undo: an undo is one
    more edit here."""

    def __init__(self, engine: Engine, lock: threading.Lock | None = None) -> None:
        self.engine = engine
        self.checkers = [c for c in engine.checkers if runs_in_background(c)]
        self.version = 0
        # The version of the text last read whole: a run on an older text has nothing to bring.
        self._started = 0
        # Source spans of paragraphs whose grammar is not checked yet, in current coordinates.
        self.pending: list[Span] = []
        # (version the edit produced, edit), to move grammar results computed on older text.
        self._edits: list[tuple[int, Edit]] = []
        # Held while a grammar engine works, so that closing the engines waits for it; shared
        # by the runs of every document whose engine has the same grammar checkers (`proof lsp`).
        self.lock = lock or threading.Lock()

    @property
    def engines(self) -> list[str]:
        """The grammar engines that did the work so far (the fallback, when the first failed)."""
        return list(self.engine.status(self.checkers).engines)

    @property
    def problems(self) -> list[str]:
        return list(self.engine.status(self.checkers).problems)

    def check(self, run: GrammarRun, paragraph: Paragraph) -> list[Flag]:
        """One paragraph's grammar flags, off the UI thread. Grammar checkers are not assumed
        thread-safe: a cancelled run may still be inside one paragraph when the next starts."""
        with self.lock:
            return self.engine.check_paragraph(run.document, paragraph, self.checkers)

    def start(self, document: Document) -> None:
        """A new text: every paragraph is to check, and no run on the old one counts any more."""
        self.pending = [paragraph_span(document, p) for p in document.paragraphs] if self.checkers else []
        self.version += 1
        self._started = self.version
        self._edits.clear()

    def edited(self, edit: Edit) -> None:
        self.version += 1
        self._edits.append((self.version, edit))
        self.pending = [shifted(span, edit) for span in self.pending]

    def recheck(self, region: Span, touched: Sequence[Span]) -> None:
        """The paragraphs in `region` changed: check the `touched` ones again."""
        if self.checkers:
            self.pending = [*(span for span in self.pending if not overlaps(span, region)), *touched]

    def run(self, document: Document) -> GrammarRun | None:
        """The paragraphs of the current text whose grammar is still to be checked."""
        if not self.pending:
            return None
        paragraphs = tuple(
            p for p in document.paragraphs if any(overlaps(paragraph_span(document, p), span) for span in self.pending)
        )
        return GrammarRun(self.version, document, paragraphs)

    def bring_forward(self, run: GrammarRun, paragraph: Paragraph, flags: list[Flag]) -> tuple[Span, list[Flag]] | None:
        """The paragraph's span and grammar flags moved through the edits made since the
        run began, and no longer pending; None when an edit since then touched it, or the
        text was read anew."""
        if run.version < self._started:
            return None
        span = paragraph_span(run.document, paragraph)
        for version, edit in self._edits:
            if version <= run.version:
                continue
            if overlaps(span, (edit.start, edit.end)):
                return None
            span = shifted(span, edit)
            flags = moved_all(flags, edit)
        self.pending = [pending for pending in self.pending if not overlaps(pending, span)]
        return span, flags
