"""The grammar checkers the server keeps from one reload to the next.

A reload (a word added, a rule file or a config edited) rebuilds the spelling and house-style
checkers, which read those files; the grammar checkers read only the grammar settings, and a
local LanguageTool takes seconds to start again. So each set of grammar checkers is kept under
the settings it was built from, and handed to every engine whose config has the same ones.

A set is shared by engines and documents, so its runs take turns: one lock per set
(`proof.review.background.BackgroundGrammar.lock`), as the engines are not assumed thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from proof.grammar import build_grammar_checkers
from proof.grammar.select import languagetool_folder, languagetool_switches, languagetool_url
from proof.pipeline.checker import Checker
from proof.settings.config import Config


def grammar_settings(config: Config) -> tuple:
    """Everything of a config the grammar checkers are built from."""
    settings = config.settings
    return (
        settings.grammar,
        settings.languagetool,
        languagetool_switches(settings),
        languagetool_url(settings),
        languagetool_folder(config),
    )


@dataclass(frozen=True)
class Kept:
    settings: tuple
    checkers: tuple[Checker, ...]
    lock: threading.Lock = field(default_factory=threading.Lock, compare=False)


class GrammarKeeper:
    def __init__(self, build: Callable[[Config], list[Checker]] = build_grammar_checkers) -> None:
        self._build = build
        self._kept: list[Kept] = []

    def checkers(self, config: Config) -> list[Checker]:
        """The grammar checkers for the config: those kept for the same settings, else new ones."""
        wanted = grammar_settings(config)
        for kept in self._kept:
            if kept.settings == wanted:
                return list(kept.checkers)
        checkers = self._build(config)
        self._kept.append(Kept(wanted, tuple(checkers)))
        return checkers

    def lock(self, checkers: Iterable[Checker]) -> threading.Lock:
        """The lock the grammar runs with these checkers take turns by."""
        among = list(checkers)
        for kept in self._kept:
            if any(checker in among for checker in kept.checkers):
                return kept.lock
        return threading.Lock()

    def owns(self, checker: Checker) -> bool:
        return any(checker in kept.checkers for kept in self._kept)

    def keep_only(self, configs: Iterable[Config]) -> list[Checker]:
        """Let go of the checkers no config in `configs` would use; they are returned, to close."""
        wanted = [grammar_settings(config) for config in configs]
        dropped = [kept for kept in self._kept if kept.settings not in wanted]
        self._kept = [kept for kept in self._kept if kept.settings in wanted]
        return [checker for kept in dropped for checker in kept.checkers]

    def all(self) -> list[Checker]:
        return [checker for kept in self._kept for checker in kept.checkers]
