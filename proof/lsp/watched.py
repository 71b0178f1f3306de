"""Which files the server asks the editor to watch, and which changes make it reload its configs.

The editor is asked to watch broad patterns (every `*.yml`, every `.proof/` folder), since the
server cannot register each config's own files before it has read them; once it has, it asks
for the files those patterns miss too: a dictionary outside `.proof/` (`dictionary =
["../desk/names.txt"]`), and outside the workspace folders the config itself (`--config
../desk/house.toml`), its decisions file and the rule files of its style packs. This says
which of the changes it tells of are worth a reload: a config, a file under `.proof/`, a
file a config in use names or a rule file inside one of its style pack folders. A file the server
wrote itself (a word added, a flag ignored) is left alone while it is as the server left it:
the server reloaded after writing it.
"""

from __future__ import annotations

import os
import pathlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from lsprotocol import types

from proof.review.decisions import DECISIONS_FILE
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


def named_files(configs: Iterable[Config], config_files: Iterable[str] = ()) -> set[str]:
    """The files the configs are made of, as absolute paths: each config file itself, its
    dictionaries and its decisions file; and `config_files`, the config files of the open
    documents, usable or not (an edit may have broken one, and the next one mend it)."""
    return {
        os.path.abspath(path)
        for path in (
            *config_files,
            *(
                path
                for config in configs
                for path in (
                    *([config.path] if config.path else []),
                    *(config.resolve(name) for name in config.settings.dictionary),
                    os.path.join(config.root, DECISIONS_FILE),
                )
            ),
        )
    }


def style_packs(configs: Iterable[Config]) -> set[str]:
    """The style pack folders the configs name, as absolute paths."""
    return {os.path.abspath(config.resolve(pack)) for config in configs for pack in config.settings.styles}


def _in_workspace(path: str, folders: Iterable[str]) -> bool:
    return any(_inside(path, os.path.abspath(folder)) for folder in folders)


def _caught(path: str, folders: Iterable[str]) -> bool:
    """Whether `PATTERNS` catch a change to the file at `path`: it is in a workspace folder,
    and a config, a rule file or under `.proof/`."""
    if not _in_workspace(path, folders):
        return False
    name = os.path.basename(path)
    return name in CONFIG_NAMES or name.lower().endswith(RULE_SUFFIXES) or PROJECT_FOLDER in path.split(os.sep)


#: What a glob pattern of the protocol gives a meaning to: wildcards, braces, character classes.
_GLOB_SYNTAX = re.compile(r"[*?{}\[\]]")


def _literal_glob(text: str) -> str:
    """A glob pattern matching `text` only: each character a glob gives a meaning to put in a
    one-character class of its own (`[*]`), since the protocol's glob syntax has no backslash escape."""
    return _GLOB_SYNTAX.sub(lambda match: f"[{match.group()}]", text)


@dataclass(frozen=True, order=True)
class Watched:
    """Files the editor is asked to watch: those `pattern` (the protocol's glob syntax) matches in `folder`."""

    folder: str
    pattern: str


#: The rule files of a style pack folder, at any depth (a pack folder may hold packs: a Vale StylesPath).
RULE_FILES = "**/*.{" + ",".join(suffix.lstrip(".") for suffix in RULE_SUFFIXES) + "}"


def to_watch(configs: Iterable[Config], folders: Sequence[str], config_files: Iterable[str] = ()) -> list[Watched]:
    """What the configs are made of that `PATTERNS` miss in the workspace `folders`: their
    files, each by its name, and the rule files of their style pack folders outside the workspace."""
    configs = list(configs)
    files = {
        Watched(os.path.dirname(path), _literal_glob(os.path.basename(path)))
        for path in named_files(configs, config_files)
        if not _caught(path, folders)
    }
    packs = {Watched(folder, RULE_FILES) for folder in style_packs(configs) if not _in_workspace(folder, folders)}
    return sorted(files | packs)


def pattern_watchers(folders: Sequence[str], relative_patterns: bool) -> list[types.FileSystemWatcher]:
    """`PATTERNS` in each workspace folder, as patterns relative to it when the editor takes
    those; else as they are, which the editor matches in the folders it has open."""
    if not (relative_patterns and folders):
        return [types.FileSystemWatcher(glob_pattern=pattern) for pattern in PATTERNS]
    return file_watchers([Watched(folder, pattern) for folder in folders for pattern in PATTERNS], relative_patterns)


def file_watchers(watched: Iterable[Watched], relative_patterns: bool) -> list[types.FileSystemWatcher]:
    """A watcher for each: a pattern relative to its folder when the editor takes those (they
    may lie outside the workspace), else one from the folder's absolute path; a folder named
    with glob characters (`desk [old]`) is matched by that name only."""
    found = []
    for each in watched:
        folder = pathlib.Path(each.folder)
        pattern: str | types.RelativePattern = (
            types.RelativePattern(base_uri=folder.as_uri(), pattern=each.pattern)
            if relative_patterns
            else f"{_literal_glob(folder.as_posix()).rstrip('/')}/{each.pattern}"
        )
        found.append(types.FileSystemWatcher(glob_pattern=pattern))
    return found


def worth_reloading(
    path: str, configs: Iterable[Config], written: Mapping[str, Signature], config_files: Iterable[str] = ()
) -> bool:
    """Whether a change to `path` may change how documents under `configs` are checked."""
    path = os.path.abspath(path)
    if path in written and signature(path) == written[path]:
        return False
    configs = list(configs)
    if os.path.basename(path) in CONFIG_NAMES or PROJECT_FOLDER in path.split(os.sep):
        return True
    if path in named_files(configs, config_files):
        return True
    if not path.lower().endswith(RULE_SUFFIXES):
        return False
    return any(_inside(path, config.resolve(pack)) for config in configs for pack in config.settings.styles)
