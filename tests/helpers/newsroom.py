"""Loading the newsroom pack's own rule files, and running one on a text with house settings."""

from __future__ import annotations

import os

from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from proof.settings.house import METADATA_KEY, HouseSettings
from proof.style.checker import StyleChecker
from proof.style.loader import load_rule_text
from tests.helpers.paths import ROOT

PACK = os.path.join(ROOT, "rules", "newsroom")


def pack_rule(name: str):
    path = os.path.join(PACK, name + ".yml")
    with open(path, encoding="utf-8") as f:
        return load_rule_text(f.read(), path, f"newsroom.{name}")


def found(rule, text: str, **house) -> list[tuple[str, tuple[str, ...]]]:
    """(flagged text, suggestions) of each flag of `rule` on `text`."""
    engine = Engine([StyleChecker([rule])], metadata={METADATA_KEY: HouseSettings(**house)})
    return [(text[f.start : f.end], f.suggestions) for f in engine.check(document_from_text(text, "a.txt"))]
