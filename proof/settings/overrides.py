"""Command-line values that stand for config keys, laid over the settings of every config a
run loads: the one place where they are merged (the commands, the server and the language
server build them; `ConfigFinder(path, overrides)` applies them)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from proof.settings.config import Settings


@dataclass(frozen=True)
class Overrides:
    """The command-line options that stand for config keys, applied over every config a
    run loads (`ConfigFinder(path, overrides)`); None or the default leaves the key as the
    config has it. Picklable, so that workers started afresh apply the same."""

    language: str | None = None
    #: `--date`, over `date`.
    date: str | None = None
    #: `--languagetool-url`, over `languagetool.url` (and so over PROOF_LANGUAGETOOL_URL).
    languagetool_url: str | None = None
    #: False with `--no-grammar`: no grammar engine (`grammar.engines = []`).
    grammar: bool = True
    #: False with `--no-cache`: every paragraph goes to the grammar engine (`grammar.cache = false`).
    cache: bool = True
    #: `--realword` (True) or `--no-realword` (False), over `spelling.realword`; None leaves the config's.
    realword: bool | None = None

    def __call__(self, settings: Settings) -> Settings:
        grammar, languagetool = settings.grammar, settings.languagetool
        if not self.grammar:
            grammar = replace(grammar, engines=())
        if not self.cache:
            grammar = replace(grammar, cache=False)
        if self.languagetool_url:
            languagetool = replace(languagetool, url=self.languagetool_url)
        spelling = settings.spelling if self.realword is None else replace(settings.spelling, realword=self.realword)
        return replace(
            settings,
            spelling=spelling,
            language=self.language or settings.language,
            date=self.date or settings.date,
            grammar=grammar,
            languagetool=languagetool,
        )
