"""`proof lsp`: a language server on stdio (`proof/lsp/`)."""

from __future__ import annotations

import logging
import sys

import click

from proof.commands.options import config_option, no_grammar_option


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

    # Editors log the server's stderr (Neovim as errors); pygls warns there of routine traffic: a
    # notification proof does not take (didChangeConfiguration), a cancellation that came after
    # the answer. Its errors, and proof's own warnings, still go there.
    logging.getLogger("pygls").setLevel(logging.ERROR)
    # A config that cannot be used does not stop the server: the editor is told of it as the
    # documents under it are checked, and the edit that mends it checks them again (docs/lsp.md).
    server = build_server(config_path, grammar=not no_grammar)
    server.start_io()
    # pygls takes the `exit` notification's status in; the protocol wants 1 without `shutdown` first.
    sys.exit(0 if server.asked_to_shut_down else 1)
