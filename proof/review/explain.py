"""What `?` in `proof review` shows about a flag's rule: description, examples, link.

A flag carries its rule's description and link; the examples live in the rule file, so
they are looked up in the house-style rules the engine runs.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from proof.core.flag import Flag
from proof.pipeline.checker import Checker
from proof.style.checker import StyleChecker


@dataclass(frozen=True)
class Explanation:
    rule: str
    source: str
    category: str
    severity: str
    description: str
    flagged_examples: tuple[str, ...] = ()
    accepted_examples: tuple[str, ...] = ()
    link: str = ""


def explain(flag: Flag, checkers: Iterable[Checker]) -> Explanation:
    flagged: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()
    description, link = flag.description, flag.link
    for checker in checkers:
        if not isinstance(checker, StyleChecker):
            continue
        info = next((rule.info for rule in checker.rules if rule.info.id == flag.rule), None)
        if info is not None:
            flagged, accepted = info.bad_examples, info.good_examples
            description, link = description or info.description, link or info.link
            break
    return Explanation(flag.rule, flag.source, flag.category, flag.severity, description or flag.message,
                       flagged, accepted, link)
