"""`titles`: a job title capitalised before a name and lower case on its own.

News style writes "Defence Minister Sergei Shoigu" but "the defence minister said".
Houses differ (the BBC writes "the Prime Minister" and "UK chancellor Gordon Brown"), and
a title after a modifier is often lower case ("Federal Reserve chairman Alan Greenspan"),
so the article's own usage of each title decides: before names, and standing alone
("the ... said"), the less frequent of the capitalised and lower-case forms of the same
title is flagged. On a tie, the form news style avoids loses: lower case before a name,
capitals alone. With `standalone: lower`, every capitalised title standing alone is
flagged. A title opening a sentence is judged by its later words ("Defence Minister").

Two uses do not vote: a title inside a quotation (the speaker's words, not the house's
style), and a lower-case title after a lower-case description or a sentence's first
word ("central bank president Francisco Gros", "Former minister Clare Short", "Shadow
foreign secretary Michael Ancram"), which news style writes in lower case whatever it
does with the formal title ("World Bank President Barber Conable").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.news.article import body
from proof.style.news.lexicon import describes
from proof.style.quotes import quotations
from proof.style.rule import Rule

_SMALL = {"of", "for", "and", "the"}
_NAME_NEXT = regex.compile(r" (?:\p{Lu}\p{Ll}+|\p{Lu}\.)")
_DETERMINER = regex.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|new|former)|['’]s) $", regex.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
_SENTENCE_END = frozenset('.!?:"“”')
_WORD_GAP = regex.compile(r"[ \-]")
_WORD_GAP_KEPT = regex.compile(r"([ \-])")


@dataclass(frozen=True)
class Use:
    start: int
    end: int
    text: str
    capitalised: bool
    before_name: bool
    #: False at a sentence start, where only the later words of the title show its case.
    judged: bool = True


def _case(text: str) -> bool | None:
    """True: every main word capitalised; False: all lower case; None: mixed."""
    main = [w for w in _WORD_GAP.split(text) if w.lower() not in _SMALL]
    if all(w[:1].isupper() for w in main):
        return True
    if text == text.lower():
        return False
    return None


def _recase(text: str, capital: bool) -> str:
    words = _WORD_GAP_KEPT.split(text)
    return "".join(
        w if w in (" ", "-") or w.lower() in _SMALL else (w[:1].upper() + w[1:] if capital else w.lower())
        for w in words
    )


class Titles(Rule):
    type_name = "titles"
    fields = {
        "titles": "job titles, lower case (defence minister, prime minister, secretary of state...)",
        "standalone": "consistent (default: the article's majority) or lower (always lower case alone)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        names = sorted(self.strings("titles"), key=len, reverse=True)
        if not names:
            raise self.error("titles", "a titles rule needs `titles`")
        self.standalone = self.get("standalone", str, "consistent")
        if self.standalone not in ("consistent", "lower"):
            raise self.error("standalone", f"must be consistent or lower, not {self.standalone!r}")
        self.regex = regex.compile(
            r"(?<![\w\-])(?:" + "|".join(regex.escape(n).replace(r"\ ", " ") for n in names) + r")(?![\w\-])",
            regex.IGNORECASE,
        )

    def check(self, document: Document) -> Iterator[Flag]:
        groups: dict[tuple[str, bool], list[Use]] = {}
        for use in self._uses(document):
            groups.setdefault((use.text.lower(), use.before_name), []).append(use)
        flags = []
        for (_, before_name), uses in groups.items():
            capitalised = [u for u in uses if u.capitalised]
            lower = [u for u in uses if not u.capitalised]
            if not before_name and self.standalone == "lower":
                wrong, capital = capitalised, False
            elif not (capitalised and lower):
                continue
            elif len(capitalised) > len(lower) or (before_name and len(capitalised) == len(lower)):
                wrong, capital = lower, True
            else:
                wrong, capital = capitalised, False
            flags.extend(self._flag(use, capital) for use in wrong if use.judged)
        yield from sorted(flags, key=lambda f: f.start)

    def _flag(self, use: Use, capital: bool) -> Flag:
        return self.flag(
            use.start,
            use.end,
            [_recase(use.text, capital)],
            match=use.text,
            where="before a name" if use.before_name else "on its own",
        )

    def _uses(self, document: Document) -> Iterator[Use]:
        text = document.text
        quoted = quotations(document)
        for paragraph in body(document):
            for m in self.regex.finditer(text, paragraph.start, paragraph.end):
                if quoted.inside(m.start(), m.end()):
                    continue
                opening = _opens_sentence(text, paragraph.start, m.start())
                later = m.group().split(" ", 1)[1:] if opening else [m.group()]
                capitalised = _case(later[0]) if later else None
                if capitalised is None:
                    continue
                before_name = bool(_NAME_NEXT.match(text, m.end(), paragraph.end))
                if not before_name and not _DETERMINER.search(text[max(paragraph.start, m.start() - 12) : m.start()]):
                    continue
                if before_name and not capitalised and _described(text, paragraph.start, m.start()):
                    continue
                yield Use(m.start(), m.end(), m.group(), capitalised, before_name, judged=not opening)


def _described(text: str, start: int, end: int) -> bool:
    """True when the word before a lower-case title (at `end`, in a paragraph from `start`)
    describes it ("bank president", "Former minister" opening a sentence) rather than being
    an organisation's name."""
    if end <= start or text[end - 1] != " ":
        return False
    word_start = end - 1
    while word_start > start and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
        word_start -= 1
    word = text[word_start : end - 1]
    if not word or word.lower() in _ARTICLES:
        return False
    if word[:1].isupper():
        return _opens_sentence(text, start, word_start)
    return describes(word)


def _opens_sentence(text: str, start: int, end: int) -> bool:
    """Does a word at `end` open a sentence, in a paragraph from `start`: is there only white
    space before it, or the end of a sentence? Read back from `end`: a search of everything
    before it was quadratic in a long paragraph."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end == start or text[end - 1] in _SENTENCE_END
