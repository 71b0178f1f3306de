"""A baseline: the flags a project has accepted, so a run reports only new ones.

The file is JSON, meant for version control: a format version, then for each file (its
path relative to the baseline's folder, '/'-separated, sorted) the accepted flags, each
with its rule, flagged text and fingerprint, sorted. Flags are matched by fingerprint
(`proof/core/fingerprint.py`), which survives edits elsewhere in the file. Matching counts:
a baseline that holds a fingerprint twice absorbs two identical flags, not a third.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from proof.core.atomic import atomic_writer
from proof.core.document import Document
from proof.core.fingerprint import fingerprint
from proof.core.flag import Flag
from proof.report.records import FileReport

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be used; the message names the file and the cause."""


def relative_key(path: str, folder: str) -> str:
    return os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")


@dataclass(frozen=True)
class Baseline:
    folder: str
    counts: dict[str, Counter]

    def accepted(self, path: str) -> Counter:
        """A fresh count of the accepted fingerprints of `path`, to be used up by its flags."""
        return Counter(self.counts.get(relative_key(path, self.folder), ()))


def load_baseline(path: str) -> Baseline:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file (write one with --write-baseline)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a readable baseline file ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("files"), dict):
        raise BaselineError(f"{path}: not a proof baseline of version {VERSION}")
    try:
        counts = {name: Counter(entry["fingerprint"] for entry in entries) for name, entries in data["files"].items()}
    except (TypeError, KeyError):
        raise BaselineError(f"{path}: malformed baseline entry (each needs a fingerprint)") from None
    return Baseline(os.path.dirname(os.path.abspath(path)), counts)


def baseline_data(reports: Iterable[FileReport], folder: str) -> dict:
    files: dict[str, list[dict]] = {}
    for report in reports:
        entries = [
            {"rule": located.flag.rule, "text": located.text, "fingerprint": located.fingerprint}
            for located in report.flags
        ]
        if entries:
            key = relative_key(report.path, folder)
            files.setdefault(key, []).extend(entries)
    return {
        "version": VERSION,
        "files": {
            key: sorted(entries, key=lambda e: (e["rule"], e["fingerprint"], e["text"]))
            for key, entries in sorted(files.items())
        },
    }


class BaselineFilter:
    """Engine filter: drop the flags the baseline accepted, one baseline entry per flag."""

    def __init__(self, baseline: Baseline):
        self.baseline = baseline

    def __call__(self, document: Document, flags: list[Flag]) -> list[Flag]:
        accepted = self.baseline.accepted(document.path)
        if not accepted:
            return flags
        kept = []
        for flag in flags:
            key = fingerprint(document, flag)
            if accepted[key] > 0:
                accepted[key] -= 1
            else:
                kept.append(flag)
        return kept


def write_baseline(path: str, reports: Iterable[FileReport]) -> None:
    data = baseline_data(reports, os.path.dirname(os.path.abspath(path)))
    with atomic_writer(path) as stream:
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
