#!/usr/bin/env python3
"""CPU cost of proof's own checking (spelling + house style, no grammar) per article.

Run by hand, not a test:

    .venv/bin/python benchmarks/bench_pipeline.py [--articles N] [--runs R] [--baseline DIR]

The corpus is written as bench_batch.py writes it (../shared/corpus, or --corpus DIR;
the examples/ copies when that folder does not exist). Each run is a fresh Python process
that builds a Runner as a batch worker does (`proof.run.batch.build_runner`) and calls
`check_one` on every file, timing with `time.process_time` (CPU, so a busy machine
matters less than with wall time):
- start-up: building the Runner and checking the first file (which loads the rules and
  dictionaries), and the import of proof.run.batch before it;
- steady: CPU ms per article over all the files, the first one excluded.

--baseline DIR measures another source tree the same way, each of its runs alternating with
one of this tree's runs, and prints this tree's cost as a ratio of the baseline's. For the
tree on main: `git archive main | tar -x -C /tmp/proof-main`. --profile FILE writes a
cProfile of one steady pass over the corpus instead.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_batch import DEFAULT_CORPUS, write_example_corpus, write_shared_corpus  # noqa: E402

# Run in a child process with the tree under test first on sys.path; prints one JSON line.
MEASURE = """
import json, os, sys, time
start = time.process_time()
from proof.run.batch import BatchSettings, build_runner, check_one
from proof.settings.overrides import Overrides
imported = time.process_time()
folder = sys.argv[1]
paths = [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".txt")]
runner = build_runner(BatchSettings(override=Overrides(grammar=False, cache=False)))
check_one(runner, paths[0], False)
started = time.process_time()
flags = 0
for path in paths[1:]:
    flags += len(check_one(runner, path, False).flags)
done = time.process_time()
print(json.dumps({"import": imported - start, "startup": started - imported,
                  "steady": (done - started) / (len(paths) - 1), "flags": flags}))
"""

PROFILE = """
import cProfile, os, sys
from proof.run.batch import BatchSettings, build_runner, check_one
from proof.settings.overrides import Overrides
folder, output = sys.argv[1], sys.argv[2]
paths = [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".txt")]
runner = build_runner(BatchSettings(override=Overrides(grammar=False, cache=False)))
check_one(runner, paths[0], False)
cProfile.run("for path in paths[1:]: check_one(runner, path, False)", output)
"""


def run_child(tree: str, script: str, *args: str) -> str:
    # `python -c` puts the working directory first on sys.path, ahead of the editable install.
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=tree, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"bench_pipeline: measuring {tree} failed\n{done.stderr}")
    return done.stdout


def measure(tree: str, folder: str) -> dict:
    return json.loads(run_child(tree, MEASURE, folder))


def summary(runs: list[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in ("import", "startup", "steady")}


def show(name: str, runs: list[dict]) -> dict:
    median = summary(runs)
    steady = sorted(round(run["steady"] * 1000, 2) for run in runs)
    print(
        f"{name}: {median['steady'] * 1000:.2f} ms CPU per article (runs: {steady}), "
        f"start-up {median['startup'] * 1000:.0f} ms + import {median['import'] * 1000:.0f} ms, "
        f"{runs[0]['flags']} flags"
    )
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--baseline", help="another proof source tree, measured alternately with this one")
    parser.add_argument("--profile", help="write a cProfile of one pass to this file instead")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="proof-pipeline-") as folder:
        if os.path.isdir(args.corpus):
            count = write_shared_corpus(args.corpus, folder, args.articles)
        else:
            count = write_example_corpus(folder, args.articles)
        print(f"{count} articles; load average {os.getloadavg()[0]:.2f}")
        if args.profile:
            run_child(ROOT, PROFILE, folder, args.profile)
            print(f"profile written to {args.profile}")
            return
        ours: list[dict] = []
        theirs: list[dict] = []
        for _ in range(args.runs):
            if args.baseline:
                theirs.append(measure(args.baseline, folder))
            ours.append(measure(ROOT, folder))
        current = show("this tree", ours)
        if args.baseline:
            base = show("baseline ", theirs)
            print(
                f"ratio this/baseline: steady {current['steady'] / base['steady']:.2f}, "
                f"start-up {current['startup'] / base['startup']:.2f}"
            )
        print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
