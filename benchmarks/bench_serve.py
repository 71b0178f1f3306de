#!/usr/bin/env python3
"""`proof serve` under load, with a LanguageTool server measured in the same run as the anchor.

Run by hand (`make bench-serve`, or `python benchmarks/bench_serve.py [REQUESTS
[LANGUAGETOOL_DIR]]`), not a test. Needs Java: it starts the shared LanguageTool server
(LANGUAGETOOL_DIR/start.sh, by default ../shared/languagetool) and stops it at the end. Every
request checks the same wire article (examples/, en-GB), form-encoded as LanguageTool's clients send
it, from 1, 4 and 16 concurrent clients (threads of this process, on the same machine as the
servers: the figures are for comparing, not for capacity planning).

Targets:
- LanguageTool: the shared server's own /v2/check (the anchor);
- proof serve --no-grammar: spelling and house style only;
- proof serve --languagetool-url: the same, with grammar from that LanguageTool server.

Prints requests/s and p50/p95/p99 latency per target and concurrency, and each proof
server's resident memory after its run, as a Markdown table.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import psutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LANGUAGETOOL = os.path.join(ROOT, "..", "shared", "languagetool")
ARTICLE = os.path.join(ROOT, "examples", "russia-missile-defence-wire.txt")
CONCURRENCY = (1, 4, 16)
WARM_UP = 4


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_languagetool(folder: str) -> str:
    done = subprocess.run([os.path.join(folder, "start.sh")], capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"LanguageTool did not start: {done.stderr}")
    return done.stdout.strip()


def stop_languagetool(folder: str, url: str) -> None:
    subprocess.run([os.path.join(folder, "stop.sh"), url.rsplit(":", 1)[1]], check=False)


def start_proof(*options: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "proof", "serve", "--port", str(port), *options],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v2/healthcheck", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    sys.exit("proof serve did not answer")


def stop_proof(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)


def resident_mb(process: subprocess.Popen) -> float:
    """The server's resident memory, its worker processes included."""
    parent = psutil.Process(process.pid)
    return sum(p.memory_info().rss for p in (parent, *parent.children(recursive=True))) / 2**20


def load(url: str, text: str, clients: int, requests: int) -> tuple[float, list[float]]:
    """(requests per second, latencies in seconds) of `requests` checks from `clients` at once."""
    with httpx.Client(timeout=120, limits=httpx.Limits(max_connections=clients)) as client:

        def ask(_: int) -> float:
            began = time.perf_counter()
            response = client.post(f"{url}/v2/check", data={"text": text, "language": "en-GB"})
            response.raise_for_status()
            return time.perf_counter() - began

        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(ask, range(WARM_UP)))
            began = time.perf_counter()
            latencies = list(pool.map(ask, range(requests)))
            took = time.perf_counter() - began
    return requests / took, latencies


def percentile(values: list[float], share: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def row(name: str, clients: int, rate: float, latencies: list[float]) -> str:
    p50, p95, p99 = (percentile(latencies, share) * 1000 for share in (50, 95, 99))
    return f"| {name} | {clients} | {rate:.1f} | {p50:.0f} | {p95:.0f} | {p99:.0f} |"


def main() -> None:
    requests = int(sys.argv[1]) if len(sys.argv) > 1 else 48
    folder = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_LANGUAGETOOL
    with open(ARTICLE, encoding="utf-8") as f:
        text = f.read()
    rows, memory = [], []
    languagetool = start_languagetool(folder)
    try:
        targets = [
            ("LanguageTool 6.3 (anchor)", None, languagetool),
            ("proof serve --no-grammar", ("--no-grammar",), None),
            ("proof serve + LanguageTool", ("--languagetool-url", languagetool), None),
        ]
        for name, options, url in targets:
            process = None
            if options is not None:
                process, url = start_proof(*options)
            try:
                for clients in CONCURRENCY:
                    rate, latencies = load(url, text, clients, requests)
                    rows.append(row(name, clients, rate, latencies))
                    print(rows[-1], file=sys.stderr)
                if process is not None:
                    memory.append(f"{name}: {resident_mb(process):.0f} MB resident after its run")
            finally:
                if process is not None:
                    stop_proof(process)
    finally:
        stop_languagetool(folder, languagetool)
    print(f"{requests} requests per row, the {len(text)}-character wire article, {os.cpu_count()} CPUs\n")
    print("| server | clients | requests/s | p50 ms | p95 ms | p99 ms |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    print()
    print("\n".join(memory))


if __name__ == "__main__":
    main()
