"""`headline`: a headline spelt in the other dialect from its story.

Headlines are often written or rewritten by another desk, so "defense" lands over a
"defence" story. The body's dialect comes from its own spellings (the variant word list);
each headline word spelt the other way is flagged with the body's spelling.
"""

from __future__ import annotations

from collections.abc import Iterator

from proof.core.dialect import detect_dialect, variant_table
from proof.core.document import Document
from proof.core.flag import Flag
from proof.core.text import simple_words
from proof.style.case import match_case
from proof.style.news.article import body, headline
from proof.style.rule import Rule


class Headline(Rule):
    type_name = "headline"

    def check(self, document: Document) -> Iterator[Flag]:
        heads = headline(document)
        if not heads:
            return
        text = document.text
        dialect = detect_dialect(" ".join(text[p.start : p.end] for p in body(document)))
        british, american = variant_table()
        other = american if dialect == "en-GB" else british if dialect == "en-US" else None
        if other is None:
            return
        for paragraph in heads:
            for word in simple_words(text, paragraph.start, paragraph.end):
                right = other.get(word.lower)
                if right:
                    yield self.flag(
                        word.start,
                        word.end,
                        [match_case(right, word.text)],
                        match=word.text,
                        dialect="British" if dialect == "en-GB" else "American",
                    )
