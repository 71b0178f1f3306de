"""A check run: find the files, load each with its config, run the engine, collect results."""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from proof.core.document import Document
from proof.core.flag import Flag
from proof.core.regular_file import Refused, read_bounded, refuse_special
from proof.core.source import InputError, SourceFile, decode, read_source
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine, FlagFilter
from proof.pipeline.factory import build_checkers, known_rule_ids
from proof.pipeline.levels import RulePolicy
from proof.pipeline.suppressions import UnknownRule, may_have_comments, unknown_in_comments
from proof.readers import SUPPORTED_SUFFIXES, document_from_source
from proof.review.decisions import Decisions
from proof.settings.config import Config, ConfigError, ConfigFinder
from proof.settings.house import METADATA_KEY, house_settings
from proof.style.loader import load_rules

STDIN = "-"
_ALWAYS_SKIPPED_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".proof"}


@dataclass
class FileResult:
    path: str
    flags: list[Flag] = field(default_factory=list)
    document: Document | None = None
    source: SourceFile | None = None
    error: str | None = None
    #: Grammar engines that ran, and problems that kept a checker from its work.
    engines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: What the user should know about the file that does not stop its check (a comment
    #: naming no rule).
    warnings: list[str] = field(default_factory=list)


def _excluded(path: str, config: Config) -> bool:
    relative = os.path.relpath(os.path.abspath(path), config.root)
    parts = relative.split(os.sep)
    for pattern in config.settings.exclude:
        if fnmatch.fnmatch(relative, pattern) or any(fnmatch.fnmatch(p, pattern) for p in parts):
            return True
    return False


def _excluded_by_config(path: str, finder: ConfigFinder, config_path: str) -> bool:
    try:
        return _excluded(path, finder.for_path(config_path))
    except ConfigError:
        # A broken config's excludes are unknown: its files are found, and each is then
        # reported as not checked, with the config's error.
        return False


@dataclass(frozen=True)
class Found:
    """The files a run checks, and what a directory walk passed over, one message each."""

    files: list[str]
    skipped: list[str]
    #: A message for each folder named on the command line that holds no file to check: a
    #: gate pointed at the wrong folder must not pass as "0 files checked".
    empty: list[str] = field(default_factory=list)


def _walked_entries(top: str, finder: ConfigFinder, skipped: list[str]) -> Iterator[os.DirEntry]:
    """The files under `top`: each folder's files in name order, then its subfolders in name
    order, each walked the same way. A stack, not recursion, so depth is no limit; links to
    folders are not followed, so a link loop is walked once."""
    stack = [top]
    while stack:
        directory = stack.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            skipped.append(f"{directory}: cannot be listed ({exc.strerror or exc}); skipped")
            continue
        folders = []
        for entry in entries:
            if entry.is_dir():
                if (
                    not entry.is_symlink()
                    and entry.name not in _ALWAYS_SKIPPED_DIRS
                    and not _excluded_by_config(entry.path, finder, directory)
                ):
                    folders.append(entry.path)
            else:
                yield entry
        stack.extend(reversed(folders))


def discover(paths: list[str], finder: ConfigFinder) -> Found:
    """Files to check, in a stable order: named files as given, directories walked; a file
    named twice, or met again in a folder (`a.txt dup/ ./dup/a.txt`), once, where first met.

    A special file met in a walk (a FIFO, a device, a socket) is passed over with a message;
    one named on the command line is reported as not checked by `read_source`."""
    found = Found([], [])
    seen: set[str] = set()

    def add(path: str) -> None:
        real = path if path == STDIN else os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            found.files.append(path)

    for path in paths:
        if path == STDIN:
            add(path)  # standard input can be read once
            continue
        if not os.path.isdir(path):
            add(path)
            continue
        matched = False
        for entry in _walked_entries(path, finder, found.skipped):
            if not entry.name.lower().endswith(SUPPORTED_SUFFIXES) or _excluded_by_config(
                entry.path, finder, entry.path
            ):
                continue
            try:
                refuse_special(entry.path)
            except Refused as exc:
                found.skipped.append(f"{entry.path}: {exc}; skipped")
                continue
            matched = True
            add(entry.path)
        if not matched:
            found.empty.append(f"no files to check in {path} ({', '.join('*' + s for s in SUPPORTED_SUFFIXES)})")
    return found


class Runner:
    """Checks files; one engine per distinct config, reused for every file under it. The
    finder's configs carry the command line's values already."""

    def __init__(
        self,
        finder: ConfigFinder,
        stdin_filename: str | None = None,
        filters: Sequence[FlagFilter] = (),
        decisions: bool = True,
        build: Callable[[Config], list[Checker]] | None = None,
    ):
        # False for `proof review`, which applies the decisions itself as the editor makes them.
        self.decisions = decisions
        self.finder = finder
        # How a config's checkers are built; `build_checkers` unless the caller keeps some (`proof lsp`).
        self._build = build
        self.stdin_filename = stdin_filename
        # The caller's filters (a baseline); the engine applies inline comments itself.
        self.filters = list(filters)
        self._engines: dict[int, Engine] = {}
        # Configs whose checkers could not be built (a broken rule file), by the same key.
        self._broken: dict[int, str] = {}
        # Every rule id of a config, by the same key: loaded only for a file with comments.
        self._known: dict[int, list[str]] = {}

    def engine_for(self, config: Config) -> Engine:
        key = id(config)
        if key in self._broken:
            raise ConfigError(self._broken[key])
        if key not in self._engines:
            try:
                # The cheap parts first: a broken decisions file must not leave a grammar
                # server started for nothing.
                filters = [*self.filters, *self._decisions(config)]
                metadata = {METADATA_KEY: house_settings(config.settings)}
                checkers = (self._build or build_checkers)(config)
            except ConfigError as exc:
                self._broken[key] = str(exc)
                raise
            self._engines[key] = Engine(
                checkers, RulePolicy(config.settings.rules), config.settings.language, filters, metadata=metadata
            )
        return self._engines[key]

    def _decisions(self, config: Config) -> list[FlagFilter]:
        return [Decisions.load(config.root).filter] if self.decisions else []

    def shown_name(self, path: str) -> str:
        """The name a path is reported under, and whose config applies to it."""
        return self.stdin_filename or "<stdin>" if path == STDIN else path

    def load(self, path: str) -> SourceFile:
        """The file's text, read under its config's `max_file_size`."""
        shown = self.shown_name(path)
        limit = self.finder.for_path(shown).settings.max_file_size
        if path != STDIN:
            return read_source(path, limit)
        try:
            return decode(read_bounded(sys.stdin.buffer, limit), shown)
        except Refused as exc:
            raise InputError(f"{shown}: {exc}; not checked") from None

    def check(self, path: str) -> FileResult:
        shown = self.shown_name(path)
        try:
            source = self.load(path)
            document = document_from_source(source)
            engine = self.engine_for(self.finder.for_path(shown))
        except (InputError, ConfigError) as exc:
            # A config or rule file that cannot be used fails the files under it alone.
            return FileResult(shown, error=str(exc))
        flags = engine.check(document)
        status = engine.status()
        return FileResult(
            shown,
            flags,
            document,
            source,
            engines=list(status.checked_by),
            problems=list(status.problems),
            warnings=[str(warning) for warning in self.comment_warnings(document, self.finder.for_path(shown))],
        )

    def comment_warnings(self, document: Document, config: Config) -> list[UnknownRule]:
        """The document's suppression comments that name no rule of its config."""
        if not may_have_comments(document):
            return []
        if id(config) not in self._known:
            self._known[id(config)] = known_rule_ids(load_rules(config))
        return unknown_in_comments(document, self._known[id(config)])

    @property
    def engines(self) -> list[Engine]:
        return list(self._engines.values())

    def close(self) -> None:
        for engine in self._engines.values():
            engine.close()
