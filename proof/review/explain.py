"""What `?` in `proof review` shows about a flag's rule: description, examples, link.

A flag carries its rule's description and link; the examples live in the rule file, so
they are asked of the checkers that can explain their rules (`ExplainsRules`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from proof.core.flag import Flag
from proof.pipeline.checker import Checker, ExplainsRules


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
        about = checker.rule_help(flag.rule) if isinstance(checker, ExplainsRules) else None
        if about is not None:
            flagged, accepted = about.flagged_examples, about.accepted_examples
            description, link = description or about.description, link or about.link
            break
    return Explanation(
        flag.rule, flag.source, flag.category, flag.severity, description or flag.message, flagged, accepted, link
    )
