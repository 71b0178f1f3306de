"""`proof review`: step through a file's flags on a terminal screen."""
from __future__ import annotations

import sys

import click

from proof.core.source import InputError
from proof.exit_codes import TROUBLE
from proof.pipeline.factory import RunOptions
from proof.review.session import ReviewSession
from proof.run.runner import Runner
from proof.settings.config import LANGUAGES, ConfigError, ConfigFinder


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Use this config file instead of searching for proof.toml.")
@click.option("--language", type=click.Choice(LANGUAGES), default=None, help="Override the config's language.")
@click.option("--no-grammar", is_flag=True, help="Do not run a grammar engine.")
def review(file, config_path, language, no_grammar):
    """Review FILE's flags one by one: fix, ignore, add words, save.

    Ignored flags go to .proof/decisions.json and added words to the project dictionary,
    so `proof check` honours them too.
    """
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        # The review screen reads keys from a terminal and draws on one: without it, it
        # would wait for ever and write escape codes into a file or a pipe.
        click.echo("proof: review needs a terminal (standard input and output); "
                   "for a report, use `proof check`", err=True)
        sys.exit(TROUBLE)
    runner = None
    try:
        finder = ConfigFinder(config_path)
        config = finder.for_path(file)
        # The session applies the decisions itself: they change while the editor works.
        runner = Runner(RunOptions(language=language, grammar=not no_grammar), finder, decisions=False)
        session = ReviewSession.open(file, runner.engine_for(config), config)
    except (ConfigError, InputError) as exc:
        if runner:
            runner.close()
        click.echo(f"proof: {exc}", err=True)
        sys.exit(TROUBLE)
    # Textual is imported here, not at the top: `proof check` never loads it.
    from proof.tui.app import ReviewApp

    try:
        summary = ReviewApp(session).run()
    finally:
        # A grammar worker may still be inside a paragraph: let it finish first.
        with session.background.lock:
            runner.close()
    click.echo(summary or session.summary())
