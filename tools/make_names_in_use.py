#!/usr/bin/env python3
"""Generate proof/data/names-in-use.txt: words in use that look like slips of common words.

A capitalised word the dictionaries lack is checked as a word when nothing says it is a
name (see `proof.spelling.checker`) and it is close to a common word: "Einstien",
"Attendence". Many names are that close to a word too (Hautman, Pegg, Opels, Axa). What
tells them apart is use: a name is written often enough to be in wordfreq's English list
(Robyn Speer, PyPI `wordfreq`, data CC BY-SA 4.0: Wikipedia, subtitles, news, books, web
text and social media), a slip mostly is not (on the development set 79% of the corpus's
once-written capitalised unknown words are in it, 17% of the misspellings). This list
holds the words of that list (any frequency) that pyspellchecker and the SCOWL lists
lack and that the checker would otherwise take for a slip of a common word, so it stays
small. Only here, never at run time:

    .venv/bin/pip install wordfreq
    .venv/bin/python tools/make_names_in_use.py
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator

from proof.core.dialect import LANGUAGES
from proof.spelling.checker import LONG_NAME, MIN_CAPITALISED, NEAR_COMMON, near_common
from proof.spelling.lexicon import Lexicon, frequencies
from proof.spelling.names import deletions
from tools.make_attested import write_word_list

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "proof", "data")


def names_in_use() -> list[str]:
    from wordfreq import iter_wordlist

    known = Lexicon(LANGUAGES).known
    unknown = (w for w in iter_wordlist("en", "large") if w.isalpha() and w.islower() and not known(w))
    return sorted(w for w in _near_some_common_word(unknown) if any(near_common(w, lang) for lang in LANGUAGES))


def _near_some_common_word(words: Iterable[str]) -> Iterator[str]:
    """The `words` that share a deletion key with a common word: a quick sieve before the
    checker's own test (`near_common`), which alone took over ten minutes for the whole list."""
    counts = frequencies()
    keys = set()
    for edits, least in NEAR_COMMON.items():
        for word, count in counts.items():
            if count >= least and word.isalpha():
                keys |= deletions(word, edits)
    for word in words:
        if len(word) >= MIN_CAPITALISED and not keys.isdisjoint(deletions(word, 2 if len(word) >= LONG_NAME else 1)):
            yield word


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(DATA, "names-in-use.txt"))
    args = ap.parse_args()
    words = names_in_use()
    write_word_list(
        args.out,
        "Words in use that the dictionaries lack and that are close to a common word (names: Hautman, Opels).",
        "tools/make_names_in_use.py",
        words,
    )
    print(f"make_names_in_use: {len(words)} words in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
