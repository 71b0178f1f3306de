"""`capitalization`: headline (title) or sentence case where the house style says so,
Vale's `capitalization` (`match: $title | $sentence | $lower | $upper` or a pattern).

For `$sentence`, a capitalised word after the first is wrong unless it is a name: an
exception, an acronym, a word after a colon (`indicators`), a word the document itself
capitalises in the middle of a sentence ("Hagel", "Alaska", "Mirza" for "Mirza's"), a given
name (Serena), a word the dictionary does not hold as a common word in any of its forms
("Utd", "Keynes"; not "Resigns", common as "resign"), or a capitalised word
just before such a word ("Man Utd", "President Obama": a name's first half). A heading is flagged when
fewer than `threshold` of its words conform and, in sentence case, at least two words are
wrong, so one unknown name does not trip it. All-
capitals headings (old wire slugs) are left alone. The suggestion is the corrected heading.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from proof.core.document import Document
from proof.core.flag import Flag
from proof.core.text import Token, sentences, words
from proof.spelling.lexicon import frequencies
from proof.style.news.names import is_given_name
from proof.style.patterns import fullmatch
from proof.style.rule import Rule

# Words a headline-case (AP, Chicago) title keeps in lower case unless first or last.
MINOR_WORDS = frozenset(
    "a an and as at but by en for if in nor of off on or per so the to up via vs yet from into onto over with".split()
)


# pyspellchecker's count below which a capitalised headline word is taken for a name
# (Keynes 76, Mirza 50, Fritz 536) rather than a common word. A headline's verb is counted
# by its plainest form: resigns 280 but resign 6,717, slumps 203 but slump 733.
_COMMON = 600
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def _count(word: str) -> int:
    """The word's count, or that of its plainest form if higher (resigns → resign)."""
    counts = frequencies()
    forms = [word] + [word[: -len(end)] + base for end, base in _ENDINGS if word.endswith(end)]
    return max(counts.get(form, 0) for form in forms)


def _unlisted(word: str) -> bool:
    """A name, by the dictionary: rare as a word (Utd, Keynes), or a given name (Serena)."""
    bare = _bare(word)
    return is_given_name(bare) or _count(bare.lower()) < _COMMON


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _plain(word: str) -> bool:
    return word.isalpha() or all(part.isalpha() for part in word.replace("’", "'").split("'"))


@lru_cache(maxsize=4)
def _names(text: str, body: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """Words the document capitalises in the middle of a sentence: its names."""
    found = set()
    for start, end in body:
        for s_start, s_end in sentences(text, start, end):
            found.update(_bare(t.text) for t in words(text, s_start, s_end)[1:] if t.text[:1].isupper())
    return frozenset(found)


def _bare(word: str) -> str:
    """`word` without a possessive ending: Mirza's is the name Mirza."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


class Capitalization(Rule):
    type_name = "capitalization"
    fields = {
        "match": "$sentence, $title, $lower, $upper, or a pattern the whole text must match",
        "style": "AP or Chicago (Vale's; both keep the same short words lower case here)",
        "exceptions": "words whose capitalisation is always right (names, brands)",
        "indicators": "characters after which a capital is fine (default ':')",
        "threshold": "share of words that must conform (0-1, default 0.8)",
        "scope": "where: heading (default), title, sentence, paragraph, line",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.match = self.get("match", str, "$sentence")
        self.custom = None if self.match.startswith("$") else self.pattern("match", self.match)
        if self.custom is None and self.match not in ("$sentence", "$title", "$lower", "$upper"):
            raise self.error("match", "must be $sentence, $title, $lower, $upper or a pattern")
        self.get("style", str)
        self.exceptions = frozenset(self.strings("exceptions"))
        self.indicators = tuple(self.strings("indicators")) or (":",)
        self.threshold = float(self.get("threshold", (int, float), 0.8))
        self.scopes = self.scope("heading")
        # One stray capital in sentence case is more often an unknown name than a mistake.
        self.least = 2 if self.match == "$sentence" else 1

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        for start, end in self.spans(document, self.scopes):
            span = text[start:end]
            if self.custom is not None:
                if not fullmatch(self.custom, span):
                    yield self.flag(start, end, match=span)
                continue
            letters = [c for c in span if c.isalpha()]
            if not letters or all(c.isupper() for c in letters):
                continue
            fixed = self._fixed(document, start, end)
            if fixed is not None and fixed != span:
                yield self.flag(start, end, [fixed], match=span)

    def _fixed(self, document: Document, start: int, end: int) -> str | None:
        """The span in the expected case, or None when enough of it already conforms."""
        text = document.text
        tokens = [t for t in words(text, start, end) if _plain(t.text)]
        names = self._names_in(document, tokens) if self.match == "$sentence" else set()
        changes: dict[int, str] = {}
        judged = 0
        for i, token in enumerate(tokens):
            expected = None if i in names else self._expected(document, token, i, tokens, text)
            if expected is None:
                continue
            judged += 1
            if expected != token.text:
                changes[token.start] = expected
        if len(changes) < self.least or (judged - len(changes)) / judged >= self.threshold:
            return None
        out, position = [], start
        for token_start, new in sorted(changes.items()):
            out.append(text[position:token_start] + new)
            position = token_start + len(new)
        return "".join(out) + text[position:end]

    def _expected(self, document: Document, token: Token, i: int, tokens: list[Token], text: str) -> str | None:
        """How `token` should be written, or None if this rule does not judge it."""
        word = token.text
        if word in self.exceptions or (word.isupper() and len(word) > 1):
            return None
        if self.match == "$lower":
            return word.lower()
        if self.match == "$upper":
            return word.upper()
        after_indicator = i and text[tokens[i - 1].end : token.start].strip()[-1:] in self.indicators
        if self.match == "$title":
            last = i == len(tokens) - 1
            if word.lower() in MINOR_WORDS and i and not last and not after_indicator:
                return word.lower()
            return word[:1].upper() + word[1:]
        if i == 0 or after_indicator:
            return None
        return word if not _capitalised(word) else word.lower()

    def _names_in(self, document: Document, tokens: list[Token]) -> set[int]:
        """The positions in `tokens` of the capitalised words that are names."""
        text = document.text
        body = tuple((p.start, p.end) for p in document.paragraphs if p.kind != "heading")
        known = _names(text, body)
        capitalised = [_capitalised(t.text) for t in tokens]
        unlisted = {i for i, t in enumerate(tokens) if capitalised[i] and _unlisted(t.text)}
        names = unlisted | {i for i, t in enumerate(tokens) if capitalised[i] and _bare(t.text) in known}
        # A name the dictionary lacks may have its first half just before it (Man Utd,
        # President Obama); the word after a name, or before one the body uses, is as often
        # the headline's verb (Obama Slams Rivals, Obama Slams Republicans).
        for i in unlisted:
            j = i - 1
            if (
                j >= 0
                and capitalised[j]
                and tokens[j].text.lower() not in MINOR_WORDS
                and _adjacent(text, tokens, j, i)
            ):
                names.add(j)
        return names


def _adjacent(text: str, tokens: list[Token], first: int, second: int) -> bool:
    """Whether two tokens stand side by side with only a space between them."""
    return text[tokens[first].end : tokens[second].start] == " "
