#!/usr/bin/env python3
"""Measure the `confusable` rules on real text instead of hand-written frames.

For each confusable rule of a pack (`words`: wrong form → right form), two kinds of case
are taken from published news (`../shared/corpus/*.jsonl`, every article) and from
LanguageTool's rule examples put right (`tests/fixtures/languagetool-examples.jsonl`):

- **errors** (recall): every sentence that uses a RIGHT form, with that word swapped for the
  wrong one ("flouting the court order" → "flaunting the court order"): a realistic slip
  in a real context. Found when the rule flags the word and suggests the original.
- **correct uses** (precision): every sentence that uses a WRONG form as it stands
  ("flaunted his wealth"). Published copy is taken as correct, so a flag is a false alarm
  unless it is a real slip in the copy (`--show-flags` lists them to look at).

A word capitalised inside a sentence is a name to the rules and is left out. Cases are
split by a hash of the article (of the sentence, for LanguageTool's examples) into `dev`
(tune on it) and `heldout` (score once, at the end), so one article never feeds both.
The rules run in-process, one at a time, on each sentence as its own text:

    .venv/bin/python tools/measure_confusables.py ../shared/corpus/*.jsonl
    .venv/bin/python tools/measure_confusables.py ../shared/corpus/*.jsonl --part heldout
    .venv/bin/python tools/measure_confusables.py ../shared/corpus/*.jsonl --misses 20 --rule FloutFlaunt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from proof.core.text import sentences  # noqa: E402
from proof.readers import document_from_text  # noqa: E402
from proof.style.case import match_case  # noqa: E402
from proof.style.loader import Pack, load_pack  # noqa: E402
from proof.style.types.confusable import Confusable  # noqa: E402
from proof.style.wordseq import sentence_words  # noqa: E402

LANGUAGETOOL = ROOT / "tests" / "fixtures" / "languagetool-examples.jsonl"
HELDOUT_SHARE = 30  # per cent of articles
PARTS = ("dev", "heldout")


@dataclass(frozen=True)
class Sentence:
    text: str
    part: str
    source: str

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(w.key for w in sentence_words(self.text, 0, len(self.text)))


@dataclass(frozen=True)
class Case:
    text: str
    start: int
    end: int
    #: The word the rule should suggest (errors) or None (a correct use: no flag wanted).
    expected: str | None
    source: str


def part_of(key: str) -> str:
    return "heldout" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 100 < HELDOUT_SHARE else "dev"


def corpus_sentences(paths: Iterable[str]) -> Iterator[Sentence]:
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                article = json.loads(line)
                body = " ".join(str(article.get("body", "")).split())
                name = f"{os.path.basename(path)}:{article.get('id', '')}"
                part = part_of(name)
                for start, end in sentences(body):
                    yield Sentence(body[start:end], part, name)


def languagetool_sentences(path: Path) -> Iterator[Sentence]:
    """LanguageTool's bad examples with its first correction applied: correct sentences."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            row = json.loads(line)
            if not row.get("correction"):
                continue
            text, start = row["text"], row["start"]
            fixed = text[:start] + row["correction"][0] + text[start + len(row["match"]) :]
            yield Sentence(fixed, part_of(fixed), f"languagetool:{n}:{row['rule']}")


def confusable_rules(folder: Path) -> list[Confusable]:
    return [r for r in load_pack(Pack(folder.name, folder)) if isinstance(r, Confusable)]


@dataclass(frozen=True)
class Pair:
    """A wrong form and its right form, with the rules that know it."""

    wrong: str
    right: str
    rules: tuple[Confusable, ...]

    @property
    def name(self) -> str:
        return f"{self.wrong} for {self.right}"


def pairs_of(rules: list[Confusable]) -> list[Pair]:
    found: dict[tuple[str, str], list[Confusable]] = defaultdict(list)
    for rule in rules:
        for wrong, right in rule.words.items():
            found[wrong, right.lower()].append(rule)
    return [Pair(wrong, right, tuple(rs)) for (wrong, right), rs in sorted(found.items())]


