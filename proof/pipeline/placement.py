"""Placing a checker's flag in the source: in range, and never across text the reader skipped.

Checkers see the checked text, where a link's text runs straight on into the words after
the link and an emphasised word sits beside its neighbours as if nothing were there. A
span of checked text can therefore stand for a stretch of source with markup inside it:
the doubled word in `the full story](https://example.org/story) story` or
`said the <b>the</b> plan`. Replacing that whole stretch with a suggestion deletes the
markup with it.

So the engine places every flag here, whichever checker raised it, before anything else
(policy, merging, filters, reports, `proof fix`, the review screen) sees it:

* Its span is first clamped into the checked text, so no engine's answer (a negative
  offset, one past the end, an end before the start) can put a flag out of range.
* Where the span crosses skipped text (`OffsetMap.runs` gives the stretches the reader
  read from end to end), the flag is narrowed to one run. A suggestion is a replacement
  of the whole span; it is re-expressed as the smallest change to the checked text, and
  the flag is narrowed to a run that holds all of that change, with the suggestion
  rewritten for that run. "story](...) story" -> "story" becomes " story" -> "" on the
  run after the link; "the <b>the</b>" -> "the" becomes "the " -> "" on the run before
  the tag. A doubled word may be dropped either way; the later place is tried first, so
  the first word stays when it can.
* A suggestion whose change cannot lie within one run (it would have to delete or rewrite
  markup) is dropped, and with the first suggestion goes the safe fix; a flag without a
  suggestion is narrowed to its first run that holds more than white space.
* A stand-in word (inline code read as a word, `proof.readers.stand_in`) is no run: a flag
  that touches one is narrowed like any other ("Dummy0 ," -> "Dummy0," becomes " ," -> ","
  after the code), and a flag that lies wholly inside one is dropped, as nothing of the
  article is there to flag. A message quoting the flagged text shows the code itself
  where it quotes a stand-in.

Every flag after the engine is thus one stretch of read text, and a fix is one edit
inside it: markup is never part of what a fix replaces. Flags that cross no skipped text
(all of plain text, most of everything else) are placed exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from proof.core.document import Document
from proof.core.flag import Flag

Run = tuple[int, int]


def place_flag(document: Document, flag: Flag) -> Flag | None:
    """`flag` (checked-text span) moved to the source, in range and within one run; None
    when it lies inside a stand-in."""
    start, end = _clamped(flag.start, flag.end, len(document.text))
    runs = document.offsets.runs(start, end)
    if not runs:
        return None
    flag = _quoting_code(document, flag, start, end)
    if runs != [(start, end)]:
        return _narrowed(document, flag, start, end, runs)
    return flag.moved(*document.to_source(start, end))


def _quoting_code(document: Document, flag: Flag, start: int, end: int) -> Flag:
    """`flag` with each stand-in of its span that its message quotes written as the code."""
    message = flag.message
    for a, b in document.offsets.stand_ins(start, end):
        code = document.source[slice(*document.to_source(a, b))]
        message = code.join(re.split(rf"\b{re.escape(document.text[a:b])}\b", message))
    return flag if message == flag.message else replace(flag, message=message)


def _clamped(start: int, end: int, length: int) -> Run:
    start = min(max(start, 0), length)
    return start, min(max(end, start), length)


def _narrowed(document: Document, flag: Flag, start: int, end: int, runs: list[Run]) -> Flag:
    for index, suggestion in enumerate(flag.suggestions):
        placed = next(_placements(document, runs, start, end, suggestion), None)
        if placed is None:
            continue
        run = placed[0]
        kept = (next(_placements(document, [run], start, end, other), None) for other in flag.suggestions[index:])
        return _within(
            document, flag, run, tuple(rewritten for _, rewritten in filter(None, kept)), flag.safe_fix and index == 0
        )
    run = next((r for r in runs if document.text[r[0] : r[1]].strip()), runs[0])
    return _within(document, flag, run, (), False)


def _within(document: Document, flag: Flag, run: Run, suggestions: tuple[str, ...], safe_fix: bool) -> Flag:
    start, end = document.to_source(*run)
    return replace(flag, start=start, end=end, suggestions=suggestions, safe_fix=safe_fix)


def _placements(
    document: Document, runs: list[Run], start: int, end: int, suggestion: str
) -> Iterator[tuple[Run, str]]:
    """Each run that can hold the change turning text[start:end] into `suggestion`, with the
    suggestion rewritten as that run's new source text; the later change first."""
    for change_start, change_end, inserted in _changes(document.text[start:end], suggestion):
        a, b = start + change_start, start + change_end
        run = next((r for r in runs if r[0] <= a and b <= r[1]), None)
        if run is not None:
            yield run, _rewrite(document, run, a, b, inserted)


def _changes(old: str, new: str) -> Iterator[tuple[int, int, str]]:
    """The smallest changes turning `old` into `new`: old[i:j] becomes the returned text.

    When the change can sit in several places ("the the" -> "the": either word goes),
    each of them, rightmost first.
    """
    shortest = min(len(old), len(new))
    prefix = 0
    while prefix < shortest and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < shortest and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    kept = min(prefix + suffix, shortest)
    for i in range(min(prefix, kept), max(kept - suffix, 0) - 1, -1):
        j = kept - i
        yield i, len(old) - j, new[i : len(new) - j]


def _rewrite(document: Document, run: Run, a: int, b: int, inserted: str) -> str:
    """The run's source text with checked text [a, b) replaced by `inserted`.

    The text around the change is taken from the source, so an entity or a folded line
    break outside the change is written back as it was.
    """
    offsets = document.offsets
    run_start, run_end = document.to_source(*run)
    if a < b:
        change_start, change_end = offsets.start(a), offsets.end(b)
    else:
        change_start = change_end = offsets.end(a) if a > run[0] else offsets.start(a)
    source = document.source
    return source[run_start:change_start] + inserted + source[change_end:run_end]
