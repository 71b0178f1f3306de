"""What a review holds at one moment, frozen: undo goes back to an earlier state whole."""

from __future__ import annotations

from dataclasses import dataclass

from proof.core.document import Document
from proof.core.flag import Flag
from proof.review.decisions import Decision
from proof.review.hidden import Hidden


@dataclass(frozen=True)
class ReviewState:
    """The text under review and what the editor did to it: everything undo restores."""

    text: str
    document: Document
    # The open flags, in order.
    flags: tuple[Flag, ...]
    current: Flag | None = None
    fixed: int = 0
    ignored: int = 0
    # This file's decisions.
    decided: frozenset[Decision] = frozenset()
    # The flags this file's decisions hide, moved along with the text like the open ones,
    # so that a decision can follow its flag when the editor rewrites the sentence, and a
    # grammar flag arriving later on the same finding is hidden with it.
    hidden: tuple[Hidden, ...] = ()
    # Each fast checker's paragraph-local flags, moved along with the text, so that after
    # an edit only the touched paragraph runs those checks again (`proof.review.recheck`).
    local: tuple[tuple[Flag, ...], ...] = ()
    # The grammar flags taken so far (before merging with the others), moved along too.
    grammar: tuple[Flag, ...] = ()
    # Words added to the project dictionary in this review (written when the text is saved).
    added_words: frozenset[str] = frozenset()
