"""A grammar checker a test holds inside a paragraph and lets go of, to put an edit, a reload
or a close exactly while the server's grammar run is at work."""

from __future__ import annotations

import threading

from proof.core.flag import Flag, Source
from proof.pipeline.checker import Checker

RULE = "grammar.gated.Checked"


class GatedGrammar(Checker):
    """Flags the first word of each paragraph it checks, its message naming the paragraph's
    text, so a published flag tells which text it was found in. Each check waits at the gate
    (open unless a test closes it); `entered` is set when a check is waiting there."""

    source = Source.GRAMMAR
    name = "gated"

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()
        self.closed = threading.Event()
        self.checked: list[str] = []

    def check(self, document):
        text = document.text.strip()
        self.entered.set()
        if not self.gate.wait(timeout=30):
            raise TimeoutError("the gate was never opened")
        self.checked.append(text)
        start = document.text.index(text)
        return [Flag(RULE, Source.GRAMMAR, "test", "info", f"checked: {text}", start, start + len(text.split()[0]))]

    def close(self) -> None:
        self.closed.set()
