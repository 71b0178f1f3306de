"""`repetition`: a word typed twice ("the the"), Vale's `repetition`.

Only words separated by white space within one paragraph count, so a sentence or clause
boundary ("..., that. That") never makes a pair, nor does a headline with the paragraph
under it; a line break inside a wrapped paragraph does ("the\nthe" is the classic typo). Grammatical doubles
("had had", "that that") are the rule's `exceptions`; two capitalised words ("Sirhan
Sirhan", "Bora Bora") are taken for a name. The suggestion drops the second word, a fix
safe enough to apply unattended.
"""
from __future__ import annotations

from collections.abc import Iterator

from proof.document import Document
from proof.flag import Flag
from proof.style.pattern_rule import MATCH_FIELDS, PatternRule
from proof.style.patterns import words_pattern

_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)*"


def _title(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


class Repetition(PatternRule):
    type_name = "repetition"
    safe_fix = True
    in_quotes = True  # a doubled word in a quotation is a typo, not the speaker's words
    fields = {
        "tokens": "patterns of what counts as a word (default: words of letters)",
        "alpha": "true: only words of letters count (Vale's switch)",
        **MATCH_FIELDS,
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.read_match_fields()
        tokens = self.strings("tokens") or [_WORD]
        self.alpha = self.get("alpha", bool, False)
        self.regex = self.pattern("tokens", words_pattern(tokens, self.nonword))

    def check(self, document: Document) -> Iterator[Flag]:
        for start, end in self.spans(document, self.scopes):
            previous = None
            for match in self.matches_in(document.text, start, end):
                word = match.group()
                if self.alpha and not word.isalpha():
                    previous = None
                    continue
                if previous is not None and self._repeats(document.text, previous, match):
                    yield self.flag(previous.start(), match.end(), [previous.group()], match=word)
                    previous = None
                    continue
                previous = match

    def _repeats(self, text: str, first, second) -> bool:
        one, two = first.group(), second.group()
        return (one.casefold() == two.casefold() and text[first.end():second.start()].isspace()
                and (self.ignorecase or one == two or one[:1].isupper() and one[1:] == two[1:])
                and not (_title(one) and _title(two)))
