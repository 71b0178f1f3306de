#!/usr/bin/env python3
"""Build the newsroom consistency cases from real published news (only here, never at run time).

Reads Reuters-21578 and BBC News articles (../shared/corpus/*.jsonl), keeps a small
selection of them (trimmed to their first paragraphs) and, for each, writes the errors a
copy editor catches injected one at a time into the article's real text:

- weekday:    a past-tense verb given the day after the dateline's date ("said on Friday"
              in a story dated Thursday), or a date with a year given the wrong weekday;
- reference:  a person's first full mention cut to the surname, and the next bare surname
              given the full name (the paragraph-move slip);
- figure:     a count of the lede restated lower down with another number;
- compound:   a hyphenated word of the article written closed ("co-operation" ...
              "cooperation"), or open after a prefix ("post war");
- small, large, start: the house number style broken ("5 soldiers", "twelve soldiers",
              "... hit. 12 soldiers died");
- acronym:    an abbreviation's definition moved after its first bare use;
- trailer:    the credit line missing (the house requires one) or separated by commas;
- dateline:   the Reuters dateline without its dash, comma, agency or the agency's brackets.

Each injected case names the flag it must raise (rule, flagged text, offset in the edited
text). Controls change the text without an error (a weekday that fits, a restated count
with the same number) and must raise nothing new. Write the fixtures with:

    .venv/bin/python tools/make_newsroom_cases.py ../shared/corpus/reuters-21578-reut2-000.jsonl \\
        ../shared/corpus/bbc-news-sample500.jsonl --out tests/fixtures/newsroom

The selection and the edits are deterministic; review the cases file before committing.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from proof.style.news.dates import MONTHS, WEEKDAYS
from proof.style.news.lexicon import FUNCTION_WORDS
from proof.style.news.names import is_given_name
from proof.style.news.quantities import QUALIFIERS
from tools.newsroom_articles import Article, render

# Month names in calendar order, as the weekday check reads them.
MONTH_NAMES = tuple(name.capitalize() for name in MONTHS)
WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split()
)
KNOWN = {
    "UN",
    "EU",
    "US",
    "UK",
    "NATO",
    "IMF",
    "BBC",
    "CEO",
    "GDP",
    "FBI",
    "CIA",
    "OPEC",
    "NHS",
    "MP",
    "MPs",
    "TV",
    "PLC",
    "WHO",
    "AIDS",
    "HIV",
    "DNA",
    "NASA",
    "CNN",
    "USA",
    "VAT",
    "ID",
    "AI",
    "IT",
    "AM",
    "PM",
}
PREFIXES = (
    "anti",
    "non",
    "co",
    "pre",
    "post",
    "re",
    "multi",
    "e",
    "semi",
    "sub",
    "mid",
    "inter",
    "counter",
    "pro",
    "ex",
    "cross",
    "over",
    "under",
    "self",
)
CREDITS = (
    "(Reporting by Gabriela Baczynska; Editing by Angus MacSwan)",
    "(Reporting by Philip Blenkinsop; Additional reporting by Foo Yun Chee; Editing by Mark Potter)",
    "(Reporting by Tim Castle; Writing by Kate Holton; Editing by Janet Lawrence)",
)
MAX_CHARS = 3200
KINDS = ("weekday", "reference", "figure", "compound", "small", "large", "start", "acronym")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def units(rule: str) -> frozenset[str]:
    """The nouns a rule of the pack treats as measures, never as counted things."""
    import yaml

    with open(os.path.join(ROOT, "rules", "newsroom", rule + ".yml"), encoding="utf-8") as f:
        return frozenset(yaml.safe_load(f)["units"])


MEASURES = units("NumberSmall") | units("LedeFigures") | {"cts", "litres", "times", "kilos", "mths", "shrs"}


def counted(text: str, match: re.Match, noun: str) -> bool:
    """A plural noun that counts things: not a measure, a verb ("was"), a singular in
    -ss/-us/-is, nor a number qualified ("about 12", "first four"), in a range or ratio
    ("one of 12") or inside a quotation."""
    before = re.findall(r"[\w’']+", text[max(0, match.start() - 25) : match.start()])
    return (
        noun not in MEASURES
        and noun not in FUNCTION_WORDS
        and not noun.endswith(("ss", "us", "is"))
        and not (before and before[-1].lower() in QUALIFIERS | {"of", "in", "to", "and", "or", "top"})
        and not quoted(text, match.start())
    )


def quoted(text: str, at: int) -> bool:
    """Inside a quotation opened earlier in the paragraph, or in a paragraph whose
    quotation goes on in the next ("... there.\n\n\"It was"): style is not judged there."""
    paragraph = text.rfind("\n", 0, at)
    following = re.compile(r"\n+\s*[\"“]").match(text, text.find("\n", at) if "\n" in text[at:] else len(text))
    return (
        bool(text.count('"', paragraph + 1, at) % 2)
        or text.count("“", paragraph + 1, at) > text.count("”", paragraph + 1, at)
        or (bool(following) and bool(re.search(r"[\"“]", text[paragraph + 1 : at])))
    )


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end): from after the last full stop (or paragraph
    break) before it to its own full stop."""
    before = max((m.end() for m in re.finditer(r"[.!?]\s+|\n\s*\n|\n {4}", text[:start])), default=0)
    after = re.compile(r"[.!?](?=\s|$)").search(text, end)
    return before, after.end() if after else len(text)


