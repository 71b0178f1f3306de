"""Ctrl-C and SIGTERM stop a command with their own exit status, after its cleanup has run.

Python turns SIGINT into KeyboardInterrupt, which click would report as "Aborted!" with
status 1, the status of "flags found". SIGTERM would end the process on the spot, leaving
a half-written report's temporary file and the worker processes. Here SIGTERM raises too,
as an exit, so every `finally` and context manager on the way out runs (temporary files
removed, workers stopped), and each signal ends the command with 128 + its number.
"""
from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator

import click

from proof.exit_codes import INTERRUPTED, TERMINATED


class Terminated(SystemExit):
    """SIGTERM, raised where the main thread was; an exit, so nothing takes it for an error."""


def _raise_terminated(signum, frame) -> None:
    raise Terminated(TERMINATED)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    # Signal handlers can be set in the main thread only (not, say, in a test's thread).
    handles = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _raise_terminated) if handles else None
    try:
        yield
    except KeyboardInterrupt:
        click.echo("\nproof: interrupted", err=True)
        sys.exit(INTERRUPTED)
    except Terminated:
        click.echo("proof: terminated", err=True)
        raise
    finally:
        if handles:
            # None: the previous handler was not set from Python; the default then.
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
