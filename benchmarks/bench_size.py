#!/usr/bin/env python3
"""How CPU time and peak memory of `proof check --no-grammar` grow with the size of one file.

Run by hand, not a test (the full run takes about half an hour on a quiet machine):

    .venv/bin/python benchmarks/bench_size.py [--sizes 0.1,0.5,1,2,5,10,20] [--formats txt,md,html]

Each document is news articles run together to the given size in MB (../shared/corpus
shuffled with a fixed seed, or --corpus DIR; numbered copies of examples/ when that folder
does not exist), written as plain text, Markdown (a `#` headline a story) or HTML (`<h2>`
and `<p>` elements), plus a 2 MB plain-text file on a single line. Every check is a fresh
process; its CPU seconds (user + system) and peak resident memory come from the kernel
(`os.wait4`'s resource usage of that child).

The baseline, measured in the same run, is the check of one short article: the start-up
cost (interpreter, rules, dictionaries). Per-MB figures are what a document costs beyond
that. The CPU ratio divides each by the same format's per-MB figure at the smallest
size; the memory ratio by the figure at the first size of 1 MB or more, as below that the
document's memory hides under the start-up's own peak (loading the dictionary). 1.0 all
the way down is linear growth. Targets: 10 MB in under 60 s of CPU and under 1 GB.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
DEFAULT_CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
MB = 1_000_000
TARGET_MB, TARGET_CPU, TARGET_MEMORY = 10, 60.0, 1024.0
SINGLE_LINE_MB = 2


def articles(corpus: str) -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of every article, in a fixed shuffled order."""
    found = []
    if os.path.isdir(corpus):
        for name in sorted(os.listdir(corpus)):
            if name.endswith(".jsonl"):
                with open(os.path.join(corpus, name), encoding="utf-8") as f:
                    for line in f:
                        article = json.loads(line)
                        found.append(
                            (
                                article.get("title", "").strip(),
                                [p.strip() for p in article["body"].split("\n\n") if p.strip()],
                            )
                        )
    else:
        for name in sorted(f for f in os.listdir(EXAMPLES) if f.endswith(".txt")):
            with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
                headline, *body = [p.strip() for p in f.read().split("\n\n") if p.strip()]
            found.extend((f"{headline} ({i})", body) for i in range(50))
    random.Random(12).shuffle(found)
    return found


def render(article: tuple[str, list[str]], kind: str) -> str:
    headline, body = article
    if kind == "md":
        return "\n\n".join([f"# {headline}", *body])
    if kind == "html":
        return "\n".join([f"<h2>{html.escape(headline)}</h2>", *(f"<p>{html.escape(p)}</p>" for p in body)])
    return "\n\n".join([headline, *body])


def document(stories: list[tuple[str, list[str]]], kind: str, size: float) -> str:
    """Articles in turn (over again if need be) up to `size` MB of UTF-8."""
    parts, total, i = [], 0, 0
    while total < size * MB:
        part = render(stories[i % len(stories)], kind)
        parts.append(part)
        total += len(part.encode("utf-8")) + 2
        i += 1
    text = "\n\n".join(parts)
    if kind == "html":
        return f"<html><body><article>\n{text}\n</article></body></html>\n"
    return text + "\n"


def measure(path: str) -> tuple[float, float]:
    """CPU seconds and peak memory (MB) of `proof check --no-grammar` on `path`."""
    command = [sys.executable, "-m", "proof", "check", "--no-grammar", "--fail-on", "never", "--format", "json", path]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.exit(f"bench_size: proof exited {process.returncode} on {path}\n{process.stderr.read().decode()}")
    process.stderr.close()
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.1,0.5,1,2,5,10,20", help="document sizes in MB [0.1,...,20]")
    parser.add_argument("--formats", default="txt,md,html", help="file kinds [txt,md,html]")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="folder of *.jsonl articles [../shared/corpus]")
    args = parser.parse_args()
    sizes = sorted(float(s) for s in args.sizes.split(","))
    stories = articles(args.corpus)
    print(f"load average before: {' / '.join(f'{v:.1f}' for v in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as work:
        short = os.path.join(work, "short.txt")
        with open(short, "w", encoding="utf-8") as f:
            f.write(render(stories[0], "txt") + "\n")
        base_cpu, base_memory = measure(short)
        print(f"baseline (one short article, start-up): {base_cpu:.2f} s CPU, {base_memory:.0f} MB peak\n")
        print(f"{'file':<16} {'MB':>6} {'CPU s':>8} {'peak MB':>8} {'s/MB':>7} {'ratio':>6} {'MB/MB':>7} {'ratio':>6}")
        runs = [(kind, size, False) for kind in args.formats.split(",") for size in sizes]
        runs.append(("txt", SINGLE_LINE_MB, True))
        cpu_reference: dict[str, float] = {}
        memory_reference: dict[str, float] = {}
        verdicts = []
        for kind, size, single_line in runs:
            text = document(stories, kind, size)
            if single_line:
                text = " ".join(text.split()) + "\n"
            path = os.path.join(work, f"{'line' if single_line else 'doc'}-{size:g}.{kind}")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            megabytes = os.path.getsize(path) / MB
            cpu, memory = measure(path)
            os.remove(path)
            per_cpu = (cpu - base_cpu) / megabytes
            per_memory = max(memory - base_memory, 0.0) / megabytes
            label = f"{kind} one line" if single_line else kind
            cpu_ratio = per_cpu / cpu_reference.setdefault(kind, per_cpu)
            if megabytes >= 1:
                memory_reference.setdefault(kind, per_memory)
            memory_ratio = f"{per_memory / memory_reference[kind]:6.2f}" if kind in memory_reference else "     -"
            print(
                f"{label:<16} {megabytes:6.2f} {cpu:8.1f} {memory:8.0f} {per_cpu:7.2f} {cpu_ratio:6.2f} "
                f"{per_memory:7.1f} {memory_ratio}",
                flush=True,
            )
            if size == TARGET_MB and not single_line:
                verdicts.append(
                    f"{kind} {TARGET_MB} MB: {cpu:.1f} s CPU (target < {TARGET_CPU:g}: "
                    f"{'yes' if cpu < TARGET_CPU else 'NO'}), {memory:.0f} MB "
                    f"(target < {TARGET_MEMORY:g}: {'yes' if memory < TARGET_MEMORY else 'NO'})"
                )
    print(
        "\n(ratios: per-MB cost over the same format's at the smallest size for CPU, at the first "
        "size of 1 MB or more for memory; the single line is compared with txt)"
    )
    for verdict in verdicts:
        print(verdict)


if __name__ == "__main__":
    main()