def trim(body: str, source: str) -> str:
    """The first paragraphs of a body, up to about MAX_CHARS. Wire copy is unwrapped (one
    indented line a paragraph), so an edit that shortens a line cannot split its paragraph."""
    split = r"\n(?=    )" if source == "reuters" else r"\n\n"
    kept, size = [], 0
    for paragraph in re.split(split, body.strip()):
        if source == "reuters":
            paragraph = re.sub(r"\n(?! )", " ", paragraph)
        if kept and size + len(paragraph) > MAX_CHARS:
            break
        kept.append(paragraph)
        size += len(paragraph) + 2
    return ("\n" if source == "reuters" else "\n\n").join(kept)


def load(path: str) -> list[Article]:
    found = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            source = "reuters" if "dateline" in a else "bbc"
            dateline = date = ""
            if source == "reuters":
                dateline = a["dateline"].rstrip(" -")
                date = datetime.datetime.strptime(a["date"].split()[0], "%d-%b-%Y").date().isoformat()
                if not re.fullmatch(r"[A-Z][A-Z .'\-]+(?:, [A-Z][\w. ]+)?, [A-Z][a-z]{2,3} \d{1,2}", dateline):
                    continue
            found.append(Article(a["id"], source, a["title"].strip(), dateline, date, trim(a["body"], source)))
    return found


