"""Test-only checkers and helpers for the review screen and session tests."""

from __future__ import annotations

import os
import shutil
import threading

from textual.geometry import Region

from proof.core.flag import Flag
from proof.core.text import words
from proof.core.wordlist import Added
from proof.pipeline.checker import Checker, CheckerStatus
from proof.pipeline.engine import Engine
from proof.review.session import ReviewSession
from proof.run.runner import Runner
from proof.settings.config import ConfigFinder, default_config
from proof.settings.overrides import Overrides


class WordChecker(Checker):
    """Flags the words of a table (word -> suggestions) wherever they stand."""

    def __init__(self, rule: str, source: str, table: dict[str, tuple[str, ...]], severity: str = "warning"):
        self.rule = rule
        self.source = source
        self.table = table
        self.severity = severity
        self.name = rule

    def check(self, document):
        return [
            Flag(
                self.rule,
                self.source,
                self.source,
                self.severity,
                f"{token.text!r}: check this word",
                token.start,
                token.end,
                self.table[token.text],
                description=f"{self.rule} explained",
                link="https://example.org/rules",
            )
            for token in words(document.text)
            if token.text in self.table
        ]


class HeldGrammar(WordChecker):
    """A grammar engine that answers only once released, as a slow one would."""

    def __init__(self, rule: str, table: dict[str, tuple[str, ...]], severity: str = "warning"):
        super().__init__(rule, "grammar", table, severity)
        self.release = threading.Event()

    def check(self, document):
        assert self.release.wait(10)
        return super().check(document)


class MemoryStore:
    """Decisions and dictionary words kept in memory: a store as the session is given one."""

    def __init__(self):
        self.files: dict[str, frozenset] = {}
        self.words: list[str] = []

    def decided(self, path):
        return self.files.get(path, frozenset())

    def record(self, path, decided):
        self.files[path] = decided

    def dictionary(self):
        return "<memory>"

    def add_word(self, word):
        self.words.append(word)
        return Added("<memory>", word, b"", b"")

    def remove_word(self, added):
        self.words.remove(added.word)


def sample_checkers() -> list[Checker]:
    return [
        WordChecker("test.Confusable", "style", {"rouge": ("rogue",), "forgo": ("forego", "give up")}),
        WordChecker("test.Spelling", "spelling", {"Shoigu": (), "Baczynska": ("Baczynski",)}, "error"),
        WordChecker("test.Variant", "spelling", {"defense": ("defence",)}),
    ]


def long_rule_checkers() -> list[Checker]:
    """Rules named as a real rule file names them (namespace.Rule), so a rule filter is long."""
    return [
        WordChecker("newsroom.Confusable", "style", {"rouge": ("rogue",), "forgo": ("forego", "give up")}),
        WordChecker("spelling.Misspelled", "spelling", {"Shoigu": (), "Baczynska": ("Baczynski",)}, "error"),
        WordChecker("spelling.Variant", "spelling", {"defense": ("defence",)}),
    ]


def copy_of(source: str, folder) -> str:
    target = os.path.join(str(folder), os.path.basename(source))
    shutil.copyfile(source, target)
    return target


def open_session(path: str, checkers: list[Checker] | None = None) -> ReviewSession:
    """A session on `path`, its project rooted in the file's folder."""
    config = default_config(os.path.dirname(os.path.abspath(path)))
    engine = Engine(sample_checkers() if checkers is None else checkers, language="en-GB")
    return ReviewSession.open(path, engine, config)


def real_session(path: str, grammar: bool = False) -> tuple[ReviewSession, Runner]:
    """A session on the engine `proof review` builds; close the runner after use."""
    finder = ConfigFinder(override=Overrides(grammar=grammar))
    config = finder.for_path(path)
    runner = Runner(finder, decisions=False)
    return ReviewSession.open(path, runner.engine_for(config), config), runner


def change_on_disk(path: str, old: str, new: str, added: str = "") -> str:
    """Someone else's edit to `path`: `old` replaced by `new`, `added` at the end; the new text."""
    with open(path, encoding="utf-8") as f:
        text = f.read().replace(old, new) + added
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return text


def shown_text(widget) -> str:
    """What `widget` shows on screen now, its lines joined by newlines (text cut off at its edge is not in it);
    its border and padding too, so the rows of a widget with a border end at its last."""
    whole = Region(0, 0, widget.region.width, widget.region.height)
    return "\n".join(strip.text for strip in widget.render_lines(whole)).rstrip()


async def press_until(pilot, app, rule: str, key: str = "n", limit: int = 50) -> None:
    """Press `key` until the current flag is of `rule`."""
    for _ in range(limit):
        if app.session.current and app.session.current.rule == rule:
            return
        await pilot.press(key)
    raise AssertionError(f"no {rule} flag reached with {key!r}")


class UnavailableGrammar(Checker):
    """A grammar checker whose engine could not start: no flags, and a notice several lines long."""

    name = "grammar"
    source = "grammar"
    NOTICE = (
        "grammar: LanguageTool not used: could not start the server\n"
        "  java: command not found\n  (set languagetool.path)\n; Harper checks grammar instead"
    )

    def check(self, document):
        return []

    def status(self) -> CheckerStatus:
        return CheckerStatus(engines=("harper",), problems=(self.NOTICE,))


async def grammar_finished(pilot, app, limit: int = 100) -> None:
    """Let a released background grammar run deliver its flags (up to `limit` short pauses)."""
    for _ in range(limit):
        if not app.session.grammar_pending:
            break
        await pilot.pause(0.05)
    await pilot.pause()
