"""`proof serve`: proof's checks over LanguageTool's HTTP API (`proof/serve/`)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
from collections.abc import Iterator

import click

from proof.commands.options import config_option, fail, languagetool_url_option, no_grammar_option
from proof.exit_codes import INTERRUPTED, TERMINATED
from proof.grammar.select import languagetool_url as languagetool_url_of
from proof.serve.app import DEFAULT_MAX_BODY, DEFAULT_TIME_LIMIT, ENVIRONMENT
from proof.serve.engine import house_config
from proof.settings.config import ConfigError
from proof.settings.overrides import Overrides

#: Seconds uvicorn waits for open requests after SIGTERM before it closes them.
SHUTDOWN_GRACE = 3


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0: every interface; put it behind a proxy first).",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8081, show_default=True, help="Port to listen on.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes serving requests, each with its own checkers.",
)
@config_option
@languagetool_url_option
@no_grammar_option
@click.option(
    "--max-request-size",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BODY,
    show_default=True,
    help="Largest request body in bytes; a larger one is answered 413.",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Seconds one check may take; a slower one is answered 503.",
)
@click.option(
    "--allow-origin",
    "allow_origins",
    multiple=True,
    help="A web origin whose pages may call the server from scripts (CORS); '*' for any. Repeatable.",
)
def serve(host, port, workers, config_path, languagetool_url, no_grammar, max_request_size, time_limit, allow_origins):
    """Serve LanguageTool's HTTP API (/v2/check, /v2/languages) with proof's checks.

    LanguageTool's clients (its browser add-on, LibreOffice extension, editor plugins,
    language-tool-python) pointed at http://HOST:PORT get spelling, house style and
    grammar as `proof check` gives them. Stops on Ctrl-C or SIGTERM, after open requests.
    """
    import uvicorn

    try:
        config = house_config(config_path, Overrides(grammar=not no_grammar, languagetool_url=languagetool_url))
        if not no_grammar:
            # The workers read PROOF_LANGUAGETOOL_URL as they start: a bad one stops the server here.
            languagetool_url_of(config.settings)
    except ConfigError as exc:
        fail(exc)
    settings = {
        "config": os.path.abspath(config_path) if config_path else "",
        "languagetool_url": languagetool_url,
        "grammar": "0" if no_grammar else "1",
        "max_body": max_request_size,
        "time_limit": time_limit,
        "allow_origin": ",".join(allow_origins),
    }
    # The workers are new processes: they read their settings from the environment.
    for name, variable in ENVIRONMENT.items():
        os.environ[variable] = str(settings[name] or "")
    _check_port_free(host, port)
    with _signals_seen() as seen:
        uvicorn.run(
            "proof.serve.app:app_from_environment",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            timeout_graceful_shutdown=SHUTDOWN_GRACE,
            log_level="info",
        )
    # One worker raises the signal that stopped it again itself, and proof's handler exits with
    # its status; uvicorn's supervisor of several returns as if all went well.
    stopped = {signal.SIGTERM: TERMINATED, signal.SIGINT: INTERRUPTED}
    for number in seen:
        if number in stopped:
            raise SystemExit(stopped[number])


def _check_port_free(host: str, port: int) -> None:
    """Exit 2 at once when the address cannot be listened on (uvicorn would exit 3 after the
    checkers are built, with only its log line to say why)."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")


@contextlib.contextmanager
def _signals_seen() -> Iterator[list[int]]:
    """The numbers of the signals with a Python handler that arrived meanwhile, whoever handled
    them: read from the wakeup file descriptor, which no handler replaces."""
    seen: list[int] = []
    reader, writer = os.pipe()
    os.set_blocking(writer, False)
    os.set_blocking(reader, False)
    previous = signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
    try:
        yield seen
    finally:
        signal.set_wakeup_fd(previous)
        with contextlib.suppress(BlockingIOError):
            seen.extend(os.read(reader, 512))
        os.close(reader)
        os.close(writer)
