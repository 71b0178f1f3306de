"""The server's engine: proof's checkers, built from the house config once per worker.

The only module of `proof.serve` that knows how a config becomes checkers (the config and
its command-line overrides, `build_checkers`, the rule levels); the rest sees `ServeEngine.check`, which
takes a text and gives flags, as `proof check` finds them.

Nothing here reads or writes a file once the server is up: the config and its word lists
and rule packs are read at start, grammar answers are not cached on disk, and there is no
decisions file. A request's text is plain text, which has no suppression comments: a client
turns rules off with disabledRules.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from proof.core.document import Document
from proof.core.flag import Flag
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine
from proof.pipeline.factory import build_checkers
from proof.pipeline.levels import RulePolicy
from proof.serve.selection import Selection
from proof.settings.config import Config, ConfigFinder
from proof.settings.house import METADATA_KEY, house_settings
from proof.settings.overrides import Overrides


@dataclass(frozen=True)
class Checked:
    flags: list[Flag]
    #: The dialect the text was checked in (`auto` resolved from the text).
    language: str


class ServeEngine:
    """Checks texts with one config. Thread-safe: one check at a time per process, since
    the checkers keep state across a check (a grammar engine's client); processes
    (`--workers`) give the parallelism."""

    def __init__(self, config: Config):
        self._config = config
        self._checkers: dict[str, list[Checker]] = {}
        self._lock = threading.Lock()
        self.default_language = config.settings.language
        self.checkers_for(self.default_language)

    def checkers_for(self, language: str) -> list[Checker]:
        """The checkers of one language setting, built the first time it is asked for (the
        spelling checker is built for its dialect, as `proof check --language` builds it)."""
        if language not in self._checkers:
            settings = replace(self._config.settings, language=language)
            self._checkers[language] = build_checkers(replace(self._config, settings=settings))
        return self._checkers[language]

    def _policy(self, selection: Selection) -> RulePolicy:
        levels = dict(self._config.settings.rules)
        for selector in selection.enabled_rules:
            if levels.get(selector) in (None, "off"):
                levels[selector] = "on"
        levels.update({selector: "off" for selector in selection.disabled_rules})
        return RulePolicy(levels)

    def check(self, document: Document, language: str | None, selection: Selection) -> Checked:
        """The flags of a document in `language` (en-GB, en-US, auto; None: the config's)."""
        language = language or self.default_language

        def selected(_: Document, flags: list[Flag]) -> list[Flag]:
            return [flag for flag in flags if selection.keeps(flag)]

        with self._lock:
            engine = Engine(
                self.checkers_for(language),
                self._policy(selection),
                language,
                [selected],
                metadata={METADATA_KEY: house_settings(self._config.settings)},
            )
            flags = engine.check(document)
        return Checked(flags, document.language or language)

    def close(self) -> None:
        with self._lock:
            for checkers in self._checkers.values():
                for checker in checkers:
                    checker.close()
            self._checkers.clear()


def house_config(config_path: str | None, overrides: Overrides | None = None) -> Config:
    """The house config: `config_path`, else the proof.toml found from the current folder,
    else the defaults, with `overrides` over it. ConfigError when it cannot be used."""
    return ConfigFinder(config_path, overrides).for_path("-")


def build_engine(config_path: str | None, languagetool_url: str | None, grammar: bool) -> ServeEngine:
    """The engine of the house config (`house_config`)."""
    # No grammar cache: a request never reads or writes a file.
    overrides = Overrides(grammar=grammar, languagetool_url=languagetool_url, cache=False)
    return ServeEngine(house_config(config_path, overrides))
