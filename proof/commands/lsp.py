"""`proof lsp`: a language server on stdio (`proof/lsp/`)."""

from __future__ import annotations

import logging

import click

from proof.commands.options import config_option, fail, no_grammar_option
from proof.settings.config import ConfigError, ConfigFinder


@click.command()
@config_option
@no_grammar_option
def lsp(config_path, no_grammar):
    """Run a language server on stdin/stdout, for editors (docs/lsp.md).

    Diagnostics for plain text, Markdown and HTML documents as they are opened and edited,
    grammar following in the background; quick fixes, add to dictionary, ignore, switch a rule
    off; the rule's explanation on hover. Each document is checked under the proof.toml found
    from its folder (or --config).
    """
    from proof.lsp.server import build_server

    # A --config that cannot be used is said once, here, not on every document.
    try:
        ConfigFinder(config_path).for_path("-")
    except ConfigError as exc:
        fail(exc)

    # Editors log the server's stderr (Neovim as errors); pygls warns there of routine traffic: a
    # notification proof does not take (didChangeConfiguration), a cancellation that came after
    # the answer. Its errors, and proof's own warnings, still go there.
    logging.getLogger("pygls").setLevel(logging.ERROR)
    build_server(config_path, grammar=not no_grammar).start_io()
