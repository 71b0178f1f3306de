"""`proof languagetool start|status|stop`: the local LanguageTool server kept warm."""

from __future__ import annotations

import sys

import click

from proof.commands.options import config_here, config_option, fail
from proof.exit_codes import CLEAN, FLAGGED
from proof.grammar import local_server
from proof.grammar.backend import GrammarUnavailable
from proof.grammar.languagetool import downloaded_folder
from proof.grammar.select import languagetool_folder
from proof.settings.config import ConfigError


def _describe(server: local_server.Server) -> str:
    return (
        f"LanguageTool at {server.url} (keeper pid {server.pid}, java pid {server.java_pid}), "
        f"from {server.folder}; stops after {server.idle_left:.0f} s unused"
    )


@click.group()
def languagetool() -> None:
    """The local LanguageTool server that `proof check` keeps warm between runs.

    It runs from `languagetool.path` (or PROOF_LANGUAGETOOL_PATH, else language-tool-python's
    download) and stops by itself after `languagetool.idle_timeout` seconds unused."""


@languagetool.command()
@config_option
def start(config_path):
    """Start the server (or keep the running one) and print its URL."""
    try:
        config = config_here(config_path)
        folder = languagetool_folder(config) or downloaded_folder()
        server = local_server.ensure(folder, config.settings.languagetool.idle_timeout)
    except (ConfigError, GrammarUnavailable) as exc:
        fail(exc)
    click.echo(server.url)
    click.echo(_describe(server), err=True)


@languagetool.command()
def status():
    """Say whether the server runs; exit 1 when it does not."""
    server = local_server.running()
    if server is None:
        click.echo("no LanguageTool server kept warm")
        sys.exit(FLAGGED)
    click.echo(_describe(server))
    sys.exit(CLEAN)


@languagetool.command()
def stop():
    """Stop the server (and its JVM)."""
    server = local_server.stop()
    click.echo(f"stopped LanguageTool at {server.url}" if server else "no LanguageTool server kept warm")