def unique(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest span around [start, end), on word boundaries, that occurs once in text."""
    s, e = start, end
    while text.count(text[s:e]) > 1:
        s = max(0, text.rfind(" ", 0, s - 1) + 1) if s > 0 else 0
        e = text.find(" ", e + 1) if text.find(" ", e + 1) > 0 else len(text)
    return s, e


def edit(text: str, start: int, end: int, new: str) -> list[str]:
    """An edit as [old, new] with enough context around it to be unique."""
    s, e = unique(text, start, end)
    return [text[s:e], text[s:start] + new + text[end:e]]


def case(
    article: Article,
    kind: str,
    text: str,
    changes: list[tuple[int, int, str]],
    expect: tuple[str, str, int] | None,
    **house,
) -> dict:
    """Changes are (start, end, new) in the rendered text, applied right to left; the
    expected offset is in the edited text."""
    edits = []
    for s, e, new in sorted(changes, reverse=True):
        # Right to left, each edit made unique in the text the earlier edits leave.
        edits.append(edit(text, s, e, new))
        text = text[:s] + new + text[e:]
    out = {"article": article.id, "kind": kind, "edits": edits}
    if expect:
        out["expect"] = {"rule": f"newsroom.{expect[0]}", "text": expect[1], "offset": expect[2]}
    if house:
        out["house"] = house
    return out


def body_start(text: str) -> int:
    return text.index("\n\n") + 2


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n](?:[^\n]|\n(?!\n| {4}|$))*", text)]


def weekday_cases(a: Article, text: str) -> list[dict]:
    if not a.date:
        return []
    date = datetime.date.fromisoformat(a.date)
    m = re.compile(r"\b(?:said|told)\b(?! (?:on|today|yesterday|last|it would|in a statement)\b)").search(
        text, body_start(text)
    )
    if not m:
        return []
    tomorrow = WEEKDAYS[(date.weekday() + 1) % 7]
    yesterday = WEEKDAYS[(date.weekday() - 1) % 7]
    out = [
        case(
            a, "weekday", text, [(m.end(), m.end(), f" on {tomorrow}")], ("WeekdayDate", f"on {tomorrow}", m.end() + 1)
        ),
        case(a, "weekday", text, [(m.end(), m.end(), f" on {yesterday}")], None),
    ]
    wrong = WEEKDAYS[(date.weekday() + 2) % 7]
    full = f"{MONTH_NAMES[date.month - 1]} {date.day}, {date.year}"
    out.append(
        case(
            a,
            "weekday",
            text,
            [(m.end(), m.end(), f" on {wrong}, {full},")],
            ("WeekdayDate", wrong, m.end() + 4),
            date="",
        )
    )
    out.append(
        case(a, "weekday", text, [(m.end(), m.end(), f" on {WEEKDAYS[date.weekday()]}, {full},")], None, date="")
    )
    return out


_PAIR = re.compile(
    r"(?<![\w.\-])(?<![A-Z][a-z] )(?<![A-Z][a-z]{2} )(?<![A-Z][a-z]{3} )(?<![A-Z][a-z]{4} )"
    r"([A-Z][a-z]+) ([A-Z][a-z]{2,})(?![\w\-])(?! [A-Z])"
)


def reference_cases(a: Article, text: str) -> list[dict]:
    start = body_start(text)
    for m in _PAIR.finditer(text, start):
        given, surname = m.groups()
        if not is_given_name(given) or text.count(f"{given} {surname}") != 1:
            continue
        bare = [
            b
            for b in re.finditer(
                rf"(?<![A-Za-z] )(?<![\w\-]){surname}\b(?! [A-Z])",
                text,
            )
            if b.start() > m.end() and text[b.start() - 1] in " \n"
        ]
        if not bare or re.search(rf"\b{surname}\b", text[: m.start()]):
            continue
        later = bare[0]
        changes = [(m.start(), m.end(), surname), (later.start(), later.end(), f"{given} {surname}")]
        return [case(a, "reference", text, changes, ("NameFirstReference", surname, m.start()))]
    return []


_COUNT = re.compile(r"(?<![\w$£.,/\-])(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(WORDS[2:]) + r") ([a-z]+s)\b(?![\-%])")


def figure_cases(a: Article, text: str) -> list[dict]:
    """A count of the lede's sentence restated in the body (the sentence copied two
    paragraphs on) with another number; the control restates the same number."""
    paras = [p for p in paragraphs(text) if p[0] >= body_start(text)]
    if len(paras) < 4:
        return []
    for m in _COUNT.finditer(text, paras[0][0], paras[1][1]):
        number, noun = m.groups()
        value = WORDS.index(number) if number in WORDS else int(number.replace(",", ""))
        if value < 2 or not counted(text, m, noun) or ("," not in number and 1800 <= value <= 2100):
            continue
        other = f"{value + 2:,}" if number[0].isdigit() else WORDS[value + 2] if value + 2 < len(WORDS) else None
        copy = copied_sentence(text, m.start(), m.end())
        if other is None or copy is None or "(Reuters)" in copy[1]:
            continue
        at, sentence, offset = copy
        moved = sentence[:offset] + other + sentence[offset + len(number) :]
        return [
            case(a, "figure", text, [(at, at, " " + moved)], ("LedeFigures", f"{other} {noun}", at + 1 + offset)),
            case(a, "figure", text, [(at, at, " " + sentence)], None),
        ]
    return []


def copied_sentence(text: str, start: int, end: int) -> tuple[int, str, int] | None:
    """Where a copy of the sentence holding [start, end) goes (the end of the paragraph
    after the next), the sentence on one line, and where [start, end) is in it; None for a
    sentence a copy would change the meaning of: quoted, naming people, or opening with a
    figure."""
    sentence_start, sentence_end = sentence_around(text, start, end)
    raw = text[sentence_start:sentence_end]
    if re.search(r"[\"“”]|[A-Z][a-z]+ [A-Z][a-z]+", raw) or re.match(r"\d", raw) or len(raw) > 300:
        return None
    later = [p for p in paragraphs(text) if p[0] > sentence_end]
    if len(later) < 2 or text[later[1][1] - 1] not in ".!?" or quoted(text, later[1][1]):
        return None
    before = text[sentence_start:start]
    return later[1][1], " ".join(raw.split()), len(" ".join(before.split()) + (" " if before[-1:].isspace() else ""))


def compound_cases(a: Article, text: str) -> list[dict]:
    found: dict[str, list[re.Match]] = {}
    for m in re.finditer(rf"(?<![\w\-])(?:{'|'.join(PREFIXES)})-[a-z]+(?![\w\-])", text[body_start(text) :]):
        found.setdefault(m.group().lower(), []).append(m)
    start = body_start(text)
    for word, uses in found.items():
        prefix = word.split("-")[0]
        closed = word.replace("-", "")
        if re.search(rf"\b{closed}\b", text, re.IGNORECASE):
            continue
        last = uses[-1]
        s, e = start + last.start(), start + last.end()
        if quoted(text, s):
            continue
        written = (
            text[s:e].replace("-", "")
            if len(uses) > 1 or prefix not in ("anti", "post", "non")
            else text[s:e].replace("-", " ")
        )
        if len(uses) == 1:
            # One use: the sentence comes again in a later paragraph (an earlier version
            # pasted in), with the word written the other way.
            copy = copied_sentence(text, s, e)
            if copy is None:
                continue
            at, sentence, offset = copy
            moved = sentence[:offset] + written + sentence[offset + e - s :]
            return [case(a, "compound", text, [(at, at, " " + moved)], ("CompoundForms", written, at + 1 + offset))]
        return [case(a, "compound", text, [(s, e, written)], ("CompoundForms", written, s))]
    return []


def number_cases(a: Article, text: str) -> list[dict]:
    out = []
    start = body_start(text)
    small = re.compile(r"(?<=[a-z,] )(two|three|four|five|six|seven|eight|nine) ([a-z]+s)\b")
    for m in small.finditer(text, start):
        s_start, s_end = sentence_around(text, m.start(), m.end())
        if not counted(text, m, m.group(2)) or re.search(r"\d", text[s_start:s_end]):
            continue
        figure = str(WORDS.index(m.group(1)))
        out.append(case(a, "small", text, [(m.start(1), m.end(1), figure)], ("NumberSmall", figure, m.start(1))))
        break
    large = re.compile(r"(?<=[a-z,] )(1[0-9]|20) ([a-z]+s)\b(?![\-%])")
    for m in large.finditer(text, start):
        if not counted(text, m, m.group(2)):
            continue
        word = WORDS[int(m.group(1))]
        out.append(case(a, "large", text, [(m.start(1), m.end(1), word)], ("NumberLarge", word, m.start(1))))
        break
    opening = re.compile(
        r"(?<=[a-z]\. )(?:(Some|About|Around|Nearly|Almost|The) )?"
        r"(Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|\d{2,3}) ([a-z]+)"
    )
    for m in opening.finditer(text, start):
        number = m.group(2)
        figure = str(WORDS.index(number.lower())) if number.isalpha() else number
        if m.group(1) is None and not number.isalpha():
            continue
        out.append(case(a, "start", text, [(m.start(), m.end(2), figure)], ("NumberStartsSentence", figure, m.start())))
        break
    return out


_DEFINED = re.compile(
    r"(?<![\w\-])((?!The\b)(?:[A-Z][a-z]+\s+(?:(?:of|for|and|the|on)\s+)*){1,5}[A-Z][a-z]+) "
    r"\(([A-Z]{2,6})\)"
)


def acronym_cases(a: Article, text: str) -> list[dict]:
    for m in _DEFINED.finditer(text, body_start(text)):
        full, short = m.groups()
        if short in KNOWN or re.search(rf"\b{short}\b", text[: m.start()]):
            continue
        later = re.compile(rf"(?<![\w(]){short}\b(?!\))").search(text, m.end())
        if not later:
            continue
        changes = [(m.start(), m.end(), short), (later.start(), later.end(), f"{full} ({short})")]
        return [case(a, "acronym", text, changes, ("AcronymOrder", short, m.start()))]
    return []


def trailer_cases(a: Article, text: str, n: int) -> list[dict]:
    credit = CREDITS[n % len(CREDITS)]
    end = len(text.rstrip("\n"))
    last_line = text.rstrip("\n").rsplit("\n", 1)[-1]
    comma = credit.replace("; Editing", ", Editing")
    return [
        case(a, "trailer", text, [], ("Trailer", last_line, end - len(last_line)), trailer=True),
        case(a, "trailer", text, [(end, end, "\n\n" + credit)], None, trailer=True),
        case(a, "trailer", text, [(end, end, "\n\n" + comma)], ("Trailer", comma, end + 2)),
    ]


def dateline_cases(a: Article, text: str, n: int) -> list[dict]:
    if not a.dateline:
        return []
    start = body_start(text)
    line = a.dateline + " (Reuters) - "
    place, _, day = a.dateline.rpartition(", ")
    broken = [
        a.dateline + " (Reuters) ",
        a.dateline + " Reuters - ",
        f"{place} {day} (Reuters) - ",
        a.dateline + " - ",
    ][n % 4]
    return [case(a, "dateline", text, [(start, start + len(line), broken)], ("DatelineShape", broken.rstrip(), start))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-source", type=int, default=30)
    ap.add_argument("--target", type=int, default=10, help="articles wanted for each kind of error, per corpus")
    args = ap.parse_args()
    articles, cases = [], []
    for path in args.corpus:
        candidates = []
        for a in load(path):
            text = render(a)
            found = (
                weekday_cases(a, text)
                + reference_cases(a, text)
                + figure_cases(a, text)
                + compound_cases(a, text)
                + number_cases(a, text)
                + acronym_cases(a, text)
            )
            kinds = {c["kind"] for c in found if "expect" in c}
            if kinds:
                candidates.append((a, text, found, kinds))
        available = {k: sum(k in kinds for *_, kinds in candidates) for k in KINDS}
        # Articles offering the rarest kinds of error first, so every kind gets its cases.
        candidates.sort(key=lambda c: -sum(1 / available[k] for k in c[3]))
        chosen = 0
        have: dict[str, int] = {}
        for a, text, found, kinds in candidates:
            if not any(have.get(k, 0) < args.target for k in kinds):
                continue
            # Credit lines are the same in every story: a third of the articles is enough.
            found += (trailer_cases(a, text, chosen) if chosen % 3 == 0 else []) + dateline_cases(a, text, chosen)
            for k in kinds:
                have[k] = have.get(k, 0) + 1
            articles.append(a)
            cases.extend(found)
            chosen += 1
            if chosen == args.per_source:
                break
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a.__dict__, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles, {len(cases)} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
