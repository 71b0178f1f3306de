"""The parts of a news article: headline, dateline, lede, body and trailer.

Plain-text readers mark a short first line as a heading, so the headline is the heading
paragraphs before the body; the dateline opens one of the first body paragraphs
("MOSCOW, March 25 (Reuters) - "); the trailer closes the article
("(Reporting by ...; Editing by ...)").
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import regex

from proof.core.document import Document, Paragraph
from proof.style.news.dates import MONTH, MonthDay, full_dates, month_day

# A dateline as the wire writes it, loosely: the shape check judges the details.
DATELINE = regex.compile(
    rf"(?P<place>[A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*)*(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*)?)"
    rf",? (?:(?P<month>{MONTH}) (?P<day>\d{{1,2}})|(?P<day>\d{{1,2}}) (?P<month>{MONTH}))(?:,? (?P<year>\d{{4}}))?"
    rf"(?: ?\((?P<agency>[^()\n]{{1,40}})\))?"
)
# The roles a credit line names ("Reporting by ...; Editing by ...").
CREDIT_ROLES = r"(?:(?:Additional )?[Rr]eporting|Writing|Written|Editing|Compiled|Edited)"
TRAILER = regex.compile(rf"\({CREDIT_ROLES} by [^()]*\)")
# A line that credits the story's people rather than tells it: a credit line, in brackets or
# not and in any case ("Reporting By Jane Doe; ..."), or a byline of names ("By Jane Doe and John Smith").
_CREDIT_LINE = regex.compile(rf"\(?(?i:{CREDIT_ROLES} by) \p{{Lu}}")
_NAME = r"\p{Lu}[\p{L}'’.\-]*"
_BYLINE = regex.compile(rf"\(?By {_NAME}(?:,? (?:and |& )?{_NAME})*\)?")
_SECTION_BREAK = regex.compile(r"\n[ \t]*\n[ \t]*\n")
# How many paragraphs may come before the one that opens with the dateline (a web page's
# timestamp line, a standfirst).
_DATELINE_WITHIN = 3


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    date: MonthDay | None
    agency: str | None


def body(document: Document) -> list[Paragraph]:
    return [p for p in document.paragraphs if p.kind != "heading"]


def story(document: Document) -> list[Paragraph]:
    """The body paragraphs of the story itself: those before the first section break (two
    or more blank lines), after which come the extras a web page adds (readers' comments,
    an essay, a fact box), each written on its own terms."""
    found = []
    for paragraph in body(document):
        if found:
            # Readers fold blank lines, so the break is looked for in the source.
            start, end = document.to_source(found[-1].end, paragraph.start)
            if _SECTION_BREAK.search(document.source, start, end):
                break
        found.append(paragraph)
    return found


def headline(document: Document) -> list[Paragraph]:
    """The heading paragraphs before the first body paragraph."""
    found = []
    for paragraph in document.paragraphs:
        if paragraph.kind != "heading":
            break
        found.append(paragraph)
    return found


def titles(document: Document) -> list[Paragraph]:
    """Lines that are headlines or titles: the headings, and a first paragraph that reads
    like one (short, no closing full stop) with the story below it."""
    found = [p for p in document.paragraphs if p.kind == "heading"]
    if not found and len(document.paragraphs) > 1:
        first = document.paragraphs[0]
        line = document.text[first.start : first.end].rstrip()
        if len(line.split()) <= 20 and not line.endswith((".", "!", "?", '"', "”", ":")):
            found.append(first)
    return found


def opening(document: Document) -> list[Paragraph]:
    """The paragraphs a dateline may open: the first body paragraphs, and the first
    paragraphs after the headline whatever their kind (a wire story whose first line is
    short, "NEW YORK, Feb 26 (Reuters) - Shr profit 15 cts", reads as a heading)."""
    paragraphs = document.paragraphs
    skip = 1 if len(paragraphs) > 1 and paragraphs[0].kind == "heading" else 0
    chosen = set(body(document)[:_DATELINE_WITHIN]) | set(paragraphs[skip : skip + _DATELINE_WITHIN])
    return [p for p in paragraphs if p in chosen]


def dateline(document: Document) -> Dateline | None:
    for paragraph in opening(document):
        m = DATELINE.match(document.text, paragraph.start, paragraph.end)
        if m and len(m.group("place").split(",")[0]) > 1:
            return Dateline(
                m.start(), m.end(), month_day(m.group("month"), m.group("day"), m.group("year")), m.group("agency")
            )
    return None


def credits_people(line: str) -> bool:
    """Whether a line is a credit line or a byline: it names the story's people, it is no headline."""
    line = line.strip()
    return bool(_CREDIT_LINE.match(line) or _BYLINE.fullmatch(line))


def trailers(document: Document) -> list[tuple[int, int]]:
    """Spans of the credit lines ("(Reporting by ...; Editing by ...)") in the body."""
    return [(m.start(), m.end()) for p in body(document) for m in TRAILER.finditer(document.text, p.start, p.end)]


def article_date(document: Document, configured: datetime.date | None) -> datetime.date | None:
    """The day the article speaks from: the configured date, else the dateline's day in the
    year of a complete date with the same day written in the article (a web page's
    timestamp "March 25, 2013 / 5:16 PM"), else a complete date in the headline lines."""
    if configured:
        return configured
    line = dateline(document)
    if line and line.date:
        if line.date.year:
            return line.date.on(line.date.year)
        return next(
            (d for d in full_dates(document.text) if (d.month, d.day) == (line.date.month, line.date.day)), None
        )
    for paragraph in headline(document):
        found = full_dates(document.text, paragraph.start, paragraph.end)
        if found:
            return found[0]
    return None
