"""Which files the server asks the editor to watch, and which changes make it reload its configs.

The editor is asked to watch broad patterns (every `*.yml`, every `.proof/` folder), since the
server cannot register each config's own files before it has read them; once it has, it asks
for the dictionaries those patterns miss too (`dictionary = ["../desk/names.txt"]`). This says
which of the changes it tells of are worth a reload: a config, a file under `.proof/`, a
dictionary or a rule file inside a style pack folder of a config in use. A file the server
wrote itself (a word added, a flag ignored) is left alone while it is as the server left it:
the server reloaded after writing it.
"""

from __future__ import annotations

import os
import pathlib
import re
from collections.abc import Iterable, Mapping

from lsprotocol import types

from proof.settings.config import Config
from proof.style.loader import RULE_SUFFIXES

CONFIG_NAMES = ("proof.toml", "pyproject.toml")
PROJECT_FOLDER = ".proof"

#: What the editor is asked to watch from the start: every config, rule file and project folder.
PATTERNS = ("**/proof.toml", "**/pyproject.toml", "**/*.yml", "**/*.yaml", f"**/{PROJECT_FOLDER}/**")

#: What tells one state of a file from another: its modification time and size; None when missing.
Signature = tuple[int, int] | None


def signature(path: str) -> Signature:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def _inside(path: str, folder: str) -> bool:
    return os.path.commonpath([path, folder]) == folder


def dictionaries(configs: Iterable[Config]) -> set[str]:
    """The dictionaries the configs name, as absolute paths."""
    return {os.path.abspath(config.resolve(name)) for config in configs for name in config.settings.dictionary}


def unwatched(paths: Iterable[str], workspace: str | None) -> list[str]:
    """Of `paths`, those `PATTERNS` miss: outside the workspace folder, or in it but not under `.proof/`."""
    return sorted(
        path
        for path in paths
        if not (workspace and _inside(path, os.path.abspath(workspace)) and PROJECT_FOLDER in path.split(os.sep))
    )


#: What a glob pattern of the protocol gives a meaning to: wildcards, braces, character classes.
_GLOB_SYNTAX = re.compile(r"[*?{}\[\]]")


def _literal_glob(text: str) -> str:
    """A glob pattern matching `text` only: each character a glob gives a meaning to put in a
    one-character class of its own (`[*]`), since the protocol's glob syntax has no backslash escape."""
    return _GLOB_SYNTAX.sub(lambda match: f"[{match.group()}]", text)


def file_watchers(paths: Iterable[str], relative_patterns: bool) -> list[types.FileSystemWatcher]:
    """A watcher for each file: a pattern relative to its folder when the editor takes those
    (they may lie outside the workspace), else the absolute path as a glob; a folder or file
    named with glob characters (`desk [old]`) is matched by that name only."""
    found = []
    for path in paths:
        file = pathlib.Path(path)
        pattern: str | types.RelativePattern = (
            types.RelativePattern(base_uri=file.parent.as_uri(), pattern=_literal_glob(file.name))
            if relative_patterns
            else _literal_glob(file.as_posix())
        )
        found.append(types.FileSystemWatcher(glob_pattern=pattern))
    return found


def worth_reloading(path: str, configs: Iterable[Config], written: Mapping[str, Signature]) -> bool:
    """Whether a change to `path` may change how documents under `configs` are checked."""
    path = os.path.abspath(path)
    if path in written and signature(path) == written[path]:
        return False
    configs = list(configs)
    if os.path.basename(path) in CONFIG_NAMES or PROJECT_FOLDER in path.split(os.sep):
        return True
    if path in dictionaries(configs):
        return True
    if not path.lower().endswith(RULE_SUFFIXES):
        return False
    return any(_inside(path, config.resolve(pack)) for config in configs for pack in config.settings.styles)
