"""`numbers`: the house number style.

News style (AP, Reuters, BBC): whole numbers below ten in words, 10 and above in
figures (the limit is the config key `house.spell_numbers_below`; 0 switches these
checks off), a sentence never opens with a figure, and "per cent" or "percent" as the
article's dialect writes it. One `check` a rule:
- `small`: a count below the limit in figures ("5 soldiers" → "five soldiers");
- `large`: a count at or above the limit in words inside a sentence ("twelve soldiers");
- `start`: a sentence opening with a figure ("12 soldiers died." → recast);
- `percent`: "percent" in British copy, "per cent" in American copy;
- `mixed`: one quantity of one thing written both ways in an article ("five soldiers"
  and "5 soldiers"), whatever the house limit: the minority form is flagged.
Counts only (`proof.style.news.quantities`): ages, dates, times, money, percentages,
scores, measurements, "No. 1", ordinals, ranges and headlines are never restyled, and a
sentence that also holds a figure of 10 or more keeps its small figures (AP: figures
throughout a series).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from proof.core.dialect import dialect_known
from proof.core.document import Document
from proof.core.flag import Flag
from proof.core.text import sentences
from proof.settings.house import house_of
from proof.style.news.article import titles
from proof.style.news.lexicon import FUNCTION_WORDS
from proof.style.news.quantities import NUMBER_WORDS, Count, paragraph_counts
from proof.style.rule import Rule

CHECKS = ("small", "large", "start", "percent", "mixed")
_FIGURE_START = regex.compile(r"[\"“‘'(]?(\d[\d,.]*)(?P<rest>\S*)")
_FIGURE_AFTER_STOP = regex.compile(r"[.!?][\"”’')]?\s+[\"“‘'(]?\d")
_LAST_WORD = regex.compile(r"(\S+)\s*$")
_AFTER_STOP = regex.compile(r"[.!?][\"”’')]?\s+$")
_NEXT_CHARACTER = regex.compile(r"\s+(\S)")
_FIGURES = regex.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?![\d.,]\d)")
_PERCENT = {
    "en-GB": (regex.compile(r"\b(?<!per )percent\b"), "per cent"),
    "en-US": (regex.compile(r"\bper cent\b"), "percent"),
}


class Numbers(Rule):
    type_name = "numbers"
    fields = {
        "check": "small, large, start, percent or mixed",
        "units": "nouns that measure (years, miles, points...): figures stay figures",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.which = self.choice("check", CHECKS, "small")
        self.units = frozenset(self.strings("units"))

    def check(self, document: Document) -> Iterator[Flag]:
        below = house_of(document).spell_numbers_below
        if self.which == "percent":
            yield from self._percent(document)
            return
        if self.which == "mixed":
            yield from self._mixed(document)
            return
        if not below:
            return
        text = document.text
        skipped = set(titles(document))
        for paragraph in document.paragraphs:
            if paragraph.kind not in ("text", "quote") or paragraph in skipped:
                continue
            if self.which == "start":
                if _FIGURE_AFTER_STOP.search(text, paragraph.start, paragraph.end):
                    for start, end in sentences(text, paragraph.start, paragraph.end):
                        yield from self._start(text, start, end, paragraph.start)
                continue
            counted = paragraph_counts(document, self.units)[paragraph.start, paragraph.end]
            found = [c for c in counted if self._wrong(c, below)]
            if found:
                for start, end in sentences(text, paragraph.start, paragraph.end):
                    yield from self._counts(text, start, end, below, [c for c in found if start <= c.start < end])

    def _wrong(self, count: Count, below: int) -> bool:
        if self.which == "small":
            return not count.in_words and count.value < below and count.value in NUMBER_WORDS
        return count.in_words and count.value >= below

    def _counts(self, text: str, start: int, end: int, below: int, found: list[Count]) -> Iterator[Flag]:
        if not found:
            return
        figures = [int(f.replace(",", "")) for f in _FIGURES.findall(text, start, end)]
        for count in found:
            if self.which == "small":
                if all(f < below for f in figures) and self._plain(text, start, count):
                    yield self.flag(count.start, count.number_end, [NUMBER_WORDS[count.value]], match=count.written)
            else:
                yield self.flag(count.start, count.number_end, [str(count.value)], match=count.written)

    @staticmethod
    def _plain(text: str, start: int, count: Count) -> bool:
        """Not a label ("Article 5 rights", "Class 3 drugs"), an age ("aged 5") or a list item."""
        before = _LAST_WORD.search(text[start : count.start])
        if before is None:
            return True
        word = before.group(1)
        # "In 2 trials", "The 2 firms": a sentence's first word is capitalised, no label.
        label = word[:1].isupper() and word[-1:].isalpha() and word.lower() not in FUNCTION_WORDS
        return not label and word.lower() not in ("aged", "age", "ages")

    def _start(self, text: str, start: int, end: int, paragraph_start: int) -> Iterator[Flag]:
        """Only after a full stop in the same paragraph: a paragraph opening with a figure is
        far more often a table row or a wrapped line than a sentence."""
        m = _FIGURE_START.match(text, start, end)
        if not m or m.group("rest") or not _AFTER_STOP.search(text[paragraph_start:start]):
            return
        figure = m.group(1).rstrip(".,")
        if len(figure) == 4 and figure.isdigit() and 1800 <= int(figure) <= 2100:
            return  # a year may open a sentence (AP)
        following = _NEXT_CHARACTER.match(text[m.end() : end])
        if following and following.group(1).isupper():
            return  # a name ("50 Cent")
        yield self.flag(m.start(1), m.start(1) + len(figure), match=figure)

    def _mixed(self, document: Document) -> Iterator[Flag]:
        below = house_of(document).spell_numbers_below
        skipped = set(titles(document))
        counted = paragraph_counts(document, self.units)
        same: dict[tuple[int, str], list[Count]] = {}
        for paragraph in document.paragraphs:
            if paragraph not in skipped:
                for count in counted[paragraph.start, paragraph.end]:
                    same.setdefault((count.value, count.noun), []).append(count)
        for written in same.values():
            words = [c for c in written if c.in_words]
            figures = [c for c in written if not c.in_words]
            if not words or not figures:
                continue
            # With a house style, the form it rules out (figures below its limit, words
            # from it), so this rule never contradicts NumberSmall or NumberLarge; without
            # one, the minority, and on a tie the form the article used second.
            if below:
                wrong = figures if written[0].value < below else words
            elif len(words) != len(figures):
                wrong = words if len(words) < len(figures) else figures
            else:
                wrong = words if written[0] in figures else figures
            right = (figures if wrong is words else words)[0].written
            for count in wrong:
                yield self.flag(count.start, count.number_end, [right.lower()], match=count.written)

    def _percent(self, document: Document) -> Iterator[Flag]:
        wrong = _PERCENT.get(document.language or "")
        if not wrong or not dialect_known(document):
            return
        pattern, right = wrong
        for paragraph in document.paragraphs:
            for m in pattern.finditer(document.text, paragraph.start, paragraph.end):
                suggestion = right[:1].upper() + right[1:] if m.group()[:1].isupper() else right
                yield self.flag(m.start(), m.end(), [suggestion], match=m.group())
