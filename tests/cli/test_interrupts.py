"""Ctrl-C or SIGTERM of a run ends it and its worker processes at once, with an exit
status of its own (130, 143) and no temporary file left; a run killed outright leaves no
worker behind. Real signals, sent to the real command in a subprocess."""

import os
import shutil
import signal
import subprocess
import sys
import time

import psutil
import pytest

from proof.exit_codes import FLAGGED, INTERRUPTED, TERMINATED
from proof.run.interrupts import stop_on_signals
from tests.helpers.paths import ROOT, WIRE

pytestmark = pytest.mark.slow  # every test here starts processes

ENDS_WITHIN_SECONDS = 5
FILES = 1000


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(FILES):
        shutil.copy(WIRE, folder / f"story-{i:04}.txt")
    return folder


def _running(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _start_check(corpus, jobs: int, *options):
    """`proof check` over the corpus in its own session (as a shell runs a command), once
    it is under way; returns the subprocess and its worker processes."""
    run = subprocess.Popen(
        [sys.executable, "-m", "proof", "check", "--no-grammar", "--jobs", str(jobs), *options, str(corpus)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    parent = psutil.Process(run.pid)
    workers: list[psutil.Process] = []
    if jobs == 1:
        run.stdout.readline()
    while run.poll() is None and len(workers) < jobs > 1:
        time.sleep(0.05)
        workers = [child for child in parent.children() if _running(child)]
    assert run.poll() is None, "the run ended before it could be stopped"
    return run, workers


def _ended(run, workers):
    """The run's exit status, and the workers still running, once the bound has passed;
    whatever is left is then killed, so that a failing test leaves nothing behind."""
    try:
        code = run.wait(timeout=ENDS_WITHIN_SECONDS)
    except subprocess.TimeoutExpired:
        run.kill()
        code = "still running"
    _, alive = psutil.wait_procs(workers, timeout=ENDS_WITHIN_SECONDS)
    left = [worker for worker in alive if _running(worker)]
    for worker in left:
        worker.kill()
    return code, [worker.pid for worker in left]


def test_ctrl_c_ends_a_parallel_check_and_its_workers_with_130(corpus, tmp_path):
    report = tmp_path / "report.txt"
    run, workers = _start_check(corpus, 2, "-o", str(report))
    assert len(workers) == 2
    # A terminal sends Ctrl-C to every process of the command.
    os.killpg(run.pid, signal.SIGINT)
    code, left = _ended(run, workers)
    assert code == INTERRUPTED != FLAGGED
    assert left == []
    assert "proof: interrupted" in run.stderr.read()
    assert not report.exists()
    assert not list(tmp_path.glob(".proof-*.tmp"))


def test_sigterm_ends_a_parallel_check_and_its_workers_with_143(corpus, tmp_path):
    report = tmp_path / "report.txt"
    run, workers = _start_check(corpus, 2, "-o", str(report))
    run.send_signal(signal.SIGTERM)
    code, left = _ended(run, workers)
    assert code == TERMINATED
    assert left == []
    assert not report.exists()
    assert not list(tmp_path.glob(".proof-*.tmp"))


def test_workers_do_not_outlive_a_killed_check(corpus):
    run, workers = _start_check(corpus, 2)
    run.kill()
    code, left = _ended(run, workers)
    assert code == -signal.SIGKILL
    assert left == []


def test_ctrl_c_ends_a_one_process_check_with_130(corpus):
    run, _ = _start_check(corpus, 1)
    run.send_signal(signal.SIGINT)
    code, _ = _ended(run, [])
    assert code == INTERRUPTED


class _SignalledWhileFinalized:
    """An object whose finalizer is running when a signal arrives (as a regex parse tree's
    is when the garbage collector frees it in the middle of a check)."""

    def __init__(self, signum: int):
        self.signum = signum

    def __del__(self):
        signal.raise_signal(self.signum)
        for _ in range(3):
            pass  # the handler runs here, inside the finalizer, whose exceptions Python drops


@pytest.mark.parametrize("signum, status", [(signal.SIGINT, INTERRUPTED), (signal.SIGTERM, TERMINATED)])
def test_a_signal_that_lands_in_a_finalizer_still_stops_the_command(signum, status):
    with pytest.raises(SystemExit) as stopped, stop_on_signals():
        _SignalledWhileFinalized(signum)
        for _ in range(3 * 10**7):
            pass  # the work that would go on; the signal ends it long before the end
        pytest.fail("the command went on after the signal")
    assert stopped.value.code == status
