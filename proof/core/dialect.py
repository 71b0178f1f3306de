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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from proof.core.document import Document

LANGUAGES = ("en-GB", "en-US")

# British spelling → American spelling, as regular expressions over a lower-case word.
# tools/make_variants.py pairs the SCOWL lists' words with these.
CORRESPONDENCES: tuple[tuple[str, str], ...] = (
    (r"our", "or"),  # colour, labour, behaviour
    (r"is", "iz"),  # organise, civilisation
    (r"ys", "yz"),  # analyse, paralysed
    (r"cos", "coz"),  # cosy
    (r"re$", "er"),  # centre, theatre
    (r"res$", "ers"),
    (r"red$", "ered"),  # centred
    (r"ring$", "ering"),
    (r"ence", "ense"),  # defence, offence
    (r"ll", "l"),  # travelled, counsellor
    (r"l", "ll"),  # fulfil, enrol, skilful
    (r"ogue", "og"),  # catalogue, dialogue
    (r"ae", "e"),  # anaemia, paediatric
    (r"oe(?![ds]?$)", "e"),  # manoeuvre, oestrogen (not shoe+d, toe+s)
    (r"mme", "m"),  # programme
    (r"e(?=ment|ing|able)", ""),  # judgement, ageing, likeable
    (r"que", "ck"),  # cheque
    (r"yre", "ire"),  # tyre
    (r"ium$", "um"),  # aluminium
    (r"ough", "ow"),  # plough
    (r"oul", "ol"),  # mould, smoulder
    (r"sc", "sk"),  # sceptic
    (r"ey", "ay"),  # grey
    (r"xe$", "x"),  # axe
    (r"ality", "alty"),  # speciality
    (r"ou", "u"),  # moustache, rouble
)
# The correspondences regular enough to recognise a British form that no list holds
# (criminalise, paedophiles, diallers). Not our/or, nor ll/l at the end of a word:
# "fourm" is no British "form", nor "untill" a British "until".
OPEN_CORRESPONDENCES: tuple[tuple[str, str], ...] = (
    (r"is", "iz"),
    (r"ys", "yz"),
    (r"ae", "e"),
    (r"oe(?![ds]?$)", "e"),
    (r"ll(?=e[rd]|ing|or)", "l"),  # dialler, modelling, counsellor
)
_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in CORRESPONDENCES)
_OPEN = tuple((re.compile(pattern), replacement) for pattern, replacement in OPEN_CORRESPONDENCES)
MAX_CHANGES = 2
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


def one_word_two_dialects(a: str, b: str) -> bool:
    """Are `a` and `b` the British and the American spelling of one word (aluminium,
    aluminum), in either order?"""
    british, american = variant_table()
    return b in (british.get(a), american.get(a)) or a in (british.get(b), american.get(b))


def american_forms(word: str, open_only: bool = False) -> dict[str, int]:
    """Every spelling reachable from British `word` by up to MAX_CHANGES correspondences,
    with the fewest changes that reach it (`open_only`: only the open correspondences)."""
    rules = _OPEN if open_only else _COMPILED
    found = {word: 0}
    frontier = [word]
    for depth in range(1, MAX_CHANGES + 1):
        following = []
        for form in frontier:
            for pattern, replacement in rules:
                for match in pattern.finditer(form):
                    changed = form[: match.start()] + replacement + form[match.end() :]
                    if changed not in found:
                        found[changed] = depth
                        following.append(changed)
        frontier = following
    del found[word]
    return found


def other_dialect_form(word: str, language: str) -> str | None:
    """The `language` spelling of `word` when `word` is the other dialect's spelling."""
    british, american = variant_table()
    return american.get(word) if language == "en-GB" else british.get(word)


# The engine, the spelling checker and the number rules each ask about the same text.
@lru_cache(maxsize=4)
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


def dialect_known(document: Document) -> bool:
    """The dialect was configured, or the article's own spellings show it; otherwise the
    language is "auto"'s fallback, en-US, which says nothing about the copy ("per cent" alone
    in copy with no other variant word is not American copy gone wrong)."""
    return document.metadata.get("dialect_given", True) or detect_dialect(document.text) is not None


def resolve_language(setting: str, text: str) -> str:
    if setting != "auto":
        return setting
    return detect_dialect(text) or "en-US"
