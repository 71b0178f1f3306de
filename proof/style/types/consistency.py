"""`consistency`: two forms where one document must use only one (Vale's `either`).

Each `either` pair is counted over the whole document (a headline counts like any other
line). When both forms occur, every use of the MINORITY form is flagged and the majority
form suggested. On a tie the form of the document's dialect wins (the rule's `dialects`
says which side is which; without it the variant word list is asked), and failing that
the form used first.

A form may be a pattern that stands for many words ("(?:organ|real)is(?:e|ed|ing)"); when
the two patterns of a pair differ only in a plain piece of text ("is" / "iz"), the
suggestion swaps that piece inside the matched word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from proof.core.dialect import dialect_known, variant_table
from proof.core.document import Document
from proof.core.flag import Flag
from proof.core.text import ABBREVIATIONS, next_word
from proof.style.case import match_case
from proof.style.pattern_rule import MATCH_FIELDS, PatternRule
from proof.style.patterns import WORD_END, literal_text, refers_to_groups, words_pattern


@dataclass(frozen=True)
class Form:
    """One side of a pair: its group in the rule's pattern (the whole form, or only the
    differing piece when the pair was split), and how to write it."""

    group: str
    literal: str | None  # the whole form, when it is plain text
    piece: str | None  # the text that differs from the other side, when the split worked


def _split(one: str, other: str) -> tuple[str, str, str, str] | None:
    """(prefix, piece of `one`, piece of `other`, suffix) when the patterns differ only in a
    plain piece of text between a shared prefix and a shared suffix."""
    limit = min(len(one), len(other))
    head = 0
    while head < limit and one[head] == other[head]:
        head += 1
    tail = 0
    while tail < limit - head and one[-1 - tail] == other[-1 - tail]:
        tail += 1
    while head and (head - len(one[:head].rstrip("\\"))) % 2:  # never split an escape
        head -= 1
    pieces = (one[head : len(one) - tail], other[head : len(other) - tail])
    if any(literal_text(p) != p for p in pieces):
        return None
    return one[:head], pieces[0], pieces[1], one[len(one) - tail :]


def _case_piece(piece: str, original: str, whole: str) -> str:
    sample = original if any(c.isalpha() for c in original) else whole
    return piece.upper() if sample.isupper() else piece


_END_OR_POSSESSIVE = f"(?:(?=['’]s{WORD_END})|{WORD_END})"
_OPENING = frozenset("\"“‘'([")


def starts_sentence(text: str, index: int) -> bool:
    """True when `index` starts a paragraph or a sentence (after white space and opening
    quotes or brackets); a full stop that ends an abbreviation ("U.S. Defense") does not
    end a sentence."""
    i = index
    while i and (text[i - 1].isspace() or text[i - 1] in _OPENING):
        i -= 1
        if text[i] == "\n":
            return True
    if i == 0:
        return True
    if text[i - 1] in "!?:":
        return True
    if text[i - 1] != ".":
        return False
    word_start = i - 1
    while word_start and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start : i - 1]
    return not ("." in word or len(word) == 1 or word.lower() in ABBREVIATIONS)


_LETTERS = regex.compile(r"[^\W\d_]+")


def _dialect(texts: list[str]) -> str | None:
    british, american = variant_table()
    words = [w for t in texts for w in _LETTERS.findall(t.lower())]
    gb = sum(w in british and w not in american for w in words)
    us = sum(w in american and w not in british for w in words)
    return "en-GB" if gb > us else "en-US" if us > gb else None


class Consistency(PatternRule):
    type_name = "consistency"
    fields = {
        "either": "map of form → other form (each a pattern); a document must keep to one of each pair",
        "dialects": "[en-GB, en-US]: the dialect of the left forms and of the right forms, for ties",
        "names": "true: a capitalised form used inside a sentence is taken for a name (the Labour Party, "
        "the U.S. Defense Department) and not counted, nor where a sentence starts with it and the same next word",
        **MATCH_FIELDS,
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        either = self.mapping("either")
        if not either:
            raise self.error("either", "a consistency rule needs an `either` map")
        self.read_match_fields()
        self.dialects = tuple(self.strings("dialects")) or None
        if self.dialects is not None and (len(self.dialects) != 2 or len(set(self.dialects)) != 2):
            raise self.error("dialects", "must name two different dialects, e.g. [en-GB, en-US]")
        self.names = self.get("names", bool, False)
        self.pairs: list[tuple[Form, Form]] = []
        # The pairs are searched together, each form in a named group that tells which
        # matched. A pair whose forms refer to their own groups (\1) is searched alone, as
        # one pattern if splitting it leaves their numbers as they were, else one form a search.
        bodies: list[str] = []
        self.searches: list[tuple[regex.Pattern, str | None]] = []
        for i, (first, second) in enumerate(either.items()):
            self.pattern("either", first, self.ignorecase)
            self.pattern("either", second, self.ignorecase)
            one, two = f"f{i}_0", f"f{i}_1"
            split = _split(first, second)
            body = None
            if split:
                # Both forms in one alternative: the shared prefix and suffix are matched once.
                prefix, piece_one, piece_two, suffix = split
                body = f"{prefix}(?:(?P<{one}>{regex.escape(piece_one)})|(?P<{two}>{regex.escape(piece_two)})){suffix}"
            if not refers_to_groups(first) and not refers_to_groups(second):
                bodies += [body] if body else [f"(?P<{one}>{first})", f"(?P<{two}>{second})"]
            elif body and (alone := self._words([body])).groups == alone.groupindex[two]:
                self.searches.append((alone, None))  # no group after the named ones: numbers hold
            else:
                split = None
                self.searches += [(self._words([first]), one), (self._words([second]), two)]
            self.pairs.append(
                (
                    Form(one, literal_text(first), split[1] if split else None),
                    Form(two, literal_text(second), split[2] if split else None),
                )
            )
        if bodies:
            self.searches.insert(0, (self._words(bodies), None))

    def _words(self, bodies: list[str]) -> regex.Pattern:
        """One pattern matching any of `bodies` as whole words (or not, by `nonword`)."""
        pattern = words_pattern(bodies, self.nonword)
        if not self.nonword:
            # A possessive is a use of the word: "the theatre's director" counts as "theatre".
            pattern = pattern[: -len(WORD_END)] + _END_OR_POSSESSIVE
        return self.pattern("either", pattern, self.ignorecase)

    def _form(self, match: regex.Match) -> str | None:
        for pair in self.pairs:
            for form in pair:
                if form.group in match.re.groupindex and match.start(form.group) >= 0:
                    return form.group
        return None

    def check(self, document: Document) -> Iterator[Flag]:
        found: dict[str | None, list[regex.Match]] = {}
        text = document.text
        tagged = [
            (match, form or self._form(match))
            for pattern, form in self.searches
            for match in self.matches(document, pattern)
        ]
        if self.names:
            # A capitalised form inside a sentence is a name (the U.S. Defense Department), and so
            # it is where a sentence starts with the same next word ("Email Systems said").
            inside = [m for m, _ in tagged if m.group()[:1].isupper() and not starts_sentence(text, m.start())]
            names = {(m.group(), after) for m in inside if (after := next_word(text, m.end()))}
            skipped = {m.start() for m in inside}
            tagged = [
                (m, form)
                for m, form in tagged
                if m.start() not in skipped and (m.group(), next_word(text, m.end())) not in names
            ]
        for match, form in tagged:
            found.setdefault(form, []).append(match)
        for first, second in self.pairs:
            one, two = found.get(first.group, []), found.get(second.group, [])
            if not one or not two:
                continue
            # auto's fallback dialect (en-US, the copy showing none) says nothing: the form used first wins.
            language = document.language if dialect_known(document) else None
            keep, drop = (first, second) if self._first_wins(one, two, language) else (second, first)
            for match in found[drop.group]:
                yield self.flag(match.start(), match.end(), self._suggestion(match, drop, keep), match=match.group())

    def _first_wins(self, one: list[regex.Match], two: list[regex.Match], language: str | None) -> bool:
        if len(one) != len(two):
            return len(one) > len(two)
        dialects = self.dialects or (_dialect([m.group() for m in one]), _dialect([m.group() for m in two]))
        if language in dialects and dialects[0] != dialects[1]:
            return dialects[0] == language
        return one[0].start() < two[0].start()

    @staticmethod
    def _suggestion(match: regex.Match, drop: Form, keep: Form) -> list[str]:
        whole = match.group()
        if keep.piece is not None and drop.piece is not None:
            start, end = match.start(drop.group) - match.start(), match.end(drop.group) - match.start()
            piece = _case_piece(keep.piece, whole[start:end], whole)
            return [whole[:start] + piece + whole[end:]]
        if keep.literal is not None:
            return [match_case(keep.literal, whole)]
        return []
