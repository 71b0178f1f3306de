"""The spelling checker: misspellings, other-dialect spellings, names spelled two ways.

What is accepted without a dictionary look-up: all-caps words (NATO, MOSCOW) and mixed-case
names (MacSwan). A capitalised word is a name on evidence (`_name_evidence`: used again,
with a possessive, in a title-case heading); without it, it is flagged when it is far likelier
a slip of its best suggestion than a name (`proof.spelling.slips`). See `tokens` for what is
never a word at all (numbers, URLs, abbreviations).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from typing import Protocol

from proof.core.dialect import (
    LANGUAGES,
    american_forms,
    detect_dialect,
    other_dialect_form,
    resolve_language,
)
from proof.core.document import Document
from proof.core.flag import Flag, Source
from proof.core.wordlist import project_words
from proof.pipeline.checker import Checker
from proof.settings.config import Config
from proof.spelling.dates import calendar_word
from proof.spelling.foreign import foreign_words
from proof.spelling.lexicon import (
    ATTESTED,
    DIALECT_WORDS,
    HUGE_EXTRA,
    WIRE_ABBREVIATIONS,
    Lexicon,
    data_words,
    frequencies,
    loan_phrase_words,
    normalise,
)
from proof.spelling.morphology import PREFIXES, built_word, combining_form, elided, emphasis
from proof.spelling.names import name_variants
from proof.spelling.slips import built_slip, in_use, is_slip, listed_word
from proof.spelling.suggest import (
    LIMIT,
    accented_form,
    match_case,
    strip_accents,
    suggestions,
    zipf,
)
from proof.spelling.tokens import Word, spelling_words

MISSPELLED = "spelling.Misspelled"
VARIANT = "spelling.Variant"
NAME_VARIANT = "spelling.NameVariant"
LONG_WORD = "spelling.LongWord"
DIALECT_NAMES = {"en-GB": "British", "en-US": "American"}

# Lower-case particles of names (Ludwig von Mises, Rafael del Pino).
NAME_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "des",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "da",
        "dal",
        "dalla",
        "di",
        "du",
        "dos",
        "das",
        "del",
        "della",
        "ter",
        "ten",
        "zu",
    ]
)
# Words that follow the name of who speaks (Monsod said): at a sentence's start, the word
# before them (or before a wire abbreviation: Gelco Corp, Sunoil prev 37.4) is a name, not a
# slip, whatever wordfreq lacks.
SAYING = frozenset(["said", "says", "added", "adds", "told", "tells", "reported", "announced", "stated", "noted"])
# wordfreq's Zipf from which a known word written with accents is in use (naïve 3.1, exposé 2.7;
# cafè 1.5).
_ACCENTED_IN_USE = 2.0
# A slip is one or two edits from its word; a longer unknown word with none that close is a term.
_LONG_WORD = 7
# pyspellchecker's count from which a word is common (Wednesday 618, Treasury 2094) rather
# than one of the names it also lists (Putin 138, Evansville 50).
_COMMON_WORD = 400
# The longest syllable of a hyphenated given name (Ka-shing, Jong-un).
_SYLLABLE = 4
# The longest word in the major English dictionaries (pneumonoultramicroscopicsilicovolcanoconiosis).
# A longer run of letters is stray or pasted text, not a word to look up: judging it is
# no help to the editor, and the look-ups cost time and memory that grow faster than its
# length (200,000 letters exhausted memory).
LONGEST_WORD = 45

DESCRIPTIONS = {
    MISSPELLED: "A word that is in none of the dictionaries: the English dictionary, the SCOWL words "
    "of the copy's dialect, the wire abbreviations and the project dictionary.",
    VARIANT: "A British spelling in American copy, or an American one in British copy.",
    NAME_VARIANT: "A name spelled two ways in one article; the rarer spelling is flagged.",
    LONG_WORD: f"A run of more than {LONGEST_WORD} letters, longer than any English word: stray or pasted "
    "text. It is not spell-checked.",
}


class Context(Protocol):
    """Evidence from a word's sentence (a language model's, `proof.realword.in_context.ContextEvidence`)."""

    def explains(self, document: Document, start: int, end: int, candidate: str) -> float | None:
        """How much better (log10) `candidate` in place of the text at [start, end) explains
        the words either side than a word the model does not know; None without a model."""
        ...


class SpellingChecker(Checker):
    name = "spelling"
    source = Source.SPELLING

    def __init__(self, project: frozenset[str] = frozenset(), language: str = "auto", context: Context | None = None):
        self.project = project
        self.language = language
        self.context = context
        self._lexicons: dict[tuple[str, ...], Lexicon] = {}

    @classmethod
    def from_config(cls, config: Config, context: Context | None = None) -> SpellingChecker:
        return cls(frozenset(normalise(word) for word in project_words(config)), config.settings.language, context)

    def lexicon(self, dialects: tuple[str, ...]) -> Lexicon:
        if dialects not in self._lexicons:
            self._lexicons[dialects] = Lexicon(dialects, self.project)
        return self._lexicons[dialects]

    def check(self, document: Document) -> list[Flag]:
        language = document.language or resolve_language(self.language, document.text)
        # Copy that shows neither dialect's spellings is held to neither: "jewellery" in
        # a short item with no other variant is not an error for want of evidence.
        neutral = self.language == "auto" and detect_dialect(document.text) is None
        lexicon = self.lexicon(LANGUAGES if neutral else (language,))
        loan_words = loan_phrase_words(document.text)
        every_word = spelling_words(document)
        words = [w for w in every_word if normalise(w.text) not in loan_words]
        explains = None if self.context is None else partial(self.context.explains, document)
        flags = list(_flags(words, lexicon, language, variants=not neutral, explains=explains))
        return _outside_foreign_phrases(document.text, every_word, flags, lexicon.known)


def _outside_foreign_phrases(
    text: str, words: list[Word], flags: list[Flag], known: Callable[[str], bool]
) -> list[Flag]:
    """The flags but the misspellings that are words of a phrase in another language."""
    index = {w.start: i for i, w in enumerate(words)}
    misspelled = {index[f.start] for f in flags if f.rule == MISSPELLED and f.start in index}
    if not misspelled:
        return flags
    foreign = {words[i].start for i in foreign_words(text, words, misspelled, known)}
    return [f for f in flags if f.rule != MISSPELLED or f.start not in foreign]


def _flags(
    words: list[Word],
    lexicon: Lexicon,
    language: str,
    variants: bool = True,
    explains: Callable[[int, int, str], float | None] | None = None,
) -> Iterator[Flag]:
    judged = [w for w in words if len(w.text) <= LONGEST_WORD]
    names = name_variants(judged, lexicon.known)
    capitalised = Counter(w.text for w in judged if w.shape == "capitalised")
    for i, word in enumerate(words):
        shape = word.shape
        if len(word.text) > LONGEST_WORD:
            yield _long_word(word)
        elif word.text in names:
            yield _two_spellings(word, names[word.text], language)
        elif shape == "lower":
            flag = _judge(word, lexicon, language, variants)
            if flag:
                yield flag
        elif shape == "capitalised" and _calendar_slip(word, lexicon):
            yield _flag(
                word,
                MISSPELLED,
                "error",
                f"Possible misspelling: '{word.text}'.",
                tuple(dict.fromkeys((calendar_word(word.text), *suggestions(word.text, language))))[:LIMIT],
            )
        elif shape == "capitalised" and not _name_evidence(word, capitalised, lexicon.known):
            flag = _judge(word, lexicon, language, variants)
            # Inside a sentence a capitalised variant is a proper name (Labor Party).
            fit = partial(explains, word.start, word.end) if explains else None
            after_particle = _after_particle(words, i)
            if flag and (
                word.sentence_start if flag.rule == VARIANT else _slip(word, language, variants, fit, after_particle)
            ):
                yield flag


def _after_particle(words: list[Word], i: int) -> bool:
    """Does the word at `i` follow a name's particle that follows a capitalised word (Jim de
    Booy, Ursula von der Leyen)?"""
    j = i - 1
    while j > 0 and words[j].text in NAME_PARTICLES and words[j].next_word == words[j + 1].text:
        j -= 1
    return j < i - 1 and words[j].text[:1].isupper() and words[j].next_word == words[j + 1].text


def _calendar_slip(word: Word, lexicon: Lexicon) -> bool:
    """Thrusday, Feburary: not a name, unless it is part of one (Sundar Pichai)."""
    return (
        not (word.next_capital or word.previous_capital or lexicon.known(word.text))
        and calendar_word(word.text) is not None
    )


def _name_evidence(word: Word, capitalised: Counter, known: Callable[[str], bool]) -> bool:
    """Is a capitalised word a name whatever it is close to: used again in the article, with
    a possessive (Hagel's), in a title-case heading, the plural of a name the dictionary
    lists (Opels)?"""
    return (
        word.title
        or word.possessive
        or capitalised[word.text] > 1
        or (word.text.endswith("s") and known(word.text[:-1]) and not _common(word.text[:-1]))
    )


def _slip(
    word: Word,
    language: str,
    variants: bool,
    fit: Callable[[str], float | None] | None = None,
    after_particle: bool = False,
) -> bool:
    """Is a capitalised unknown word, with no evidence of a name but where it stands, a slip?
    After a title, a given name or a name's particle (Defence Minister Shoigu, Pete Hautman,
    Jim de Booy) a name is likelier; between capitalised common words (Exchange Commision) a
    title's word."""
    # Imported here: proof.style.news.names itself imports proof.spelling.lexicon.
    from proof.style.news.names import HONORIFICS, TITLES, listed_given_name

    previous = word.previous_capital
    after_name = after_particle or (
        bool(previous) and (previous in TITLES or previous in HONORIFICS or listed_given_name(previous))
    )
    following = normalise(word.next_word)
    name_follows = (
        bool(word.next_capital)
        or word.after == ","  # who the name is follows: Baerbock, the German foreign minister
        or following in SAYING
        or following in data_words(WIRE_ABBREVIATIONS)
    )
    neighbours = _common_neighbours(word, after_name)
    return is_slip(word.text, language, not variants, word.sentence_start, after_name, name_follows, neighbours, fit)


