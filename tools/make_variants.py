#!/usr/bin/env python3
"""Generate proof's British/American spelling data from the SCOWL word lists.

Needs Debian's `wbritish` and `wamerican` packages (SCOWL size 50), only here, never at
run time:

    apt-get install -y wbritish wamerican
    .venv/bin/python tools/make_variants.py

Writes, under proof/data/:
- variants.tsv: British form, American form, and which of the two is exclusive to its
  dialect. A British word is paired with an American one when a systematic spelling
  correspondence (our/or, ise/ize, yse/yze, re/er, ence/ense, ll/l, ogue/og, ae/e,
  oe/e, ...) turns one into the other, both words are in their dialect's list, and at
  least one of them is missing from the other dialect's list (so "travelled", which
  American lists accept too, is never flagged under en-US).
- british-extra.txt and american-extra.txt: words of each list that pyspellchecker's
  English dictionary lacks (its list leans American: "defence", "colour" are missing).
- scowl-copyright.txt: the word lists' copyright and licence file, verbatim.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable

BRITISH = "/usr/share/dict/british-english"
AMERICAN = "/usr/share/dict/american-english"
COPYRIGHT = "/usr/share/doc/wbritish/copyright"
DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "proof", "data")

# British spelling → American spelling, as regular expressions over a lower-case word.
CORRESPONDENCES: tuple[tuple[str, str], ...] = (
    (r"our", "or"),                 # colour, labour, behaviour
    (r"is", "iz"),                  # organise, civilisation
    (r"ys", "yz"),                  # analyse, paralysed
    (r"cos", "coz"),                # cosy
    (r"re$", "er"),                 # centre, theatre
    (r"res$", "ers"),
    (r"red$", "ered"),              # centred
    (r"ring$", "ering"),
    (r"ence", "ense"),              # defence, offence
    (r"ll", "l"),                   # travelled, counsellor
    (r"l", "ll"),                   # fulfil, enrol, skilful
    (r"ogue", "og"),                # catalogue, dialogue
    (r"ae", "e"),                   # anaemia, paediatric
    (r"oe(?![ds]?$)", "e"),         # manoeuvre, oestrogen (not shoe+d, toe+s)
    (r"mme", "m"),                  # programme
    (r"e(?=ment|ing|able)", ""),    # judgement, ageing, likeable
    (r"que", "ck"),                 # cheque
    (r"yre", "ire"),                # tyre
    (r"ium$", "um"),                # aluminium
    (r"ough", "ow"),                # plough
    (r"oul", "ol"),                 # mould, smoulder
    (r"sc", "sk"),                  # sceptic
    (r"ey", "ay"),                  # grey
    (r"xe$", "x"),                  # axe
    (r"ality", "alty"),             # speciality
    (r"ou", "u"),                   # moustache, rouble
)
_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in CORRESPONDENCES)
MAX_CHANGES = 2


def read_words(path: str) -> set[str]:
    """The words of a SCOWL list as listed (names capitalised), without possessive entries."""
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and "'" not in line}


def common_words(words: set[str]) -> set[str]:
    """Lower-case words only: proper names are not paired as variants."""
    return {w for w in words if w.isalpha() and w.islower()}


def one_change(word: str) -> Iterable[str]:
    for pattern, replacement in _COMPILED:
        for match in pattern.finditer(word):
            yield word[:match.start()] + replacement + word[match.end():]


def american_forms(word: str) -> dict[str, int]:
    """Every spelling reachable from `word` by up to MAX_CHANGES correspondences, with the
    fewest changes that reach it."""
    found = {word: 0}
    frontier = [word]
    for depth in range(1, MAX_CHANGES + 1):
        following = []
        for form in frontier:
            for changed in one_change(form):
                if changed not in found:
                    found[changed] = depth
                    following.append(changed)
        frontier = following
    del found[word]
    return found


def pair_variants(british: set[str], american: set[str]) -> list[tuple[str, str, str]]:
    """(British, American, exclusive) for every paired spelling; `exclusive` says which
    forms the other dialect's list lacks: british, american or both."""
    pairs = []
    for gb in sorted(british):
        candidates = [(changes, us) for us, changes in american_forms(gb).items()
                      if us in american and (gb not in american or us not in british)]
        if not candidates:
            continue
        # An American form that British lists lack is the true counterpart (anaesthetise →
        # anesthetize, not the half-way anaesthetize); then the fewest changes.
        _, _, us = min((us in british, changes, us) for changes, us in candidates)
        gb_only, us_only = gb not in american, us not in british
        exclusive = "both" if gb_only and us_only else "british" if gb_only else "american"
        pairs.append((gb, us, exclusive))
    return pairs


def pyspellchecker_words() -> set[str]:
    from spellchecker import SpellChecker
    return set(SpellChecker(language="en").word_frequency.dictionary)


def package_version(package: str) -> str:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
    return done.stdout.strip() or "unknown version"


def header(what: str) -> str:
    return (f"# {what}\n"
            f"# Generated by tools/make_variants.py from SCOWL (Spell Checker Oriented Word Lists,\n"
            f"# Kevin Atkinson, http://wordlist.aspell.net/) as packaged by Debian: wbritish\n"
            f"# {package_version('wbritish')} and wamerican {package_version('wamerican')}. Do not edit by hand.\n"
            "# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and\n"
            "# sell these word lists, the associated scripts, the output created from the scripts, and\n"
            "# its documentation for any purpose is hereby granted without fee, provided that the above\n"
            "# copyright notice appears in all copies and that both that copyright notice and this\n"
            "# permission notice appear in supporting documentation. Kevin Atkinson makes no\n"
            "# representations about the suitability of this array for any purpose. It is provided\n"
            "# \"as is\" without express or implied warranty. The variant spellings come from VARCON\n"
            "# (Copyright 1993, Geoff Kuenning; Ispell licence). Full notices: scowl-copyright.txt.\n")


def write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {path}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=DATA, help="output folder (default: proof/data)")
    args = parser.parse_args()
    for path in (BRITISH, AMERICAN, COPYRIGHT):
        if not os.path.exists(path):
            sys.exit(f"make_variants: {path} missing: apt-get install -y wbritish wamerican")
    british, american = read_words(BRITISH), read_words(AMERICAN)
    pairs = pair_variants(common_words(british), common_words(american))
    os.makedirs(args.out, exist_ok=True)
    write(os.path.join(args.out, "variants.tsv"),
          header("British and American spellings of the same word.")
          + "# Columns: british, american, exclusive (which form the other dialect's list lacks:\n"
            "# british, american or both; only an exclusive form is flagged as a variant).\n"
          + "".join(f"{gb}\t{us}\t{exclusive}\n" for gb, us, exclusive in pairs))
    known = pyspellchecker_words()
    for name, words, dialect in (("british-extra.txt", british, "British"),
                                 ("american-extra.txt", american, "American")):
        extra = sorted({w.lower() for w in words} - known)
        write(os.path.join(args.out, name),
              header(f"{dialect} English words (SCOWL) that pyspellchecker's English dictionary lacks.")
              + "".join(f"{w}\n" for w in extra))
    shutil.copyfile(COPYRIGHT, os.path.join(args.out, "scowl-copyright.txt"))
    print(f"make_variants: {len(pairs)} variant pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
