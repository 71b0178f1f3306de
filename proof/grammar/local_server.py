"""A local LanguageTool server kept warm between runs.

Starting LanguageTool's JVM costs seconds, so a run that needs a local server starts one
through a keeper process (proof/grammar/keeper.py) and leaves it running for the next
run; it stops after `languagetool.idle_timeout` seconds unused, or with `proof
languagetool stop`. A lock file makes two runs started at once share one server. The
state (server.json, the lock, the last-used stamp, the server's log) lives in the user
cache folder (`PROOF_RUNTIME_DIR` moves it), never in the LanguageTool folder, which may
be read-only.

The LanguageTool folder is `languagetool.path`, else PROOF_LANGUAGETOOL_PATH, else the
download language-tool-python keeps; any unpacked LanguageTool with
languagetool-server.jar works, whatever its version.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass

from platformdirs import user_cache_dir

from proof.core.processes import running as process_running
from proof.grammar.backend import GrammarUnavailable
from proof.grammar.keeper import java, read_state

PATH_ENV = "PROOF_LANGUAGETOOL_PATH"
RUNTIME_ENV = "PROOF_RUNTIME_DIR"
SERVER_JAR = "languagetool-server.jar"
START_TIMEOUT = 90.0


@dataclass(frozen=True)
class Server:
    url: str
    pid: int  # the keeper's
    java_pid: int
    folder: str
    idle_left: float


def state_dir() -> str:
    folder = os.path.join(os.environ.get(RUNTIME_ENV) or user_cache_dir("proof"), "languagetool-server")
    os.makedirs(folder, exist_ok=True)
    return folder


def check_folder(folder: str) -> str:
    """The folder as an absolute path, if it holds a LanguageTool server; else why not."""
    folder = os.path.abspath(os.path.expanduser(folder))
    if not os.path.isfile(os.path.join(folder, SERVER_JAR)):
        raise GrammarUnavailable(
            f"{folder} is not a LanguageTool folder (no {SERVER_JAR} in it); set languagetool.path or "
            f"{PATH_ENV} to an unpacked LanguageTool download (https://languagetool.org/download/, the folder "
            f"that holds {SERVER_JAR})"
        )
    return folder


def folder_version(folder: str) -> str:
    """What identifies a LanguageTool folder's answers without starting it (for the cache):
    the folder and when its jars and English rules last changed."""
    stamps = []
    for name in (
        SERVER_JAR,
        "libs/languagetool-core.jar",
        "libs/language-en.jar",
        "org/languagetool/rules/en/grammar.xml",
    ):
        with contextlib.suppress(OSError):
            stamps.append(f"{name}:{int(os.path.getmtime(os.path.join(folder, name)))}")
    return f"LanguageTool folder {folder} ({', '.join(stamps)})"


def _alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:  # our own child, exited: reaped now
            return False
    return process_running(pid)


def answers(url: str, timeout: float = 2.0) -> bool:
    import requests

    try:
        return requests.get(url + "/v2/languages", timeout=timeout).status_code == 200
    except requests.RequestException:
        return False


@contextlib.contextmanager
def _locked(folder: str):
    with open(os.path.join(folder, "lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def touch(folder: str | None = None) -> None:
    """Mark the server as used now (it stops after the idle timeout from the last use)."""
    path = os.path.join(folder or state_dir(), "last-used")
    with open(path, "a"):
        os.utime(path)


def running() -> Server | None:
    folder = state_dir()
    state = read_state(folder)
    if not state or not _alive(state["pid"]):
        return None
    try:
        idle = time.time() - os.path.getmtime(os.path.join(folder, "last-used"))
    except OSError:
        idle = 0.0
    return Server(
        f"http://127.0.0.1:{state['port']}",
        state["pid"],
        state["java_pid"],
        state["folder"],
        max(state["idle"] - idle, 0.0),
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(path: str, lines: int = 8) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return " | ".join(line.strip() for line in f.read().splitlines()[-lines:] if line.strip())
    except OSError:
        return ""


def ensure(folder: str, idle_timeout: float) -> Server:
    """A warm server for `folder`: the running one, or one started now. Raises
    GrammarUnavailable saying why a server cannot start."""
    folder = check_folder(folder)
    if not shutil.which(java()):
        raise GrammarUnavailable(
            f"no Java found ({java()}); LanguageTool needs Java (17 or newer for current "
            f"releases): install it or set JAVA_HOME, or set PROOF_LANGUAGETOOL_URL to a "
            f"LanguageTool server"
        )
    state = state_dir()
    with _locked(state):
        touch(state)
        current = running()
        if current and current.folder == folder and answers(current.url):
            return current
        if current:
            stop()
        return _start(folder, idle_timeout, state)


def _start(folder: str, idle_timeout: float, state: str) -> Server:
    port = _free_port()
    log_path = os.path.join(state, "server.log")
    with open(log_path, "w") as log:
        keeper = subprocess.Popen(
            [sys.executable, "-m", "proof.grammar.keeper", folder, str(port), str(idle_timeout), state],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if keeper.poll() is not None:
            raise GrammarUnavailable(
                f"the LanguageTool server in {folder} exited while starting; "
                f"its log ({log_path}) ends: {_log_tail(log_path)}"
            )
        if answers(url, timeout=1.0):
            found = running()
            if found and found.pid == keeper.pid:
                return found
        time.sleep(0.25)
    _end(keeper.pid)
    raise GrammarUnavailable(
        f"the LanguageTool server in {folder} did not answer within {START_TIMEOUT:.0f} s; see {log_path}"
    )


def _end(pid: int, java_pid: int = 0) -> None:
    for signalled in (pid, java_pid):
        if signalled and _alive(signalled):
            os.kill(signalled, signal.SIGTERM)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(p and _alive(p) for p in (pid, java_pid)):
        time.sleep(0.1)
    for left in (pid, java_pid):
        if left and _alive(left):
            os.kill(left, signal.SIGKILL)


def stop() -> Server | None:
    """Stop the kept-warm server; the one stopped, or None when none was running."""
    current = running()
    if current is None:
        return None
    _end(current.pid, current.java_pid)
    return current
