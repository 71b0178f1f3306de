#!/usr/bin/env python3
"""Measure a trigram real-word check before building it: CMU's US English language model.

The check measured here flags a lower-case word when a real word one edit away from it
(insert, delete, substitute, swap two letters) makes its sentence far more likely under the
generic US English trigram model that PyPI `pocketsphinx` (5.x) ships
(`model/en-us/en-us.lm.bin`, CMU Sphinx, BSD-style licence). The score of a word is the
log10 likelihood ratio of the three trigrams that hold it, best alternative over the word
itself; a flag is a ratio above a threshold.

Alternatives: words of the model's pronouncing dictionary (`cmudict-en-us.dict`) known to the
model, of at least three letters, common (wordfreq Zipf frequency 3 or more), and not a
plain inflection of the word (criminal/criminals, believe/believed: number and tense are the
grammar checkers' work, and the model prefers one form all over published copy). Capitalised
words (names, sentence starts) and words the model does not know are left alone.

Thresholds are chosen on the development set this tool builds, never on the scored cases:
sentences of published news (`../shared/corpus`, articles after the first `--skip` of each
file, which `corpus_flags.py --limit 200` reads) with one lower-case word replaced by a
random alternative of it, beside the untouched sentence (where any flag is a false alarm).

    .venv/bin/pip install pocketsphinx wordfreq
    .venv/bin/python tools/measure_realword_lm.py dev ../shared/corpus/*.jsonl
    .venv/bin/python tools/measure_realword_lm.py cases ../shared/eval/realword-zesch2012.jsonl

`dev` prints, for each threshold, the share of swapped words flagged, the untouched
sentences with a flag and the flags per 1,000 words of untouched text; `cases` prints
detected and untouched sentences flagged for a `score_cases.py` file (test data: look, don't tune).
With `--confusion-sets ../shared/languagetool/LanguageTool-6.3/org/languagetool/resource/en/confusion_sets.txt`
the alternatives are LanguageTool's confusion sets (mostly homophones, LGPL) instead.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')]*\s+(?=[\"(]?[A-Z])")
_MIN_WORDS, _MAX_WORDS = 8, 40
_MIN_ZIPF = 3.0
_THRESHOLDS = [t / 4 for t in range(6, 25)]  # log10 ratios 1.5 … 6
# pocketsphinx scores in logs of base 1.0001; this turns them into log10.
_TO_LOG10 = math.log10(1.0001)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Scored:
    start: int
    end: int
    word: str
    alternative: str
    ratio: float  # log10 P(sentence with alternative) / P(sentence as written), over the word's trigrams


class TrigramContext:
    """The model, its vocabulary and the alternatives of a word: one edit away, or its confusion sets."""

    def __init__(self, confusions: dict[str, tuple[str, ...]] | None = None) -> None:
        # Imported here: the parsing helpers below are tested without the optional packages.
        from pocketsphinx import Config, LogMath, NGramModel, get_model_path, set_loglevel
        from wordfreq import zipf_frequency

        set_loglevel("ERROR")  # its model loading logs every step at INFO

        model_dir = os.path.join(get_model_path(), "en-us")
        self._lm = NGramModel(Config(), LogMath(), os.path.join(model_dir, "en-us.lm.bin"))
        self._unknown = self._lm.prob(["qqzxqq"])
        with open(os.path.join(model_dir, "cmudict-en-us.dict"), encoding="utf-8", errors="replace") as f:
            words = {re.sub(r"\(\d+\)$", "", line.split(" ", 1)[0]) for line in f}
        self.vocabulary = frozenset(w for w in words if w.isalpha() and w.islower() and self.known(w))
        self._common = frozenset(w for w in self.vocabulary if len(w) >= 3 and zipf_frequency(w, "en") >= _MIN_ZIPF)
        self._confusions = confusions

    def known(self, word: str) -> bool:
        return self._lm.prob([word]) > self._unknown

    @functools.cache  # noqa: B019 - one instance per run
    def alternatives(self, word: str) -> tuple[str, ...]:
        if self._confusions is not None:
            return tuple(w for w in self._confusions.get(word, ()) if w in self.vocabulary)
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
        edits |= {a + c + b for a, b in splits for c in _LETTERS}
        return tuple(sorted(e for e in edits if e != word and e in self._common and not inflection(word, e)))

    def _window(self, words: list[str], i: int) -> float:
        padded = ["<s>", "<s>", *words, "</s>"]
        j = i + 2
        return _TO_LOG10 * sum(
            self._lm.prob([padded[k], padded[k - 1], padded[k - 2]]) for k in range(j, min(j + 3, len(padded)))
        )

    def score(self, text: str) -> list[Scored]:
        """Each checkable word of one sentence with its best alternative."""
        matches = list(_WORD.finditer(text))
        words = [m.group().lower() for m in matches]
        scored = []
        for i, m in enumerate(matches):
            word = m.group()
            if not word.islower() or word not in self.vocabulary or not self.alternatives(word):
                continue
            as_written = self._window(words, i)
            ratios = []
            for alternative in self.alternatives(word):
                words[i] = alternative
                ratios.append((self._window(words, i) - as_written, alternative))
            words[i] = word
            ratio, best = max(ratios)
            scored.append(Scored(m.start(), m.end(), word, best, ratio))
        return scored


def inflection(a: str, b: str) -> bool:
    """Two forms of one word that differ by an -s or -d ending (park/parks, believe/believed)."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short) :] in ("s", "d"):
        return True
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} <= {"s", "d"}


