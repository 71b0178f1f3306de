"""`weekday`: a weekday that cannot be the day it names.

Two checks against the calendar. A weekday written with its date ("Tuesday, March 25,
2013"; without a year, the year of the article's date) must be that date's weekday. A
bare weekday ("on Tuesday") is read, as news copy means it, as the nearest such day to
the article's date: in a story dated Monday, "Tuesday" is tomorrow, so a past-tense verb
with it ("on Tuesday told") cannot be right (a week-old Tuesday is written "last
Tuesday" or as a date), nor a future one with "Sunday". Without a known year, no flag.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import regex

from proof.core.document import Document
from proof.core.flag import Flag
from proof.core.text import words
from proof.settings.house import house_of
from proof.style.news.article import article_date, body
from proof.style.news.dates import MONTH, WEEKDAY, calendar_date, long_date, month_day, weekday_name
from proof.style.rule import Rule

# "Monday, March 25, 2013", "Monday, 25 March", "Monday (March 25)".
EXPLICIT = regex.compile(
    rf"\b(?P<weekday>{WEEKDAY}),? \(?(?:(?P<m1>{MONTH}) (?P<d1>\d{{1,2}})\b(?:,? (?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}}) (?P<m2>{MONTH})(?: (?P<y2>\d{{4}}))?)"
)
BARE = regex.compile(rf"\b(?:(?P<on>on) )?(?P<weekday>{WEEKDAY})\b(?![’']s\b|,? \(?(?:{MONTH} )?\d)")


class Weekday(Rule):
    type_name = "weekday"
    in_quotes = True  # a speaker's weekday can still contradict the calendar
    fields = {
        "past_verbs": "irregular past-tense verbs (regular ones end in -ed)",
        "future_words": "words that put a clause in the future (will, due, expected...)",
        "window": "how many words before the weekday are searched for a future word (default 5)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.past_verbs = {w.lower() for w in self.strings("past_verbs")}
        self.future_words = {w.lower() for w in self.strings("future_words")}
        if not self.past_verbs or not self.future_words:
            raise self.error("past_verbs", "a weekday rule needs `past_verbs` and `future_words`")
        self.window = self.get("window", int, 5)

    def check(self, document: Document) -> Iterator[Flag]:
        when = article_date(document, house_of(document).date)
        text = document.text
        for paragraph in document.paragraphs:
            yield from self._explicit(text, paragraph.start, paragraph.end, when)
        if when is None:
            return
        for paragraph in body(document):
            yield from self._relative(text, paragraph.start, paragraph.end, when)

    def _explicit(self, text: str, start: int, end: int, when: datetime.date | None) -> Iterator[Flag]:
        for m in EXPLICIT.finditer(text, start, end):
            n = "1" if m.group("m1") else "2"
            written = month_day(m.group("m" + n), m.group("d" + n), m.group("y" + n))
            if written is None or (written.year is None and when is None):
                continue
            date = written.on(written.year) if written.year else written.nearest_to(when)
            if date and weekday_name(date) != m.group("weekday"):
                right = weekday_name(date)
                yield self.flag(
                    m.start("weekday"),
                    m.end("weekday"),
                    [right],
                    match=m.group("weekday"),
                    meant=long_date(date),
                    reason=f"{calendar_date(date)} is a {right}, not a {m.group('weekday')}",
                )

    def _relative(self, text: str, start: int, end: int, when: datetime.date) -> Iterator[Flag]:
        tomorrow = weekday_name(when + datetime.timedelta(days=1))
        yesterday = weekday_name(when - datetime.timedelta(days=1))
        for m in BARE.finditer(text, start, end):
            day = m.group("weekday")
            if day not in (tomorrow, yesterday):
                continue
            before = [t.lower for t in words(text, max(start, m.start() - 80), m.start())][-self.window :]
            after = [t.lower for t in words(text, m.end(), min(end, m.end() + 40))][:1]
            if before[-1:] and before[-1] in ("last", "next", "this", "every", "each", "since", "until", "by"):
                continue
            tense = self._tense(before, after)
            if tense == "past" and day == tomorrow:
                meant, usual = when + datetime.timedelta(days=1), weekday_name(when)
            elif tense == "future" and day == yesterday:
                meant, usual = when - datetime.timedelta(days=1), weekday_name(when)
            else:
                continue
            prefix = "on " if m.group("on") else ""
            moved = "last" if tense == "past" else "next"
            yield self.flag(
                m.start(),
                m.end(),
                [prefix + usual, f"{moved} {day}"],
                match=m.group(),
                meant=long_date(meant),
                reason=f"in a story dated {long_date(when)}, {day} reads as {long_date(meant)}, "
                f"but the verb is in the {tense} tense",
            )

    def _tense(self, before: list[str], after: list[str]) -> str | None:
        """past or future by the words next to the weekday; None when they do not say."""
        if any(w in self.future_words for w in before + after):
            return "future"
        if any(self._past(w) for w in before[-1:] + after):
            return "past"
        return None

    def _past(self, word: str) -> bool:
        return word in self.past_verbs or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))
