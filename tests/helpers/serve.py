"""A real `proof serve` app on a free loopback port, run by uvicorn in a thread."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn

from proof.serve.app import Limits, create_app
from proof.serve.engine import build_engine


@contextlib.contextmanager
def running_server(
    config_path: str,
    limits: Limits | None = None,
    allow_origins: tuple[str, ...] = (),
    languagetool_url: str | None = None,
) -> Iterator[str]:
    """The URL of a server with proof's checks; grammar only from `languagetool_url`, when given."""
    app = create_app(
        lambda: build_engine(config_path, languagetool_url, grammar=bool(languagetool_url)),
        limits or Limits(),
        allow_origins,
    )
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()