def confusion_sets(path: str) -> dict[str, tuple[str, ...]]:
    """LanguageTool's `confusion_sets.txt` (`a; b; factor` both ways, `a -> b; factor` one way)."""
    found: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
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


def corpus_sentences(paths: Iterable[str], skip: int) -> list[str]:
    sentences = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            articles = [json.loads(line) for line in f if line.strip()]
        for article in articles[skip:]:
            body = " ".join(article.get("body", "").split())
            sentences += [
                s for s in _SENTENCE_END.split(body) if _MIN_WORDS <= len(s.split()) <= _MAX_WORDS and s.isascii()
            ]
    return sentences


def flagged(scored: list[Scored], threshold: float) -> list[Scored]:
    return [s for s in scored if s.ratio > threshold]


def overlaps(scored: list[Scored], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in scored)


def measure_dev(context: TrigramContext, paths: list[str], skip: int, size: int, seed: int) -> None:
    rng = random.Random(seed)
    sentences = corpus_sentences(paths, skip)
    rng.shuffle(sentences)
    rows = []  # (clean scores, swapped scores, start, end)
    words = 0
    for sentence in sentences:
        targets = [m for m in _WORD.finditer(sentence) if m.group() in context.vocabulary]
        targets = [m for m in targets if m.group().islower() and context.alternatives(m.group())]
        if not targets:
            continue
        m = rng.choice(targets)
        alternative = rng.choice(context.alternatives(m.group()))
        swapped = sentence[: m.start()] + alternative + sentence[m.end() :]
        rows.append((context.score(sentence), context.score(swapped), m.start(), m.start() + len(alternative)))
        words += len(_WORD.findall(sentence))
        if len(rows) == size:
            break
    print(f"development set: {len(rows)} swapped sentences and their twins, {words} words (articles after {skip})")
    for threshold in _THRESHOLDS:
        detected = sum(overlaps(flagged(swapped, threshold), a, b) for _, swapped, a, b in rows)
        clean = [len(flagged(clean, threshold)) for clean, *_ in rows]
        per_1000 = 1000 * sum(clean) / words
        print(
            f"threshold {threshold:4.2f}: detected {detected / len(rows):.3f}  "
            f"twins flagged {sum(1 for n in clean if n)}/{len(rows)}  flags per 1,000 words {per_1000:.2f}"
        )


def measure_cases(context: TrigramContext, path: str) -> None:
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    scored = [(case, context.score(case["text"])) for case in cases]
    errors = sum(1 for case in cases if case["expect"])
    clean = len(cases) - errors
    for threshold in _THRESHOLDS:
        detected = false = 0
        for case, scores in scored:
            hits = flagged(scores, threshold)
            if not case["expect"]:
                false += bool(hits)
                continue
            start = case["text"].find(case["expect"][0]["match"])
            detected += overlaps(hits, start, start + len(case["expect"][0]["match"]))
        rate = detected / errors
        print(f"threshold {threshold:4.2f}: detected {detected}/{errors} = {rate:.3f}  twins flagged {false}/{clean}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dev = commands.add_parser("dev", help="threshold curve on a development set built from the corpus")
    dev.add_argument("corpus", nargs="+")
    dev.add_argument("--skip", type=int, default=200, help="articles of each file left for corpus_flags.py")
    dev.add_argument("--size", type=int, default=1500)
    dev.add_argument("--seed", type=int, default=16)
    cases = commands.add_parser("cases", help="threshold curve on a score_cases.py file (test data)")
    cases.add_argument("cases")
    for command in (dev, cases):
        command.add_argument(
            "--confusion-sets",
            metavar="PATH",
            help="alternatives from LanguageTool's confusion_sets.txt instead of the words one edit away",
        )
    args = parser.parse_args()
    context = TrigramContext(confusion_sets(args.confusion_sets) if args.confusion_sets else None)
    if args.command == "dev":
        measure_dev(context, args.corpus, args.skip, args.size, args.seed)
    else:
        measure_cases(context, args.cases)


if __name__ == "__main__":
    main()
