"""Checking many files, in this process or in a pool of worker processes.

Where processes can fork, the workers are forked from a process that has just checked the
first file, so they start with its checkers loaded; elsewhere each worker builds its own
`Runner` once (engines are per config and cached there). Workers (`proof/run/workers.py`) are
sent only paths and send back `FileReport`s, which hold positions already computed and no `Document`, so
memory stays flat however many files a run checks. Results come back in input order
whatever the number of workers. A file that makes proof fail, or kills its worker, is
reported as not checked and the others are still checked.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.util import Finalize

from proof.report.records import FileReport, file_report
from proof.run.baseline import Baseline, BaselineFilter
from proof.run.runner import STDIN, Runner
from proof.run.workers import Check, check_in_workers
from proof.settings.config import ConfigFinder, Override


@dataclass(frozen=True)
class BatchSettings:
    """Everything a worker needs to build its Runner; sent to each worker once."""

    config_path: str | None = None
    #: The command line's values over every config (`proof.commands.options.Overrides`).
    override: Override | None = None
    stdin_filename: str | None = None
    baseline: Baseline | None = None
    fingerprints: bool = False


def build_runner(settings: BatchSettings) -> Runner:
    filters = [BaselineFilter(settings.baseline)] if settings.baseline else []
    return Runner(ConfigFinder(settings.config_path, settings.override), settings.stdin_filename, filters)


def check_one(runner: Runner, path: str, fingerprints: bool) -> FileReport:
    """The file's report; an exception while checking it (a bug, a MemoryError) makes it a
    file that could not be checked, and the run goes on with the others."""
    try:
        return file_report(runner.check(path), fingerprints)
    except Exception as exc:
        shown = runner.shown_name(path)
        cause = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return FileReport(shown, error=f"{shown}: not checked: proof failed on it ({cause})")


MIN_FILES_PER_WORKER = 25

_worker: tuple[Runner, bool] | None = None


def _spawned_checker(settings: BatchSettings) -> Check:
    """In a worker started afresh: build its own runner."""
    runner = build_runner(settings)
    # Workers leave through os._exit, so atexit would never close a grammar server.
    Finalize(runner, runner.close, exitpriority=10)
    return functools.partial(check_one, runner, fingerprints=settings.fingerprints)


def _forked_checker() -> Check:
    """In a forked worker: the runner came with the fork; what the worker opens it closes."""
    runner, fingerprints = _worker
    Finalize(runner, runner.close, exitpriority=10)
    return functools.partial(check_one, runner, fingerprints=fingerprints)


def default_jobs() -> int:
    return os.cpu_count() or 1


def worker_count(jobs: int, files: int) -> int:
    """At most `jobs`, and no more than the files keep busy: a worker that cannot be forked
    from a process with its checkers loaded builds them itself, which costs about as much
    CPU as checking a few dozen articles."""
    return max(1, min(jobs, files // MIN_FILES_PER_WORKER))


def check_files(files: list[str], settings: BatchSettings, jobs: int) -> Iterator[FileReport]:
    """Reports for `files`, in order. Standard input is always read in this process."""
    workers = worker_count(jobs, len(files))
    if workers == 1 or STDIN in files:
        runner = build_runner(settings)
        try:
            for path in files:
                yield check_one(runner, path, settings.fingerprints)
        finally:
            runner.close()
        return
    if "fork" in multiprocessing.get_all_start_methods():
        yield from _check_in_forked_workers(files, settings, workers)
    else:
        yield from check_in_workers(
            files, multiprocessing.get_context("spawn"), workers, functools.partial(_spawned_checker, settings)
        )


def _check_in_forked_workers(files: list[str], settings: BatchSettings, workers: int) -> Iterator[FileReport]:
    """Check the first file here, then fork the workers: they start with this process's
    checkers loaded (dictionaries, rules, Harper's linter) and share that memory instead of
    each loading its own. Connections and threads are not shared: the grammar cache and a
    grammar thread pool open their own in each worker.

    What a checker loads only on first need (the language model that puts spelling
    suggestions in order, about a second and 70 MB) is loaded here too, even when the first
    file did not need it: a run big enough for workers almost always does, and each worker
    would load its own."""
    global _worker
    runner = build_runner(settings)
    try:
        yield check_one(runner, files[0], settings.fingerprints)
        for engine in runner.engines:
            for checker in engine.checkers:
                checker.load()
        _worker = (runner, settings.fingerprints)
        # Objects frozen before the fork are never visited by a worker's garbage
        # collector, so the memory they sit in stays shared.
        gc.freeze()
        yield from check_in_workers(files[1:], multiprocessing.get_context("fork"), workers, _forked_checker)
    finally:
        _worker = None
        gc.unfreeze()
        runner.close()
