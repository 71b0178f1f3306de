"""The keeper: the small process that owns a kept-warm LanguageTool server.

`python -m proof.grammar.keeper FOLDER PORT IDLE STATE_DIR` starts LanguageTool's HTTP
server from FOLDER on 127.0.0.1:PORT as its child and watches it. It ends the server
when nobody has used it for IDLE seconds (runs touch STATE_DIR/last-used), on SIGTERM or
SIGINT (`proof languagetool stop`), and exits when the server does. On Linux the server
also gets SIGTERM from the kernel if the keeper itself dies (even by SIGKILL), so no JVM
outlives it. The keeper runs in a session of its own: a Ctrl-C or a CI timeout that
kills a `proof check` does not reach it.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import subprocess
import sys
import time

STATE_FILE = "server.json"
POLL = 1.0
GRACE = 10.0
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec
    # Not Linux: the keeper's own handlers still end the server.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def java() -> str:
    """The Java to run: PROOF_JAVA, else JAVA_HOME's, else the one on PATH."""
    home = os.environ.get("JAVA_HOME", "")
    return os.environ.get("PROOF_JAVA") or (os.path.join(home, "bin", "java") if home else "java")


def server_command(folder: str, port: int, java: str = "java") -> list[str]:
    return [
        java,
        "-Xmx1g",
        "-cp",
        os.path.join(folder, "languagetool-server.jar"),
        "org.languagetool.server.HTTPServer",
        "--port",
        str(port),
    ]


def end(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(GRACE)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def read_state(state_dir: str) -> dict | None:
    try:
        with open(os.path.join(state_dir, STATE_FILE), encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def write_state(state_dir: str, state: dict) -> None:
    temporary = os.path.join(state_dir, f".{STATE_FILE}.{os.getpid()}")
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump(state, f)
    os.replace(temporary, os.path.join(state_dir, STATE_FILE))


def idle_for(state_dir: str) -> float:
    try:
        return time.time() - os.path.getmtime(os.path.join(state_dir, "last-used"))
    except OSError:
        return float("inf")


def main(argv: list[str]) -> int:
    folder, port, idle, state_dir = argv[0], int(argv[1]), float(argv[2]), argv[3]
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    server = subprocess.Popen(
        server_command(folder, port, java()), cwd=folder, stdin=subprocess.DEVNULL, preexec_fn=_die_with_parent
    )
    write_state(
        state_dir,
        {
            "pid": os.getpid(),
            "java_pid": server.pid,
            "port": port,
            "folder": folder,
            "idle": idle,
            "started": time.time(),
        },
    )
    try:
        while server.poll() is None and not stopping and idle_for(state_dir) < idle:
            time.sleep(POLL)
    finally:
        end(server)
        if (read_state(state_dir) or {}).get("pid") == os.getpid():
            with contextlib.suppress(OSError):
                os.remove(os.path.join(state_dir, STATE_FILE))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
