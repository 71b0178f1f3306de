"""`quotation`: a quotation mark without its partner in the paragraph.

A quotation left open at the end of a paragraph is correct when the next paragraph
opens with a quotation mark (news style for a quotation running over paragraphs), so
only a mark that pairs with nothing is flagged.
"""
from __future__ import annotations

from collections.abc import Iterator

from proof.document import Document
from proof.flag import Flag
from proof.style.quotes import quotations
from proof.style.rule import Rule


class Quotation(Rule):
    type_name = "quotation"
    in_quotes = True  # the marks it flags open quotations

    def check(self, document: Document) -> Iterator[Flag]:
        for at in quotations(document).unpaired:
            yield self.flag(at, at + 1, match=document.text[at])