def _common_neighbours(word: Word, after_name: bool) -> tuple[bool, bool]:
    """Are the capitalised words before and after `word` common words, as a title's words are
    (Exchange Commision)? Neither when one of them is another word (Tito Ayal) or a name's
    particle (La Juive, De Beers), or after a title, which a name follows (Defence Secretary Hagle)."""
    from proof.style.news.names import listed_given_name

    if after_name:
        return False, False
    # A word that opens the sentence is capitalised there whatever it is.
    before = "" if word.previous_opens_sentence else word.previous_capital
    neighbours = [w for w in (before, word.next_capital) if len(w) > 1]
    if not all(_common(w) and not listed_given_name(w) and w.lower() not in NAME_PARTICLES for w in neighbours):
        return False, False
    return len(before) > 1, len(word.next_capital) > 1


def _common(word: str) -> bool:
    return frequencies().get(word.lower(), 0) >= _COMMON_WORD


def _judge(word: Word, lexicon: Lexicon, language: str, variants: bool) -> Flag | None:
    lower = word.text.lower()
    other = variants and other_dialect_form(lower, language)
    if other and not lexicon.in_project(lower):
        return _variant(word, other, language)
    if _accepted(word, lower, lexicon, language):
        return None
    american = variants and language == "en-US" and _listed_british_form(lower, lexicon)
    if american:
        return _variant(word, american, language)
    # forex, enablement: in use, and no slip of a word (measured both ways, docs/spelling.md).
    if in_use(lower, language, both_dialects=not variants):
        return None
    found = suggestions(word.text, language, both_dialects=not variants)
    # A slip is one or two edits from its word; a long word no dictionary word is that
    # close to is a term or a name the dictionaries lack (cannabidiol, happoshu). Measured
    # both ways (docs/spelling.md): on published copy it saves a fifth of the flags, on
    # the development set it costs two per cent of the lower-case misspellings.
    if not found and len(word.text) >= _LONG_WORD:
        return None
    return _flag(word, MISSPELLED, "error", f"Possible misspelling: '{word.text}'.", found)


