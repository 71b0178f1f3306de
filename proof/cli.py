"""The `proof` command line. Each subcommand lives in `proof/commands/`."""

from __future__ import annotations

import click

from proof import __version__
from proof.commands.check import check
from proof.commands.fix import fix
from proof.commands.languagetool import languagetool
from proof.commands.lsp import lsp
from proof.commands.review import review
from proof.commands.rules import rules
from proof.commands.serve import serve
from proof.run.interrupts import stop_on_signals


class ProofGroup(click.Group):
    """Runs each subcommand so that Ctrl-C and SIGTERM end it with 130 and 143 (`proof/run/interrupts.py`)."""

    def invoke(self, ctx: click.Context):
        with stop_on_signals():
            return super().invoke(ctx)


@click.group(cls=ProofGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="proof")
def cli() -> None:
    """proof: an editorial proofreading assistant for news copy."""


cli.add_command(check)
cli.add_command(fix)
cli.add_command(rules)
cli.add_command(review)
cli.add_command(languagetool)
cli.add_command(serve)
cli.add_command(lsp)


def main() -> None:
    cli()
