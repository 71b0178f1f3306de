"""Ctrl-C and SIGTERM stop a command with their own exit status, after its cleanup has run.

Python turns SIGINT into KeyboardInterrupt, which click would report as "Aborted!" with
status 1, the status of "flags found". SIGTERM would end the process on the spot, leaving
a half-written report's temporary file and the worker processes. Here SIGTERM raises too,
as an exit, so every `finally` and context manager on the way out runs (temporary files
removed, workers stopped), and each signal ends the command with 128 + its number.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator

import click

from proof.exit_codes import INTERRUPTED, TERMINATED

# Seconds after which a signal whose exception a finalizer dropped is sent again: long
# enough for the hook that sends it to have returned (its exceptions are dropped too),
# short beside a person's wait after Ctrl-C.
REDELIVERY_DELAY = 0.05


class Terminated(SystemExit):
    """SIGTERM, raised where the main thread was; an exit, so nothing takes it for an error."""


def _raise_terminated(signum, frame) -> None:
    raise Terminated(TERMINATED)


def _redeliver_stops(previous_hook):
    """An unraisable-exception hook: a signal's exception raised while a finalizer (`__del__`)
    ran is printed and dropped by Python, and the command would go on as if never stopped;
    the signal is sent again instead, from another thread a moment later, so that it lands
    in the code that runs next (sent at once, its handler would run in this hook)."""

    def hook(unraisable) -> None:
        stop = {KeyboardInterrupt: signal.SIGINT, Terminated: signal.SIGTERM}
        signum = next((signum for kind, signum in stop.items() if isinstance(unraisable.exc_value, kind)), None)
        if signum is None:
            previous_hook(unraisable)
            return
        resend = threading.Timer(REDELIVERY_DELAY, os.kill, (os.getpid(), signum))
        resend.daemon = True
        resend.start()

    return hook


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    # Signal handlers can be set in the main thread only (not, say, in a test's thread).
    handles = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _raise_terminated) if handles else None
    previous_hook = sys.unraisablehook
    if handles:
        sys.unraisablehook = _redeliver_stops(previous_hook)
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
            sys.unraisablehook = previous_hook