def _variant(word: Word, other: str, language: str) -> Flag:
    return _flag(
        word,
        VARIANT,
        "warning",
        f"'{word.text}' is not the {DIALECT_NAMES[language]} spelling ({language}).",
        (match_case(word.text, other),),
        safe_fix=True,
    )


def _listed_british_form(lower: str, lexicon: Lexicon) -> str | None:
    """The known American word that `lower`, a word of the British list, is the British
    spelling of (criminalise). Only a listed word: "baed" is no British "based"."""
    if lower not in data_words(DIALECT_WORDS["en-GB"]):
        return None
    forms = american_forms(lower, open_only=True)
    return next((form for form in sorted(forms, key=forms.get) if lexicon.known(form)), None)


def _accepted(word: Word, lower: str, lexicon: Lexicon, language: str) -> bool:
    known = lexicon.known
    if known(lower):
        return True
    if word.prefix and (lower in PREFIXES or combining_form(lower, language)):
        return True
    if word.clipped:
        return True
    # Li Ka-shing, Kim Jong-un: the syllables of a hyphenated given name.
    if word.head[:1].isupper() and len(word.head) <= _SYLLABLE and len(lower) <= _SYLLABLE + 1:
        return True
    # co-ordinating, single-handedly, criss-crossing: the compound is a word when written solid.
    if (word.head and known(word.head.lower() + lower)) or (word.tail and known(lower + word.tail.lower())):
        return True
    # Ludwig von Mises, Ursula von der Leyen: particles before a name or before each other.
    if lower in NAME_PARTICLES and (word.before_capital or normalise(word.next_word) in NAME_PARTICLES):
        return True
    # Ariadne auf Naxos, Maria y Ortega: a short word inside a name is one of its particles.
    if word.before_capital and word.previous_capital and len(lower) <= _SYLLABLE:
        return True
    # An inflection, compound or held form is a word when it is in use (attested), or built
    # by the strict rules: "reachs" (reach + s) and "atttacked" (attacked held) are neither.
    if emphasis(lower, known):
        return True
    if lower in data_words(ATTESTED) or built_word(lower, known, language, part=bool(word.head)):
        # Unless it is likelier a slip of its best candidate (becauses, justs); inside a
        # sentence the capital says a name (Alan Wass), judged as names are.
        return (word.shape == "capitalised" and not word.sentence_start) or not built_slip(
            lower, language, both_dialects=len(lexicon.dialects) > 1
        )
    if not lower.isascii() and strip_accents(lower).isascii():
        return _accented_word(lower, known, language)
    if lower in data_words(HUGE_EXTRA) and listed_word(lower, language, both_dialects=len(lexicon.dialects) > 1):
        return True
    return elided(lower, word.before, word.after, known) or accented_form(lower, language) is not None