def cases_for(pair: Pair, found: list[Sentence]) -> tuple[list[Case], list[Case]]:
    """(errors, correct uses): the right form swapped for the wrong one; the wrong form as it stands."""
    errors, correct = [], []
    for sentence in found:
        keys = sentence.keys
        if pair.wrong not in keys and pair.right not in keys:
            continue
        for word in sentence_words(sentence.text, 0, len(sentence.text)):
            if not (word.lower or word.first):
                continue  # a name to the rules
            if word.key == pair.wrong:
                correct.append(Case(sentence.text, word.start, word.end, None, sentence.source))
            elif word.key == pair.right:
                swapped = match_case(pair.wrong, word.text)
                text = sentence.text[: word.start] + swapped + sentence.text[word.end :]
                errors.append(Case(text, word.start, word.start + len(swapped), word.text, sentence.source))
    return errors, correct


def judge(rules: Iterable[Confusable], case: Case) -> bool:
    """True when the rules do what the case wants: flag and put right an error (any rule), leave a correct use alone."""
    document = document_from_text(case.text + "\n", "case.txt")
    hits = [f.suggestions for rule in rules for f in rule.check(document) if f.start == case.start]
    if case.expected is None:
        return not hits
    return any(s and s[0].lower() == case.expected.lower() for s in hits)


def shown(case: Case) -> str:
    return f"  {case.text[: case.start]}[{case.text[case.start : case.end]}]{case.text[case.end :]}  ({case.source})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*", help="corpus files (JSON lines with a body)")
    ap.add_argument("--rules", default=str(ROOT / "rules" / "newsroom"), help="rule pack folder")
    ap.add_argument("--part", choices=PARTS, default="dev")
    ap.add_argument("--rule", action="append", default=[], help="only this rule (file stem); repeatable")
    ap.add_argument("--misses", type=int, default=0, help="list up to N missed errors per rule")
    ap.add_argument("--show-flags", action="store_true", help="list every flag on a correct use")
    ap.add_argument("--json", help="also write the per-rule figures to this file")
    args = ap.parse_args()

    found = [s for s in corpus_sentences(args.corpus) if s.part == args.part]
    found += [s for s in languagetool_sentences(LANGUAGETOOL) if s.part == args.part]
    rules = [r for r in confusable_rules(Path(args.rules)) if not args.rule or r.info.id.split(".")[-1] in args.rule]

    rows = []
    for pair in pairs_of(rules):
        # Any rule that knows the wrong form may flag it, not only those that name this pair.
        judges = [r for r in rules if pair.wrong in r.words]
        errors, correct = cases_for(pair, found)
        missed = [c for c in errors if not judge(judges, c)]
        false_flags = [c for c in correct if not judge(judges, c)]
        row = {
            "pair": pair.name,
            "rules": [r.info.id for r in pair.rules],
            "errors": len(errors),
            "found": len(errors) - len(missed),
            "correct": len(correct),
            "false_flags": len(false_flags),
        }
        rows.append(row)
        if errors or correct:
            print(
                f"{pair.name:<30} found {row['found']:>4} of {row['errors']:<4}  false flags {row['false_flags']} "
                f"of {row['correct']:<4} {' '.join(r.info.id.split('.')[-1] for r in pair.rules)}"
            )
        for case in missed[: args.misses]:
            print("   miss" + shown(case))
        if args.show_flags:
            for case in false_flags:
                print("   flag" + shown(case))

    errors_total = sum(r["errors"] for r in rows)
    found_total = sum(r["found"] for r in rows)
    correct_total = sum(r["correct"] for r in rows)
    false_total = sum(r["false_flags"] for r in rows)
    covered = [r for r in rows if r["errors"]]
    macro = sum(r["found"] / r["errors"] for r in covered) / len(covered) if covered else 0.0
    print(
        f"\n{args.part}: {len(found)} sentences, {len(rules)} rules, {len(rows)} pairs; errors found {found_total} of "
        f"{errors_total} ({found_total / max(errors_total, 1):.3f}; mean per pair {macro:.3f} over {len(covered)} "
        f"pairs with errors); false flags {false_total} of {correct_total} correct uses"
    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"part": args.part, "pairs": rows}, f, indent=1)


if __name__ == "__main__":
    main()
