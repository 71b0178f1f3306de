"""A file that changed on disk during a review: what saving over it would lose, and this
session's edits put onto its new text.

An edit is found again in the new text by what it replaced and the text around it, never by
its offset (the other person's changes move everything after them). The nearest context
that occurs exactly once wins; an edit whose text is gone or ambiguous is not applied but
named, so the editor can make it again by hand.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from proof.report.plural import counted

# A step's text is compared a word, a run of spaces or a mark at a time, so that its changes
# come out as the words it changed, each found again by itself.
TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
# Characters of context on each side, widest first: the first width whose match is unique wins.
CONTEXTS = (40, 20, 8)
# Lines of the other version quoted when saying what would be lost.
QUOTED = 3
QUOTE_WIDTH = 60


@dataclass(frozen=True)
class Change:
    """One edit of the session: `old` became `new`, between `before` and `after`."""

    label: str
    before: str
    old: str
    new: str
    after: str


def _token_starts(text: str) -> list[int]:
    """The offset of each token of `text`, and its length last."""
    return [m.start() for m in TOKEN.finditer(text)] + [len(text)]


def _separate(label: str, old: str, new: str) -> Iterator[Change]:
    """The changes of one step, each on its own, in order: a fix all or a paragraph edit
    makes several far apart, and each must still apply when text between them changed."""
    at_old, at_new = _token_starts(old), _token_starts(new)
    tokens_old = [old[a:b] for a, b in itertools.pairwise(at_old)]
    tokens_new = [new[a:b] for a, b in itertools.pairwise(at_new)]
    widest = CONTEXTS[0]
    matcher = difflib.SequenceMatcher(None, tokens_old, tokens_new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start, end, made = at_old[i1], at_old[i2], at_new[j1]
        # Changes are made in order: what stands before this one is the new text.
        yield Change(
            label, new[max(0, made - widest) : made], old[start:end], new[made : at_new[j2]], old[end : end + widest]
        )


def changes_made(history: Sequence[tuple[str, str]]) -> list[Change]:
    """The edits of a session, in order, from its texts: (label of the step that made a
    text, that text), the first one as read (its label unused)."""
    changes: list[Change] = []
    for (_, old), (label, new) in itertools.pairwise(history):
        changes.extend(_separate(label, old, new))
    return changes


def _found(text: str, change: Change) -> int | None:
    """Where `change.old` stands in `text`, known by the nearest context found once."""
    for width in CONTEXTS:
        before = change.before[len(change.before) - width :] if width < len(change.before) else change.before
        needle = before + change.old + change.after[:width]
        first = text.find(needle)
        if first >= 0 and text.find(needle, first + 1) < 0:
            return first + len(before)
    return None


def reapplied(text: str, changes: Sequence[Change]) -> tuple[str, list[Change]]:
    """`text` with each change made where it still applies, and the changes that did not."""
    missed = []
    for change in changes:
        at = _found(text, change)
        if at is None:
            missed.append(change)
        else:
            text = text[:at] + change.new + text[at + len(change.old) :]
    return text, missed


def _quoted(line: str) -> str:
    line = line.strip()
    return f"“{line[: QUOTE_WIDTH - 1]}…”" if len(line) > QUOTE_WIDTH else f"“{line}”"


def what_would_be_lost(read: str, on_disk: str) -> str:
    """The other person's changes (from the text as read to the one on disk), as a sentence
    that names them: lines they wrote, or how many lines they removed."""
    ours, theirs = read.splitlines(), on_disk.splitlines()
    written: list[tuple[int, str]] = []
    removed = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            written.extend((j + 1, theirs[j]) for j in range(j1, j2) if theirs[j].strip())
        if tag in ("replace", "delete"):
            removed += i2 - i1
    parts = []
    if written:
        quoted = "; ".join(f"line {number} {_quoted(line)}" for number, line in written[:QUOTED])
        more = f" and {len(written) - QUOTED} more" if len(written) > QUOTED else ""
        parts.append(f"{counted(len(written), 'line')} written on disk ({quoted}{more})")
    if removed:
        parts.append(f"{counted(removed, 'line')} removed on disk")
    if not parts:
        return "Changes made on disk since it was opened will be lost."
    return f"These changes made on disk since it was opened will be lost: {', and '.join(parts)}."
