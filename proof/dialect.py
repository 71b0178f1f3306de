"""British or American English: which one a document is written in.

The variant table (`data/variants.tsv`: British form, American form, and which of the
two the other dialect lacks) is generated from SCOWL word lists by `tools/make_variants.py`.
Only a form that is exclusive to one dialect counts: "travelled" is also American, so it
is neither evidence of British copy nor a variant to flag under en-US.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

LANGUAGES = ("en-GB", "en-US")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]+(?![\w'’])")


@lru_cache(maxsize=1)
def variant_table() -> tuple[dict[str, str], dict[str, str]]:
    """(British-only form → American form, American-only form → British form), lower case.

    The first maps what to flag in en-US copy, the second what to flag in en-GB copy.
    """
    british: dict[str, str] = {}
    american: dict[str, str] = {}
    data = resources.files("proof") / "data" / "variants.tsv"
    for line in data.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        gb, us, exclusive = line.split("\t")
        if exclusive in ("british", "both"):
            british.setdefault(gb, us)
        if exclusive in ("american", "both"):
            american.setdefault(us, gb)
    return british, american


def other_dialect_form(word: str, language: str) -> str | None:
    """The `language` spelling of `word` when `word` is the other dialect's spelling."""
    british, american = variant_table()
    return american.get(word) if language == "en-GB" else british.get(word)


def detect_dialect(text: str) -> str | None:
    """en-GB or en-US by the document's own variant spellings; None when it shows neither.

    Only lower-case words count (a proper name such as "Pearl Harbor" says nothing about
    the copy's dialect). On a tie the first variant in the text decides, as an editor
    would keep the spelling the writer started with.
    """
    british, american = variant_table()
    gb = us = 0
    first = None
    for word in _LOWER_WORD.findall(text):
        if word in british:
            gb += 1
            first = first or "en-GB"
        elif word in american:
            us += 1
            first = first or "en-US"
    if gb > us:
        return "en-GB"
    if us > gb:
        return "en-US"
    return first


def resolve_language(setting: str, text: str) -> str:
    if setting != "auto":
        return setting
    return detect_dialect(text) or "en-US"
