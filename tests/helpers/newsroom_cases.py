"""Newsroom consistency cases on real published news: injected errors and their controls.

`tests/fixtures/newsroom/articles.jsonl` holds a few Reuters-21578 and BBC News articles
(trimmed); `cases.jsonl` the edits made to them by `tools/make_newsroom_cases.py`, each
naming the flag it must raise, or none (a control). `measure()` writes every article as
published, and every case, into one folder tree (one proof.toml per house setting),
runs the real `proof check` over it once, and counts per kind of error:

- detected: cases whose expected flag is raised (same rule, overlapping the injected span);
- false flags: flags of the newsroom consistency rules that the edit added besides the
  expected one, and every such flag on the articles as published and on the controls.

`python -m tests.helpers.newsroom_cases` prints the table.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field

from tests.helpers.paths import FIXTURES, ROOT
from tools.newsroom_articles import Article, render

FOLDER = os.path.join(FIXTURES, "newsroom")
# An injected number style error is also found when the article writes the same quantity
# the other way elsewhere: NumberMixed then flags the injected figure.
ALSO = {"newsroom.NumberSmall": "newsroom.NumberMixed", "newsroom.NumberLarge": "newsroom.NumberMixed"}
# The rules these cases measure: the checks of the newsroom consistency issue.
RULES = frozenset(
    f"newsroom.{name}"
    for name in (
        "WeekdayDate",
        "NameFirstReference",
        "NameRepeated",
        "TitleCase",
        "CompoundForms",
        "LedeFigures",
        "NumberSmall",
        "NumberLarge",
        "NumberMixed",
        "NumberStartsSentence",
        "PercentDialect",
        "DatelineShape",
        "Trailer",
        "HeadlineDialect",
        "AcronymOrder",
    )
)


def load_articles() -> dict[str, Article]:
    with open(os.path.join(FOLDER, "articles.jsonl"), encoding="utf-8") as f:
        return {a.id: a for a in (Article(**json.loads(line)) for line in f)}


def load_cases() -> list[dict]:
    with open(os.path.join(FOLDER, "cases.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def edited(text: str, edits: list[list[str]]) -> str:
    for old, new in edits:
        if text.count(old) != 1:
            raise ValueError(f"edit target not found once: {old!r}")
        text = text.replace(old, new)
    return text


@dataclass
class Tally:
    cases: int = 0
    detected: int = 0
    controls: int = 0
    false_flags: int = 0
    missed: list[str] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)


def _config(date: str, trailer: bool) -> str:
    """The house settings of a case; spelling is off, since a misspelling flag on a span
    would absorb the style flag measured there."""
    lines = [f'date = "{date}"'] if date else []
    lines += ["[rules]", '"spelling" = "off"']
    if trailer:
        lines += ["[house]", "trailer = true"]
    return "\n".join(lines) + "\n"


def _write(root: str, key: tuple[str, bool], name: str, text: str) -> str:
    folder = os.path.join(root, f"{key[0] or 'undated'}-{'trailer' if key[1] else 'plain'}")
    if not os.path.isdir(folder):
        os.makedirs(folder)
        with open(os.path.join(folder, "proof.toml"), "w", encoding="utf-8") as f:
            f.write(_config(*key))
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return os.path.realpath(path)


def _check(root: str) -> dict[str, list[dict]]:
    done = subprocess.run(
        [sys.executable, "-m", "proof", "check", "--no-grammar", "--format", "json", "--fail-on", "never", root],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return {
        os.path.realpath(f["path"] if os.path.isabs(f["path"]) else os.path.join(ROOT, f["path"])): [
            fl for fl in f.get("flags") or [] if fl["rule"] in RULES
        ]
        for f in json.loads(done.stdout)["files"]
    }


def _overlaps(flag: dict, expect: dict) -> bool:
    end = expect["offset"] + len(expect["text"])
    return flag["offset"] < end and expect["offset"] < flag["offset"] + flag["length"]


def _key(flag: dict) -> tuple[str, str]:
    return flag["rule"], flag["text"]


def _setting(case: dict, article: Article) -> tuple[str, bool]:
    """(date, trailer required) for a case: the article's own date unless the case sets
    one ("" when the year must come from the text)."""
    house = case.get("house", {})
    return house.get("date", article.date), bool(house.get("trailer"))


def measure() -> dict[str, Tally]:
    """Per kind of error (and "published" for the articles as published), the tally."""
    articles = load_articles()
    cases = load_cases()
    with tempfile.TemporaryDirectory() as root:
        clean: dict[tuple[str, bool, str], str] = {}

        def published(key: tuple[str, bool], a: Article) -> str:
            if (*key, a.id) not in clean:
                clean[(*key, a.id)] = _write(root, key, f"{a.id}.txt", render(a))
            return clean[(*key, a.id)]

        for a in articles.values():
            published((a.date, False), a)
        paths = []
        for n, c in enumerate(cases):
            a = articles[c["article"]]
            key = _setting(c, a)
            published(key, a)
            paths.append(_write(root, key, f"case-{n:03d}-{c['kind']}.txt", edited(render(a), c["edits"])))
        found = _check(root)
    tallies: dict[str, Tally] = {"published": Tally()}
    for a in articles.values():
        flags = found[clean[(a.date, False, a.id)]]
        tallies["published"].controls += 1
        tallies["published"].false_flags += len(flags)
        tallies["published"].noise += [f"{a.id}: {f['rule']} {f['text']!r}" for f in flags]
    for n, c in enumerate(cases):
        a = articles[c["article"]]
        before = Counter(_key(f) for f in found[clean[(*_setting(c, a), a.id)]])
        flags = found[paths[n]]
        tally = tallies.setdefault(c["kind"], Tally())
        expect = c.get("expect")
        if expect:
            tally.cases += 1
            rules = {expect["rule"], ALSO.get(expect["rule"])}
            hit = next((f for f in flags if f["rule"] in rules and _overlaps(f, expect)), None)
            if hit:
                tally.detected += 1
            else:
                tally.missed.append(f"{a.id}: {expect['rule']} {expect['text']!r}")
        else:
            tally.controls += 1
        # A second rule on the injected span found the same error ("3 people" opening a
        # sentence is also a figure below ten): not a false flag.
        extra = Counter(_key(f) for f in flags if not (expect and _overlaps(f, expect))) - before
        tally.false_flags += sum(extra.values())
        tally.noise += [f"case {n} {a.id}: {rule} {text!r}" for rule, text in extra.elements()]
    return tallies


def main() -> None:
    tallies = measure()
    print(f"{'kind':<11} {'cases':>5} {'detected':>8} {'controls':>8} {'false flags':>11}")
    for kind, t in tallies.items():
        print(f"{kind:<11} {t.cases:>5} {t.detected:>8} {t.controls:>8} {t.false_flags:>11}")
    for kind, t in tallies.items():
        for line in t.missed:
            print(f"missed  {kind}: {line}")
        for line in t.noise:
            print(f"noise   {kind}: {line}")


if __name__ == "__main__":
    main()
