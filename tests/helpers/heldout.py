"""Held-out case files (the score tool's format) run through the real `proof check`.

A case is {"id", "category", "text", "expect": [{"match", "fixed"?}]}; an empty "expect"
marks a correct text. Each case becomes a file, all are checked in one run, and a flag
overlapping an expected "match" detects it.
"""

import json
import os

from tests.helpers.cli import run_proof
from tests.helpers.paths import FIXTURES


def load_cases(name: str) -> list[dict]:
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def flags_by_case(cases: list[dict], folder, *options: str) -> dict[str, list[dict]]:
    """Each case's flags, from one `proof check --no-grammar [OPTIONS]` over them all."""
    paths = {}
    for case in cases:
        path = os.path.join(str(folder), f"{case['id']}.txt")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(case["text"])
        paths[os.path.realpath(path)] = case["id"]
    done = run_proof("check", "--format", "json", "--fail-on", "never", "--no-grammar", *options, *paths)
    assert done.returncode == 0, done.stderr
    found = {
        paths[os.path.realpath(entry["path"])]: entry.get("flags") or [] for entry in json.loads(done.stdout)["files"]
    }
    return {case["id"]: found.get(case["id"], []) for case in cases}


def overlapping(flags: list[dict], text: str, match: str) -> list[dict]:
    """The flags on the first occurrence of match in text."""
    start = text.index(match)
    end = start + len(match)
    return [f for f in flags if f["offset"] < end and start < f["offset"] + max(f["length"], 1)]


def applied(text: str, flag: dict, suggestion: str) -> str:
    return text[: flag["offset"]] + suggestion + text[flag["offset"] + flag["length"] :]


def puts_right(text: str, hits: list[dict], fixed: str) -> bool:
    """Whether one suggestion of one of the flags gives the text holding fixed."""
    return any(fixed in applied(text, f, s) for f in hits for s in f.get("suggestions") or [])
