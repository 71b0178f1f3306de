#!/usr/bin/env python3
"""Extract LanguageTool's own rule examples (the incorrect sentences, with the marked
error and the correction) from a LanguageTool folder's English rule files, as regression
data for proof's LanguageTool profile.

Usage (from the project root):
  python tools/make_languagetool_examples.py [LANGUAGETOOL_FOLDER] > tests/fixtures/languagetool-examples.jsonl

LANGUAGETOOL_FOLDER defaults to ../shared/languagetool/LanguageTool-6.3 (an unpacked
LanguageTool; the rule files are read from org/languagetool/rules/en/ or from
languagetool-language-modules/en jars). One JSON line an example:
  {"rule": "THIS_NNS", "category": "GRAMMAR", "text": "...", "match": "...",
   "start": 12, "correction": ["These"]}
`start` is the code-point offset of `match` in `text`. Rules, rule groups and categories
that LanguageTool switches off by default are left out: plain LanguageTool would not
find their examples either.
"""

from __future__ import annotations

import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

RULE_FILE = "org/languagetool/rules/en/grammar.xml"
DEFAULT_FOLDER = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "languagetool", "LanguageTool-6.3"
)


def read_rule_file(folder: str, name: str = RULE_FILE) -> bytes:
    """The rule file, from the unpacked folder or from one of its jars."""
    direct = os.path.join(folder, name)
    if os.path.isfile(direct):
        with open(direct, "rb") as f:
            return f.read()
    for root, _, files in os.walk(folder):
        for jar in sorted(f for f in files if f.endswith(".jar")):
            with zipfile.ZipFile(os.path.join(root, jar)) as archive:
                if name in archive.namelist():
                    return archive.read(name)
    raise FileNotFoundError(f"no {name} in {folder} or its jars")


def _is_off(element: ET.Element) -> bool:
    return element.get("default") in ("off", "temp_off")


def marked_example(example: ET.Element) -> tuple[str, str, int] | None:
    """(text, marked text, code-point offset of the mark) of an <example> with a <marker>,
    its whitespace folded as LanguageTool's tests read it."""
    marker = example.find("marker")
    if marker is None:
        return None
    # sentinels around the mark survive the folding, so its offset is found again
    raw = (example.text or "") + "\x00" + "".join(marker.itertext()) + "\x01" + (marker.tail or "")
    folded = re.sub(r"\s+", " ", raw).strip()
    start = folded.index("\x00")
    text = folded.replace("\x00", "").replace("\x01", "")
    marked = folded[start + 1 : folded.index("\x01")]
    return text, marked, start


def examples(xml: bytes):
    """Every incorrect example of every rule that is on by default."""
    root = ET.fromstring(xml)
    for category in root.iter("category"):
        if _is_off(category):
            continue
        for child in category:
            rules = (
                [(child.get("id"), child)]
                if child.tag == "rule"
                else [(child.get("id"), rule) for rule in child.findall("rule")]
                if child.tag == "rulegroup"
                else []
            )
            if child.tag == "rulegroup" and _is_off(child):
                continue
            for rule_id, rule in rules:
                if _is_off(rule) or rule_id is None:
                    continue
                for example in rule.findall("example"):
                    if example.get("correction") is None and example.get("type") != "incorrect":
                        continue
                    found = marked_example(example)
                    if found is None or not found[1].strip():
                        continue
                    text, marked, start = found
                    correction = example.get("correction") or ""
                    yield {
                        "rule": rule_id,
                        "category": category.get("id"),
                        "text": text,
                        "match": marked,
                        "start": start,
                        "correction": [c for c in correction.split("|") if c],
                    }


def main(argv: list[str]) -> int:
    folder = argv[0] if argv else DEFAULT_FOLDER
    seen = set()
    for found in examples(read_rule_file(folder)):
        key = (found["rule"], found["text"])
        if key in seen:
            continue
        seen.add(key)
        sys.stdout.write(json.dumps(found, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
