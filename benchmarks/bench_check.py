#!/usr/bin/env python3
"""How long `proof check --no-grammar` takes, whole process, wall clock.

Run by hand (`make bench`), not a test. Times, each the median of several runs:
- baseline: a bare `python -c pass`, and `python -c "import proof.cli"` (the start-up
  proof pays before it reads a file), measured in this same run;
- the two example articles (target: under 1 s including start-up);
- many copies of them in a temporary folder (per-article cost once start-up is paid);
- in this process, each checker that `build_checkers` makes: its construction, its first
  check (which loads its data) and its steady cost per article, so a slow run can be
  put down to the checker that makes it slow.
Prints each time and its ratio to the bare interpreter start-up.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
COPIES = 200
RUNS = 5


def wall(command: list[str], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit(f"bench_check: {' '.join(command)} exited {done.returncode}\n{done.stderr}")
    return statistics.median(times)


def copies(folder: str, count: int) -> None:
    articles = sorted(f for f in os.listdir(EXAMPLES) if f.endswith(".txt"))
    shutil.copy(os.path.join(EXAMPLES, "proof.toml"), folder)
    for i in range(count):
        name = articles[i % len(articles)]
        shutil.copy(os.path.join(EXAMPLES, name), os.path.join(folder, f"{i:04d}-{name}"))


def checker_costs(runs: int = 20) -> list[tuple[str, float, float, float]]:
    """(checker, construction, first check, steady check per article) in seconds."""
    from proof.core.dialect import resolve_language
    from proof.pipeline.factory import build_checkers
    from proof.readers import load_document
    from proof.settings.config import load_config
    from proof.settings.overrides import Overrides

    config = load_config(os.path.join(EXAMPLES, "proof.toml"))
    config = replace(config, settings=Overrides(grammar=False)(config.settings))
    documents = [load_document(os.path.join(EXAMPLES, f)) for f in sorted(os.listdir(EXAMPLES)) if f.endswith(".txt")]
    for document in documents:
        document.language = resolve_language(config.settings.language, document.text)
    start = time.perf_counter()
    checkers = build_checkers(config)
    built = (time.perf_counter() - start) / max(len(checkers), 1)
    costs = []
    for checker in checkers:
        start = time.perf_counter()
        checker.check(documents[0])
        first = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(runs):
            for document in documents:
                checker.check(document)
        steady = (time.perf_counter() - start) / (runs * len(documents))
        costs.append((type(checker).__name__, built, first, steady))
        checker.close()
    return costs


def main() -> None:
    python = sys.executable
    check = [python, "-m", "proof", "check", "--no-grammar", "--fail-on", "never"]
    bare = wall([python, "-c", "pass"])
    rows = [("python -c pass", bare, 1), ("python -c 'import proof.cli'", wall([python, "-c", "import proof.cli"]), 1)]
    examples = wall([*check, EXAMPLES])
    rows.append(("proof check examples/ (2 articles)", examples, 2))
    with tempfile.TemporaryDirectory() as folder:
        copies(folder, COPIES)
        many = wall([*check, folder], runs=3)
    rows.append((f"proof check {COPIES} copies", many, COPIES))
    print(f"{'what':<40} {'seconds':>8} {'x bare':>7}")
    for what, seconds, _ in rows:
        print(f"{what:<40} {seconds:8.3f} {seconds / bare:7.1f}")
    per_article = (many - examples) / (COPIES - 2)
    print(f"per-article cost after start-up: {per_article * 1000:.1f} ms ({per_article / bare:.2f} x bare start-up)")
    print(f"examples under 1 s: {'yes' if examples < 1.0 else 'NO'} ({examples:.3f} s)")
    print(f"\n{'checker (in process)':<24} {'build':>8} {'first':>8} {'per article':>12}")
    for name, built, first, steady in checker_costs():
        print(f"{name:<24} {built:8.3f} {first:8.3f} {steady * 1000:9.1f} ms")
    print("(build is the run's construction time shared out evenly; first includes loading data)")


if __name__ == "__main__":
    main()
