"""Is a word the dictionaries lack a name or a word in use, or a slip of a word?

Decided as a noisy channel would: how likely the word is to be its best candidate (the first
suggestion) written wrongly, against how likely it is to be a word of its own. The first is
the candidate's frequency (wordfreq's Zipf scale) less the slip's cost
(`proof.spelling.edits`, the weights suggestions are ranked by); the second is the word's own
frequency in wordfreq's list, which holds names as written in use (Hagel, Pegg, Ahold) and
the commoner slips too, far rarer than their words (aiport 1.6 against airport 4.8).
A name is likelier where the capital says something: inside a sentence more than at its
start (where every word is capitalised), and after a title or a given name more still.
The same comparison accepts a lower-case word that is in use and far from any slip (forex,
enablement). The weights and thresholds were chosen on the development set (docs/spelling.md).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from proof.spelling.edits import slip_cost
from proof.spelling.suggest import candidates, zipf

# log10 of the odds against a slip per unit of its cost, when the alternative is a name.
ODDS_PER_COST = 2.5
# How much a word's own use (Zipf) counts for its being a name rather than a slip.
OWN_USE = 1.25
# How much likelier (log10) the slip must be than the name, by where the word stands.
AT_SENTENCE_START = 0.25
INSIDE_SENTENCE = 1.5
AFTER_TITLE_OR_GIVEN_NAME = 2.0
# At a sentence's start a word no one uses (wordfreq lacks it) with a word close by is a
# slip even when the odds say a name: the capital is no evidence there, and a name too rare
# for wordfreq's list is rarer than two slips of a common word (Intergerated, Oppositition);
# unless what follows says a name (`is_slip`'s `name_follows`).
UNSEEN_AT_SENTENCE_START = -1.25
# Inside a sentence, two signs that the capital is a title's, not a name's (docs/spelling.md,
# "Measured (capitals in context)"). The capitalised words beside it are common words: log10
# `COMMON_BEFORE` towards a slip when one comes before it ("Exchange Commision", "British
# Libralie"), `COMMON_AFTER` when one only follows it (a name often leads a company's name:
# "Calyon Securities", "Almys Department Stores"). And its best candidate explains the words
# either side better than an unknown word would ("a Restuarant in Paris"): each log10 unit of
# that counts as `CONTEXT_FOR`; one that explains them worse says a name ("Nobel Industrier
# Sweden": industries), each unit counting as `CONTEXT_AGAINST` the other way. All chosen on
# the development set. The context is weighed only when the odds are within `CONTEXT_REACH`
# of the line (it needs a language model); further off it changed nothing there.
COMMON_BEFORE = 1.5
COMMON_AFTER = 0.5
CONTEXT_FOR = 0.35
CONTEXT_AGAINST = 0.5
CONTEXT_REACH = 1.5
# A word a rule builds or the attested list holds is no word when it is likelier a slip of
# its best candidate (becauses, anothers: the plural of a word that has none).
BUILT_SLIP = 1.25
# A word wordfreq lists is a word in use when its slip is at least this much less likely.
IN_USE = -2.6
# A word of SCOWL's huge lists is a word unless its slip is likelier than the word itself:
# the lists hold the rare words of science and trades (motoric, duetted) and common
# misspellings too (belive, wich, frist), which are all likelier slips (docs/spelling.md).
LISTED_SLIP = -0.5


def best_candidate(word: str, language: str, both_dialects: bool = False) -> str | None:
    """The word `word` (any case) is likeliest a slip of: its first suggestion but a split."""
    return next((c for c, _ in candidates(word.lower(), language, both_dialects) if " " not in c), None)


def slip_odds(word: str, language: str, both_dialects: bool = False) -> float:
    """log10 of how much likelier `word` is a slip of its best candidate than a word (a
    name) of its own; minus infinity when no word is close."""
    lower = word.lower()
    best = best_candidate(lower, language, both_dialects)
    if best is None:
        return -math.inf
    return zipf(best) - ODDS_PER_COST * slip_cost(lower, best) - OWN_USE * zipf(lower)


def is_slip(
    word: str,
    language: str,
    both_dialects: bool,
    sentence_start: bool,
    after_name: bool,
    name_follows: bool = False,
    common_neighbours: tuple[bool, bool] = (False, False),
    context: Callable[[str], float | None] | None = None,
) -> bool:
    """Is a capitalised unknown word, with no stronger evidence of a name, a slip? `name_follows`:
    the next word is one that follows a name (another capitalised word, Gelco Corp; a verb of
    saying, Monsod said) or a comma does (Baerbock, the German foreign minister). Inside a
    sentence: `common_neighbours`, the capitalised words beside it are common words, one before it
    and one after it (both false when either is another word); `context`,
    how much better (log10) a candidate explains the words either side than an unknown word
    would (None without a language model)."""
    threshold = AFTER_TITLE_OR_GIVEN_NAME if after_name else AT_SENTENCE_START if sentence_start else INSIDE_SENTENCE
    if sentence_start and not (after_name or name_follows) and not zipf(word.lower()):
        threshold = min(threshold, UNSEEN_AT_SENTENCE_START)
    odds = slip_odds(word, language, both_dialects)
    if sentence_start:
        return odds > threshold
    before, after = common_neighbours
    odds += COMMON_BEFORE if before else COMMON_AFTER if after else 0.0
    if context is not None and abs(odds - threshold) < CONTEXT_REACH:
        best = best_candidate(word, language, both_dialects)
        fit = (context(best) if best else None) or 0.0
        odds += (CONTEXT_FOR if fit > 0 else CONTEXT_AGAINST) * fit
    return odds > threshold


def built_slip(word: str, language: str, both_dialects: bool = False) -> bool:
    """Is a word that rules build or that is attested (reachs, anothers) likelier a slip of
    its best candidate than a word of its own?"""
    return slip_odds(word, language, both_dialects) > BUILT_SLIP


def listed_word(word: str, language: str, both_dialects: bool = False) -> bool:
    """Is a word of SCOWL's huge lists (endpin, unbeneficial) no likelier a slip than a word?"""
    return slip_odds(word, language, both_dialects) <= LISTED_SLIP


def in_use(word: str, language: str, both_dialects: bool = False) -> bool:
    """Is a word the dictionaries lack one in use (forex, enablement), far from being a
    slip of its best candidate? Common misspellings are in use too, but far rarer than their
    word (recieved 2.8 against received 5.2)."""
    lower = word.lower()
    if not zipf(lower):
        return False
    found = candidates(lower, language, both_dialects)
    # Two words run together ("alot") are a slip whatever their use.
    return not (found and " " in found[0][0]) and slip_odds(lower, language, both_dialects) < IN_USE
