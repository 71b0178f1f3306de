"""Which changes to watched files make the server reload its configs.

The editor is asked to watch broad patterns (every `*.yml`, every `.proof/` folder), since the
server cannot register each config's own files before it has read them; this says which of the
changes it tells of are worth a reload: a config, a file under `.proof/`, a rule file inside a
style pack folder a config in use names. A file the server wrote itself (a word added, a flag
ignored) is left alone while it is as the server left it: the server reloaded after writing it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from proof.settings.config import Config
from proof.style.loader import RULE_SUFFIXES

CONFIG_NAMES = ("proof.toml", "pyproject.toml")
PROJECT_FOLDER = ".proof"

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


def worth_reloading(path: str, configs: Iterable[Config], written: Mapping[str, Signature]) -> bool:
    """Whether a change to `path` may change how documents under `configs` are checked."""
    path = os.path.abspath(path)
    if path in written and signature(path) == written[path]:
        return False
    if os.path.basename(path) in CONFIG_NAMES or PROJECT_FOLDER in path.split(os.sep):
        return True
    if not path.lower().endswith(RULE_SUFFIXES):
        return False
    return any(_inside(path, config.resolve(pack)) for config in configs for pack in config.settings.styles)
