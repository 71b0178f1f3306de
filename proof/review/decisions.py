"""An editor's decisions about flags, kept in the project so every run honours them.

`.proof/decisions.json` in the project root (the config file's folder, or the current
folder when there is none) lists, per file (its path relative to the root), the flags an
editor ignored in `proof review`. A flag is known by its rule, the flagged text and the
fingerprint of the sentence around it (`proof.core.fingerprint`), never by its offset, so a
decision survives edits elsewhere in the file. A decision without a fingerprint ignores
the rule's flags on that text everywhere in the file (a name the dictionary does not
know); without a text either, the rule in the whole file. The file is sorted and stable,
meant for version control.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection
from dataclasses import dataclass, replace

from proof.core.atomic import WriteError
from proof.core.document import Document
from proof.core.fingerprint import fingerprint
from proof.core.flag import Flag
from proof.core.source import atomic_write
from proof.settings.config import ConfigError

DECISIONS_FILE = os.path.join(".proof", "decisions.json")
VERSION = 1


@dataclass(frozen=True, order=True)
class Decision:
    rule: str
    # Empty: the rule is ignored everywhere in the file.
    text: str = ""
    # Empty: the rule's flags on `text` are ignored everywhere in the file.
    fingerprint: str = ""

    @classmethod
    def for_flag(cls, document: Document, flag: Flag) -> Decision:
        return cls(flag.rule, document.source[flag.start : flag.end], fingerprint(document, flag))

    def as_json(self) -> dict:
        if not self.text:
            return {"rule": self.rule}
        if not self.fingerprint:
            return {"rule": self.rule, "text": self.text}
        return {"rule": self.rule, "text": self.text, "fingerprint": self.fingerprint}


def _rules_of(flag: Flag) -> list[str]:
    # A merged flag answers to every rule merged into it: which checker's rule leads
    # can differ between runs with and without a grammar engine.
    return [flag.rule, *flag.extra.get("merged", ())]


def decision_for(decided: Collection[Decision], document: Document, flag: Flag) -> Decision | None:
    """The one of a file's decisions that ignores `flag`, if any."""
    if not decided:
        return None
    text = document.source[flag.start : flag.end]
    for rule in _rules_of(flag):
        for candidate in (Decision(rule), Decision(rule, text)):
            if candidate in decided:
                return candidate
        candidate = Decision.for_flag(document, replace(flag, rule=rule))
        if candidate in decided:
            return candidate
    return None


class Decisions:
    """The decisions of one project; `filter` is an engine filter (`Engine(filters=...)`)."""

    def __init__(self, root: str, files: dict[str, set[Decision]] | None = None):
        self.root = os.path.abspath(root)
        self.files = files or {}

    @property
    def path(self) -> str:
        return os.path.join(self.root, DECISIONS_FILE)

    @classmethod
    def load(cls, root: str) -> Decisions:
        decisions = cls(root)
        try:
            with open(decisions.path, encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            return decisions
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{decisions.path}: cannot read decisions file ({exc})") from None
        try:
            for name, entries in data["ignored"].items():
                decisions.files[name] = {
                    Decision(e["rule"], e.get("text", ""), e.get("fingerprint", "")) for e in entries
                }
        except (KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(f"{decisions.path}: not a proof decisions file (bad or missing {exc})") from None
        return decisions

    def key(self, path: str) -> str:
        return os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")

    def of(self, path: str) -> set[Decision]:
        return self.files.get(self.key(path), set())

    def decision_for(self, document: Document, flag: Flag) -> Decision | None:
        """The decision that ignores `flag`, if any."""
        return decision_for(self.of(document.path), document, flag)

    def ignores(self, document: Document, flag: Flag) -> bool:
        return self.decision_for(document, flag) is not None

    def filter(self, document: Document, flags: list[Flag]) -> list[Flag]:
        return [flag for flag in flags if not self.ignores(document, flag)]

    def add(self, path: str, decision: Decision) -> None:
        self.files.setdefault(self.key(path), set()).add(decision)

    def remove(self, path: str, decision: Decision) -> None:
        key = self.key(path)
        self.files.get(key, set()).discard(decision)
        if not self.files.get(key):
            self.files.pop(key, None)

    def restore(self, path: str, decided: set[Decision]) -> None:
        """Make `decided` the decisions of `path` (a review saves its file's decisions so)."""
        key = self.key(path)
        if decided:
            self.files[key] = set(decided)
        else:
            self.files.pop(key, None)

    def to_json(self) -> str:
        ignored = {
            name: [d.as_json() for d in sorted(entries)] for name, entries in sorted(self.files.items()) if entries
        }
        return json.dumps({"version": VERSION, "ignored": ignored}, indent=2, ensure_ascii=False) + "\n"

    def save(self, only: str | None = None) -> None:
        """Write the file. With `only` (the path of the file under review), the other
        files' decisions are taken as they are on disk now, so that two reviews of
        different articles in one project do not undo each other's decisions; `WriteError`
        when the file on disk cannot be read (a merge left conflict markers in it): writing
        would drop the other files' decisions it holds."""
        if only is not None:
            key = self.key(only)
            try:
                others = Decisions.load(self.root).files
            except ConfigError as exc:
                raise WriteError(f"{exc}; not overwritten, mend it and save again") from None
            others.pop(key, None)
            if self.files.get(key):
                others[key] = self.files[key]
            self.files = others
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        atomic_write(self.path, self.to_json().encode("utf-8"))