def _accented_word(lower: str, known: Callable[[str], bool], language: str) -> bool:
    """Is a word written with accents correct copy? An English word (naive, café) is written
    with other accents only as it is in use (naïve, élite, exposé; not "cafè" or "dèbut"); a
    word English holds with no accents is another language's (temporão, in a cocoa report).
    Only Latin letters with accents: a letter of another script ("сontains" with a Cyrillic
    с) is a slip."""
    plain = strip_accents(lower)
    english = known(plain) or accented_form(plain, language) is not None
    return not english or zipf(lower) >= _ACCENTED_IN_USE


def _two_spellings(word: Word, dominant: str, language: str) -> Flag:
    """A word spelled two ways: a slip in a common word (Wedndsday beside Wednesday) is a
    misspelling, anything else a name variant."""
    if frequencies().get(dominant.lower(), 0) < _COMMON_WORD:
        return _name_variant(word, dominant)
    others = (s for s in suggestions(word.text, language) if s != dominant)
    return _flag(
        word,
        MISSPELLED,
        "error",
        f"Possible misspelling: '{word.text}' ('{dominant}' elsewhere in this article).",
        (dominant, *others)[:LIMIT],
    )


def _long_word(word: Word) -> Flag:
    return _flag(
        word,
        LONG_WORD,
        "error",
        f"A {len(word.text):,}-letter word, longer than any English word: stray or pasted text? Not spell-checked.",
        (),
    )


def _name_variant(word: Word, dominant: str) -> Flag:
    return _flag(
        word, NAME_VARIANT, "warning", f"'{word.text}' is spelled '{dominant}' elsewhere in this article.", (dominant,)
    )


def _flag(
    word: Word, rule: str, severity: str, message: str, suggestions: tuple[str, ...], safe_fix: bool = False
) -> Flag:
    return Flag(
        rule=rule,
        source=Source.SPELLING,
        category="spelling",
        severity=severity,
        message=message,
        start=word.start,
        end=word.end,
        suggestions=suggestions,
        description=DESCRIPTIONS[rule],
        safe_fix=safe_fix,
    )
