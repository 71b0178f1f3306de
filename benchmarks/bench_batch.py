#!/usr/bin/env python3
"""Batch throughput: `proof check` over hundreds of real news articles, against proselint.

Run by hand, not a test:

    .venv/bin/pip install -e '.[bench]'          # proselint, for the side-by-side
    .venv/bin/python benchmarks/bench_batch.py [--articles N] [--jobs J] [--runs R] [--harper-off NAME]

The corpus is ../shared/corpus/*.jsonl (or --corpus DIR) when that folder exists (each article written out
as a .txt file: title, blank line, body, as tools/corpus_flags.py does); otherwise the
examples/ articles are copied, each copy with its own closing line, to N files.
proof runs as a user runs it (`proof check --jobs J --format json --output ...`) twice: with
spelling, house style and Harper for grammar (a proof.toml in the corpus folder sets
`grammar.engines = ["harper"]`; `--no-cache`, so every run asks Harper about every
paragraph), and with `--no-grammar`. proselint (`proselint check`) reads the same files in
the same run.

Printed: wall time (median of R runs), articles per second, CPU seconds (user + system,
all processes: the figure that does not depend on what else the machine runs), peak memory (the largest
single process, from wait4's rusage, and the whole process tree, sampled from /proc: RSS summed, which
counts memory the forked workers share once per worker, and PSS, which counts it once; the memory
target is judged on PSS),
and proof's time as a ratio of proselint's. Targets: 50 articles/s or more, under 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
DEFAULT_CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
TARGET_RATE = 50.0
TARGET_MB = 400.0
# LanguageTool needs a download or a server; Harper is the grammar engine measured here.
CORPUS_CONFIG = '[grammar]\nengines = ["harper"]\n'


def write_shared_corpus(source: str, folder: str, limit: int) -> int:
    count = 0
    for name in sorted(os.listdir(source)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(source, name), encoding="utf-8") as f:
            for line in f:
                if count >= limit:
                    return count
                article = json.loads(line)
                text = (article.get("title", "").strip() + "\n\n" + article["body"].strip() + "\n").lstrip()
                count += 1
                with open(os.path.join(folder, f"{count:05d}.txt"), "w", encoding="utf-8") as out:
                    out.write(text)
    return count


def write_example_corpus(folder: str, count: int) -> int:
    sources = sorted(f for f in os.listdir(EXAMPLES) if f.endswith(".txt"))
    for i in range(count):
        with open(os.path.join(EXAMPLES, sources[i % len(sources)]), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(folder, f"{i:05d}.txt"), "w", encoding="utf-8") as out:
            out.write(text + f"\nThis is copy number {i} of the article.\n")
    return count


def _status_kb(path: str, field: str) -> int:
    with open(path, encoding="ascii") as f:
        return next((int(line.split()[1]) for line in f if line.startswith(field)), 0)


def _tree_memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process and all its descendants, from /proc (Linux).

    RSS counts a page shared by several processes once in each of them; PSS divides it
    among them, so the tree's PSS is the memory the run really holds."""
    rss = pss = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            rss += _status_kb(f"/proc/{current}/status", "VmRSS:")
            pss += _status_kb(f"/proc/{current}/smaps_rollup", "Pss:")
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as f:
                pending.extend(int(child) for child in f.read().split())
        except (OSError, ValueError):
            continue
    return rss, pss


def measure(command: list[str], output: str) -> tuple[float, float, float, float, float, int]:
    """Wall seconds, CPU seconds, largest-process peak MB, process-tree peak RSS and PSS MB,
    exit status."""
    peak_rss = peak_pss = 0
    start = time.perf_counter()
    with open(output, "w", encoding="utf-8") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, cwd=ROOT)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak_rss, peak_pss
            while not done.is_set():
                rss, pss = _tree_memory_kb(process.pid)
                peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, peak_rss / 1024, peak_pss / 1024, process.returncode


