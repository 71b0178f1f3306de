"""Where `proof check` may write its report and baseline: never over the articles.

`proof check -o story.txt story.txt` would replace the article with its own report, and
`-o *.txt` an article the run does not even read (the shell puts the first match after
`-o`). So an output must not be one of the inputs, the two outputs must differ, and an
existing file of a kind proof reads (.txt, .md, .html) is replaced only when it holds a
report or a baseline, recognised by its first line.
"""

from __future__ import annotations

import os
import re

from proof.readers import SUPPORTED_SUFFIXES

# The first line of a file proof wrote, whole: a JSON / SARIF report or a baseline (`{`
# alone: they are indented), a GitHub workflow command, a text report's flag line
# (`path:line:column: severity rule message`) or its summary line when nothing was flagged.
_REPORT_START = re.compile(
    r"\{"
    r"|::(?:error|warning|notice) .*"
    r"|.+:\d+:\d+: (?:error|warning|info) \S+ .*"
    r"|\d+ files? checked: \d+ flags? \(.*"
)
_SNIFF = 4096


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _holds_a_report(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(_SNIFF)
    except OSError:
        return True  # Not readable: writing it will say why.
    first = head.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines()
    return not first or bool(_REPORT_START.fullmatch(first[0]))


def output_conflict(outputs: dict[str, str | None], inputs: list[str]) -> str | None:
    """Why the outputs (option name -> path, None when not given) may not be written
    over, or None when they may."""
    named = {option: path for option, path in outputs.items() if path}
    identities = {option: _identity(path) for option, path in named.items()}
    seen: dict[tuple[int, int] | str, str] = {}
    for option, path in named.items():
        key = identities[option] or os.path.realpath(path)
        if key in seen:
            return f"{path}: named by both {seen[key]} and {option}; give each its own file"
        seen[key] = option
    existing = {identity: option for option, identity in identities.items() if identity}
    if existing:
        for path in inputs:
            option = existing.get(_identity(path))
            if option:
                return f"{named[option]}: is one of the files to check; {option} would overwrite it"
    for option, path in named.items():
        if identities[option] and path.lower().endswith(SUPPORTED_SUFFIXES) and not _holds_a_report(path):
            return (
                f"{path}: is an article, not a report; {option} would replace it "
                f"(did the shell expand a pattern after {option}?)"
            )
    return None
