"""Applying the fixes that are safe to apply without an editor: pure text in, text out.

A flag is fixed when its rule marked it `safe_fix`: its first suggestion replaces its
span. Overlapping fixes cannot all be right, so the leftmost wins and the others wait
for the next round. Fixing can reveal or move flags (two doubled words, a repetition
inside a fixed span), so the text is checked again after each round, up to a limit.
A later round fixes only the flags that touch text an earlier fix wrote: what fixing
revealed. A flag elsewhere that the first check did not show (a rule's `limit` hid it)
is left for the editor to see, so `proof fix` never fixes more than `proof check` shows
and the fixes themselves bring.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from proof.core.document import Document
from proof.core.edits import Edit, apply_edits, fix, shift
from proof.core.flag import Flag, reading_order
from proof.pipeline.selectors import selects
from proof.readers import document_from_text

MAX_ROUNDS = 5

Check = Callable[[Document], list[Flag]]


def selected(rule: str, rules: Sequence[str]) -> bool:
    """No rules means all; else a rule id or whole dotted parts of ids (`spelling` for
    `spelling.Typo`, see `proof.pipeline.selectors`)."""
    return not rules or selects(rule, rules)


def safe_edits(source: str, flags: list[Flag], rules: Sequence[str] = ()) -> list[Edit]:
    """The edits of the safe fixes among `flags`, left to right, none overlapping another."""
    edits: list[Edit] = []
    for flag in sorted(flags, key=reading_order):
        if not (flag.safe_fix and flag.suggestions and selected(flag.rule, rules)):
            continue
        if source[flag.start : flag.end] == flag.suggestions[0]:
            continue
        edit = fix(source, flag.start, flag.end, flag.suggestions[0])
        if edits and edit.start < edits[-1].end:
            continue
        edits.append(edit)
    return edits


@dataclass
class FixOutcome:
    document: Document
    #: Fixes applied, over all rounds.
    fixed: int
    #: The flags the fixed text still has.
    remaining: list[Flag]
    #: The text as it was, and its flags: what is left when the fixed text cannot be written.
    original: Document
    found: list[Flag]
    #: The edits of each round, left to right, in the text that round fixed.
    rounds: list[list[Edit]] = field(default_factory=list)

    def remaining_as_read(self) -> list[Flag]:
        """The flags the fixed text still has, at their places in the text as it was (what
        `--diff` shows, writing nothing); one on text a fix wrote covers what that fix replaced."""
        flags = []
        for flag in self.remaining:
            start, end = flag.start, flag.end
            for edits in reversed(self.rounds):
                start, end = _before(start, edits, at_end=False), _before(end, edits, at_end=True)
            flags.append(replace(flag, start=start, end=end))
        return flags


def fix_text(text: str, path: str, check: Check, rules: Sequence[str] = ()) -> FixOutcome:
    document = original = document_from_text(text, path)
    flags = found = check(document)
    rounds: list[list[Edit]] = []
    seen = {text}
    written: list[Span] | None = None  # None: the first round, where every flag counts
    for _ in range(MAX_ROUNDS):
        candidates = flags if written is None else [f for f in flags if _touches(f.span, written)]
        edits = safe_edits(document.source, candidates, rules)
        if not edits:
            break
        new_text = apply_edits(document.source, edits)
        if new_text in seen:
            break  # two rules undoing each other's fixes
        seen.add(new_text)
        written = _written(written or [], edits)
        document = document_from_text(new_text, path)
        rounds.append(edits)
        flags = check(document)
    return FixOutcome(document, sum(map(len, rounds)), flags, original, found, rounds)


Span = tuple[int, int]


def _written(earlier: list[Span], edits: list[Edit]) -> list[Span]:
    """Where the text written by earlier rounds and by `edits` (one round, left to right)
    stands once those edits are applied."""
    spans = []
    for start, end in earlier:
        for edit in reversed(edits):
            start, end = shift(start, edit), shift(end, edit)
        spans.append((start, end))
    moved = 0
    for edit in edits:
        start = edit.start + moved
        spans.append((start, start + len(edit.replacement)))
        moved += len(edit.replacement) - (edit.end - edit.start)
    return spans


def _before(offset: int, edits: list[Edit], at_end: bool) -> int:
    """Where an offset of the text after `edits` (one round, left to right) stood before them.
    Inside a replacement, a start goes to the start of what it replaced, an end to its end."""
    moved = 0
    for edit in edits:
        start = edit.start + moved
        end = start + len(edit.replacement)
        if offset < start or (at_end and offset == start):
            break
        if offset < end or (at_end and offset == end):
            return edit.end if at_end else edit.start
        moved += len(edit.replacement) - (edit.end - edit.start)
    return offset - moved


def _touches(span: Span, written: list[Span]) -> bool:
    return any(span[0] <= end and start <= span[1] for start, end in written)
