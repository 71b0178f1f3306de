"""British or American English: which one a document is written in.

The variant table (`data/variants.tsv`: British form, tab, American form) is generated
from SCOWL word lists by `tools/make_variants.py`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def variant_table() -> tuple[dict[str, str], dict[str, str]]:
    """(British → American, American → British), lower case."""
    british: dict[str, str] = {}
    american: dict[str, str] = {}
    data = resources.files("proof") / "data" / "variants.tsv"
    if data.is_file():
        for line in data.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                gb, us = line.split("\t")[:2]
                british.setdefault(gb, us)
                american.setdefault(us, gb)
    return british, american


def detect_dialect(text: str) -> str | None:
    """en-GB or en-US by the document's own variant spellings; None when it shows neither."""
    british, american = variant_table()
    gb = us = 0
    for word in _WORD.findall(text):
        lower = word.lower()
        gb += lower in british
        us += lower in american
    if gb > us:
        return "en-GB"
    if us > gb:
        return "en-US"
    return None


def resolve_language(setting: str, text: str) -> str:
    if setting != "auto":
        return setting
    return detect_dialect(text) or "en-US"
