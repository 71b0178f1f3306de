"""The real-word check (on unless `[spelling] realword = false` or `--no-realword`): a correctly
spelled word that a word often confused with it fits far better (`proof.realword.trigram`)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable

from proof.core.document import Document
from proof.core.flag import Flag, Source
from proof.core.text import sentences
from proof.pipeline.checker import Checker, CheckerStatus, ExplainsRules, RuleHelp
from proof.realword.trigram import (
    CONFUSION_THRESHOLD,
    EDIT_THRESHOLD,
    ModelUnavailable,
    TrigramModel,
    WordScore,
    shared_model,
    spelled,
    suspect_in,
    tokens,
)

REAL_WORD = "spelling.RealWord"
# A likelihood guess, not a certainty: at info, under the default `fail_on = "warning"`, so a CI
# gate goes red on it only when the team asks (`[rules] "spelling.RealWord" = "warning"`).
SEVERITY = "info"
# Sentences whose scores are kept: a long document's, so that an edit re-scores only its sentence.
_SENTENCES_KEPT = 20_000
DESCRIPTION = (
    "A correctly spelled word that a word one letter away from it, or a word often confused with it "
    "(LanguageTool's confusion sets), makes far more likely in its sentence, by a trigram language model "
    "of US English. On by default; `[spelling] realword = false` or `--no-realword` turns it off."
)
HELP = RuleHelp(
    description=DESCRIPTION,
    flagged_examples=("He was given a peace of cake.", "He went to the store to by some bread."),
    accepted_examples=("He was given a piece of cake.", "He went to the store to buy some bread."),
)


class RealWordChecker(Checker, ExplainsRules):
    """Reads the whole document, as a word it uses again is held to higher thresholds: after an
    edit the language server checks it all again, but each sentence is scored once while it is
    unchanged (`_scores`)."""

    name = "realword"
    source = Source.SPELLING

    def __init__(self, load: Callable[[], TrigramModel] = shared_model):
        self._load = load
        self._model: TrigramModel | None = None
        self._problem = ""
        # The language server and the review screen load and check from worker threads: this
        # checker's fields are set once (`shared_model` itself loads the model once per process).
        self._loading = threading.Lock()
        self._scores = functools.lru_cache(maxsize=_SENTENCES_KEPT)(self._sentence_scores)

    def _loaded(self) -> TrigramModel | None:
        with self._loading:
            if self._model is None and not self._problem:
                try:
                    self._model = self._load()
                except ModelUnavailable as exc:
                    self._problem = str(exc)
        return self._model

    def load(self) -> None:
        self._loaded()

    def status(self) -> CheckerStatus:
        return CheckerStatus(problems=(self._problem,) if self._problem else ())

    def check(self, document: Document) -> list[Flag]:
        model = self._loaded()
        if model is None:
            return []
        repeated = model.repeated(document.text)
        flags = []
        for paragraph in document.paragraphs:
            for start, end in sentences(document.text, paragraph.start, paragraph.end):
                words = tokens(document.text, start, end)
                for score in self._scores(model, tuple(t.text for t in words)):
                    token = words[score.index]
                    choice = suspect_in(score, spelled(token.text) in repeated)
                    if choice is not None:
                        flags.append(_flag(token.start, token.end, token.text, choice.alternative))
        return flags

    @staticmethod
    def _sentence_scores(model: TrigramModel, words: tuple[str, ...]) -> list[WordScore]:
        # Floors at the lower (once-used) thresholds: the repeated ones are higher.
        return model.scores(words, EDIT_THRESHOLD, CONFUSION_THRESHOLD)

    def rule_help(self, rule: str) -> RuleHelp | None:
        return HELP if rule == REAL_WORD else None


def _flag(start: int, end: int, word: str, alternative: str) -> Flag:
    return Flag(
        rule=REAL_WORD,
        source=Source.SPELLING,
        category="spelling",
        severity=SEVERITY,
        message=f"'{word}' is a word, but '{alternative}' fits its context far better.",
        start=start,
        end=end,
        suggestions=(alternative,),
        description=DESCRIPTION,
    )
