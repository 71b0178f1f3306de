"""`boilerplate`: whole lines that are web-page furniture or scrape residue.

"Reuters logo", "Share this article", "5 years ago", a list of CSS breakpoint names: a
scraped article carries lines that are not part of the story. Each rule's `lines`
patterns must match a whole source line (bullet and surrounding space aside), so prose
that merely mentions "subscribe" or "follow" is never flagged. The suggestion deletes
the line; a pattern with a group named `flag` deletes only that part ("You're reading:"
before a headline).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.news.memo import per_document
from proof.style.patterns import PatternError, compile_pattern, fullmatch
from proof.style.rule import Rule

# A list bullet is page structure, not part of the text a pattern judges.
_BULLET = regex.compile(r"[•·▪◦‣*\-–]\s+")
_FLAG_GROUP = "flag"
# What could make the union of a rule's patterns match a line differently from the patterns
# one by one: references to groups by number or name (back-references, recursion,
# conditionals), flags written for the whole pattern, and verbs that abandon the whole match.
_NOT_IN_UNION = regex.compile(r"\\[1-9gk]|\(\?(?:P[=>]|&|R|[+\-]?\d|\(|[\w\-]+\))|\(\*")


class Boilerplate(Rule):
    type_name = "boilerplate"
    # Page furniture is never quoted speech, but an unclosed quotation must not hide it.
    in_quotes = True
    # Each line is judged on its own.
    local = True
    fields = {
        "lines": "patterns (regular expressions) that a whole line must match; a group named "
        "`flag` narrows the flag (and the deletion) to that part",
        "ignorecase": "true: match regardless of case",
        "max_words": "lines with more words than this are prose, never furniture (default 12)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        patterns = self.strings("lines")
        if not patterns:
            raise self.error("lines", "a boilerplate rule needs at least one `lines` pattern")
        ignorecase = self.get("ignorecase", bool, False)
        self.patterns = [self.pattern("lines", p, ignorecase) for p in patterns]
        self.any_pattern = _union(patterns, ignorecase)
        self.max_words = self.get("max_words", int, 12)
        if self.max_words < 1:
            raise self.error("max_words", "must be at least 1")

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        for start, body, end in short_lines(document, self.max_words):
            # Nearly every line is prose that no pattern matches: one time-limited call (the
            # union's) rules it out, where a call for each pattern cost ~2 µs apiece in regex's
            # time-limit set-up. The lines the union matches are judged pattern by pattern.
            if self.any_pattern and fullmatch(self.any_pattern, text, body, end) is None:
                continue
            for pattern in self.patterns:
                match = fullmatch(pattern, text, body, end)
                if match is None:
                    continue
                if _FLAG_GROUP in pattern.groupindex and match.start(_FLAG_GROUP) >= 0:
                    flag_start, flag_end = match.span(_FLAG_GROUP)
                else:
                    flag_start, flag_end = start, end
                yield self.flag(flag_start, flag_end, [""], match=text[flag_start:flag_end])
                break


@per_document
def short_lines(document: Document, max_words: int) -> tuple[tuple[int, int, int], ...]:
    """(start, body, end) of every source line of at most `max_words` words, trimmed of
    surrounding white space, `body` past its bullet. Found once per document: every
    boilerplate rule reads the same lines."""
    text = document.text
    found = []
    for paragraph in document.paragraphs:
        for start, end in paragraph.lines or ((paragraph.start, paragraph.end),):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            bullet = _BULLET.match(text, start, end)
            body = bullet.end() if bullet else start
            if body < end and len(text[body:end].split()) <= max_words:
                found.append((start, body, end))
    return tuple(found)


def _union(patterns: list[str], ignorecase: bool) -> regex.Pattern | None:
    """One pattern that matches a whole line exactly when one of `patterns` does; None when
    a pattern holds something that would not keep its meaning inside the union."""
    if any(_NOT_IN_UNION.search(p) for p in patterns):
        return None
    try:
        return compile_pattern("|".join(f"(?:{p})" for p in patterns), ignorecase)
    except PatternError:
        return None
