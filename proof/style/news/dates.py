"""Dates as news copy writes them: "March 25", "Feb 26", "25 March 2013", "2013-03-25"."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import regex

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS = {name.lower(): n for n, name in enumerate(_MONTH_NAMES, 1)}
MONTHS.update({name[:3].lower(): n for n, name in enumerate(_MONTH_NAMES, 1)})
MONTHS["sept"] = 9

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
# "March 25, 2013", "March 25 2013", "25 March 2013", "2013-03-25".
FULL_DATE = regex.compile(
    rf"\b(?:(?P<m1>{MONTH}) (?P<d1>\d{{1,2}}),? (?P<y1>\d{{4}})|(?P<d2>\d{{1,2}}) (?P<m2>{MONTH}),? (?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d\d)-(?P<d3>\d\d))\b"
)


@dataclass(frozen=True)
class MonthDay:
    month: int
    day: int
    year: int | None = None

    def on(self, year: int) -> datetime.date | None:
        try:
            return datetime.date(year, self.month, self.day)
        except ValueError:
            return None

    def nearest_to(self, when: datetime.date) -> datetime.date | None:
        """This day in the year that puts it nearest `when` (a December date in a January story)."""
        if self.year is not None:
            return self.on(self.year)
        candidates = [d for d in (self.on(when.year + k) for k in (-1, 0, 1)) if d]
        return min(candidates, key=lambda d: abs((d - when).days), default=None)


def month_number(name: str) -> int | None:
    return MONTHS.get(name.rstrip(".").lower())


def month_day(month: str, day: str, year: str | None = None) -> MonthDay | None:
    number = month_number(month) if not month.isdigit() else int(month)
    if number is None or not 1 <= number <= 12 or not 1 <= int(day) <= 31:
        return None
    return MonthDay(number, int(day), int(year) if year else None)


def full_dates(text: str, start: int = 0, end: int | None = None) -> list[datetime.date]:
    """Every complete date (with a year) written in text[start:end], in order."""
    found = []
    for m in FULL_DATE.finditer(text, start, len(text) if end is None else end):
        for n in "123":
            if m.group("y" + n):
                written = month_day(m.group("m" + n), m.group("d" + n), m.group("y" + n))
                date = written.on(written.year) if written else None
                if date:
                    found.append(date)
    return found


def weekday_name(date: datetime.date) -> str:
    return WEEKDAYS[date.weekday()]


def long_date(date: datetime.date) -> str:
    return f"{weekday_name(date)}, {calendar_date(date)}"


def calendar_date(date: datetime.date) -> str:
    return f"{_MONTH_NAMES[date.month - 1]} {date.day}, {date.year}"
