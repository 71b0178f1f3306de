"""The real-word check's language model loads in a worker thread ahead of the first check,
not inside the server's event loop."""

from __future__ import annotations

import asyncio
import threading

from proof.lsp.server import loaded
from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from proof.realword.checker import RealWordChecker
from proof.realword.trigram import ModelUnavailable, TrigramModel


def test_the_real_word_model_loads_off_the_event_loop_once_before_the_first_check():
    loaders: list[threading.Thread] = []

    def load() -> TrigramModel:
        loaders.append(threading.current_thread())
        raise ModelUnavailable("no model here")

    engine = Engine([RealWordChecker(load=load)])

    async def first_check() -> None:
        await loaded(engine)
        engine.check(document_from_text("He was given a peace of cake.", "story.txt"))

    asyncio.run(first_check())
    assert len(loaders) == 1 and loaders[0] is not threading.main_thread()