def bench(name: str, command: list[str], runs: int, output: str, ok: tuple[int, ...]) -> dict:
    results = [measure(command, output) for _ in range(runs)]
    for *_, status in results:
        if status not in ok:
            sys.exit(f"bench_batch: {name} exited {status}: {' '.join(command)}")
    return {
        "name": name,
        "seconds": statistics.median(r[0] for r in results),
        "cpu": statistics.median(r[1] for r in results),
        "process_mb": max(r[2] for r in results),
        "rss_mb": max(r[3] for r in results),
        "pss_mb": max(r[4] for r in results),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="articles to check (at least 500 for the target)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--harper-off",
        action="append",
        default=[],
        metavar="NAME",
        help="a Harper rule or group to switch off in the Harper run (repeatable), to "
        "measure what it costs: --harper-off 'Word Choice and Usage'",
    )
    parser.add_argument(
        "--corpus",
        default=DEFAULT_CORPUS,
        help="folder of *.jsonl articles [default: ../shared/corpus]; examples/ if missing",
    )
    args = parser.parse_args()
    load_before = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    proselint = shutil.which("proselint", path=os.path.dirname(sys.executable)) or shutil.which("proselint")
    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "corpus")
        os.mkdir(corpus)
        if os.path.isdir(args.corpus):
            count, origin = write_shared_corpus(args.corpus, corpus, args.articles), f"{args.corpus} (real news)"
        else:
            count, origin = write_example_corpus(corpus, args.articles), "copies of examples/"
        with open(os.path.join(corpus, "proof.toml"), "w", encoding="utf-8") as f:
            f.write(CORPUS_CONFIG + f"[grammar.harper]\ndisable = {json.dumps(args.harper_off)}\n")
        words = sum(
            len(Path(corpus, f).read_text(encoding="utf-8").split()) for f in os.listdir(corpus) if f.endswith(".txt")
        )
        report = os.path.join(work, "proof.json")
        proof = [
            sys.executable,
            "-m",
            "proof",
            "check",
            "--format",
            "json",
            "--output",
            report,
            "--fail-on",
            "never",
            "--jobs",
            str(args.jobs),
            corpus,
        ]
        rows = [
            bench(
                f"proof (Harper) -j {args.jobs}",
                [*proof, "--no-cache"],
                args.runs,
                os.path.join(work, "proof.out"),
                (0,),
            )
        ]
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
        rows.append(
            bench(
                f"proof --no-grammar -j {args.jobs}",
                [*proof, "--no-grammar"],
                args.runs,
                os.path.join(work, "proof.out"),
                (0,),
            )
        )
        with open(report, encoding="utf-8") as f:
            flags_without = json.load(f)["summary"]["flags"]
        if proselint:
            rows.append(
                bench(
                    "proselint check",
                    [proselint, "check", "-o", "compact", corpus],
                    args.runs,
                    os.path.join(work, "proselint.out"),
                    (0, 1, 2),
                )
            )
    load = os.getloadavg()
    print(
        f"corpus: {count} articles, {words} words, from {origin}; {os.cpu_count()} cores, load average "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1/5/15 min) at the end (before: {load_before}; other "
        f"work on the machine slows wall times, not CPU times)"
    )
    switched_off = f"; Harper rules or groups off: {', '.join(args.harper_off)}" if args.harper_off else ""
    print(
        f"proof: grammar engines {', '.join(data['engines']) or 'none'}; {data['summary']['flags']} flags "
        f"({flags_without} without grammar){switched_off}"
    )
    print(f"{'what':<26} {'seconds':>8} {'articles/s':>11} {'CPU s':>7} {'largest MB':>11} {'RSS MB':>7} {'PSS MB':>7}")
    for row in rows:
        print(
            f"{row['name']:<26} {row['seconds']:8.2f} {count / row['seconds']:11.1f} {row['cpu']:7.1f} "
            f"{row['process_mb']:11.0f} {row['rss_mb']:7.0f} {row['pss_mb']:7.0f}"
        )
    for row in rows[:2]:
        rate = count / row["seconds"]
        print(
            f"{row['name']}: {row['cpu'] / count * 1000:.1f} ms CPU per article "
            f"({count / row['cpu']:.0f} articles per CPU second); {rate:.1f} articles/s "
            f"(target {TARGET_RATE:.0f}: {'met' if rate >= TARGET_RATE else 'NOT met'}), "
            f"peak {row['pss_mb']:.0f} MB PSS over all processes (target {TARGET_MB:.0f}: "
            f"{'met' if row['pss_mb'] < TARGET_MB else 'NOT met'}; RSS summed over them "
            f"{row['rss_mb']:.0f} MB counts shared pages once per process)"
        )
    if len(rows) > 2:
        for row in rows[:2]:
            print(
                f"{row['name']} / proselint: wall time {row['seconds'] / rows[2]['seconds']:.2f}, "
                f"CPU time {row['cpu'] / rows[2]['cpu']:.2f}"
            )
    else:
        print("proselint not installed (pip install -e '.[bench]'): no side-by-side ratio")


if __name__ == "__main__":
    main()
