"""The grammar checker: one engine (with an optional fallback) paragraph by paragraph.

Paragraphs are the unit of caching and of requests: cached answers are reused, the rest
are sent several at a time, and each match is moved from its paragraph into the
document's checked text (the engine then maps it to the source). When the engine cannot
start or fails during the run, one problem is recorded and the fallback engine, if any,
takes over, so the other checkers' flags and the rest of the grammar are never lost.
"""

from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from proof.core.document import Document
from proof.core.flag import Flag, Source
from proof.core.text import sentences
from proof.grammar.backend import GrammarBackend, GrammarMatch, GrammarUnavailable
from proof.grammar.cache import GrammarCache, cache_key
from proof.pipeline.checker import Checker, CheckerStatus

# LanguageTool servers refuse long texts (20,000 characters on the public one); news
# paragraphs are far shorter, so only pathological ones are cut, at sentence ends.
MAX_CHUNK = 10_000
ENGINE_NAMES = {"languagetool": "LanguageTool", "harper": "Harper"}


def chunks(document: Document) -> list[tuple[int, str]]:
    """(checked-text offset, text) of every unit to send: paragraphs, long ones cut."""
    units = []
    for paragraph in document.paragraphs:
        text = document.paragraph_text(paragraph)
        if len(text) <= MAX_CHUNK:
            units.append((paragraph.start, text))
            continue
        start = paragraph.start
        for _, end in sentences(document.text, paragraph.start, paragraph.end):
            if end - start >= MAX_CHUNK:
                units.append((start, document.text[start:end]))
                start = end
        if start < paragraph.end:
            units.append((start, document.text[start : paragraph.end]))
    return units


@dataclass(frozen=True)
class Answer:
    """An engine's matches in one unit of text, which starts at `start` in the checked text."""

    start: int
    text: str
    engine: str
    matches: list[GrammarMatch]


def within(match: GrammarMatch, text: str) -> bool:
    """Whether a match's span lies in the text the engine was sent. An engine (a server
    of another version, a broken proxy, a stale cache) can answer with any numbers, and a
    span outside the text would be reported at a position the file does not have."""
    return 0 <= match.start <= match.end <= len(text)


class GrammarChecker(Checker):
    source = Source.GRAMMAR

    def __init__(
        self, backend: GrammarBackend, fallback: GrammarBackend | None = None, cache: GrammarCache | None = None
    ):
        self.name = backend.name
        self._backends = [b for b in (backend, fallback) if b is not None]
        self._cache = cache
        self._active: GrammarBackend | None = None
        self._started = False
        self._used: list[str] = []
        self._running: list[GrammarBackend] = []
        self._last: list[str] = []
        self._problems: list[str] = []
        self._pool: ThreadPoolExecutor | None = None
        self._pool_owner = 0

    def status(self) -> CheckerStatus:
        return CheckerStatus(engines=tuple(self._used), checked_by=tuple(self._last), problems=tuple(self._problems))

    def _fail(self, backend: GrammarBackend, reason: str) -> None:
        following = self._backends[self._backends.index(backend) + 1 :]
        instead = (
            f"; {ENGINE_NAMES.get(following[0].name, following[0].name)} checks grammar instead" if following else ""
        )
        self._note(f"grammar: {ENGINE_NAMES.get(backend.name, backend.name)} not used: {reason}{instead}")

    def _note(self, problem: str) -> None:
        if problem not in self._problems:
            self._problems.append(problem)

    def _next_backend(self, after: GrammarBackend | None) -> GrammarBackend | None:
        """The next backend to ask, started unless its cache identity is known without
        starting (a local LanguageTool folder): then it starts only for a paragraph that
        is not cached, and a run whose paragraphs are all cached starts no server."""
        index = 0 if after is None else self._backends.index(after) + 1
        for backend in self._backends[index:]:
            if backend.version_known() and self._cache is not None:
                return backend
            if self._start(backend):
                return backend
        return None

    def _start(self, backend: GrammarBackend) -> bool:
        if backend in self._running:
            return True
        try:
            backend.start()
        except GrammarUnavailable as exc:
            self._fail(backend, str(exc))
            return False
        self._running.append(backend)
        return True

    def _backend(self) -> GrammarBackend | None:
        if not self._started:
            self._started = True
            self._active = self._next_backend(None)
        return self._active

    def _ask(self, backend: GrammarBackend, units: list[tuple[int, str, str]], language: str):
        """Answers for units, in order; raises GrammarUnavailable if the engine fails."""
        if backend.concurrency <= 1 or len(units) < 2:
            return backend.check_many([text for _, text, _ in units], language)
        if self._pool is None or self._pool_owner != os.getpid():
            # A forked worker inherits the pool but not its threads: it needs its own.
            self._pool = ThreadPoolExecutor(backend.concurrency, thread_name_prefix="proof-grammar")
            self._pool_owner = os.getpid()
        return list(self._pool.map(lambda unit: backend.check(unit[1], language), units))

    def _answers(self, units: list[tuple[int, str]], language: str) -> list[Answer]:
        answers: list[Answer] = []
        todo = [(start, text) for start, text in units]
        while todo and self._backend() is not None:
            backend = self._active
            keyed, missing = [], []
            identity = (backend.name, backend.version(), language, backend.options_key())
            for start, text in todo:
                key = cache_key(*identity, text) if self._cache else ""
                cached = self._cache.get(key) if self._cache else None
                if cached is None:
                    missing.append((start, text, key))
                else:
                    keyed.append(Answer(start, text, backend.name, cached))
            if missing and not self._start(backend):
                self._active = self._next_backend(backend)
                continue
            try:
                found = self._ask(backend, missing, language)
            except GrammarUnavailable as exc:
                self._fail(backend, str(exc))
                self._active = self._next_backend(backend)
                continue
            if self._cache:
                self._cache.put([(key, matches) for (_, _, key), matches in zip(missing, found)])
            keyed.extend(
                Answer(start, text, backend.name, matches) for (start, text, _), matches in zip(missing, found)
            )
            for used in (self._used, self._last):
                if backend.name not in used:
                    used.append(backend.name)
            answers.extend(keyed)
            todo = []
        return answers

    def check(self, document: Document) -> list[Flag]:
        language = document.language or "en-US"
        self._last = []
        flags = []
        dropped: Counter[str] = Counter()
        for answer in self._answers(chunks(document), language):
            for match in answer.matches:
                if not within(match, answer.text):
                    dropped[answer.engine] += 1
                    continue
                flags.append(
                    Flag(
                        rule=match.rule,
                        source=Source.GRAMMAR,
                        category=match.category,
                        severity=match.severity,
                        message=match.message,
                        start=answer.start + match.start,
                        end=answer.start + match.end,
                        suggestions=match.suggestions,
                        description=match.description,
                        link=match.link,
                    )
                )
        for engine, count in dropped.items():
            self._note(
                f"grammar: {ENGINE_NAMES.get(engine, engine)} returned {count} "
                f"match{'' if count == 1 else 'es'} outside the text it was sent in {document.path}; "
                f"{'it was' if count == 1 else 'they were'} dropped"
            )
        return flags

    def close(self) -> None:
        if self._pool is not None and self._pool_owner == os.getpid():
            self._pool.shutdown(wait=True)
        for backend in self._backends:
            backend.close()
        if self._cache is not None:
            self._cache.close()
