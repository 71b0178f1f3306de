"""`references`: a person named in full at first mention, by surname after.

Two flags, on the article body (headlines and credit lines keep their own conventions):
- `first`: the surname used alone before the full name appears ("Antonov said ..."
  and only later "Anatoly Antonov"); the suggestion is the full name.
- `repeat`: the full name again in a later paragraph after the article has already
  called the person by surname alone (so the article follows the surname convention
  and then breaks it); the suggestion is the surname.
A surname that two people in the article share is left alone: there the full name
is how the reader tells them apart; so is a surname that also opens a firm's name
("Dean Foods Co" ... "Dean said"). Only the story is judged: after a section break (two
blank lines) come readers' comments and boxes, each written on its own terms.

A full name again is not a slip when it re-introduces the person: after a title or
description ("Federal Reserve chairman Alan Greenspan", "second seed Andy Roddick"),
several paragraphs after the last mention (`reach`), or in a list or table line. Houses
that give later references a courtesy title ("Mr Blair") re-name people in full at will,
so a person the article calls "Mr X" is not judged for repeats.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from itertools import accumulate

import regex

from proof.core.document import Document, Paragraph
from proof.core.flag import Flag
from proof.style.news.article import story
from proof.style.news.lexicon import describes
from proof.style.news.names import (
    COMPANY_WORDS,
    HONORIFICS,
    NOT_GIVEN,
    NOT_SURNAMES,
    TITLES,
    Mention,
    firm_names,
    full_names,
    listed_given_name,
    name_fronts,
    name_starts,
    surname_alone,
    surname_at,
    surname_spans,
)
from proof.style.rule import Rule

CHECKS = ("first", "repeat")

# The patterns below are fixed; the names are then compared as plain strings, since
# compiling a pattern for each name of each article cost more than the checks themselves.
_AFTER_HONORIFIC = regex.compile(rf"\b(?:{'|'.join(HONORIFICS)})\.? ")
# Between a given name and a surname: spaces, perhaps a middle initial ("George W. Bush").
_NAME_GAP = regex.compile(r"\s+(?:\p{Lu}\.?\s+)?")
_WORD_EDGE = regex.compile(r"\b")
_LIST_MARK = regex.compile(r"[-–—•*\d]")


class References(Rule):
    type_name = "references"
    fields = {
        "check": "first (surname before the full name) or repeat (full name again later)",
        "not_given": "more capitalised words that are never a given name (besides King, May...)",
        "not_surnames": "more words that end place or organisation names (besides Street, Valley...)",
        "company_words": "more words after a name that make it a firm (besides Co, Corp, Inc...)",
        "reach": "repeat: a full name more than this many paragraphs after the person's last "
        "mention re-introduces them (default 3)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.which = self.choice("check", CHECKS, "first")
        self.not_given = NOT_GIVEN | set(self.strings("not_given"))
        self.not_surnames = NOT_SURNAMES | set(self.strings("not_surnames"))
        self.company_words = COMPANY_WORDS | set(self.strings("company_words"))
        self.reach = self.get("reach", int, 3)

    def check(self, document: Document) -> Iterator[Flag]:
        paragraphs = story(document)
        mentions = [
            m
            for m in full_names(document, self.not_given, self.not_surnames, self.company_words)
            if m.paragraph < len(paragraphs)
        ]
        people: dict[str, list[Mention]] = {}
        for mention in mentions:
            people.setdefault(mention.surname, []).append(mention)
        fronts = name_fronts(document)
        firms = firm_names(document)
        titled = {m.end() for m in _AFTER_HONORIFIC.finditer(document.text)} if self.which == "repeat" else set()
        mention_starts = sorted(m.start for m in mentions)
        starts = [p.start for p in paragraphs]
        for surname, named in people.items():
            if len({f for f in fronts.get(surname, ()) if listed_given_name(f)} - TITLES) > 1 or surname in firms:
                continue  # two people bear the surname ("Bill Clinton", "Hillary Clinton"), or a firm
            if self.which == "first":
                yield from self._before_full_name(document, paragraphs, starts, surname, named[0])
            elif not any(
                at in titled and _word_at(document.text, surname, at)
                for at in name_starts(document, surname, 0, len(document.text))
            ):
                yield from self._repeated(document, paragraphs, starts, surname, named, mention_starts)

    def _before_full_name(
        self, document: Document, paragraphs: list[Paragraph], starts: list[int], surname: str, first: Mention
    ) -> Iterator[Flag]:
        text = document.text
        # The full name written anywhere earlier counts, even where it was not taken for a
        # person ("the Michael Jackson trial", "Empire's Angie Errigo").
        written = _written_in_full(document, first.given, surname)
        introduced = first.start if written is None else min(first.start, written)
        # The surname's places before the introduction, in order; each judged within its paragraph.
        for at in name_starts(document, surname, paragraphs[0].start, introduced):
            paragraph = paragraphs[bisect.bisect_right(starts, at) - 1]
            end = at + len(surname)
            if surname_at(text, surname, at, min(paragraph.end, introduced)) and surname_alone(
                text, paragraph.start, at, end
            ):
                yield self.flag(at, end, [first.text], match=surname, name=first.text)
                return

    def _repeated(
        self,
        document: Document,
        paragraphs: list[Paragraph],
        starts: list[int],
        surname: str,
        named: list[Mention],
        everyone: list[int],
    ) -> Iterator[Flag]:
        """`starts`: the paragraphs' starts; `everyone`: where each full name in the article
        starts, in order."""
        text = document.text
        first = named[0]
        full_starts = [m.start for m in named]
        furthest = list(accumulate((m.end for m in named), max))
        # The surname standing alone: in no full name of this person (spans in text order,
        # each found by bisection rather than a scan of all of them at each place).
        alone = [
            at
            for at, _ in surname_spans(document, surname, first.end, paragraphs[-1].end)
            if not _within(full_starts, furthest, at)
        ]
        for previous, mention in itertools.pairwise(named):
            before = bisect.bisect_left(alone, mention.start)
            if mention.paragraph == first.paragraph or not before:
                continue
            last = max(previous.start, alone[before - 1])
            gap = mention.paragraph - (bisect.bisect_right(starts, last) - 1)
            # In a list of names ("Clint Eastwood, Jamie Foxx and Hilary Swank") each is in full.
            near = everyone[
                bisect.bisect_right(everyone, mention.start - 40) : bisect.bisect_left(everyone, mention.start + 40)
            ]
            listed = any(at != mention.start for at in near)
            if (
                gap <= self.reach
                and not listed
                and _prose(text, paragraphs[mention.paragraph])
                and not _described(text, paragraphs[mention.paragraph].start, mention.start)
            ):
                yield self.flag(mention.start, mention.end, [mention.surname], match=mention.text, name=mention.text)
                return  # once a person: the editor fixes the rest in the same pass


def _word_at(text: str, word: str, at: int) -> bool:
    """Is `word` (which starts and ends with a letter) written at `at` as a whole word?"""
    return (
        text.startswith(word, at) and bool(_WORD_EDGE.match(text, at)) and bool(_WORD_EDGE.match(text, at + len(word)))
    )


def _written_in_full(document: Document, given: str, surname: str) -> int | None:
    """Where the given name and the surname are first written together, perhaps with a
    middle initial between them.

    Exact for names as FULL_NAME finds them: a surname's second character is a letter or
    an apostrophe, so where _NAME_GAP takes an initial the surname could not start there."""
    text = document.text
    for at in name_starts(document, given, 0, len(text)):
        gap = _NAME_GAP.match(text, at + len(given))
        if gap and _word_at(text, given, at) and _word_at(text, surname, gap.end()):
            return at
    return None


def _within(starts: list[int], furthest: list[int], at: int) -> bool:
    """Is `at` inside one of the spans whose starts and running furthest ends are given?"""
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < furthest[i]


def _prose(text: str, paragraph: Paragraph) -> bool:
    """A paragraph of sentences, not a list or table line ("- Tim Dams, Screen
    International: ...", "2 Andy Roddick (US)")."""
    line = text[paragraph.start : paragraph.end].strip()
    return not _LIST_MARK.match(line) and line.endswith((".", "!", "?", '"', "”", "’", "'", ")"))


_WORD_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}.]*|\p{Ll}+)\s+$")


def _described(text: str, paragraph_start: int, at: int) -> bool:
    """True when a title or description stands just before the name (same clause): the
    writer re-introduces the person on purpose."""
    before = _WORD_BEFORE.search(text, max(paragraph_start, at - 40), at)
    if before is None:
        return False
    word = before.group().strip().rstrip(".")
    if word[:1].isupper():
        return word in TITLES
    return describes(word)
