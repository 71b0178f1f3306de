"""What the commands share: their common options and the one way a command fails (the
command line's values go over the config's through `proof.settings.overrides`)."""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import click

from proof.exit_codes import TROUBLE
from proof.report.printable import printable
from proof.settings.config import FAIL_ON, LANGUAGES, Config, ConfigFinder, http_url
from proof.settings.house import parse_date


def say(problem: object) -> None:
    """One line on standard error; a file name that is not UTF-8 shows its bytes as `\\xNN`,
    as the reports show it."""
    click.echo(f"proof: {printable(str(problem))}", err=True)


def fail(problem: object) -> NoReturn:
    """Say what went wrong and end the command with exit 2 (a usage, config or input error)."""
    say(problem)
    sys.exit(TROUBLE)


def config_here(config_path: str | None) -> Config:
    """The config of the current folder (or `--config`), for commands that check no file."""
    return ConfigFinder(config_path).for_path(os.getcwd())


def _checked_by(parse):
    """A click callback that refuses a value `parse` raises ValueError for, with its message."""

    def check(ctx, param, value):
        if value is not None:
            try:
                parse(value)
            except ValueError as exc:
                raise click.BadParameter(str(exc)) from None
        return value

    return check


_valid_date = _checked_by(parse_date)
_valid_url = _checked_by(http_url)


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
realword_option = click.option(
    "--realword/--no-realword",
    default=None,
    help="Run (or do not run) the real-word check (a trigram model) [default: the config's spelling.realword, on].",
)
languagetool_url_option = click.option(
    "--languagetool-url",
    default=None,
    callback=_valid_url,
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
