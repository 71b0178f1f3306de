"""All house-style rules over a ~1,000-word article: median time per article after start-up.

The article is the two example stories (wire and web, about 970 words) with a different
last line on each run, so no per-document cache carries over. The baseline, measured in
the same process, is building the Document alone (reading the text into paragraphs and
the offset map); the ratio says how many document builds the style check costs.
Target: under 20 ms per article. The slowest rule types follow, timed rule by rule, so
the owner of a slow type can see it.

    .venv/bin/python benchmarks/bench_style.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from proof.readers import document_from_text
from proof.settings.config import default_config
from proof.style.checker import StyleChecker

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = [
    os.path.join(ROOT, "examples", name)
    for name in ("russia-missile-defence-wire.txt", "russia-missile-defence-web.txt")
]


def article(run: int) -> str:
    texts = [Path(path).read_text(encoding="utf-8") for path in EXAMPLES]
    return "\n\n".join(texts) + f"\n\nThis is run number {run} of the benchmark.\n"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main(runs: int) -> None:
    started = time.perf_counter()
    checker = StyleChecker.from_config(default_config(ROOT))
    start_up = time.perf_counter() - started
    checker.check(document_from_text(article(-1), "warm.txt"))
    build, check = [], []
    words = len(article(0).split())
    for run in range(runs):
        text = article(run)
        t0 = time.perf_counter()
        document = document_from_text(text, "bench.txt")
        t1 = time.perf_counter()
        checker.check(document)
        t2 = time.perf_counter()
        build.append(t1 - t0)
        check.append(t2 - t1)
    print(f"{len(checker.rules)} style rules, {words}-word article, {runs} runs")
    print(f"start-up (load and compile rules): {start_up * 1000:.1f} ms")
    print(f"baseline, building the Document:   {median_ms(build):.2f} ms median")
    print(f"all style rules:                   {median_ms(check):.2f} ms median (target < 20 ms)")
    print(f"ratio style / document build:      {median_ms(check) / median_ms(build):.1f}x")
    print("slowest rule types (mean ms per article):")
    for name, seconds in slowest_types(checker, max(runs // 10, 5))[:5]:
        print(f"  {name:<16} {seconds * 1000:6.2f}")


def slowest_types(checker: StyleChecker, runs: int) -> list[tuple[str, float]]:
    spent: dict[str, float] = defaultdict(float)
    for run in range(runs):
        document = document_from_text(article(10_000 + run), "bench.txt")
        for rule in checker.rules:
            started = time.perf_counter()
            list(rule.check(document))
            spent[rule.info.type] += (time.perf_counter() - started) / runs
    return sorted(spent.items(), key=lambda item: -item[1])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
