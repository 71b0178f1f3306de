#!/usr/bin/env python3
"""What a local LanguageTool costs `proof check`, and what the warm server and the cache save.

Run by hand (`make bench-languagetool`, or `python benchmarks/bench_languagetool.py
[LANGUAGETOOL_FOLDER [CORPUS_DIR]]`), not a test. Needs Java and a LanguageTool folder (default
PROOF_LANGUAGETOOL_PATH, else ../shared/languagetool/LanguageTool-6.3). Each figure is the
wall time of a real `proof check` (a subprocess, as a user runs it), with a private
runtime folder and cache:
- examples/, first run: no server running, empty cache (starts the JVM);
- examples/, warm run: the server kept warm, empty cache (every paragraph asked);
- examples/, all cached: the server stopped, warm cache (no JVM may start);
- 100 corpus articles (CORPUS_DIR, default ../shared/corpus: 50 BBC + 50 Reuters), warm server, empty cache,
  then all cached.
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
DEFAULT_FOLDER = os.path.join(ROOT, "..", "shared", "languagetool", "LanguageTool-6.3")


def proof(env: dict, *args: str) -> float:
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "proof", *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    took = time.perf_counter() - began
    if done.returncode not in (0, 1):
        sys.exit(f"proof {' '.join(args)} exited {done.returncode}: {done.stderr[-1500:]}")
    return took


def corpus_articles(corpus: str, folder: str, per_file: int) -> int:
    count = 0
    for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl"))):
        with open(path, encoding="utf-8") as lines:
            for _, line in zip(range(per_file), lines):
                entry = json.loads(line)
                count += 1
                with open(os.path.join(folder, f"{count:04d}.txt"), "w", encoding="utf-8") as f:
                    f.write(f"{entry['title']}\n\n{entry['body']}\n")
    return count


def main() -> int:
    folder = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PROOF_LANGUAGETOOL_PATH", DEFAULT_FOLDER)
    corpus = sys.argv[2] if len(sys.argv) > 2 else CORPUS
    with tempfile.TemporaryDirectory() as scratch:
        env = {
            **os.environ,
            "PROOF_RUNTIME_DIR": os.path.join(scratch, "runtime"),
            "PROOF_CACHE_DIR": os.path.join(scratch, "cache"),
            "PROOF_LANGUAGETOOL_PATH": os.path.abspath(folder),
        }
        env.pop("PROOF_LANGUAGETOOL_URL", None)
        check = ("check", "--fail-on", "never", "--require-grammar")
        try:
            print(f"LanguageTool folder: {folder}")
            first = proof(env, *check, "examples/")
            warm = proof(env, *check, "--no-cache", "examples/")
            proof(env, "languagetool", "stop")
            cached = proof(env, *check, "examples/")
            print(f"examples/ first run (JVM start, empty cache): {first:6.2f} s")
            print(f"examples/ warm server, nothing cached:        {warm:6.2f} s ({warm / first:.2f} of the first)")
            print(f"examples/ all cached, no server:              {cached:6.2f} s ({cached / first:.2f} of the first)")
            articles = os.path.join(scratch, "articles")
            os.makedirs(articles)
            count = corpus_articles(corpus, articles, 50)
            if count:
                proof(env, "languagetool", "start")
                asked = proof(env, *check, "--no-cache", articles)
                proof(env, *check, articles)  # fills the cache
                again = proof(env, *check, articles)
                print(f"{count} articles, warm server, nothing cached:  {asked:6.2f} s")
                print(f"{count} articles, all cached:                   {again:6.2f} s")
            else:
                print(f"no corpus in {corpus}: the 100-article figures are left out")
        finally:
            proof(env, "languagetool", "stop")
    return 0


if __name__ == "__main__":
    sys.exit(main())
