"""What the server knows of one open document: its text as last checked, the fast checks'
flags and the grammar flags found so far.

A change is checked as the review screen checks an edit (`proof.review.recheck`): the text
before and after give one edit, the paragraph-local checks run on the touched paragraphs
only, the document-level ones on the whole text. The grammar flags outside the touched
paragraphs move with the edit; those paragraphs' grammar is checked again in the background
(`proof.review.background.BackgroundGrammar`, one per document).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from proof.core.document import Document
from proof.core.flag import Flag
from proof.pipeline.engine import Engine
from proof.pipeline.merge import merge_flags
from proof.review.background import BackgroundGrammar, fast_checkers
from proof.review.recheck import carried, recheck
from proof.review.spans import Span, difference, in_order, inside


@dataclass(frozen=True)
class Tracked:
    engine: Engine
    document: Document
    # Each fast checker's paragraph-local flags, carried through the next change.
    local: tuple[tuple[Flag, ...], ...]
    fast: tuple[Flag, ...]
    grammar: tuple[Flag, ...] = ()

    @property
    def flags(self) -> list[Flag]:
        """Every flag to show: grammar and other flags on one finding merge."""
        return in_order(merge_flags([*self.fast, *self.grammar]))


def opened(engine: Engine, document: Document, background: BackgroundGrammar) -> Tracked:
    """The document checked whole; all its paragraphs' grammar pending."""
    checked = engine.check_parts(document, fast_checkers(engine))
    background.start(document)
    return Tracked(engine, document, tuple(tuple(own) for own in checked.local), tuple(checked.flags))


def changed(before: Tracked, document: Document, background: BackgroundGrammar) -> Tracked:
    """`before` after its text became `document`'s: only the touched paragraphs checked again."""
    edit = difference(before.document.source, document.source)
    checked = recheck(before.engine, fast_checkers(before.engine), document, before.local, edit)
    background.edited(edit)
    background.recheck(checked.region, checked.touched)
    grammar = carried(before.grammar, edit, checked.region)
    return replace(before, document=document, local=checked.local, fast=tuple(checked.flags), grammar=tuple(grammar))


def with_grammar(tracked: Tracked, span: Span, found: list[Flag]) -> Tracked:
    """`tracked` with a paragraph's grammar flags `found` in `span` in place of those before."""
    return replace(tracked, grammar=(*(f for f in tracked.grammar if not inside(f, span)), *found))
