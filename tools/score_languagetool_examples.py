#!/usr/bin/env python3
"""How many of LanguageTool's own rule examples proof finds, against plain LanguageTool.

Usage (from the project root, with a LanguageTool server running):
  python tools/score_languagetool_examples.py --url http://127.0.0.1:8081 [--every N]

Reads tests/fixtures/languagetool-examples.jsonl (made by make_languagetool_examples.py).
An example is found when a flag overlaps its marked error: by plain LanguageTool (every
rule as it ships, spelling included, one request per batch of examples), and by
`proof check` with its defaults and that server (every checker: spelling, house style,
grammar). Examples of rules or categories that proof's profile switches off are left out
of both counts. Prints both rates, their ratio and the rules proof misses most.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "tests", "fixtures", "languagetool-examples.jsonl")
SEPARATOR = "\n\n"
BATCH = 200


def load_examples(path: str = EXAMPLES, every: int = 1) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return rows[::every]


def profiled_out(examples: list[dict]) -> list[dict]:
    """The examples whose rule or category proof's default profile leaves on."""
    from proof.grammar.select import languagetool_switches
    from proof.settings.config import Settings

    switches = languagetool_switches(Settings())
    return [
        e
        for e in examples
        if e["rule"] not in switches.disabled_rules and e["category"] not in switches.disabled_categories
    ]


def layout(examples: list[dict]) -> tuple[str, list[tuple[int, int]]]:
    """One text with the examples as paragraphs, and each marked error's span in it."""
    spans, start = [], 0
    for example in examples:
        spans.append((start + example["start"], start + example["start"] + len(example["match"])))
        start += len(example["text"]) + len(SEPARATOR)
    return SEPARATOR.join(e["text"] for e in examples) + "\n", spans


def found(spans: list[tuple[int, int]], flagged: list[tuple[int, int]]) -> list[bool]:
    return [any(start < end_f and start_f < end for start_f, end_f in flagged) for start, end in spans]


def _utf16_to_code_points(text: str):
    units, table = 0, {}
    for index, ch in enumerate(text):
        table[units] = index
        units += 2 if ord(ch) > 0xFFFF else 1
    table[units] = len(text)
    return table


def plain_languagetool(url: str, examples: list[dict], language: str) -> list[bool]:
    results = []
    for first in range(0, len(examples), BATCH):
        batch = examples[first : first + BATCH]
        text, spans = layout(batch)
        data = urllib.parse.urlencode({"text": text, "language": language}).encode()
        with urllib.request.urlopen(url.rstrip("/") + "/v2/check", data, timeout=600) as answer:
            matches = json.load(answer)["matches"]
        table = _utf16_to_code_points(text)
        flagged = [(table[m["offset"]], table[m["offset"] + m["length"]]) for m in matches]
        results.extend(found(spans, flagged))
    return results


def proof_check(url: str, examples: list[dict], language: str, proof: str, extra=()) -> list[bool]:
    text, spans = layout(examples)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "examples.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        command = [
            *shlex.split(proof),
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--no-cache",
            "--require-grammar",
            "--languagetool-url",
            url,
            "--language",
            language,
            *extra,
            path,
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"proof check exited {done.returncode}: {done.stderr[-2000:]}")
    flags = json.loads(done.stdout)["files"][0]["flags"]
    return found(spans, [(f["offset"], f["offset"] + f["length"]) for f in flags])


def score(url: str, examples: list[dict], language: str = "en-US", proof: str = f"{sys.executable} -m proof") -> dict:
    kept = profiled_out(examples)
    plain = plain_languagetool(url, kept, language)
    ours = proof_check(url, kept, language, proof)
    missed = Counter(e["rule"] for e, p, o in zip(kept, plain, ours) if p and not o)
    return {
        "examples": len(kept),
        "left_out": len(examples) - len(kept),
        "plain": sum(plain),
        "proof": sum(ours),
        "both": sum(p and o for p, o in zip(plain, ours)),
        "ratio": sum(ours) / max(sum(plain), 1),
        "missed": missed.most_common(20),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default=os.environ.get("PROOF_LANGUAGETOOL_URL"), required=False)
    ap.add_argument("--every", type=int, default=1, help="take every Nth example")
    ap.add_argument("--language", default="en-US")
    ap.add_argument("--proof", default=f"{sys.executable} -m proof")
    args = ap.parse_args()
    if not args.url:
        ap.error("give --url or set PROOF_LANGUAGETOOL_URL")
    result = score(args.url, load_examples(every=args.every), args.language, args.proof)
    n = result["examples"]
    print(f"{n} examples ({result['left_out']} left out: rules the profile switches off)")
    print(f"  plain LanguageTool finds {result['plain']} ({100 * result['plain'] / n:.1f}%)")
    print(
        f"  proof finds {result['proof']} ({100 * result['proof'] / n:.1f}%), "
        f"{result['both']} of them also found by plain LanguageTool"
    )
    print(f"  proof / plain: {100 * result['ratio']:.1f}%")
    print(
        "  found by plain LanguageTool, missed by proof: "
        + ", ".join(f"{rule} x{count}" for rule, count in result["missed"])
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
