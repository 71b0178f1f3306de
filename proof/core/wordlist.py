"""Project dictionaries: the word lists named by the config's `dictionary` key, read by
the spelling checker and written by `proof review`.

One word a line; `#` starts a comment, on a line of its own or after a word. Paths are
relative to the config file. The default list may be absent; a list the config names must
exist, be a regular file and be no larger than `max_file_size`.

Words are added to the first file named by the config's `dictionary` key (`.proof/dictionary.txt`
by default) that lies inside the project (the config file's folder), links resolved: a
config must not be able to make review write to a file elsewhere on the machine. A word is
appended as a new line; every other byte of the file (order, comments, BOM, line endings)
stays as the editor left it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from proof.core.regular_file import Refused, read_regular_file
from proof.core.source import atomic_write
from proof.settings.config import DEFAULT_DICTIONARY, Config, ConfigError

#: The dictionary of a config that names none.
DEFAULT = DEFAULT_DICTIONARY


class DictionaryError(Exception):
    """No dictionary file review may write to; the message says why."""


def _inside(path: str, root: str) -> bool:
    real_root = os.path.realpath(root)
    return os.path.commonpath([os.path.realpath(path), real_root]) == real_root


def dictionary_path(config: Config) -> str:
    """The dictionary words are added to: the first named one inside the project."""
    named = [config.resolve(name) for name in config.settings.dictionary] or [config.resolve(DEFAULT)]
    for path in named:
        if _inside(path, config.root):
            return path
    raise DictionaryError(
        f"no dictionary inside the project {config.root} to add words to "
        f"({', '.join(named)} {'is' if len(named) == 1 else 'are'} outside it); "
        f'name one in the config\'s `dictionary`, e.g. "{DEFAULT}"'
    )


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return b""


def parse_words(text: str) -> list[str]:
    """The words of a word list's text, in order."""
    return [word for word in (line.split("#", 1)[0].strip() for line in text.splitlines()) if word]


def read_words(path: str) -> list[str]:
    """The words of a dictionary file; none when it does not exist yet."""
    return parse_words(_read_bytes(path).decode("utf-8-sig"))


def project_words(config: Config) -> frozenset[str]:
    """The words of every dictionary the config names; ConfigError naming the file when one
    cannot be read."""
    words: set[str] = set()
    where = config.path or "configuration"
    for name in config.settings.dictionary:
        path = config.resolve(name)
        try:
            words.update(parse_words(read_regular_file(path, config.settings.max_file_size).decode("utf-8-sig")))
        except FileNotFoundError:
            if name == DEFAULT:
                continue
            raise ConfigError(f"{where}: dictionary file {path} not found") from None
        except Refused as exc:
            raise ConfigError(f"{where}: dictionary file {path} not read: {exc}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{where}: cannot read dictionary file {path} ({exc})") from None
    return frozenset(words)


@dataclass(frozen=True)
class Added:
    """A word appended to a dictionary file: the file's bytes before and after, for undo."""

    path: str
    word: str
    before: bytes
    after: bytes


def add_word(path: str, word: str) -> Added | None:
    """Append `word` on a line of its own; None when it was already there (nothing is written)."""
    if word in read_words(path):
        return None
    before = _read_bytes(path)
    newline = b"\r\n" if b"\r\n" in before else b"\n"
    separator = newline if before and not before.endswith((b"\n", b"\r")) else b""
    after = before + separator + word.encode("utf-8") + newline
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    atomic_write(path, after)
    return Added(path, word, before, after)


def undo_add(added: Added) -> None:
    """Take the word out again: the file as it was when nobody changed it since, else
    only the word's own line."""
    current = _read_bytes(added.path)
    if current == added.after:
        atomic_write(added.path, added.before)
        return
    lines = current.splitlines(keepends=True)
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip() == added.word.encode("utf-8"):
            del lines[index]
            atomic_write(added.path, b"".join(lines))
            return
