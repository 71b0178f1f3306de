"""The project dictionary file: words the spelling checker accepts, one a line.

`proof review` adds words to the first file named by the config's `dictionary` key
(`.proof/dictionary.txt` by default). Lines starting with `#` are comments and stay at
the top; the words are kept sorted and unique, so the file diffs well in version control.
"""
from __future__ import annotations

import os

from proof.config import Config
from proof.source import atomic_write

DEFAULT = os.path.join(".proof", "dictionary.txt")


def dictionary_path(config: Config) -> str:
    named = config["dictionary"]
    return config.resolve(named[0] if named else DEFAULT)


def _read_lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig") as f:
            return f.read().splitlines()
    except FileNotFoundError:
        return []


def read_words(path: str) -> list[str]:
    return [line.strip() for line in _read_lines(path) if line.strip() and not line.lstrip().startswith("#")]


def _write(path: str, comments: list[str], words: set[str]) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    lines = comments + sorted(words)
    atomic_write(path, ("\n".join(lines) + "\n" if lines else "").encode("utf-8"))


def _split(path: str) -> tuple[list[str], set[str]]:
    lines = _read_lines(path)
    comments = [line for line in lines if line.lstrip().startswith("#")]
    return comments, set(read_words(path))


def add_word(path: str, word: str) -> bool:
    """Add `word`; False when it was already there (nothing is written then)."""
    comments, words = _split(path)
    if word in words:
        return False
    _write(path, comments, words | {word})
    return True


def remove_word(path: str, word: str) -> None:
    comments, words = _split(path)
    if word in words:
        _write(path, comments, words - {word})
