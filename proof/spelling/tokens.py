"""The words the spelling checker judges, and what it needs to know about each.

Built on `proof.core.text.words`. What is never a spelling question is left out here: URLs,
e-mail addresses, @handles and #hashtags, anything touching a digit (5pm, 1st, F-16,
1980s), dotted abbreviations (U.S., a.m., Ph.D.). A hyphenated compound is judged part by
part (veto-wielding, post-Cold War), and a possessive ending (Hagel's, Putin’s) is not
part of the word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from proof.core.document import Document, Paragraph
from proof.core.text import APOSTROPHES, Token, sentences, words

_DOMAIN = r"\.(?:com|org|net|gov|edu|int|mil|info|biz|io|co\.uk|uk|ru|de|fr|eu)\b"
_SKIPPED = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|(?<![\w@#])[@#]\w+"  # @handles, #hashtags
    r"|\b[^\W\d_]+\.(?=/)"  # abbreviations in tables (Norf./Phil.)
    r"|\w*&#?\w+;\w*"  # words glued to an entity (caf&#233;)
    rf"|\b[\w-]+(?:\.[\w-]+)*{_DOMAIN}(?:/\S*)?",
    re.IGNORECASE,
)
# What any _SKIPPED match holds (://, www., @ or #, ./, &, a domain ending). Most
# paragraphs hold none, and this search is ten times cheaper than _SKIPPED's.
_SKIPPED_MARK = re.compile(rf"://|www\.|[@#]|\./|&|{_DOMAIN}", re.IGNORECASE)
_OPENING_QUOTES = frozenset('"“‘')
_QUOTE_OPENED = re.compile(r"[:,]\s?[\"“‘]$")
_POSSESSIVE = tuple(a + s for a in APOSTROPHES for s in "sS")
# Dotted tokens whose parts are this short are abbreviations: U.S, a.m, Ph.D, e.g.
_ABBREVIATION_PART = 3
_TITLE_WORD = 4
_CLIPPED = 3
_NAME_PART = re.compile(r"[^.\-]+")
# The reader joins a paragraph's lines with a space: "criss-\ncrossing" reads "criss- crossing".
_BROKEN_AT_LINE_END = re.compile(r"-[ \t]*(?:\r?\n)?[ \t]*([^\W\d_]+)")
_PART = re.compile(r"(?:[^.\-'’]|(?<!\w{4})['’]|['’](?!\w{4}))+")
# Characters at which _parts may split a token or cut a possessive ending off it.
_SPLITS = frozenset(".-" + APOSTROPHES)


# Not frozen: one is made for every word of every article, and a frozen data class's
# __init__ costs three times as much. Nothing changes a Word once it is made.
@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    # The first word of its sentence, where a capital letter says nothing about a name.
    sentence_start: bool = False
    # The next word, when one space away ("der" after "von" in "von der Leyen").
    next_word: str = ""
    # The capitalised words (or initials) right after and before this one, if any: the
    # rest of a full name ("Sergei Shoigu", "M Horan"), or a title ("President Putin").
    next_capital: str = ""
    previous_capital: str = ""
    # That previous word opens the sentence, where a capital says nothing ("Later Shoygu").
    previous_opens_sentence: bool = False
    # In a heading written in title case, where every main word is capitalised.
    title: bool = False
    # A part of a hyphenated compound with more parts after it ("anti" in anti-missile).
    prefix: bool = False
    # The part before this one in a hyphenated compound ("co" for co-ordinating).
    head: str = ""
    # The part after this one in a hyphenated compound ("crossing" for criss-crossing).
    tail: str = ""
    # A part of a compound of clipped parts (sci-fi, hi-fi): no part is a word alone.
    clipped: bool = False
    # Written with a possessive ending, which names often are (Hagel's).
    possessive: bool = False
    # The characters just outside the word (an apostrophe marks a dropped letter).
    before: str = ""
    after: str = ""

    @property
    def before_capital(self) -> bool:
        return bool(self.next_capital)

    @property
    def shape(self) -> str:
        """lower, capitalised, upper (NATO, MOSCOW, I) or mixed (MacSwan, iPhone)."""
        text = self.text
        if text.islower():
            return "lower"
        if text.isupper():
            return "upper"
        if text[0].isupper() and text[1:].islower():
            return "capitalised"
        return "mixed"


def spelling_words(document: Document) -> list[Word]:
    found: list[Word] = []
    for paragraph in document.paragraphs:
        found.extend(paragraph_words(document.text, paragraph))
    return found


def paragraph_words(text: str, paragraph: Paragraph) -> Iterator[Word]:
    skipped = (
        [m.span() for m in _SKIPPED.finditer(text, paragraph.start, paragraph.end)]
        if _SKIPPED_MARK.search(text, paragraph.start, paragraph.end)
        else []
    )
    tokens = [t for t in _outside(words(text, paragraph.start, paragraph.end), skipped) if not _touches_digit(text, t)]
    starts = _sentence_starts(text, paragraph, tokens)
    title = paragraph.kind == "heading" and _title_case(tokens)
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        previous = tokens[i - 1] if i else None
        whole = Word(
            token.start,
            token.end,
            token.text,
            sentence_start=token.start in starts,
            title=title,
            next_capital=following.text if following and _adjacent_capital(text, token, following, following) else "",
            previous_capital=previous.text if previous and _adjacent_capital(text, previous, token, previous) else "",
            next_word=following.text if following and text[token.end : following.start] == " " else "",
            previous_opens_sentence=previous is not None and previous.start in starts,
            before=text[token.start - 1 : token.start],
            after=text[token.end : token.end + 1],
        )
        yield from _parts(text, whole)


def _outside(tokens: list[Token], skipped: list[tuple[int, int]]) -> Iterator[Token]:
    """The tokens that overlap none of the `skipped` spans; both are in text order, so
    they are walked side by side (each token against every span was quadratic in a long
    paragraph full of links)."""
    if not skipped:
        yield from tokens
        return
    i = 0
    for token in tokens:
        while i < len(skipped) and skipped[i][1] <= token.start:
            i += 1
        if i == len(skipped) or token.end <= skipped[i][0]:
            yield token


def _adjacent_capital(text: str, first: Token, second: Token, name: Token) -> bool:
    """Are two words one space apart, with `name` (one of them) capitalised as a name or an
    initial is (not an all-caps word such as NATO)?"""
    word = name.text
    return text[first.end : second.start] == " " and word[0].isupper() and (len(word) == 1 or not word.isupper())


def _touches_digit(text: str, token: Token) -> bool:
    before = text[token.start - 1] if token.start else ""
    after = text[token.end] if token.end < len(text) else ""
    # Most words are letters only, which one isalpha() says faster than a scan for a digit.
    return before.isdigit() or after.isdigit() or (not token.text.isalpha() and any(c.isdigit() for c in token.text))


def _sentence_starts(text: str, paragraph: Paragraph, tokens: list[Token]) -> set[int]:
    positions = [t.start for t in tokens]
    starts = set()
    for start, end in sentences(text, paragraph.start, paragraph.end):
        i = bisect.bisect_left(positions, start)
        # Opening quotes, brackets and dashes may come before the first word.
        if i < len(tokens) and tokens[i].start < end and not any(c.isalnum() for c in text[start : tokens[i].start]):
            starts.add(tokens[i].start)
    # A quotation opened after a colon or a comma starts a sentence of its own: He said: "Tehy have...".
    starts.update(
        t.start
        for t in tokens
        if text[t.start - 1 : t.start] in _OPENING_QUOTES
        and _QUOTE_OPENED.search(text, max(paragraph.start, t.start - 4), t.start)
    )
    return starts


def _title_case(tokens: list[Token]) -> bool:
    main = [t.text for t in tokens if len(t.text) >= _TITLE_WORD and not t.text.isupper()]
    capitalised = sum(w[0].isupper() for w in main)
    return capitalised >= 2 and capitalised * 2 > len(main)


def _broken_tail(text: str, end: int) -> str:
    """The rest of a compound broken after its hyphen at a line end ("criss-" then
    "crossing" on the next line of wrapped copy), or ''. Only its solid form is looked up,
    so a suspended hyphen ("pre- and post-war") finds nothing."""
    found = _BROKEN_AT_LINE_END.match(text, end)
    return found.group(1) if found else ""


def _parts(text: str, whole: Word) -> Iterator[Word]:
    """The parts of a token to judge, each with the token's context where it applies."""
    token = whole.text
    if _SPLITS.isdisjoint(token):
        # Most words have no part to split off: the word itself, without the copying below.
        if token[0].isalpha():
            # "criss-" at a line end, or "pre-" in "pre- and post-war": a compound's first part.
            hanging = text.startswith("-", whole.end)
            yield replace(whole, prefix=True, tail=_broken_tail(text, whole.end)) if hanging else whole
        return
    if "." in token and all(len(p) <= _ABBREVIATION_PART for p in token.split(".")):
        return
    # Split at dots and at hyphens, and in a lower-case word at an apostrophe between two
    # long runs of letters (a missing space: "said.The", "utilities'investments"; but
    # Dhiya'uldin is a name), keeping offsets.
    parts = list((_PART if token[0].islower() else _NAME_PART).finditer(token))
    clipped = "-" in token and len(parts) > 1 and all(len(m.group()) <= _CLIPPED for m in parts)
    for n, match in enumerate(parts):
        part = match.group()
        possessive = part.endswith(_POSSESSIVE)
        if possessive:
            part = part[:-2]
        if not part or not part[0].isalpha():
            continue
        first, last = n == 0, n == len(parts) - 1
        hyphen_after = not last and token[match.end()] == "-"
        following = parts[n + 1].group() if hyphen_after else ""
        start = whole.start + match.start()
        yield replace(
            whole,
            start=start,
            end=start + len(part),
            text=part,
            sentence_start=whole.sentence_start and first,
            # Anheuser-Busch: a part before a capitalised part is part of a name too.
            next_capital=whole.next_capital if last else following if following[:1].isupper() else "",
            next_word=whole.next_word if last else "",
            previous_capital=whole.previous_capital if first else "",
            previous_opens_sentence=whole.previous_opens_sentence and first,
            prefix=hyphen_after or (last and text.startswith("-", whole.end)),
            clipped=clipped,
            possessive=possessive,
            head=parts[n - 1].group() if not first and token[match.start() - 1] == "-" else "",
            tail=following or (_broken_tail(text, whole.end) if last else ""),
            before=whole.before if first else text[start - 1],
            after=text[start + len(part) : start + len(part) + 1],
        )
