"""Real-word errors by trigram likelihood: a word is suspect when a word often confused with
it makes its sentence far more likely.

The language model is the generic US English trigram model that PyPI `pocketsphinx` (5.x)
ships (`model/en-us/en-us.lm.bin`, CMU Sphinx, BSD-style licence), read through its
`NGramModel`. A word's score is the log10 likelihood ratio of the three trigrams that hold
it, its best alternative over the word itself. Alternatives come from two sources, each
with its own threshold:

- the common words one edit away (insert, delete, substitute, swap two letters) from the
  model's pronouncing dictionary, but not a plain -s/-d form of the same word (number and
  tense are the grammar checkers' work, and the model prefers one form all over correct copy);
- LanguageTool's English confusion sets (`proof/data/confusion-sets.txt`, mostly homophones).

Only lower-case words the model knows are judged: capitalised words are names or sentence
starts, and a word the model lacks has no evidence either way. A sentence is read as runs of
letters, digits, inner hyphens, dots and apostrophes (`tokens`): a number (28.52, 4th), a
compound (re-recorded) or an abbreviation is one word the model does not know, so "by
296,000 to 28.52" is not read as "by to" and the "th" of "4th" is not a word.
"""

from __future__ import annotations

import functools
import math
import os
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from proof.core.dialect import one_word_two_dialects
from proof.core.text import Token

# Log10 likelihood ratios above which a word is flagged, chosen on the development set that
# tools/measure_realword_lm.py builds from published news (never on the scored cases): the
# highest recall that keeps correct copy at about 0.1 flag per 1,000 words (docs/spelling.md).
# A word its document uses more than once (`TrigramModel.repeated`) is held to higher ones: a
# writer who uses a word again most likely means it (lire, wheat, rigs in articles about them),
# while a slip is seldom made twice.
EDIT_THRESHOLD = 4.25
CONFUSION_THRESHOLD = 3.0
REPEATED_EDIT_THRESHOLD = 5.0
REPEATED_CONFUSION_THRESHOLD = 4.0

# A one-edit alternative must be a common word: a unigram probability of 1e-6 or more
# (Zipf frequency 3). Rarer words one edit away are mostly what a writer did not mean.
_MIN_LOG10_UNIGRAM = -6.0
_MIN_ALTERNATIVE_LENGTH = 3
# A word used again is held to the higher thresholds only when rarer than this (a unigram
# probability below 1e-3, chosen on the development set: 1e-2.5 to 1e-3.5 did as well, 1e-4 worse).
_MAX_LOG10_UNIGRAM_REPEATED = -3.0
# pocketsphinx scores in logs of base 1.0001; this turns them into log10.
_TO_LOG10 = math.log10(1.0001)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_PRONUNCIATION_NUMBER = re.compile(r"\(\d+\)$")
_TOKEN = re.compile(r"\w(?:[\w'’.\-]*\w)?")
CONFUSION_SETS = "confusion-sets.txt"
# A word no English model knows: its probability is the model's floor.
_UNKNOWN = "qqzxqq"


class ModelUnavailable(Exception):
    """The trigram model cannot be loaded (pocketsphinx missing or its model files unreadable)."""


# The two words before a word and the two after it, `<s>` before a sentence and `</s>` after
# it; None past that.
Neighbours = tuple[str, str, str, str | None]


@dataclass(frozen=True)
class Choice:
    """The best alternative of a word from one source and its log10 likelihood ratio."""

    alternative: str
    ratio: float


@dataclass(frozen=True)
class WordScore:
    """A judged word (by its index in the sentence) and its best alternative from each source."""

    index: int
    edit: Choice | None
    confusion: Choice | None


def suspect(
    score: WordScore, edit_threshold: float = EDIT_THRESHOLD, confusion_threshold: float = CONFUSION_THRESHOLD
) -> Choice | None:
    """The alternative to suggest when either source's best one passes its threshold (the
    more likely of the two when both do), else None."""
    passing = [
        choice
        for choice, threshold in ((score.edit, edit_threshold), (score.confusion, confusion_threshold))
        if choice is not None and choice.ratio > threshold
    ]
    return max(passing, key=lambda c: c.ratio, default=None)


