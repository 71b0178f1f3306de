"""A misspelling's suggestions put in order by its sentence as well as by the slip.

`proof.spelling.suggest` ranks a flagged word's candidates by how likely the slip is and how
common each word is, blind to the sentence: "arrestes" is "arrested" before "arrests" and
"espace" is "space" before "escape" wherever they stand. When the trigram model of the
real-word check is installed (pocketsphinx, a dependency of proof), the spelling flags' suggestions are put in
order again by that score less `CONTEXT_WEIGHT` times how much more likely each makes the
sentence than it is alone (`TrigramModel.fit`): "was arrestes on" → arrested, "to espace
the" → escape. Without the model the order stays as the spelling checker gave it.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable
from dataclasses import replace

from proof.core.document import Document
from proof.core.flag import Flag
from proof.core.text import sentences
from proof.pipeline.checker import Checker, CheckerStatus
from proof.realword.trigram import ModelUnavailable, TrigramModel, shared_model, tokens
from proof.spelling.checker import MISSPELLED
from proof.spelling.suggest import unlikeliness

# How many log10 units of the slip's likelihood one log10 unit of fit in context is worth
# (chosen on the spelling development set, docs/spelling.md: 0.5 and 0.75 did equally well,
# 1.0 and more let the context overrule the slip too often).
CONTEXT_WEIGHT = 0.5


def in_context(
    model: TrigramModel, before: list[str], typed: str, after: list[str], found: tuple[str, ...]
) -> tuple[str, ...]:
    """`found` (suggestions for `typed`, best first) put in order by slip and context."""
    lower = typed.lower()
    scored = [
        (unlikeliness(lower, s.lower()) - CONTEXT_WEIGHT * model.fit(before, s, after), i, s)
        for i, s in enumerate(found)
    ]
    return tuple(s for *_, s in sorted(scored))


class SuggestionsInContext(Checker):
    """The spelling checker, its misspellings' suggestions put in order by context."""

    def __init__(self, spelling: Checker, load: Callable[[], TrigramModel] = shared_model):
        self._spelling = spelling
        self.name = spelling.name
        self.source = spelling.source
        self._load = load
        self._model: TrigramModel | None = None
        self._unavailable = False
        # The language server and the review screen load and check from worker threads: this
        # checker's fields are set once (`shared_model` itself loads the model once per process).
        self._loading = threading.Lock()

    def _loaded(self) -> TrigramModel | None:
        with self._loading:
            if self._model is None and not self._unavailable:
                try:
                    self._model = self._load()
                except ModelUnavailable:
                    # The ranking is a refinement: without the model, the spelling checker's order.
                    self._unavailable = True
        return self._model

    def check(self, document: Document) -> list[Flag]:
        flags = list(self._spelling.check(document))
        if not any(_rankable(f) for f in flags):
            return flags
        model = self._loaded()
        if model is None:
            return flags
        spans = [span for p in document.paragraphs for span in sentences(document.text, p.start, p.end)]
        return [_reordered(model, document.text, spans, f) if _rankable(f) else f for f in flags]

    def status(self) -> CheckerStatus:
        return self._spelling.status()

    def load(self) -> None:
        self._spelling.load()
        self._loaded()

    def close(self) -> None:
        self._spelling.close()


class ContextEvidence:
    """The model's evidence for the spelling checker (`proof.spelling.checker.Context`): how
    much better a word explains its sentence's words either side than an unknown word would."""

    def __init__(self, load: Callable[[], TrigramModel] = shared_model):
        self._load = load

    def explains(self, document: Document, start: int, end: int, candidate: str) -> float | None:
        try:
            # Loaded once per process; when it cannot be, each try fails at once (an import or an open).
            model = self._load()
        except ModelUnavailable:
            return None
        text = document.text
        paragraph = next((p for p in document.paragraphs if p.start <= start < p.end), None)
        spans = sentences(text, paragraph.start, paragraph.end) if paragraph else ()
        first, last = next(((s, e) for s, e in spans if s <= start < e), (start, end))
        before = [t.text for t in tokens(text, first, start)]
        after = [t.text for t in tokens(text, end, max(last, end))]
        return model.explains(before, candidate, after)


def _rankable(flag: Flag) -> bool:
    return flag.rule == MISSPELLED and len(flag.suggestions) > 1 and not flag.safe_fix


def _reordered(model: TrigramModel, text: str, spans: list[tuple[int, int]], flag: Flag) -> Flag:
    """The flag with its suggestions in order by its sentence's words either side of it."""
    i = bisect.bisect_right(spans, (flag.start, len(text) + 1)) - 1
    start, end = spans[i] if i >= 0 and spans[i][0] <= flag.start < spans[i][1] else (flag.start, flag.end)
    before = [t.text for t in tokens(text, start, flag.start)]
    after = [t.text for t in tokens(text, flag.end, max(end, flag.end))]
    typed = text[flag.start : flag.end]
    return replace(flag, suggestions=in_context(model, before, typed, after, flag.suggestions))
