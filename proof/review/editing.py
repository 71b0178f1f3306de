"""The editor's changes to the text: a fix, fix all, a paragraph edit, a word made consistent.

`Editing` is mixed into `ReviewSession`. Each change is one `Edit` of the source text
(`proof.core.edits`), checked again for the price of the paragraphs it touches
(`proof.review.recheck`) and made one step to undo; the grammar of those paragraphs is
checked again in the background.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from proof.core.document import Document
from proof.core.edits import Edit, fix
from proof.core.flag import Flag
from proof.core.source import SourceFile
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine
from proof.review.bulk import combined, fixable_alike, fixes, in_turn
from proof.review.consistency import VariantSet, consistent_edits, every_majority, variant_sets
from proof.review.paragraph_edit import paragraph_edit
from proof.review.recheck import after_edit
from proof.review.spans import Span, moved, standing_after
from proof.review.state import ReviewState


class Editing:
    # What it uses of the session it is mixed into.
    source: SourceFile
    engine: Engine
    fast_checkers: Sequence[Checker]
    variant_rules: dict[str, str]
    state: ReviewState
    text: str
    document: Document
    _act: Callable[[str, ReviewState], None]
    _grammar_again: Callable[[Edit, Span, tuple[Span, ...]], None]
    _nearest: Callable[[Sequence[Flag], int], Flag | None]
    flagged_text: Callable[[Flag], str]

    @property
    def variant_sets(self) -> list[VariantSet]:
        """Every word the article writes two ways (`consistency`)."""
        return variant_sets(self.document, self.state.flags, self.variant_rules)

    def fixable_alike(self, flag: Flag) -> list[Flag]:
        return fixable_alike(self.state.flags, self.text, flag)

    def apply(self, flag: Flag, replacement: str) -> None:
        """Replace the flag's text (a suggestion or the editor's own words)."""
        self._edit(f"fix {self.flagged_text(flag)!r}", fix(self.text, flag.start, flag.end, replacement), 1)

    def fix_all(self, flag: Flag) -> int:
        """Apply its first suggestion to every flag alike to `flag` (`bulk`), as one step;
        returns how many were fixed."""
        alike = self.fixable_alike(flag)
        if alike:
            label = f"fix all {len(alike)} of {flag.rule} like {self.flagged_text(flag)!r}"
            steps = fixes(self.text, alike)
            self._made_in_turn(label, in_turn(self.text, steps), len(alike), steps)
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

    def make_consistent(self, variants: VariantSet, chosen: int = 0) -> int:
        """Write every use of a variant set as its form number `chosen` (0: the majority),
        as one step; returns how many words changed. Its open flags count as fixed, not the
        unflagged uses another form rewrites."""
        edits = consistent_edits(self.text, variants, chosen)
        if edits:
            form = variants.forms[chosen].text
            label = f"write {form!r} for every {variants.rule} variant"
            self._made_in_turn(label, combined(self.text, edits), len(variants.flags), _last_first(edits))
        return len(edits)

    def make_all_consistent(self) -> int:
        """Write every variant set in its majority form, as one step; returns how many words changed."""
        edits = every_majority(self.text, self.variant_sets)
        if edits:
            label = f"write {len(edits)} variants in the majority form"
            self._made_in_turn(label, combined(self.text, edits), len(edits), _last_first(edits))
        return len(edits)

    def _made_in_turn(self, label: str, edit: Edit, fixed: int, steps: Sequence[Edit]) -> None:
        """`_edit` for an edit that makes several changes, `steps`, one after another: the editor
        stays at the next open flag at or after the one they were on, not after the last change."""
        current = self.state.current
        self._edit(label, edit, fixed, None if current is None else standing_after(current, steps))

    def _edit(self, label: str, edit: Edit, fixed: int, standing: int | None = None) -> None:
        """Make `edit` one step to undo; the current flag the first open one at or after
        `standing` in the new text (the end of the edit when None)."""
        state, checked = after_edit(self.state, edit, self.source.path, self.engine, self.fast_checkers)
        after = self._nearest(state.flags, edit.start + len(edit.replacement) if standing is None else standing)
        self._act(label, replace(state, fixed=state.fixed + fixed, current=after))
        self._grammar_again(edit, checked.region, checked.touched)


def _last_first(edits: Sequence[Edit]) -> list[Edit]:
    """Non-overlapping edits of one text in an order to make them one after another."""
    return sorted(edits, key=lambda e: e.start, reverse=True)
