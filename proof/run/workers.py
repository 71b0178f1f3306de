"""Worker processes that check files for a run, one file at a time each.

Not `concurrent.futures`: there one worker killed mid-task breaks the whole pool, and an
interrupted run could hang joining a worker that held the shared job queue's lock. Here
each worker has a pipe of its own and is sent one path at a time, so:

- a worker that dies is pinned to the file it was checking: that file is reported as not
  checked, another worker is started, and the run goes on;
- stopping the workers is killing them, never waiting on a lock, so Ctrl-C or SIGTERM of
  the run ends it at once;
- workers ignore SIGINT (a terminal sends Ctrl-C to every process of the command; the
  parent decides) and die with their parent even when it is killed with SIGKILL: on Linux
  the kernel kills them (`PR_SET_PDEATHSIG`, immediate, even in the middle of a file);
  elsewhere a worker waiting for its next file sees its parent gone within a second.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess

from proof.report.records import FileReport

Check = Callable[[str], FileReport]

_PR_SET_PDEATHSIG = 1
# How often a waiting worker looks whether its parent is still there (where the kernel
# cannot be asked to tell it).
_PARENT_POLL_SECONDS = 1.0
# How long a killed worker is waited for before the run goes on without it.
_REAP_SECONDS = 2.0


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    # The parent may have gone before the line above: then nobody is left to tell us.
    if os.getppid() != parent:
        os._exit(1)


def _serve(connection: Connection, parent: int, start: Callable[[], Check]) -> None:
    """A worker's life: check each path it is sent and send back the report, until it is
    sent None, its parent's end of the pipe closes, or its parent is gone."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler; the default ends it at once.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _unblock_interrupts()
    check = start()
    while True:
        while not connection.poll(_PARENT_POLL_SECONDS):
            if os.getppid() != parent:
                return
        try:
            path = connection.recv()
        except EOFError:
            return
        if path is None:
            return
        connection.send(check(path))


# Held back while a worker is forked. In the worker, until its own handlers are set, a
# Ctrl-C would be taken as its own and SIGTERM would raise as in the parent; in the parent,
# the exception a handler raises inside the fork's own callbacks would be printed and
# dropped, and the run would go on as if never stopped. Held back, each signal is
# delivered once the fork is over, where the exception does its work.
_STOPPING = {signal.SIGINT, signal.SIGTERM}


def _block_interrupts() -> None:
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)


def _unblock_interrupts() -> None:
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)


def died(process: BaseProcess) -> str:
    """How a worker ended, for the message about the file it was checking."""
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    #: The index and path of the file it is checking, None while idle.
    job: tuple[int, str] | None = None


def _start(context: BaseContext, start: Callable[[], Check], workers: list[_Worker]) -> _Worker:
    """A new worker, added to `workers` before a signal can stop the run (so it is stopped too)."""
    parent_end, child_end = context.Pipe()
    process = context.Process(target=_serve, args=(child_end, os.getpid(), start), daemon=True)
    _block_interrupts()
    try:
        process.start()
        workers.append(_Worker(process, parent_end))
        # Only the worker holds its end now: its death is end of file here.
        child_end.close()
    finally:
        _unblock_interrupts()
    return workers[-1]


def _stop(workers: list[_Worker], finished: bool) -> None:
    """At the end, let idle workers leave (closing what they opened); otherwise kill them."""
    for worker in workers:
        try:
            if finished:
                worker.connection.send(None)
        except OSError:
            pass
        if not finished and worker.process.is_alive():
            worker.process.kill()
    for worker in workers:
        worker.process.join(_REAP_SECONDS)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(_REAP_SECONDS)
        worker.connection.close()


def check_in_workers(
    files: list[str], context: BaseContext, count: int, start: Callable[[], Check]
) -> Iterator[FileReport]:
    """Reports for `files` in their order, checked by `count` worker processes, each of
    which calls `start()` once for the function it checks with.

    A worker that dies makes its file's report an error and is replaced. However the
    caller stops (the end, an exception, Ctrl-C, closing this generator) every worker is
    ended before this returns.
    """
    workers: list[_Worker] = []
    waiting = deque(enumerate(files))
    done: dict[int, FileReport] = {}
    following = 0
    finished = False

    def give(worker: _Worker) -> None:
        worker.job = waiting.popleft() if waiting else None
        if worker.job is not None:
            # If it died since its last file, the next wait sees that, with this file its own.
            with contextlib.suppress(OSError):
                worker.connection.send(worker.job[1])

    def retire(worker: _Worker) -> None:
        worker.process.join(_REAP_SECONDS)
        worker.connection.close()
        workers.remove(worker)
        if waiting:
            give(_start(context, start, workers))

    try:
        for _ in range(min(count, len(files))):
            give(_start(context, start, workers))
        while following < len(files):
            busy = [worker for worker in workers if worker.job is not None]
            ready = wait([worker.connection for worker in busy] + [worker.process.sentinel for worker in busy])
            for worker in busy:
                if worker.connection not in ready and worker.process.sentinel not in ready:
                    continue
                index, path = worker.job
                try:
                    done[index] = worker.connection.recv()
                except (EOFError, OSError):
                    worker.process.join(_REAP_SECONDS)
                    done[index] = FileReport(
                        path, error=f"{path}: not checked: the worker process checking it {died(worker.process)}"
                    )
                    retire(worker)
                    continue
                if worker.process.sentinel in ready:
                    # Its report came, then it ended: the next file goes to a new worker.
                    retire(worker)
                else:
                    give(worker)
            while following in done:
                yield done.pop(following)
                following += 1
        finished = True
    finally:
        _stop(workers, finished)
