"""`proof check`: the pre-publish gate."""
from __future__ import annotations

import sys

import click

from proof.checkers import RunOptions
from proof.config import LANGUAGES, ConfigError, ConfigFinder
from proof.exit_codes import CLEAN, FLAGGED, TROUBLE
from proof.house import parse_date
from proof.report import REPORTERS, Summary
from proof.run import STDIN, Runner, discover


def _valid_date(ctx, param, value):
    if value is not None:
        try:
            parse_date(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
    return value


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(sorted(REPORTERS)), default="text",
              show_default=True, help="Report format.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
              help="Lowest severity that makes the exit status 1 [default: warning, or the config's fail_on].")
@click.option("--language", type=click.Choice(LANGUAGES), default=None,
              help="Override the config's language.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Use this config file instead of searching for proof.toml.")
@click.option("--no-grammar", is_flag=True, help="Do not run a grammar engine.")
@click.option("--date", "article_date", default=None, callback=_valid_date,
              help="The article's date (YYYY-MM-DD) for the weekday check, over the config's `date`.")
@click.option("--stdin-filename", default=None,
              help="Name (and so format and config) of the text read from stdin with PATH '-'.")
def check(paths, output_format, fail_on, language, config_path, no_grammar, article_date, stdin_filename):
    """Check files and directories (*.txt, *.md, *.html) and report flags.

    Exit status: 0 no flag at or above --fail-on, 1 flags at or above it,
    2 a usage, config or input error (the other files are still checked).
    """
    try:
        finder = ConfigFinder(config_path)
        files = discover(list(paths), finder)
        fail_on = fail_on or finder.for_path(files[0] if files and files[0] != STDIN else ".")["fail_on"]
    except ConfigError as exc:
        click.echo(f"proof: {exc}", err=True)
        sys.exit(TROUBLE)
    runner = Runner(RunOptions(language=language, grammar=not no_grammar, date=article_date), finder, stdin_filename)
    results = []
    try:
        for path in files:
            try:
                results.append(runner.check(path))
            except ConfigError as exc:
                click.echo(f"proof: {exc}", err=True)
                sys.exit(TROUBLE)
    finally:
        runner.close()
    for result in results:
        if result.error:
            click.echo(f"proof: {result.error}", err=True)
    summary = Summary.of(results)
    color = output_format == "text" and sys.stdout.isatty()
    click.echo(REPORTERS[output_format](results, summary, color=color))
    if summary.errors:
        sys.exit(TROUBLE)
    sys.exit(FLAGGED if summary.fails(fail_on) else CLEAN)
