"""`proof serve` as a process: it starts, answers, and stops promptly on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.helpers.paths import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"proof serve exited with {process.returncode}: {process.stderr.read()}")
        try:
            if httpx.get(f"{url}/v2/healthcheck", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("proof serve did not answer")


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_stops_the_server_within_5_seconds_with_the_signals_status(tmp_path, workers):
    (tmp_path / "proof.toml").write_text("")
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "proof",
            "serve",
            "--no-grammar",
            "--port",
            str(port),
            "--workers",
            workers,
            "--config",
            str(tmp_path / "proof.toml"),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process)
        answer = httpx.post(
            f"{url}/v2/check", data={"text": "One of the rouge states.", "language": "en-GB"}, timeout=60
        )
        assert answer.json()["matches"][0]["replacements"][0]["value"] == "rogue"
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=5)
        assert process.returncode == 143
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{url}/v2/languages", timeout=1)


def serve_refused(cwd, *args: str, **env: str) -> subprocess.CompletedProcess:
    """`proof serve ARGS` run in `cwd` that is expected to stop at start."""
    return subprocess.run(
        [sys.executable, "-m", "proof", "serve", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, **env},
    )


def test_unusable_config_is_refused_at_start_with_exit_2(tmp_path):
    (tmp_path / "proof.toml").write_text("language = 'fr'\n")
    config = str(tmp_path / "proof.toml")
    result = serve_refused(ROOT, "--no-grammar", "--port", str(free_port()), "--config", config)
    assert result.returncode == 2
    assert "proof.toml" in result.stderr and "language" in result.stderr


def test_a_port_in_use_is_refused_at_start_with_exit_2(tmp_path):
    (tmp_path / "proof.toml").write_text("")
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = serve_refused(tmp_path, "--no-grammar", "--port", str(port))
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_a_bad_languagetool_url_in_the_environment_is_refused_at_start_with_exit_2(tmp_path):
    result = serve_refused(tmp_path, "--port", str(free_port()), PROOF_LANGUAGETOOL_URL="localhost:8081")
    assert result.returncode == 2
    assert "PROOF_LANGUAGETOOL_URL" in result.stderr and "Traceback" not in result.stderr