def suspect_in(score: WordScore, repeated: bool) -> Choice | None:
    """`suspect` at the product's thresholds for a word used once in its document, or more."""
    if repeated:
        return suspect(score, REPEATED_EDIT_THRESHOLD, REPEATED_CONFUSION_THRESHOLD)
    return suspect(score)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of a sentence as the model reads them (see the module's docstring)."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def inflection(a: str, b: str) -> bool:
    """Two forms of one word that differ by an -s or -d ending (park/parks, believe/believed)."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short) :] in ("s", "d"):
        return True
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} <= {"s", "d"}


def one_edit(word: str) -> set[str]:
    """Every string one insert, delete, substitution or swap of two neighbours from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    edits.discard(word)
    return edits


def parse_confusion_sets(lines: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """LanguageTool's `confusion_sets.txt` (`a; b; factor` both ways, `a -> b; factor` one way)."""
    found: dict[str, set[str]] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if "->" in line:
            wrong, _, rest = line.partition("->")
            pairs = [(wrong.strip(), rest.split(";")[0].strip())]
        else:
            words = [w.strip() for w in line.split(";")[:-1] if w.strip().isalpha()]
            pairs = [(a, b) for a in words for b in words if a != b]
        for a, b in pairs:
            if a.islower() and b.islower() and b.isalpha():
                found.setdefault(a, set()).add(b)
    return {word: tuple(sorted(others)) for word, others in found.items()}


def shipped_confusion_sets() -> dict[str, tuple[str, ...]]:
    text = resources.files("proof.data").joinpath(CONFUSION_SETS).read_text(encoding="utf-8")
    return parse_confusion_sets(text.splitlines())


class TrigramModel:
    """The language model, its vocabulary and the alternatives of each word."""

    def __init__(self, confusions: dict[str, tuple[str, ...]]) -> None:
        try:
            from pocketsphinx import Config, LogMath, NGramModel, get_model_path, set_loglevel
        except ImportError:
            raise ModelUnavailable(
                "the real-word check needs pocketsphinx, which proof installs (pip install pocketsphinx); "
                "it did not run"
            ) from None
        set_loglevel("ERROR")  # its model loading logs every step at INFO
        model_dir = os.path.join(get_model_path(), "en-us")
        try:
            self._lm = NGramModel(Config(), LogMath(), os.path.join(model_dir, "en-us.lm.bin"))
            with open(os.path.join(model_dir, "cmudict-en-us.dict"), encoding="utf-8", errors="replace") as f:
                listed = {_PRONUNCIATION_NUMBER.sub("", line.split(" ", 1)[0]) for line in f}
        except (OSError, RuntimeError) as exc:
            raise ModelUnavailable(
                f"the real-word check cannot load pocketsphinx's model ({exc}); it did not run"
            ) from None
        self._unknown = self._lm.prob([_UNKNOWN])
        self.vocabulary = frozenset(w for w in listed if w.isalpha() and w.islower() and self.known(w))
        self._common = frozenset(
            w
            for w in self.vocabulary
            if len(w) >= _MIN_ALTERNATIVE_LENGTH and _TO_LOG10 * self._lm.prob([w]) >= _MIN_LOG10_UNIGRAM
        )
        self._confusions = {
            word: tuple(w for w in others if w in self.vocabulary) for word, others in confusions.items()
        }

    def known(self, word: str) -> bool:
        return self._lm.prob([word]) > self._unknown

    def repeated(self, text: str) -> frozenset[str]:
        """The words (as the model spells them, `spelled`) that `text` uses more than once, in
        any case, but for the commonest words (there, their, than, were): any text repeats those, so their
        repetition says nothing of what the writer meant."""
        counts = Counter(spelled(t.text) for t in tokens(text))
        return frozenset(
            word
            for word, n in counts.items()
            if n > 1 and _TO_LOG10 * self._lm.prob([word]) < _MAX_LOG10_UNIGRAM_REPEATED
        )

    @functools.cache  # noqa: B019 - one model per process, kept for the whole run
    def edit_alternatives(self, word: str) -> tuple[str, ...]:
        # The other dialect's spelling of the word (aluminium, aluminum) is the variant rules' call, not a slip.
        return tuple(
            sorted(
                e
                for e in one_edit(word)
                if e in self._common and not inflection(word, e) and not one_word_two_dialects(word, e)
            )
        )

    def confusion_alternatives(self, word: str) -> tuple[str, ...]:
        return self._confusions.get(word, ())

    def _window(self, context: Neighbours, word: str, floor: float = -math.inf) -> float:
        """The log probability (pocketsphinx's base 1.0001) of the three trigrams that hold
        `word` in `context`. Each trigram's is at most 0, so once the sum is below `floor` (in the
        same base) it can only fall: the sum so far is returned then, an upper bound below `floor`."""
        h2, h1, n1, n2 = context
        prob = self._lm.prob
        total = prob([word, h1, h2])
        if total >= floor:
            total += prob([n1, word, h1])
            if total >= floor and n2 is not None:
                total += prob([n2, n1, word])
        return total

    def fit(self, before: Sequence[str], candidate: str, after: Sequence[str]) -> float:
        """How much more likely `candidate` (a word, or words split by a space) is between
        `before` and `after` (a sentence's words) than alone: the log10 probability of the
        trigrams that hold it over its unigram probability. A word the model does not know (a
        number, an emoji, a stand-in for code) is not predicted: its probability would be the
        model's floor, thousands of log10 units that say nothing of the candidate."""
        shown = _words(candidate.split())
        left = _words(before[-2:])
        right = _words(after[:2])
        words = ["<s>"] * (2 - len(left)) + left + shown + right + (["</s>"] if len(right) < 2 else [])
        last = min(2 + len(shown) + 2, len(words))
        trigrams = sum(
            self._lm.prob([words[k], words[k - 1], words[k - 2]]) for k in range(2, last) if self.known(words[k])
        )
        return _TO_LOG10 * (trigrams - sum(self._lm.prob([w]) for w in shown if self.known(w)))

    def explains(self, before: Sequence[str], candidate: str, after: Sequence[str]) -> float:
        """How much more likely the sentence is with `candidate` between `before` and `after`
        than with a word the model does not know there (a name), log10: `fit` of each. The
        unknown word's neighbours to the right are then predicted without it, as the model
        backs off past a word it lacks."""
        return self.fit(before, candidate, after) - self.fit(before, _UNKNOWN, after)

    def _best(
        self, context: Neighbours, alternatives: tuple[str, ...], as_written: float, floor: float
    ) -> Choice | None:
        """The alternative with the highest ratio in `context`. Only ratios above `floor` are
        worked out in full (below it a ratio is an upper bound): no alternative at all when none
        can pass, as the window of any is at most 0."""
        if not alternatives or as_written + floor >= 0:
            return None
        raw_floor = (as_written + floor) / _TO_LOG10
        best, best_window = "", -math.inf
        for alternative in alternatives:
            window = self._window(context, alternative, raw_floor)
            if window > best_window:
                best, best_window = alternative, window
        return Choice(best, _TO_LOG10 * best_window - as_written)

    def scores(
        self, tokens: Sequence[str], edit_floor: float = -math.inf, confusion_floor: float = -math.inf
    ) -> list[WordScore]:
        """Each judged word of one sentence (its words as written, in order) with its best
        alternatives. A source's best is exact when its ratio is above that source's floor; the
        checker passes its thresholds, as it needs no more (a floor saves most of the work), and
        the defaults work out every ratio (tools/measure_realword_lm.py sweeps thresholds)."""
        words = _words(tokens)
        padded = ["<s>", "<s>", *words, "</s>"]
        found = []
        for i, token in enumerate(tokens):
            word = words[i]
            if not token.islower() or word not in self.vocabulary:
                continue
            edits, confusions = self.edit_alternatives(word), self.confusion_alternatives(word)
            if not edits and not confusions:
                continue
            context = (padded[i], padded[i + 1], padded[i + 3], padded[i + 4] if i + 4 < len(padded) else None)
            as_written = _TO_LOG10 * self._window(context, word)
            found.append(
                WordScore(
                    i,
                    self._best(context, edits, as_written, edit_floor),
                    self._best(context, confusions, as_written, confusion_floor),
                )
            )
        return found


def spelled(token: str) -> str:
    """A token as the model spells it."""
    return token.lower().replace("’", "'")


def _words(tokens: Sequence[str]) -> list[str]:
    return [spelled(t) for t in tokens]


# Held while the shared model loads: the spelling and real-word checkers each load it on
# first need, from whichever thread checks first, and `functools.cache` alone would let two
# threads load it at once (seconds and 70 MB each).
_loading_shared = threading.Lock()


@functools.cache
def _load_shared_model() -> TrigramModel:
    return TrigramModel(shipped_confusion_sets())


def shared_model() -> TrigramModel:
    """The model, loaded once per process on first use (forked workers inherit it loaded),
    however many threads ask for it at once; ModelUnavailable when it cannot be loaded."""
    with _loading_shared:
        return _load_shared_model()
