#!/usr/bin/env python3
"""Measure the real-word check (`proof.realword`) on a development set and on scored cases.

The check (docs/spelling.md) flags a lower-case word when an alternative makes its three
trigrams more likely, under the US English model PyPI `pocketsphinx` ships, by a log10 ratio
above a threshold: one threshold for the common words one edit away, one for LanguageTool's
confusion sets, each higher for a word its document uses again (`TrigramModel.repeated`). This
tool draws the curve of each threshold; the product's constants (`EDIT_THRESHOLD`,
`CONFUSION_THRESHOLD` and their `REPEATED_` twins in `proof/realword/trigram.py`) are chosen on it.

Thresholds are chosen on the development set this tool builds, never on the scored cases:
sentences of published news (`../shared/corpus`, articles after the first `--skip` of each
file, which `corpus_flags.py --limit 200` reads) with one lower-case word replaced by a
random alternative of it, beside the untouched sentence (where any flag is a false alarm),
each read in its article (with the slip made in the swapped one) for the words used again.

    .venv/bin/pip install -e '.[data]'
    .venv/bin/python tools/measure_realword_lm.py dev ../shared/corpus/*.jsonl [--alternatives edit|confusion|both]
    .venv/bin/python tools/measure_realword_lm.py cases ../shared/eval/realword-zesch2012.jsonl [--alternatives ...]

`dev` prints, for each threshold, the share of swapped words flagged, the untouched
sentences with a flag and the flags per 1,000 words of untouched text; `cases` prints
detected and untouched sentences flagged for a `score_cases.py` file (test data: look, don't
tune). `--alternatives edit` or `confusion` sweeps that source's threshold alone; `both`
(the default) prints the product's decision, both sources at their constants.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
from collections.abc import Callable

from proof.realword.trigram import (
    CONFUSION_THRESHOLD,
    EDIT_THRESHOLD,
    REPEATED_CONFUSION_THRESHOLD,
    REPEATED_EDIT_THRESHOLD,
    TrigramModel,
    WordScore,
    shipped_confusion_sets,
    spelled,
    suspect,
    suspect_in,
    tokens,
)
from tools.make_spelling_devset import corpus_articles

_THRESHOLDS = [t / 4 for t in range(6, 25)]  # log10 ratios 1.5 … 6
_NEVER = float("inf")

# A flagged word: its span in the sentence.
Span = tuple[int, int]
# A judged word: its score and whether its document uses it again.
Judged = tuple[WordScore, bool]
Decision = Callable[[Judged], bool]


def _passes(judged: Judged, edit: float, confusion: float) -> bool:
    return suspect(judged[0], edit, confusion) is not None


def decisions(alternatives: str) -> list[tuple[str, Decision]]:
    """The decisions to report: a threshold sweep of one source (the same threshold for a
    word used once or again), or the product's."""
    if alternatives == "edit":
        return [(f"edit {t:4.2f}", functools.partial(_passes, edit=t, confusion=_NEVER)) for t in _THRESHOLDS]
    if alternatives == "confusion":
        return [(f"confusion {t:4.2f}", functools.partial(_passes, edit=_NEVER, confusion=t)) for t in _THRESHOLDS]
    label = (
        f"edit {EDIT_THRESHOLD} + confusion {CONFUSION_THRESHOLD}, "
        f"repeated {REPEATED_EDIT_THRESHOLD} + {REPEATED_CONFUSION_THRESHOLD}"
    )
    return [(label, lambda j: suspect_in(*j) is not None)]


def alternatives_of(model: TrigramModel, word: str, alternatives: str) -> tuple[str, ...]:
    edits = model.edit_alternatives(word) if alternatives != "confusion" else ()
    confusions = model.confusion_alternatives(word) if alternatives != "edit" else ()
    return tuple(sorted({*edits, *confusions}))


