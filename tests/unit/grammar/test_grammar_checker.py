"""The paragraph-level checker: cache, fallback and the problems it reports."""

import multiprocessing
import os
import sqlite3

import pytest

from proof.grammar.backend import GrammarBackend, GrammarMatch, GrammarUnavailable
from proof.grammar.cache import GrammarCache
from proof.grammar.checker import GrammarChecker
from proof.pipeline.engine import Engine
from proof.readers import document_from_text

ARTICLE = "First paragraph has a flaw here.\n\nSecond paragraph is fine.\n\nThird one too.\n"


class Counting(GrammarBackend):
    """An engine that flags the word 'flaw' and counts what it is asked."""

    def __init__(self, name="harper", fail_on_start=False, fail_after=None):
        self.name = name
        self.asked = []
        self.fail_on_start = fail_on_start
        self.fail_after = fail_after

    def start(self):
        if self.fail_on_start:
            raise GrammarUnavailable("server down; start it")

    def version(self):
        return "1"

    def options_key(self):
        return ""

    def check(self, text, language):
        if self.fail_after is not None and len(self.asked) >= self.fail_after:
            raise GrammarUnavailable("timed out; raise grammar.timeout")
        self.asked.append(text)
        at = text.find("flaw")
        return (
            [GrammarMatch(f"grammar.{self.name}.Flaw", "grammar", "warning", "A flaw.", at, at + 4, ("fix",))]
            if at >= 0
            else []
        )


def run(checker, text=ARTICLE):
    document = document_from_text(text, "a.txt")
    return document, Engine([checker], language="en-GB").check(document)


def test_cache_sends_only_changed_paragraphs(tmp_path):
    path = str(tmp_path / "cache.sqlite3")
    first = Counting()
    run(GrammarChecker(first, cache=GrammarCache(path)))
    assert len(first.asked) == 3
    again = Counting()
    document, flags = run(GrammarChecker(again, cache=GrammarCache(path)))
    assert again.asked == []
    assert [document.source[f.start : f.end] for f in flags] == ["flaw"]
    edited = Counting()
    run(GrammarChecker(edited, cache=GrammarCache(path)), ARTICLE.replace("Third one too.", "Third one, edited."))
    assert edited.asked == ["Third one, edited."]


def test_a_corrupt_cache_file_costs_speed_not_results(tmp_path):
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    backend = Counting()
    _document, flags = run(GrammarChecker(backend, cache=GrammarCache(str(path))))
    assert len(backend.asked) == 3 and len(flags) == 1


def test_interrupted_write_leaves_no_entry(tmp_path):
    path = str(tmp_path / "cache.sqlite3")
    cache = GrammarCache(path)
    cache.put([("kept", [])])
    connection = sqlite3.connect(path)
    connection.execute("BEGIN")
    connection.execute("INSERT INTO answers VALUES ('half', '[')")
    connection.close()  # closed mid-transaction, as a crash would leave it
    assert cache.get("half") is None and cache.get("kept") == []


def _handles_on(path):
    return sum(os.path.realpath(f"/proc/self/fd/{fd}") == path for fd in os.listdir("/proc/self/fd"))


def _use_inherited_cache(cache, queue):
    inherited = _handles_on(cache.path)
    cache.put([("child", [])])
    queue.put((cache.get("parent"), _handles_on(cache.path) - inherited))
    cache.close()


@pytest.mark.skipif(
    not os.path.isdir("/proc/self/fd") or "fork" not in multiprocessing.get_all_start_methods(),
    reason="needs fork and /proc",
)
@pytest.mark.slow
def test_a_forked_worker_opens_its_own_connection_and_leaves_the_parents_alone(tmp_path):
    cache = GrammarCache(os.path.realpath(tmp_path / "cache.sqlite3"))
    match = GrammarMatch("grammar.x", "grammar", "warning", "m", 0, 1)
    cache.put([("parent", [match])])
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_use_inherited_cache, args=(cache, queue))
    child.start()
    found, own_handles = queue.get(timeout=30)
    assert found == [match] and own_handles == 1
    child.join(30)
    assert child.exitcode == 0
    # The parent's connection still works after the child closed the cache.
    cache.put([("parent again", [])])
    assert cache.get("child") == [] and cache.get("parent again") == []


def test_fallback_takes_over_when_the_engine_cannot_start():
    primary, fallback = Counting("languagetool", fail_on_start=True), Counting("harper")
    checker = GrammarChecker(primary, fallback)
    _, flags = run(checker)
    assert [f.rule for f in flags] == ["grammar.harper.Flaw"]
    assert checker.status().engines == ("harper",)
    [problem] = checker.status().problems
    assert "LanguageTool not used: server down; start it" in problem and "Harper checks grammar instead" in problem


def test_fallback_takes_over_when_the_engine_fails_mid_run():
    primary, fallback = Counting("languagetool", fail_after=1), Counting("harper")
    checker = GrammarChecker(primary, fallback)
    _, flags = run(checker)
    assert len(flags) == 1 and checker.status().engines == ("harper",)
    assert "timed out" in checker.status().problems[0]


def test_without_fallback_the_other_checkers_still_run():
    checker = GrammarChecker(Counting("languagetool", fail_on_start=True))
    _, flags = run(checker)
    assert flags == [] and checker.status().engines == () and len(checker.status().problems) == 1


class StartCounting(Counting):
    """A Counting engine whose version is known before it starts, like a local
    LanguageTool folder, and that counts its starts."""

    def __init__(self, **kwargs):
        super().__init__(name="languagetool", **kwargs)
        self.starts = 0

    def start(self):
        self.starts += 1
        super().start()

    def version_known(self):
        return True


def test_a_run_whose_paragraphs_are_all_cached_starts_no_engine(tmp_path):
    path = str(tmp_path / "cache.sqlite3")
    first = StartCounting()
    run(GrammarChecker(first, cache=GrammarCache(path)))
    assert first.starts == 1
    again = StartCounting()
    checker = GrammarChecker(again, cache=GrammarCache(path))
    _, flags = run(checker)
    assert again.starts == 0 and len(flags) == 1
    assert checker.status().checked_by == ("languagetool",)
    # a changed paragraph needs the engine: it starts then, once
    run(checker, ARTICLE.replace("Third one too.", "Third one, edited."))
    assert again.starts == 1


def test_engines_that_checked_each_document_after_a_fallback_mid_run():
    checker = GrammarChecker(Counting("languagetool", fail_after=3), Counting("harper"))
    run(checker)
    assert checker.status().checked_by == ("languagetool",)
    run(checker)
    assert checker.status().checked_by == ("harper",)
    assert checker.status().engines == ("languagetool", "harper")
