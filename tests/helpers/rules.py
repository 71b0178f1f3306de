"""Building rules and documents from text for the rule-type tests."""

from __future__ import annotations

import functools
import textwrap

from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from proof.style.checker import StyleChecker
from proof.style.loader import load_rule_text


def make_rule(yaml_text: str, rule_id: str = "test.Rule"):
    return load_rule_text(textwrap.dedent(yaml_text), "test/Rule.yml", rule_id)


def run_rule(rule, text: str, language: str = "auto", name: str = "example.txt"):
    """Flags (in source coordinates) of one rule on `text` (read as a file called `name`), through the real engine."""
    document = document_from_text(text, name)
    return Engine([StyleChecker([rule])], language=language).check(document)


def flagged(rule, text: str, language: str = "auto", name: str = "example.txt") -> list[tuple[str, tuple[str, ...]]]:
    """(flagged text, suggestions) of each flag."""
    return [(text[f.start : f.end], f.suggestions) for f in run_rule(rule, text, language, name)]


@functools.cache
def pack_rules(pack_name: str = "newsroom") -> tuple:
    """Every rule of a built-in pack, loaded once for the test session."""
    from proof.style.loader import builtin_packs, load_pack

    return tuple(r for pack in builtin_packs() if pack.name == pack_name for r in load_pack(pack))


def pack_rule(rule_id: str):
    """A rule of the built-in packs, by id ("newsroom.Rogue")."""
    return next(r for r in pack_rules(rule_id.split(".")[0]) if r.info.id == rule_id)