def scored_spans(model: TrigramModel, text: str, repeated: frozenset[str]) -> list[tuple[Span, Judged]]:
    """Each judged word of `text` (a sentence of a document that uses `repeated` more than once)."""
    found = tokens(text)
    return [
        ((found[s.index].start, found[s.index].end), (s, spelled(found[s.index].text) in repeated))
        for s in model.scores([t.text for t in found])
    ]


def flagged(scored: list[tuple[Span, Judged]], decide: Decision) -> list[Span]:
    return [span for span, score in scored if decide(score)]


def overlaps(spans: list[Span], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def measure_dev(model: TrigramModel, paths: list[str], alternatives: str, skip: int, size: int, seed: int) -> None:
    rng = random.Random(seed)
    sentences = [(sentence, body) for body, taken in corpus_articles(paths, skip) for sentence in taken]
    rng.shuffle(sentences)
    rows = []  # (clean scores, swapped scores, start, end)
    words = 0
    for sentence, body in sentences:
        found = tokens(sentence)
        targets = [t for t in found if t.text in model.vocabulary and alternatives_of(model, t.text, alternatives)]
        if not targets:
            continue
        target = rng.choice(targets)
        alternative = rng.choice(alternatives_of(model, target.text, alternatives))
        swapped = sentence[: target.start] + alternative + sentence[target.end :]
        end = target.start + len(alternative)
        # The article around the sentence, as the checker reads it: the slip made in its copy.
        swapped_repeated = model.repeated(body.replace(sentence, swapped, 1))
        untouched = scored_spans(model, sentence, model.repeated(body))
        rows.append((untouched, scored_spans(model, swapped, swapped_repeated), target.start, end))
        words += len(found)
        if len(rows) == size:
            break
    print(f"development set: {len(rows)} swapped sentences and their twins, {words} words (articles after {skip})")
    for label, decide in decisions(alternatives):
        detected = sum(overlaps(flagged(swapped, decide), a, b) for _, swapped, a, b in rows)
        clean = [len(flagged(clean, decide)) for clean, *_ in rows]
        per_1000 = 1000 * sum(clean) / words
        print(
            f"{label}: detected {detected / len(rows):.3f}  "
            f"twins flagged {sum(1 for n in clean if n)}/{len(rows)}  flags per 1,000 words {per_1000:.2f}"
        )


def measure_cases(model: TrigramModel, path: str, alternatives: str) -> None:
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    # Each case is a document of one sentence.
    scored = [(case, scored_spans(model, case["text"], model.repeated(case["text"]))) for case in cases]
    errors = sum(1 for case in cases if case["expect"])
    clean = len(cases) - errors
    for label, decide in decisions(alternatives):
        detected = false = 0
        for case, scores in scored:
            hits = flagged(scores, decide)
            if not case["expect"]:
                false += bool(hits)
                continue
            start = case["text"].find(case["expect"][0]["match"])
            detected += overlaps(hits, start, start + len(case["expect"][0]["match"]))
        rate = detected / errors
        print(f"{label}: detected {detected}/{errors} = {rate:.3f}  twins flagged {false}/{clean}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dev = commands.add_parser("dev", help="threshold curve on a development set built from the corpus")
    dev.add_argument("corpus", nargs="+")
    dev.add_argument("--skip", type=int, default=200, help="articles of each file left for corpus_flags.py")
    dev.add_argument("--size", type=int, default=10_000, help="pairs at most (the corpus gives 9,792)")
    dev.add_argument("--seed", type=int, default=16)
    cases = commands.add_parser("cases", help="threshold curve on a score_cases.py file (test data)")
    cases.add_argument("cases")
    for command in (dev, cases):
        command.add_argument(
            "--alternatives",
            choices=("edit", "confusion", "both"),
            default="both",
            help="sweep the threshold of one-edit or confusion-set alternatives, or the product's decision (both)",
        )
    args = parser.parse_args()
    model = TrigramModel(shipped_confusion_sets())
    if args.command == "dev":
        measure_dev(model, args.corpus, args.alternatives, args.skip, args.size, args.seed)
    else:
        measure_cases(model, args.cases, args.alternatives)


if __name__ == "__main__":
    main()
