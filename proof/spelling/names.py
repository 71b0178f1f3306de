"""A name spelled two ways in one article (Shoigu … Shoygu, Putin … Putn).

Two capitalised spellings are taken for one name when they are one edit apart (two for
long names), start with the same letter, and one is not merely the other with an ending
(Kurd, Kurds; Serbia, Serbian) or a different final vowel (Baczynska, Baczynski; Maria, Mario:
the feminine and masculine forms of a name, often two people). The minority spelling is flagged, with the dominant one
as the suggestion, only when that is a safe call:
- the minority spelling is not itself a dictionary word or name: Hegel beside Hagel, or
  Iran beside Iraq, are different names, not slips;
- it is rarer (at most twice) and the dominant one is more frequent, or as frequent and a
  known name (Putin once, Putn once), or as frequent and in use where the other is not
  (wordfreq lists Lavrov and Carlsson, never Lavorv or Calrsson). At a tie of names both
  or neither in use, neither is flagged: the spelling written in full ("Prime Minister
  Ingvar Calrsson ... Carlsson told") is as often the slip as the other; nor at a tie of
  names in one sentence, where the writer gives the two forms side by side ("named
  Byzantium, Greek Byzantion"; but "Fidelity ... Fedality said" is a slip of a common word);
- a spelling written as part of a full name is taken as written unless the dominant
  spelling comes with the same partner: "Donald Regan" beside "Ronald Reagan", "Eleni
  Daniilidou" beside "Elena Dementieva", "Petroleos Mexicanos" beside "Petroleum" are
  different names. A common word opening the sentence ("Later Shoygu left") and a title
  ("Defence Minister Shoygu", "Mr Shoygu") are no partners. But a spelling written once, in
  a full name ("Sergei Shoygu"), beside one written at least three times and never with a
  first name, is the same name; so is a spelling in a full name that nobody uses ("Ingvar
  Calrsson") beside one in use written without a first name (Carlsson).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from rapidfuzz.distance import OSA

from proof.spelling.lexicon import frequencies
from proof.spelling.suggest import zipf
from proof.spelling.tokens import Word

_MIN_LENGTH = 4
_LONG = 8
_MAX_MINORITY = 2
# How many times more often the dominant spelling must be used to outweigh the minority's first name.
_DOMINANT_ODDS = 3
# pyspellchecker's count from which a sentence's capitalised first word is a common word.
_COMMON = 1000
# pyspellchecker's count from which a word is a common word rather than one of the names it
# lists (Fidelity 1,113; Byzantium 64): as the spelling checker's _COMMON_WORD.
_COMMON_WORD = 400
_VOWELS = frozenset("aeiouy")


def name_variants(words: list[Word], known: Callable[[str], bool]) -> dict[str, str]:
    """Minority spelling → dominant spelling, for the names spelled two ways in `words`."""
    # Imported here: proof.style.news.names itself imports proof.spelling.lexicon.
    from proof.style.news.names import HONORIFICS, TITLES

    names = [w for w in words if w.shape == "capitalised" and len(w.text) >= _MIN_LENGTH]
    counts = Counter(w.text for w in names)
    partners: dict[str, set[str]] = defaultdict(set)
    for w in names:
        before = w.previous_capital
        if before and before not in TITLES | HONORIFICS and not (w.previous_opens_sentence and _common(before)):
            partners[w.text].add(before)
        if w.next_capital:
            partners[w.text].add(w.next_capital)
    sentence = _sentences(words)
    mid_sentence = {w.text for w in names if not w.sentence_start}
    # A capitalised common word seen only where a sentence starts ("They") is no name.
    forms = sorted(f for f in counts if f in mid_sentence or not known(f))
    found: dict[str, str] = {}
    for a, b in _near_pairs(forms):
        if not _similar(a, b):
            continue
        pair = _minority_first(a, b, counts, known)
        if pair and counts[a] == counts[b] == 1 and sentence[a] == sentence[b] and not _common_word(pair[1]):
            continue
        if pair and (
            partners[pair[0]] <= partners[pair[1]]
            or _dominant_alone(*pair, counts, partners)
            or _unused_beside_used(*pair, partners)
        ):
            found.setdefault(*pair)
    return found


def _sentences(words: list[Word]) -> dict[str, int]:
    """The number of the sentence each word was last seen in."""
    found, number = {}, 0
    for w in words:
        number += w.sentence_start
        found[w.text] = number
    return found


def _near_pairs(forms: list[str]) -> list[tuple[str, str]]:
    """The pairs of sorted `forms`, in order, that may be within `_similar`'s distance:
    those with the same first letter that share a string left by deleting up to that many
    letters from each (an edit deletes at most one letter on each side). Comparing every
    pair took time in proportion to the square of a long document's names."""
    pairs: set[tuple[int, int]] = set()
    by_deletion: dict[str, list[int]] = defaultdict(list)
    for i, form in enumerate(forms):
        if i and form[0] != forms[i - 1][0]:
            by_deletion.clear()  # sorted: no later form starts with the earlier letters
        for key in _deletions(form.lower(), 2 if len(form) >= _LONG else 1):
            seen = by_deletion[key]
            pairs.update((j, i) for j in seen)
            seen.append(i)
    return [(forms[i], forms[j]) for i, j in sorted(pairs)]


def _deletions(word: str, most: int) -> set[str]:
    """`word` with up to `most` letters deleted."""
    found = {word}
    for _ in range(most):
        found |= {w[:i] + w[i + 1 :] for w in found for i in range(len(w))}
    return found


def _common(word: str) -> bool:
    return frequencies().get(word.lower(), 0) >= _COMMON


def _common_word(word: str) -> bool:
    return frequencies().get(word.lower(), 0) >= _COMMON_WORD


def _similar(a: str, b: str) -> bool:
    if a[0] != b[0] or abs(len(a) - len(b)) > 2:
        return False
    shorter, longer = sorted((a.lower(), b.lower()), key=len)
    if longer.startswith(shorter):
        return False
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in _VOWELS and b[-1] in _VOWELS:
        return False
    limit = 2 if min(len(a), len(b)) >= _LONG else 1
    return OSA.distance(a.lower(), b.lower(), score_cutoff=limit) <= limit


def _dominant_alone(minority: str, dominant: str, counts: Counter, partners: dict[str, set[str]]) -> bool:
    """A spelling written once in a full name ("Sergei Shoygu") beside one used far more
    often and never with another first name (Shoigu five times) is the same name."""
    return counts[minority] == 1 and counts[dominant] >= _DOMINANT_ODDS and not partners[dominant]


def _unused_beside_used(minority: str, dominant: str, partners: dict[str, set[str]]) -> bool:
    """A spelling nobody uses, even in a full name ("Ingvar Calrsson"), beside one in use that
    comes with no other first name (Carlsson) is the same name misspelled."""
    return not partners[dominant] and not zipf(minority) and bool(zipf(dominant))


def _minority_first(a: str, b: str, counts: Counter, known: Callable[[str], bool]) -> tuple[str, str] | None:
    for dominant, minority in ((a, b), (b, a)):
        if known(minority) or counts[minority] > _MAX_MINORITY:
            continue
        if counts[dominant] > counts[minority] or (
            counts[dominant] == counts[minority] and (known(dominant) or (zipf(dominant) and not zipf(minority)))
        ):
            return minority, dominant
    return None
