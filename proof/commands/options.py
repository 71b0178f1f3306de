"""What the commands share: their common options, the one place where the command line's
values go over the config's, and the one way a command fails."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from typing import NoReturn

import click

from proof.exit_codes import TROUBLE
from proof.report.printable import printable
from proof.settings.config import FAIL_ON, LANGUAGES, Config, ConfigFinder, Settings
from proof.settings.house import parse_date


def say(problem: object) -> None:
    """One line on standard error; a file name that is not UTF-8 shows its bytes as `\\xNN`,
    as the reports show it."""
    click.echo(f"proof: {printable(str(problem))}", err=True)


def fail(problem: object) -> NoReturn:
    """Say what went wrong and end the command with exit 2 (a usage, config or input error)."""
    say(problem)
    sys.exit(TROUBLE)


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

    def __call__(self, settings: Settings) -> Settings:
        grammar, languagetool = settings.grammar, settings.languagetool
        if not self.grammar:
            grammar = replace(grammar, engines=())
        if not self.cache:
            grammar = replace(grammar, cache=False)
        if self.languagetool_url:
            languagetool = replace(languagetool, url=self.languagetool_url)
        return replace(
            settings,
            language=self.language or settings.language,
            date=self.date or settings.date,
            grammar=grammar,
            languagetool=languagetool,
        )


def config_here(config_path: str | None) -> Config:
    """The config of the current folder (or `--config`), for commands that check no file."""
    return ConfigFinder(config_path).for_path(os.getcwd())


def _valid_date(ctx, param, value):
    if value is not None:
        try:
            parse_date(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
    return value


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Use this config file instead of searching for proof.toml.",
)
language_option = click.option(
    "--language", type=click.Choice(LANGUAGES), default=None, help="Override the config's language."
)
no_grammar_option = click.option("--no-grammar", is_flag=True, help="Do not run a grammar engine.")
languagetool_url_option = click.option(
    "--languagetool-url",
    default=None,
    help="A LanguageTool server (e.g. http://localhost:8081), over the config and PROOF_LANGUAGETOOL_URL.",
)
no_cache_option = click.option("--no-cache", is_flag=True, help="Ask the grammar engine about every paragraph again.")
date_option = click.option(
    "--date",
    "article_date",
    default=None,
    callback=_valid_date,
    help="The article's date (YYYY-MM-DD) for the weekday check, over the config's `date`.",
)
fail_on_option = click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default=None,
    help="Lowest severity of a flag that makes the exit status 1 [default: the config's fail_on, else warning].",
)
