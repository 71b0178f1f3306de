#!/usr/bin/env python3
"""Build the spelling development set: real misspellings in real published sentences.

Each case is a sentence of published news (`../shared/corpus`, articles after the first
`--skip` of each file, which the noise measurement `corpus_flags.py --limit 200` reads)
with one word replaced by a misspelling of it from codespell's dictionary (PyPI
`codespell`, `misspelling->correction`, only entries with one correction), beside its
untouched twin. Three kinds, each taken from where the word really occurs:

- `misspelling-lower`: a lower-case word inside a sentence (reachs for reaches);
- `misspelling-initial`: the sentence's first word, capitalised (Therfor, ...);
- `misspelling-capitalised`: a capitalised word inside a sentence, a name or title word
  (the Tresury Department);
- `realword`: a word swapped for a confusable real word of the real-word check's pairs
  (`proof/data/confusables.tsv`), to measure that check's recall;
- `clean`: the untouched sentences, where any flag is a false alarm.

Cases are split by misspelling (a hash, so one misspelling is never in both parts) into
`dev.jsonl` (what the rules are tuned on) and `heldout.jsonl` (looked at once, at the
end). The format is `score_cases.py`'s, plus "variant" and "correction" keys; score with
`tools/score_spelling_devset.py`. The corpus may not be shipped, so neither is this set:
it is written under build/ and made again from these commands.

    .venv/bin/pip install codespell
    .venv/bin/python tools/make_spelling_devset.py ../shared/corpus/*.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')]*\s+(?=[\"(]?[A-Z])")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_MIN_WORDS, _MAX_WORDS = 8, 40
HELDOUT_SHARE = 30  # per cent of misspellings


@dataclass(frozen=True)
class Occurrence:
    sentence: str
    start: int
    end: int


def codespell_pairs() -> dict[str, str]:
    """codespell's misspelling → its one correction, both plain lower-case words."""
    text = (resources.files("codespell_lib") / "data" / "dictionary.txt").read_text(encoding="utf-8")
    pairs = {}
    for line in text.splitlines():
        wrong, _, right = line.partition("->")
        right = right.strip().rstrip(",")
        if wrong.isalpha() and wrong.islower() and right.isalpha() and right.islower() and "," not in right:
            pairs[wrong] = right
    return pairs


def confusable_pairs() -> list[tuple[str, str]]:
    path = os.path.join(ROOT, "proof", "data", "confusables.tsv")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    return [(a, b) for a, b, *_ in rows]


def corpus_articles(paths: list[str], skip: int) -> list[tuple[str, list[str]]]:
    """Each article after the first `skip` of each file: its body and the sentences taken from it."""
    found = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            articles = [json.loads(line) for line in f if line.strip()]
        for article in articles[skip:]:
            body = " ".join(article.get("body", "").split())
            taken = [
                sentence
                for sentence in _SENTENCE_END.split(body)
                if _MIN_WORDS <= len(sentence.split()) <= _MAX_WORDS and sentence.isascii()
            ]
            found.append((body, taken))
    return found


def corpus_sentences(paths: list[str], skip: int) -> list[str]:
    return [sentence for _, taken in corpus_articles(paths, skip) for sentence in taken]


def occurrences(sentences: list[str]) -> dict[str, dict[str, list[Occurrence]]]:
    """word (lower case) → variant → where it occurs in that shape."""
    found: dict[str, dict[str, list[Occurrence]]] = defaultdict(lambda: defaultdict(list))
    for sentence in sentences:
        for i, m in enumerate(_WORD.finditer(sentence)):
            word = m.group()
            if "'" in word:
                continue
            if word.islower():
                variant = "misspelling-lower"
            elif word[0].isupper() and word[1:].islower() and len(word) > 1:
                variant = "misspelling-initial" if i == 0 else "misspelling-capitalised"
            else:
                continue
            found[word.lower()][variant].append(Occurrence(sentence, m.start(), m.end()))
    return found


def heldout(key: str) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 100 < HELDOUT_SHARE


def shaped(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def case(case_id: str, variant: str, at: Occurrence, replacement: str, correction: str) -> dict:
    text = at.sentence[: at.start] + replacement + at.sentence[at.end :]
    return {
        "id": case_id,
        "category": variant,
        "variant": variant,
        "correction": correction,
        "text": text + "\n",
        "expect": [{"match": replacement, "fixed": correction}],
    }


def build(
    sentences: list[str], pairs: dict[str, str], confusables: list[tuple[str, str]], seed: int, per_variant: int
) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    where = occurrences(sentences)
    parts: dict[str, list[dict]] = {"dev": [], "heldout": []}
    twins: dict[str, set[str]] = {"dev": set(), "heldout": set()}
    picks = [
        (wrong, right, variant) for wrong, right in sorted(pairs.items()) for variant in sorted(where.get(right, {}))
    ]
    picks += [
        (wrong, right, "realword") for wrong, right in confusables if where.get(right, {}).get("misspelling-lower")
    ]
    rng.shuffle(picks)
    taken: dict[tuple[str, str], int] = defaultdict(int)
    for wrong, right, variant in picks:
        part = "heldout" if heldout(wrong) else "dev"
        if taken[part, variant] >= per_variant:
            continue
        at = rng.choice(where[right]["misspelling-lower" if variant == "realword" else variant])
        # A misspelling that is itself in the sentence ("recieve" beside "receive") is no test.
        if re.search(rf"\b{re.escape(wrong)}\b", at.sentence, re.IGNORECASE):
            continue
        taken[part, variant] += 1
        n = taken[part, variant]
        parts[part].append(
            case(
                f"{variant}-{n:05d}",
                variant,
                at,
                shaped(wrong, at.sentence[at.start : at.end]),
                shaped(right, at.sentence[at.start : at.end]),
            )
        )
        twins[part].add(at.sentence)
    for part, texts in twins.items():
        for n, text in enumerate(sorted(texts), 1):
            parts[part].append(
                {"id": f"clean-{n:05d}", "category": "clean", "variant": "clean", "text": text + "\n", "expect": []}
            )
    return parts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+", help="corpus files (JSON lines with a body)")
    ap.add_argument("--skip", type=int, default=200, help="articles left out at the start of each file")
    ap.add_argument("--per-variant", type=int, default=1500, help="cases of each kind in each part")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "spelling-devset"))
    args = ap.parse_args()
    parts = build(
        corpus_sentences(args.corpus, args.skip), codespell_pairs(), confusable_pairs(), args.seed, args.per_variant
    )
    os.makedirs(args.out, exist_ok=True)
    for part, cases in parts.items():
        path = os.path.join(args.out, f"{part}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
        counts = defaultdict(int)
        for c in cases:
            counts[c["variant"]] += 1
        print(f"{path}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
