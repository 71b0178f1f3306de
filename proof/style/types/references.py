"""`references`: a person named in full at first mention, by surname after.

Two flags, on the article body (headlines and credit lines keep their own conventions):
- `first`: the surname used alone before the full name appears ("Antonov said ..."
  and only later "Anatoly Antonov"); the suggestion is the full name.
- `repeat`: the full name again in a later paragraph after the article has already
  called the person by surname alone (so the article follows the surname convention
  and then breaks it); the suggestion is the surname.
A surname that two people in the article share is left alone: there the full name
is how the reader tells them apart.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from proof.document import Document
from proof.flag import Flag
from proof.style.news.article import body
from proof.style.news.names import (COMPANY_WORDS, NOT_GIVEN, NOT_SURNAMES, SURNAME_ALONE, TITLES, Mention,
                                    full_names, name_fronts, surname_alone)
from proof.style.rule import Rule

CHECKS = ("first", "repeat")


class References(Rule):
    type_name = "references"
    fields = {
        "check": "first (surname before the full name) or repeat (full name again later)",
        "not_given": "more capitalised words that are never a given name (besides King, May...)",
        "not_surnames": "more words that end place or organisation names (besides Street, Valley...)",
        "company_words": "more words after a name that make it a firm (besides Co, Corp, Inc...)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.which = self.get("check", str, "first")
        if self.which not in CHECKS:
            raise self.error("check", f"must be one of {', '.join(CHECKS)}, not {self.which!r}")
        self.not_given = NOT_GIVEN | set(self.strings("not_given"))
        self.not_surnames = NOT_SURNAMES | set(self.strings("not_surnames"))
        self.company_words = COMPANY_WORDS | set(self.strings("company_words"))

    def check(self, document: Document) -> Iterator[Flag]:
        mentions = full_names(document, self.not_given, self.not_surnames, self.company_words)
        people: dict[str, list[Mention]] = {}
        for mention in mentions:
            people.setdefault(mention.surname, []).append(mention)
        fronts = name_fronts(document)
        for surname, named in people.items():
            if len(fronts.get(surname, set()) - TITLES) > 1:
                continue  # two people bear the surname ("Bill Clinton", "Hillary Clinton")
            if self.which == "first":
                yield from self._before_full_name(document, surname, named[0])
            else:
                yield from self._repeated(document, surname, named, mentions)


    def _before_full_name(self, document: Document, surname: str, first: Mention) -> Iterator[Flag]:
        pattern = regex.compile(SURNAME_ALONE.format(names=regex.escape(surname)))
        text = document.text
        # The full name written anywhere earlier counts, even where it was not taken for a
        # person ("the Michael Jackson trial", "Empire's Angie Errigo").
        written = regex.search(rf"\b{regex.escape(first.given)}\s+(?:\p{{Lu}}\.?\s+)?{regex.escape(surname)}\b", text)
        introduced = min(first.start, written.start()) if written else first.start
        for paragraph in body(document):
            if paragraph.start >= introduced:
                return
            for m in pattern.finditer(text, paragraph.start, min(paragraph.end, introduced)):
                if surname_alone(text, paragraph.start, m.start(), m.end()):
                    yield self.flag(m.start(), m.end(), [first.text], match=m.group(), name=first.text)
                    return

    def _repeated(self, document: Document, surname: str, named: list[Mention],
                  everyone: list[Mention]) -> Iterator[Flag]:
        first = named[0]
        pattern = regex.compile(SURNAME_ALONE.format(names=regex.escape(surname)))
        full_spans = {(m.start, m.end) for m in named}
        for mention in named[1:]:
            alone = [m for m in pattern.finditer(document.text, first.end, mention.start)
                     if not any(s <= m.start() < e for s, e in full_spans)]
            # In a list of names ("Clint Eastwood, Jamie Foxx and Hilary Swank") each is in full.
            listed = any(0 < abs(m.start - mention.start) < 40 for m in everyone)
            if mention.paragraph > first.paragraph and alone and not listed:
                yield self.flag(mention.start, mention.end, [mention.surname], match=mention.text,
                                name=mention.text)
                return  # once a person: the editor fixes the rest in the same pass
