"""A persistent cache of grammar answers, one entry per paragraph.

Keyed by engine, engine version, language, options and paragraph text, so re-checking a
lightly edited article asks the engine only about the paragraphs that changed. SQLite
writes a document's new entries in one transaction, so a crash mid-write leaves no corrupt
entry, and several worker processes can share the file.

A connection belongs to the process that opened it: SQLite connections must not cross a
fork (https://sqlite.org/howtocorrupt.html#fork), so a worker forked from a process that
had the cache open opens its own.

A cache that cannot be opened (a cache folder that cannot be created, a file where the
folder should be) is said once on standard error, and grammar runs without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import threading

from platformdirs import user_cache_dir

from proof.grammar.backend import GrammarMatch

CACHE_ENV = "PROOF_CACHE_DIR"


def cache_path() -> str:
    return os.path.join(os.environ.get(CACHE_ENV) or user_cache_dir("proof"), "grammar.sqlite3")


def cache_key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class GrammarCache:
    def __init__(self, path: str | None = None):
        self.path = path or cache_path()
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._owner = 0
        # The parent's connection in a forked worker: kept, never used or closed there
        # (closing would let the worker's SQLite act on the parent's locks and WAL).
        self._inherited: sqlite3.Connection | None = None
        # Why the cache cannot be used; set once, inherited by forked workers, who then
        # neither try again nor say it again.
        self.unusable: str | None = None

    def _open(self) -> sqlite3.Connection:
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            # A lost entry costs only a question asked again; WAL keeps the file whole.
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, matches TEXT NOT NULL)")
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def _connect(self) -> sqlite3.Connection | None:
        if self.unusable:
            return None
        if self._connection is not None and self._owner != os.getpid():
            self._inherited, self._connection = self._connection, None
        if self._connection is None:
            try:
                self._connection = self._open()
            except (OSError, sqlite3.Error) as exc:
                reason = getattr(exc, "strerror", None) or str(exc)
                self.unusable = f"grammar cache {self.path} cannot be used ({reason}); checking without it"
                print(f"proof: {self.unusable}", file=sys.stderr)
                return None
            self._owner = os.getpid()
        return self._connection

    def get(self, key: str) -> list[GrammarMatch] | None:
        with self._lock:
            connection = self._connect()
            if connection is None:
                return None
            try:
                row = connection.execute("SELECT matches FROM answers WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error:
                return None
        if row is None:
            return None
        try:
            return [GrammarMatch.from_dict(item) for item in json.loads(row[0])]
        except (ValueError, TypeError):
            return None

    def put(self, answers: list[tuple[str, list[GrammarMatch]]]) -> None:
        """Store (key, matches) pairs, all in one transaction."""
        rows = [(key, json.dumps([m.to_dict() for m in matches], ensure_ascii=False)) for key, matches in answers]
        if not rows:
            return
        with self._lock:
            connection = self._connect()
            if connection is None:
                return
            try:
                with connection:
                    connection.executemany("INSERT OR REPLACE INTO answers (key, matches) VALUES (?, ?)", rows)
            except sqlite3.Error:
                # A cache that cannot be written only costs speed, never a result.
                pass

    def close(self) -> None:
        with self._lock:
            if self._connection is not None and self._owner == os.getpid():
                self._connection.close()
            self._connection = None
