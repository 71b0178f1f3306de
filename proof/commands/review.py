"""`proof review`: step through a file's flags on a terminal screen."""

from __future__ import annotations

import sys

import click

from proof.commands.options import config_option, fail, language_option, no_grammar_option, realword_option
from proof.core.source import InputError
from proof.review.notices import file_notices
from proof.review.session import ReviewSession
from proof.run.runner import Runner
from proof.settings.config import ConfigError, ConfigFinder
from proof.settings.overrides import Overrides


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@config_option
@language_option
@no_grammar_option
@realword_option
def review(file, config_path, language, no_grammar, realword):
    """Review FILE's flags one by one: fix, ignore, add words, save.

    Ignored flags go to .proof/decisions.json and added words to the project dictionary,
    so `proof check` honours them too.
    """
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        # The review screen reads keys from a terminal and draws on one: without it, it
        # would wait for ever and write escape codes into a file or a pipe.
        fail("review needs a terminal (standard input and output); for a report, use `proof check`")
    runner = None
    try:
        finder = ConfigFinder(config_path, Overrides(language=language, grammar=not no_grammar, realword=realword))
        config = finder.for_path(file)
        # The session applies the decisions itself: they change while the editor works.
        runner = Runner(finder, decisions=False)
        session = ReviewSession.open(file, runner.engine_for(config), config)
        notices = file_notices(runner, session)
    except (ConfigError, InputError) as exc:
        if runner:
            runner.close()
        fail(exc)
    # Textual is imported here, not at the top: `proof check` never loads it.
    from proof.tui.app import ReviewApp

    try:
        summary = ReviewApp(session, notices).run()
    finally:
        # A grammar worker may still be inside a paragraph: let it finish first.
        with session.background.lock:
            runner.close()
    click.echo(summary or session.summary())
