"""How likely a typist is to have made one word out of another: a weighted edit distance.

Plain edit distance counts every edit as one, so "laoded" is as far from "landed" as from
"loaded" and the commoner word wins. Writers' slips are not evenly spread: a swapped pair of
letters, a doubled letter dropped or doubled twice, a vowel for another vowel, a letter for
one that sounds the same (c/k/s) are far commoner than an
arbitrary letter for another, and the first letter is rarely wrong unless for one that
sounds the same. The weights were
chosen on the spelling development set (docs/spelling.md); keyboard neighbours did no better
there than any other letter and are not weighed. The cost is the cheapest
alignment (optimal string alignment, so a swap is one edit) under those weights.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiouy")
# Letters that stand for the same sound in some English spellings.
_SOUNDS_ALIKE = frozenset(
    frozenset(pair) for pair in ("ck", "cs", "sz", "kq", "gj", "iy", "fv", "td", "mn", "xs", "wv")
)

SWAP = 0.5
# A doubled letter written once ("suported") or a letter written twice ("suportted").
DOUBLING = 0.4
# A letter left out, the commonest slip ("wich" for "which").
DROPPED = 0.5
# A letter too many.
ADDED = 1.0
# A vowel for a vowel, or a letter for one that sounds alike.
SIMILAR = 0.8
OTHER = 1.0
# Added to an edit of the first letter.
FIRST_LETTER = 0.5


def substitution(typed: str, meant: str) -> float:
    if typed == meant:
        return 0.0
    if (typed in _VOWELS and meant in _VOWELS) or frozenset((typed, meant)) in _SOUNDS_ALIKE:
        return SIMILAR
    return OTHER


def slip_cost(typed: str, meant: str) -> float:
    """The cost of writing `meant` as `typed`: 0 for the same word, about 1 an edit."""
    rows, cols = len(typed), len(meant)
    # cost[i][j]: typed[:i] written for meant[:j].
    cost = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        cost[i][0] = cost[i - 1][0] + _added(typed, i - 1)
    for j in range(1, cols + 1):
        cost[0][j] = cost[0][j - 1] + _dropped(meant, j - 1)
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            options = [
                cost[i - 1][j] + _added(typed, i - 1),
                cost[i][j - 1] + _dropped(meant, j - 1),
                cost[i - 1][j - 1] + _replaced(typed[i - 1], meant[j - 1], i == 1 or j == 1),
            ]
            if i > 1 and j > 1 and typed[i - 1] == meant[j - 2] and typed[i - 2] == meant[j - 1]:
                options.append(cost[i - 2][j - 2] + SWAP + (FIRST_LETTER if i == 2 else 0.0))
            cost[i][j] = min(options)
    return cost[rows][cols]


def _replaced(typed: str, meant: str, first: bool) -> float:
    """Cost of `typed` written for `meant`; a first letter is rarely wrong, unless it
    sounds the same ("klick", "ccale": the writer spelled the sound)."""
    if typed == meant:
        return 0.0
    sound = frozenset((typed, meant)) in _SOUNDS_ALIKE
    return substitution(typed, meant) + (FIRST_LETTER if first and not sound else 0.0)


def _added(typed: str, i: int) -> float:
    """Cost of the extra letter typed[i]."""
    return (DOUBLING if _beside_itself(typed, i) else ADDED) + (FIRST_LETTER if i == 0 else 0.0)


def _dropped(meant: str, j: int) -> float:
    """Cost of leaving out meant[j]."""
    return (DOUBLING if _beside_itself(meant, j) else DROPPED) + (FIRST_LETTER if j == 0 else 0.0)


def _beside_itself(word: str, i: int) -> bool:
    return (i > 0 and word[i - 1] == word[i]) or (i + 1 < len(word) and word[i + 1] == word[i])
