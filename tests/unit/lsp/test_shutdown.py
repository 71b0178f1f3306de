"""Shutting the server down waits for a grammar engine at work without stopping its event loop."""

from __future__ import annotations

import asyncio
import threading

from proof.lsp.server import ProofServer
from proof.pipeline.engine import Engine
from proof.review.background import BackgroundGrammar
from proof.settings.overrides import Overrides


def test_shutdown_waits_for_a_grammar_engine_at_work_while_the_server_goes_on_answering():
    server = ProofServer(None, Overrides(grammar=False))
    background = BackgroundGrammar(Engine([]))
    server.backgrounds["file:///a.txt"] = background
    holding, finish = threading.Event(), threading.Event()

    def grammar_at_work() -> None:
        with background.lock:
            holding.set()
            finish.wait(timeout=10)

    async def shut_down_while_at_work() -> bool:
        worker = threading.Thread(target=grammar_at_work)
        worker.start()
        holding.wait()
        shutting = asyncio.ensure_future(server.shut_down())
        # The loop still runs other work (answers, notifications) while the engine finishes.
        for _ in range(3):
            await asyncio.sleep(0)
        waited = not shutting.done()
        finish.set()
        await shutting
        worker.join()
        return waited

    assert asyncio.run(shut_down_while_at_work())
