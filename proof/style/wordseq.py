"""Word sequences for the context rule types (confusable, negation, punctuation).

Those rules judge a word by its neighbours, so they see a sentence as a list of `Word`s
and describe neighbours with short *phrases* written in the rule file:

- a literal word, compared without regard to case or apostrophe style: `rogue`, `it's`;
- `$name`: any word of the lexical class `name` that the rule file defines;
- `/regex/`: any word the regular expression matches whole (`/.+ly/`);
- `*`: any one word; `...`: up to two words of any kind;
- `$end`: the edge of the clause: the end of the sentence or a punctuation mark
  (a phrase never reaches across a comma, bracket or quotation mark).

"over ... $documents" thus matches "over the documents" and "over the court documents".
Lexicons live in the rule files; this module only knows how to match them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import regex

from proof.core.document import Document
from proof.core.text import WORD, sentences
from proof.style.news.memo import per_document
from proof.style.patterns import PatternError, compile_pattern, fullmatch

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_GAP = 2  # words `...` may skip


def normalise(text: str) -> str:
    """The form lexicons compare: lower case, straight apostrophes, no final full stop."""
    # The curly apostrophes are not ASCII; most words are, and str.translate costs several
    # times the test.
    straight = text if text.isascii() else text.translate(APOSTROPHES)
    return straight.lower().rstrip(".")


# Not frozen: one is made for every word of every document, and a frozen data class's
# __init__ costs twice as much. Rules share these words and never change them.
@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    key: str
    #: Punctuation stands between this word and the one before it (a figure alone does not
    #: count: phrases skip figures).
    after_break: bool
    first: bool

    @property
    def lower(self) -> bool:
        return self.text[:1].islower()


def sentence_words(text: str, start: int, end: int) -> list[Word]:
    """The words of one sentence, each knowing whether punctuation precedes it."""
    found: list[Word] = []
    previous_end = start
    for token in WORD.finditer(text, start, end):
        token_start, token_end = token.span()
        # Only a word an apostrophe follows can be a plural possessive (most words need no call).
        if token_end < end and text[token_end] in "'’":
            token_end = _plural_possessive_end(text, start, token_end, end)
        word = text[token_start:token_end]
        after_break = bool(found) and _breaks(text[previous_end:token_start])
        found.append(Word(token_start, token_end, word, normalise(word), after_break, not found))
        previous_end = token_end
    return found


# A figure, with its currency sign, separators and per cent sign: "$5 billion", "1,000 people".
_FIGURE = regex.compile(r"[$€£¥]?\d(?:[\d,.]*\d)?%?")


def _breaks(gap: str) -> bool:
    """Punctuation between two words ends a clause; a figure alone does not ("more than
    $5 billion" is one stretch of words, the figure left out)."""
    # Most gaps are a space: no need to take figures out of them.
    return not gap.isspace() and _FIGURE.sub("", gap).strip() != ""


_OPENING_SINGLE_QUOTE = regex.compile(r"(?:^|(?<=\s))['‘](?=\w)")


def _plural_possessive_end(text: str, start: int, token_end: int, end: int) -> int:
    """Where a word ends once a plural possessive's apostrophe ("investors' money") is
    counted in: that apostrophe belongs to the word and does not break the clause. After
    an opening single quotation mark in the sentence it is taken to close the quotation."""
    if (
        text[token_end - 1 : token_end] in ("s", "S")
        and token_end < end
        and text[token_end] in "'’"
        and text[token_end + 1 : token_end + 2] == " "
        and text[token_end + 2 : token_end + 3].isalpha()
        and not _OPENING_SINGLE_QUOTE.search(text, start, token_end)
    ):
        return token_end + 1
    return token_end


@per_document
def _sentences_of(document: Document, kinds: frozenset[str] | None) -> tuple[list[Word], ...]:
    text = document.text
    return tuple(
        sentence_words(text, start, end)
        for paragraph in document.paragraphs
        if kinds is None or paragraph.kind in kinds
        for start, end in sentences(text, paragraph.start, paragraph.end)
    )


def document_sentences(document: Document, kinds: Iterable[str] | None = None) -> Iterable[list[Word]]:
    """Every sentence of the document (optionally only paragraphs of `kinds`) as words.

    Dozens of context rules walk the same sentences, so they are split once per document
    and shared: callers read the lists and never change them.
    """
    return _sentences_of(document, frozenset(kinds) if kinds is not None else None)


@per_document
def _word_index(document: Document) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {}
    for number, sentence in enumerate(_sentences_of(document, None)):
        for index, word in enumerate(sentence):
            found.setdefault(word.key, []).append((number, index))
    return found


def occurrences(document: Document, keys: Iterable[str]) -> Iterator[tuple[list[Word], int]]:
    """(sentence, index in it) of every word whose key is one of `keys`, in document order.

    A rule about a few words looks them up in a per-document index instead of walking
    every word of every sentence.
    """
    index = _word_index(document)
    every = _sentences_of(document, None)
    for number, position in sorted(p for key in keys for p in index.get(key, ())):
        yield every[number], position


class WordSet:
    """A set of words given as literals and `/regex/` entries."""

    def __init__(self, literals: Iterable[str] = (), patterns: Iterable[regex.Pattern] = ()):
        self.literals = frozenset(literals)
        self.patterns = tuple(patterns)

    def __contains__(self, key: str) -> bool:
        if key in self.literals:
            return True
        # Most sets have no patterns: their test is then over without setting up a search.
        return bool(self.patterns) and any(fullmatch(p, key) for p in self.patterns)

    def __or__(self, other: WordSet) -> WordSet:
        return WordSet(self.literals | other.literals, self.patterns + other.patterns)


class LexiconError(ValueError):
    """A bad entry in a word list or phrase; the message says which."""


def _regex_entry(entry: str) -> regex.Pattern | None:
    if len(entry) > 2 and entry.startswith("/") and entry.endswith("/"):
        try:
            return compile_pattern(entry[1:-1], ignorecase=True)
        except PatternError as exc:
            raise LexiconError(str(exc)) from None
    return None


def word_set(entries: Iterable[str]) -> WordSet:
    literals, patterns = [], []
    for entry in entries:
        pattern = _regex_entry(str(entry))
        if pattern is not None:
            patterns.append(pattern)
        elif len(str(entry).split()) > 1:
            raise LexiconError(
                f"a word list holds single words, not the phrase {entry!r} (write phrases in a context or phrase list)"
            )
        else:
            literals.append(normalise(str(entry)))
    return WordSet(literals, patterns)


_ANY, _GAP_ITEM, _END = "*", "...", "$end"


class Phrase:
    """One compiled phrase; matched forwards (after a word) or backwards (before it)."""

    def __init__(self, text: str, classes: Mapping[str, WordSet]):
        self.text = text
        self.items: list[object] = []
        for item in text.split():
            if item in (_ANY, _GAP_ITEM, _END):
                self.items.append(item)
            elif item.startswith("$"):
                if item[1:] not in classes:
                    raise LexiconError(
                        f"phrase {text!r} names an unknown class {item!r} "
                        f"(defined: {', '.join(sorted(classes)) or 'none'})"
                    )
                self.items.append(classes[item[1:]])
            else:
                self.items.append(word_set([item]))
        if not self.items:
            raise LexiconError("an empty phrase")

    @property
    def first_words(self) -> WordSet | None:
        """The words the phrase can start with, or None when it starts with any word."""
        first = self.items[0]
        return first if isinstance(first, WordSet) else None

    def match_after(self, sentence: Sequence[Word], index: int) -> int | None:
        """Match the words following word `index`; the index of the last word matched."""
        return _match(self.items, sentence, index, 1)

    def match_before(self, sentence: Sequence[Word], index: int) -> int | None:
        """Match the words preceding word `index` (read right to left); the first word matched."""
        return _match(self.items[::-1], sentence, index, -1)


def _joined(sentence: Sequence[Word], a: int, b: int) -> bool:
    """Words a and b (neighbours, in either order) are not separated by punctuation."""
    return not sentence[max(a, b)].after_break


def _match(items: Sequence[object], sentence: Sequence[Word], at: int, step: int) -> int | None:
    if not items:
        return at
    item, rest = items[0], items[1:]
    nxt = at + step
    inside = 0 <= nxt < len(sentence) and _joined(sentence, at, nxt)
    if item == _END:
        return None if inside else _match(rest, sentence, at, step)
    if item == _GAP_ITEM:
        position = at
        for _ in range(_GAP + 1):
            found = _match(rest, sentence, position, step)
            if found is not None:
                return found
            ahead = position + step
            if not (0 <= ahead < len(sentence) and _joined(sentence, position, ahead)):
                return None
            position = ahead
        return None
    if not inside:
        return None
    if item == _ANY or sentence[nxt].key in item:  # type: ignore[operator]
        return _match(rest, sentence, nxt, step)
    return None


def compile_classes(spec: Mapping[str, object]) -> dict[str, WordSet]:
    """A rule file's `classes`: name → list of words (literals and /regex/ entries)."""
    classes: dict[str, WordSet] = {}
    for name, entries in spec.items():
        if isinstance(entries, str):
            entries = [entries]
        if not isinstance(entries, list) or not all(isinstance(e, (str, int)) for e in entries):
            raise LexiconError(f"class {name!r} must be a list of words")
        try:
            classes[str(name)] = word_set(str(e) for e in entries)
        except LexiconError as exc:
            raise LexiconError(f"class {name!r}: {exc}") from None
    return classes


def compile_phrases(entries: Iterable[str], classes: Mapping[str, WordSet]) -> list[Phrase]:
    return [Phrase(str(entry), classes) for entry in entries]


def any_after(phrases: Iterable[Phrase], sentence: Sequence[Word], index: int) -> bool:
    return any(p.match_after(sentence, index) is not None for p in phrases)


def any_before(phrases: Iterable[Phrase], sentence: Sequence[Word], index: int) -> bool:
    return any(p.match_before(sentence, index) is not None for p in phrases)
