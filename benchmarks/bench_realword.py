#!/usr/bin/env python3
"""What the real-word check (on by default; `--no-realword` turns it off) costs on top of
`proof check --no-grammar`, and on a keystroke in the language server.

Run by hand, not a test: `.venv/bin/python benchmarks/bench_realword.py [--articles N] [--runs R]`.
Prints, each the median of R runs:
- in this process, in CPU seconds (steadier than the wall clock on a shared machine):
  loading the trigram model once, and its steady cost per 1,000 words;
- also in CPU seconds, the language server's check of one edit (`proof.lsp.tracked.changed`: the touched
  paragraph's local checks, the document-level checks whole) in the wire example repeated
  ten times, with the check and without, and the ratio;
- whole process, CPU seconds: N corpus articles checked with and without the check, in
  one process (`-j 1`) and with the default workers, and the ratio of each pair. Forked
  workers inherit the model the parent loaded for the first file, so the extra cost with
  workers should stay near one model load, not one load per worker.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
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


def cpu(args: list[str], runs: int) -> float:
    """CPU seconds (user + system) of `proof ARGS`, its workers included (the kernel's count for
    the process and the children it waited for), the median of `runs`."""
    times = []
    for _ in range(runs):
        process = subprocess.Popen(
            [sys.executable, "-m", "proof", *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        _, status, usage = os.wait4(process.pid, 0)
        times.append(usage.ru_utime + usage.ru_stime)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit(f"bench_realword: proof {' '.join(args)} failed\n{process.stderr.read().decode()}")
        process.stderr.close()
    return statistics.median(times)


def in_process(folder: str, words: int) -> tuple[float, float]:
    """(model load, seconds per 1,000 words) of the checker alone."""
    from proof.readers import load_document
    from proof.realword import RealWordChecker
    from proof.realword.trigram import shared_model

    start = time.process_time()
    shared_model()
    loaded = time.process_time() - start
    documents = [load_document(os.path.join(folder, name)) for name in sorted(os.listdir(folder))]
    checker = RealWordChecker()
    start = time.process_time()
    for document in documents:
        checker.check(document)
    return loaded, 1000 * (time.process_time() - start) / words


def lsp_change(realword: bool, runs: int) -> float:
    """Seconds the language server takes to check one changed word (the median of `runs`)."""
    from proof.lsp.tracked import changed, opened
    from proof.readers import document_from_text
    from proof.review.background import BackgroundGrammar
    from proof.run.runner import Runner
    from proof.settings.config import ConfigFinder
    from proof.settings.overrides import Overrides

    wire = Path(ROOT, "examples", "russia-missile-defence-wire.txt").read_text(encoding="utf-8").strip("\n")
    text = "\n\n".join([wire] * 10) + "\n"
    middle = text.index("rouge", len(text) // 2 - len(wire))
    edited = text[:middle] + "rogue" + text[middle + 5 :]
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(os.path.join(ROOT, "examples", "proof.toml"), folder)
        path = os.path.join(folder, "article.txt")
        runner = Runner(ConfigFinder(override=Overrides(grammar=False, realword=realword)))
        engine = runner.engine_for(runner.finder.for_path(path))
        times = []
        for run in range(runs + 1):  # the first run warms the caches
            background = BackgroundGrammar(engine)
            tracked = opened(engine, document_from_text(text, path), background)
            start = time.process_time()
            changed(tracked, document_from_text(edited, path), background)
            if run:
                times.append(time.process_time() - start)
        runner.close()
    return statistics.median(times)


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
        without, with_check = lsp_change(False, 5 * args.runs), lsp_change(True, 5 * args.runs)
        print(
            f"language server, one edit: without {1000 * without:.1f} ms, with the check {1000 * with_check:.1f} ms, "
            f"ratio {with_check / without:.2f}"
        )
        base = ["check", "--no-grammar", "--fail-on", "never", "--format", "json", folder]
        for jobs in (["-j", "1"], []):
            without = cpu([*base, *jobs, "--no-realword"], args.runs)
            with_check = cpu([*base, *jobs, "--realword"], args.runs)
            label = " ".join(jobs) or "default workers"
            print(
                f"{label:>15}: without {without:.2f} s, with the check {with_check:.2f} s, "
                f"ratio {with_check / without:.2f} (+{with_check - without:.2f} s)"
            )


if __name__ == "__main__":
    main()
