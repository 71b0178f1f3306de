"""`dateline`: the shape of a wire dateline ("MOSCOW, March 25 (Reuters) - ").

A body paragraph near the top that opens with a place in capitals and a comma is a
dateline; it must have the house's shape (the rule's `shape`, a pattern; by default the
common wire shape: place, optional region, optional month and day after a comma, agency
in brackets, dash).
Copy without a dateline is not judged.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.news.article import opening
from proof.style.news.dates import MONTH
from proof.style.patterns import match
from proof.style.rule import Rule

# The date is optional: wire datelines carry it ("MOSCOW, March 25 (Reuters) - "), web
# and AP copy does not ("WASHINGTON (AP) — "); a house that requires it sets `shape`.
DEFAULT_SHAPE = (
    rf"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*)?"
    rf"(?:, {MONTH} \d{{1,2}})? \([A-Z][\w&. ]*\) [-–—] "
)
# A paragraph opening with a place in capitals ("MOSCOW", "NEW YORK", "KOKOMO, Ind.")
# followed by a date, a bracketed agency and a dash, or a dash: a dateline, well formed or
# not. ("NATO, the alliance, said...", "CML and the Building Society Association (BSA)"
# have none of them.)
ATTEMPT = regex.compile(
    rf"[A-Z][A-Z'’.\-]{{2,}}(?: [A-Z][A-Z'’.\-]+)*(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*)?"
    rf"(?=,? ?(?:{MONTH} \d|\d{{1,2}} {MONTH}|\([A-Z][\w&. ]{{0,20}}\) ?[-–—] |[-–—] ))"
)


class Dateline(Rule):
    type_name = "dateline"
    fields = {
        "shape": "a pattern the whole dateline must match, from the paragraph's start "
        "(default: 'MOSCOW, March 25 (Reuters) - ' with the date optional)"
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.shape = self.pattern("shape", self.get("shape", str, DEFAULT_SHAPE))

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        for paragraph in opening(document):
            attempt = ATTEMPT.match(text, paragraph.start, paragraph.end)
            if not attempt:
                continue
            if not match(self.shape, text, paragraph.start, paragraph.end):
                end = _extent(text, paragraph.start, paragraph.end, attempt.end())
                yield self.flag(paragraph.start, end, match=text[paragraph.start : end])
            return


_DASH = regex.compile(r" [-–—](?= )")


def _extent(text: str, start: int, end: int, attempt_end: int) -> int:
    """Where the dateline ends: after its dash, else its bracketed agency, else the place."""
    head = text[start : min(end, start + 80)]
    dash = _DASH.search(head)
    if dash:
        return start + dash.end()
    bracket = head.find(")")
    if bracket >= 0:
        return start + bracket + 1
    return attempt_end
