#!/usr/bin/env python3
"""What the opt-in real-word check (`--realword`) costs on top of `proof check --no-grammar`.

Run by hand, not a test: `.venv/bin/python benchmarks/bench_realword.py [--articles N] [--runs R]`.
Prints, each the median of R runs:
- in this process: loading the trigram model once, and its steady cost per 1,000 words;
- whole process, wall clock: N corpus articles checked with and without `--realword`, in
  one process (`-j 1`) and with the default workers, and the ratio of each pair. Forked
  workers inherit the model the parent loaded for the first file, so the extra cost with
  workers should stay near one model load, not one load per worker.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")


def write_articles(folder: str, count: int) -> int:
    """Corpus articles as text files (examples/ when the corpus is missing); returns their words."""
    texts = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            texts += [f"{a.get('title', '')}\n\n{a['body']}\n" for a in map(json.loads, filter(str.strip, f))]
    if not texts:
        examples = sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt")))
        texts = [Path(p).read_text(encoding="utf-8") for p in examples]
    chosen = [texts[i % len(texts)] for i in range(count)]
    for i, text in enumerate(chosen):
        with open(os.path.join(folder, f"{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
    return sum(len(t.split()) for t in chosen)


def wall(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "proof", *args], cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit(f"bench_realword: proof {' '.join(args)} exited {done.returncode}\n{done.stderr}")
    return statistics.median(times)


def in_process(folder: str, words: int) -> tuple[float, float]:
    """(model load, seconds per 1,000 words) of the checker alone."""
    from proof.readers import load_document
    from proof.realword import RealWordChecker
    from proof.realword.trigram import shared_model

    start = time.perf_counter()
    shared_model()
    loaded = time.perf_counter() - start
    documents = [load_document(os.path.join(folder, name)) for name in sorted(os.listdir(folder))]
    checker = RealWordChecker()
    start = time.perf_counter()
    for document in documents:
        checker.check(document)
    return loaded, 1000 * (time.perf_counter() - start) / words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        words = write_articles(folder, args.articles)
        loaded, per_1000 = in_process(folder, words)
        print(f"{args.articles} articles, {words} words; cores: {os.cpu_count()}")
        print(f"model load {loaded:.2f} s; check {per_1000 * 1000:.1f} ms per 1,000 words (in process)")
        base = ["check", "--no-grammar", "--fail-on", "never", "--format", "json", folder]
        for jobs in (["-j", "1"], []):
            without = wall([*base, *jobs], args.runs)
            with_check = wall([*base, *jobs, "--realword"], args.runs)
            label = " ".join(jobs) or "default workers"
            print(
                f"{label:>15}: without {without:.2f} s, with --realword {with_check:.2f} s, "
                f"ratio {with_check / without:.2f} (+{with_check - without:.2f} s)"
            )


if __name__ == "__main__":
    main()
