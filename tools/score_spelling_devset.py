#!/usr/bin/env python3
"""Score `proof check` on the spelling development set (`tools/make_spelling_devset.py`).

For each kind of case: how many errors were detected (a flag overlaps the replaced
word), how many were put right by the flag's first suggestion (it is the correction,
capitalised as the word was), and on the untouched twins how many texts got any flag at
all and any spelling flag. Runs the real CLI once over every case:

    .venv/bin/python tools/score_spelling_devset.py build/spelling-devset/dev.jsonl
    .venv/bin/python tools/score_spelling_devset.py CASES --misses 40 -- --language en-GB

Arguments after `--` go to `proof check` (which always gets `--no-grammar` here).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(cases: list[dict], extra: list[str]) -> dict[str, list[dict]]:
    """Each case's flags, from one `proof check` over them all."""
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for c in cases:
            path = os.path.join(folder, f"{c['id']}.txt")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(c["text"])
            paths[os.path.realpath(path)] = c["id"]
        cmd = [
            sys.executable,
            "-m",
            "proof",
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--no-grammar",
            *extra,
            folder,
        ]
        done = subprocess.run(cmd, check=False, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"score_spelling_devset: proof check exited {done.returncode}\n{done.stderr[-2000:]}")
        found = {paths[os.path.realpath(e["path"])]: e.get("flags") or [] for e in json.loads(done.stdout)["files"]}
    return {c["id"]: found.get(c["id"], []) for c in cases}


def hits(case: dict, flags: list[dict]) -> list[dict]:
    expect = case["expect"][0]
    start = case["text"].index(expect["match"])
    end = start + len(expect["match"])
    return [f for f in flags if f["offset"] < end and start < f["offset"] + max(f["length"], 1)]


def score(cases: list[dict], flags: dict[str, list[dict]]) -> tuple[dict, list[str]]:
    rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for c in cases:
        row = rows[c["variant"]]
        row["cases"] += 1
        found = flags[c["id"]]
        if not c["expect"]:
            row["flagged"] += bool(found)
            row["spelling"] += any(f["source"] == "spelling" for f in found)
            for f in found:
                flagged = c["text"][f["offset"] : f["offset"] + f["length"]]
                misses.append(f"false {f['rule']}: {flagged!r} in {c['text'].strip()[:120]!r}")
            continue
        overlapping = hits(c, found)
        row["detected"] += bool(overlapping)
        first = [f["suggestions"][0] for f in overlapping if f.get("suggestions")]
        right = c["expect"][0]["fixed"] in first
        row["first_right"] += right
        if not overlapping:
            misses.append(f"missed {c['variant']}: {c['expect'][0]['match']!r} ({c['correction']})")
        elif not right:
            misses.append(f"wrong {c['variant']}: {c['expect'][0]['match']!r} -> {first[:1]} ({c['correction']})")
    return rows, misses


def report(rows: dict) -> str:
    lines = []
    for variant, row in sorted(rows.items()):
        n = row["cases"]
        if variant == "clean":
            lines.append(f"{variant:26} {n:5} texts  any flag {row['flagged']:4}  spelling flag {row['spelling']:4}")
        else:
            lines.append(
                f"{variant:26} {n:5} cases  detected {row['detected'] / n:6.1%}  "
                f"first suggestion right {row['first_right'] / n:6.1%}"
            )
    errors = [r for v, r in rows.items() if v.startswith("misspelling")]
    total = sum(r["cases"] for r in errors)
    if total:
        detected = sum(r["detected"] for r in errors) / total
        lines.append(
            f"{'misspellings (all)':26} {total:5} cases  detected {detected:6.1%}  "
            f"first suggestion right {sum(r['first_right'] for r in errors) / total:6.1%}"
        )
    return "\n".join(lines)


def main() -> None:
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases")
    ap.add_argument("--misses", type=int, default=0, help="print this many misses, wrong suggestions and false flags")
    args = ap.parse_args(argv)
    cases = load(args.cases)
    rows, misses = score(cases, run(cases, extra))
    print(report(rows))
    if args.misses:
        print("\n".join(sorted(misses)[: args.misses] if args.misses < 0 else misses[: args.misses]))


if __name__ == "__main__":
    main()
