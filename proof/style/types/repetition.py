"""`repetition`: a word typed twice ("the the"), Vale's `repetition`.

Only words separated by white space within one paragraph count, so a sentence or clause
boundary ("..., that. That") never makes a pair, nor does a headline with the paragraph
under it; a line break inside a wrapped paragraph does ("the\nthe" is the classic typo).
Grammatical doubles ("had had", "that that") are the rule's `exceptions`, unless the word
after them is one of the double's `typo_before` words: "that that decision" is a
conjunction and a demonstrative, but "that that the decision" can only be a typo, as a
demonstrative never stands before a determiner or a subject pronoun. Two capitalised
words ("Sirhan Sirhan", "Bora Bora") are taken for a name, and so is a capitalised word
after its lower-case twin ("senior law lord Lord Bingham"); a word joined to another
by a hyphen or an apostrophe ("post-war war") is not a double. The suggestion drops the
second word, a fix safe enough to apply unattended; across a line break it keeps the break.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from proof.core.document import Document
from proof.core.flag import Flag
from proof.core.text import next_word
from proof.style.pattern_rule import MATCH_FIELDS, PatternRule
from proof.style.patterns import WORD_END as _END
from proof.style.patterns import words_pattern

_LETTERS = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_JOINERS = "'’-"


def _edges_clear(text: str, match: regex.Match) -> bool:
    """Not part of a longer compound ("anti-war war", "o'clock clock")."""
    start, end = match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    return before not in _JOINERS and not (after[:1] in _JOINERS and after[1:2].isalnum())


def _title(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


class Repetition(PatternRule):
    type_name = "repetition"
    safe_fix = True
    in_quotes = True  # a doubled word in a quotation is a typo, not the speaker's words
    fields = {
        "tokens": "patterns of what counts as a word (default: words of letters)",
        "alpha": "true: only words of letters count (Vale's switch)",
        "typo_before": "excepted doubles that are typos after all before these words (that: [the, a, he...])",
        **MATCH_FIELDS,
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.read_match_fields()
        self.alpha = self.get("alpha", bool, False)
        self.typo_before = self._typo_before()
        tokens = self.strings("tokens")
        # Candidates come from the regex engine (a word, white space, the same word in any
        # case); which of them are real doubles is decided in Python. The default word is
        # matched loosely (\w, plain \b edges: several times faster) and checked below.
        if tokens:
            word = words_pattern(tokens, self.nonword)
            pattern = f"(?P<one>{word})\\s+(?P<two>(?P=one)){_END}"
        else:
            pattern = r"\b(?P<one>\w+(?:['’]\w+)*)\s+(?P<two>(?P=one))\b"
        self.words_only = not tokens
        self.regex = self.pattern("tokens", pattern, ignorecase=True)

    def _typo_before(self) -> dict[str, frozenset[str]]:
        value = self.get("typo_before", dict, {})
        if not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v) for k, v in value.items()
        ):
            raise self.error("typo_before", "must map a word to a list of words (that: [the, a])")
        return {self._key(k): frozenset(w.lower() for w in v) for k, v in value.items()}

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        for match in self.matches(document):
            one, two = match.group("one"), match.group("two")
            if self.words_only and not (_LETTERS.fullmatch(one) and _edges_clear(text, match)):
                continue
            if self._double(one, two, text, match.end()):
                yield self._flag_keeping_line_breaks(document, match)

    def _flag_keeping_line_breaks(self, document: Document, match: regex.Match) -> Flag:
        """The fix drops the second word with the space before it ("the the plan" → "the
        plan"), unless that space is a line break in the file ("said it\nit was", which the
        reader folds into one line): then the second word goes with the space after it, so
        the fix leaves "said it\nwas" and the hard wrap stays where it was."""
        one, two = match.group("one"), match.group("two")
        gap = document.source[slice(*document.to_source(match.end("one"), match.start("two")))]
        after = regex.match(r"\s+", document.text[match.end() :])
        if after is None or not any(c in gap for c in "\r\n"):
            return self.flag(match.start(), match.end(), [one], match=two)
        return self.flag(match.start("two"), match.end() + after.end(), [""], match=two)

    def _double(self, one: str, two: str, text: str, end: int) -> bool:
        if self._key(one) in self.exceptions and not self._typo_here(one, text, end):
            return False
        if self.alpha and not one.isalpha():
            return False
        if _title(one) and _title(two):
            return False
        # "law lord Lord Bingham", "the bill Bill Clinton": a capital mid-sentence starts a name.
        if one[:1].islower() and two[:1].isupper():
            return False
        return self.ignorecase or one == two or (one[:1].isupper() and one[1:] == two[1:])

    def _typo_here(self, one: str, text: str, end: int) -> bool:
        """An excepted double before one of its `typo_before` words ("that that the")."""
        after = self.typo_before.get(self._key(one))
        return bool(after) and next_word(text, end).lower() in after
