"""Configuration: `proof.toml`, or `[tool.proof]` in `pyproject.toml`.

The nearest such file above the checked file is used, or the one named by `--config`.
Every key is a field of `Settings` or of one of its tables, with its default and its
validator; an unknown key or a value of the wrong type is an error naming the key and the
file. Paths in the file are relative to the file. The loaded settings are frozen: the
command line's values go over them once, by the override given to `ConfigFinder`.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from proof.core.flag import SEVERITIES
from proof.core.regular_file import DEFAULT_MAX_FILE_SIZE
from proof.settings.house import parse_date

CONFIG_NAMES = ("proof.toml", "pyproject.toml")
LANGUAGES = ("auto", "en-GB", "en-US")
FAIL_ON = ("error", "warning", "info", "never")
DEFAULT_DICTIONARY = ".proof/dictionary.txt"
RULE_LEVELS = ("off", "on", *SEVERITIES)


class ConfigError(Exception):
    """A configuration problem; the message names the file and the key."""


Validator = Callable[[Any], Any]


def choice(*allowed: str) -> Validator:
    def check(value):
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}, not {value!r}")
        return value

    return check


def string(value):
    if not isinstance(value, str):
        raise ValueError(f"must be a string, not {type(value).__name__}")
    return value


def http_url(value):
    """A server's address: "" (none), or an http:// or https:// URL with a host."""
    value = string(value)
    if value:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"must be an http:// or https:// URL (e.g. http://localhost:8081), not {value!r}")
    return value


def boolean(value):
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def positive_int(value):
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"must be a whole number of 1 or more, not {value!r}")
    return value


def number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"must be a positive number, not {value!r}")
    return float(value)


def string_list(value):
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a string or a list of strings")
    return tuple(value)


def iso_date(value):
    if not isinstance(value, str):
        raise ValueError(f"must be a date written YYYY-MM-DD, not {value!r}")
    if value:
        parse_date(value)
    return value


def whole_number(value):
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"must be a whole number, not {value!r}")
    return value


_SIZE_UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "KIB": 2**10, "MIB": 2**20, "GIB": 2**30}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", re.IGNORECASE)


def byte_size(value):
    """A number of bytes, or a string with a unit: "10 MB", "500KB", "2 MiB"."""
    if isinstance(value, str):
        match = _SIZE.fullmatch(value)
        unit = match and _SIZE_UNITS.get(match.group(2).upper())
        if not unit:
            raise ValueError(
                f'must be a size such as "10 MB" or "500 KB" (units B, KB, MB, GB, KiB, MiB, GiB), not {value!r}'
            )
        value = int(float(match.group(1)) * unit)
    return positive_int(value)


def engine_list(value):
    engines = string_list(value)
    for engine in engines:
        if engine not in ("languagetool", "harper"):
            raise ValueError(f"engines are languagetool and harper, not {engine!r}")
    return engines


def rule_levels(value):
    if not isinstance(value, dict):
        raise ValueError("must be a table of rule id (or id prefix) = level")
    for rule, level in value.items():
        if level not in RULE_LEVELS:
            raise ValueError(f"{rule!r}: level must be one of {', '.join(RULE_LEVELS)}, not {level!r}")
    return dict(value)


# The schema: a frozen dataclass per table of the config file. Each field is one key,
# with its default; its metadata holds the validator of a value read from the file and
# what the key means. A field whose default is a schema dataclass is a sub-table. The
# loader walks these fields, so a key exists once, here.
VALIDATE, HELP = "validate", "help"


def about(validate: Validator, help: str) -> dict[str, Any]:
    """A key's metadata: the validator of its value in the file, and what it means."""
    return {VALIDATE: validate, HELP: help}


def setting(validate: Validator, default: Any, help: str) -> Any:
    """A key with an immutable default."""
    return field(default=default, metadata=about(validate, help))


@dataclass(frozen=True)
class HouseTable:
    trailer: bool = setting(
        boolean, False, 'true: every article must end with a trailer ("(Reporting by ...; Editing by ...)")'
    )
    spell_numbers_below: int = setting(
        whole_number,
        10,
        "whole numbers below this are spelt out (news style: one to nine); 0 switches the number-style check off",
    )
    known_abbreviations: tuple[str, ...] = setting(
        string_list, (), "abbreviations every reader knows, never required to be spelt out at first use"
    )
    quotes: str = setting(
        choice("any", "curly"),
        "any",
        "curly: straight quotation marks are flagged (LanguageTool's EN_QUOTES); any: either kind",
    )
    dashes: str = setting(
        choice("any", "typographic"),
        "any",
        "typographic: a spaced hyphen used as a dash is flagged (LanguageTool's DASH_RULE); any: either",
    )
    oxford_spelling: bool = setting(
        boolean,
        False,
        "true: British copy takes Oxford -ize (LanguageTool's "
        "BRE_STYLE_OXFORD_SPELLING rules); false: -ise or -ize follows the dialect",
    )


@dataclass(frozen=True)
class HarperTable:
    enable: tuple[str, ...] = setting(string_list, (), "Harper rules or rule groups to switch on")
    disable: tuple[str, ...] = setting(string_list, (), "Harper rules or rule groups to switch off")
    spelling: bool = setting(boolean, False, "keep Harper's spelling lints")


@dataclass(frozen=True)
class GrammarTable:
    engines: tuple[str, ...] = setting(
        engine_list, ("languagetool",), "grammar engines to run, in order: languagetool, harper"
    )
    fallback: str = setting(
        choice("harper", "none"), "harper", "engine that takes over when LanguageTool is off or unavailable"
    )
    concurrency: int = setting(positive_int, 4, "LanguageTool requests sent at once")
    timeout: float = setting(number, 30.0, "seconds to wait for one LanguageTool answer")
    cache: bool = setting(boolean, True, "keep grammar answers per paragraph in the user cache folder")
    harper: HarperTable = field(default_factory=HarperTable)


@dataclass(frozen=True)
class LanguageToolTable:
    mode: str = setting(
        choice("auto", "local", "remote", "off"),
        "auto",
        "auto: remote when a URL is set, else local when Java is found",
    )
    url: str = setting(http_url, "", "a LanguageTool server, e.g. http://localhost:8081")
    path: str = setting(
        string,
        "",
        "local mode: an unpacked LanguageTool folder (holding "
        "languagetool-server.jar) to run; else PROOF_LANGUAGETOOL_PATH, else "
        "language-tool-python's download",
    )
    idle_timeout: float = setting(
        number, 900.0, "local mode: seconds a kept-warm LanguageTool server waits unused before it stops"
    )
    profile: str = setting(
        choice("news", "none"),
        "news",
        "news: proof's news-copy profile (`proof rules "
        "languagetool` lists it); none: LanguageTool's rules as it ships them",
    )
    enabled_rules: tuple[str, ...] = setting(string_list, (), "LanguageTool rule ids to switch on (over the profile)")
    disabled_rules: tuple[str, ...] = setting(string_list, (), "LanguageTool rule ids to switch off")
    enabled_categories: tuple[str, ...] = setting(
        string_list, (), "LanguageTool category ids to switch on (over the profile)"
    )
    disabled_categories: tuple[str, ...] = setting(string_list, (), "LanguageTool category ids to switch off")
    picky: bool = setting(boolean, False, "LanguageTool's picky level (more style rules)")
    mother_tongue: str = setting(string, "", "the writer's first language, for false-friend rules")
    spelling: bool = setting(
        boolean, False, "keep LanguageTool's dictionary spelling rules (MORFOLOGIK_RULE_*, HUNSPELL_*)"
    )


@dataclass(frozen=True)
class SpellingTable:
    realword: bool = setting(
        boolean,
        True,
        "false: do not flag correctly spelled words that a trigram model finds far less likely than a word "
        "often confused with them (spelling.RealWord, at info)",
    )


@dataclass(frozen=True)
class Settings:
    """Every key of the config file, with its default."""

    language: str = setting(
        choice(*LANGUAGES), "auto", "en-GB, en-US, or auto (take the dialect from the document's own spellings)"
    )
    dictionary: tuple[str, ...] = setting(
        string_list, (DEFAULT_DICTIONARY,), "project word lists, one word per line, accepted by the spelling checker"
    )
    exclude: tuple[str, ...] = setting(
        string_list, (), "glob patterns of files and folders not to check in a directory walk"
    )
    fail_on: str = setting(choice(*FAIL_ON), "warning", "lowest severity that makes `proof check` exit 1")
    max_file_size: int = setting(
        byte_size,
        DEFAULT_MAX_FILE_SIZE,
        "the largest file read (an article or a "
        'word list), in bytes or with a unit: "10 MB", "500 KB"; larger ones are '
        "not checked",
    )
    styles: tuple[str, ...] = setting(
        string_list, (), "house-style rule packs (folders of YAML rule files) added to the built-in newsroom pack"
    )
    # The one mutable value: a table of selector = level, read-only by convention.
    rules: dict[str, str] = field(
        default_factory=dict, metadata=about(rule_levels, "rule id or id prefix = off | on | error | warning | info")
    )
    date: str = setting(
        iso_date,
        "",
        "the article's date (YYYY-MM-DD) for the weekday check, when the text "
        "gives no year; `proof check --date` overrides it",
    )
    house: HouseTable = field(default_factory=HouseTable)
    spelling: SpellingTable = field(default_factory=SpellingTable)
    grammar: GrammarTable = field(default_factory=GrammarTable)
    languagetool: LanguageToolTable = field(default_factory=LanguageToolTable)


@dataclass(frozen=True)
class Config:
    """Validated settings plus where they came from: the file (None for the defaults) and
    the folder its paths are relative to."""

    settings: Settings = field(default_factory=Settings)
    path: str | None = None
    root: str = field(default_factory=os.getcwd)

    @property
    def where(self) -> str:
        """The config file as its error messages name it."""
        if self.path is None:
            return "the default config"
        return f"{self.path} [tool.proof]" if os.path.basename(self.path) == "pyproject.toml" else self.path

    def key_error(self, key: str, problem: str) -> ConfigError:
        """An error about one key's value, found after loading (it needed the rules or an engine)."""
        return ConfigError(f"{self.where}: key {key!r}: {problem}")

    def resolve(self, path: str) -> str:
        """A path from the config file, relative to the file's folder."""
        return os.path.normpath(os.path.join(self.root, os.path.expanduser(path)))


def _validate(schema: type, raw: dict, where: str, prefix: str = "") -> Any:
    """An instance of `schema` (a dataclass above) from a TOML table, walking its fields."""
    keys = {key.name: key for key in fields(schema)}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        dotted = f"{prefix}{name}"
        if name not in keys:
            raise ConfigError(f"{where}: unknown key {dotted!r} (known keys: {', '.join(sorted(keys))})")
        key = keys[name]
        if is_dataclass(key.default_factory):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: key {dotted!r} must be a table")
            values[name] = _validate(key.default_factory, value, where, dotted + ".")
            continue
        try:
            values[name] = key.metadata[VALIDATE](value)
        except ValueError as exc:
            raise ConfigError(f"{where}: key {dotted!r} {exc}") from None
    return schema(**values)


def default_config(root: str | None = None) -> Config:
    return Config(Settings(), None, root or os.getcwd())


Override = Callable[[Settings], Settings]


def load_config(path: str) -> Config:
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 (byte {exc.start + 1}), as TOML must be") from None
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("proof", {})
        where = f"{path} [tool.proof]"
    else:
        where = path
    root = os.path.dirname(os.path.abspath(path))
    return Config(_validate(Settings, data, where), os.path.abspath(path), root)


def _declares_proof(path: str) -> bool:
    """Whether a config candidate is proof's config: a proof.toml always; a pyproject.toml
    when it has [tool.proof], or when it cannot be read or parsed but may have it.

    A pyproject.toml that cannot be parsed is taken (and `load_config` then reports its
    error, with the line) unless the word "proof" is nowhere in it: skipping it would
    silently check with other settings. A file without the word cannot declare
    [tool.proof], so a broken pyproject.toml of a project that does not use proof is
    passed over as before."""
    if os.path.basename(path) != "pyproject.toml":
        return True
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return True
    try:
        return "proof" in tomllib.loads(raw.decode("utf-8")).get("tool", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return b"proof" in raw


def _config_file_in(directory: str) -> str | None:
    """proof's config file in `directory`: proof.toml comes first, so a pyproject.toml
    beside a proof.toml, or above the nearest config, is never read."""
    for name in CONFIG_NAMES:
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate) and _declares_proof(candidate):
            return candidate
    return None


def _start_directory(start: str) -> str:
    return os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")


class ConfigFinder:
    """Finds and caches the config that applies to each checked file.

    A config that cannot be used is remembered too: every file under it gets the same
    ConfigError without the file being read again.
    """

    def __init__(
        self,
        explicit: str | None = None,
        override: Override | None = None,
        default_root: Callable[[str], str] | None = None,
    ):
        # The command line's values over every config found (`proof.commands.options`).
        self._override = override
        self._explicit = self._overridden(load_config(explicit)) if explicit else None
        # The folder of a file under no config file, where the defaults' project files are
        # (`.proof/`): the current folder unless given (`proof lsp`: the file's workspace folder).
        self._default_root = default_root or (lambda _path: os.getcwd())
        self._loaded: dict[str, Config] = {}
        self._defaults: dict[str, Config] = {}
        self._broken: dict[str, str] = {}
        # The config file found for each folder asked about, so that the folders of a walk
        # (however deep) are each looked at once, not once for every file and folder below.
        self._nearest: dict[str, str | None] = {}

    def _overridden(self, config: Config) -> Config:
        return replace(config, settings=self._override(config.settings)) if self._override else config

    def _find(self, start: str) -> str | None:
        """The nearest proof.toml (or pyproject.toml with [tool.proof]) at or above `start`."""
        directory = _start_directory(start)
        unknown = []
        while directory not in self._nearest:
            found = _config_file_in(directory)
            parent = os.path.dirname(directory)
            if found or parent == directory:
                self._nearest[directory] = found
                break
            unknown.append(directory)
            directory = parent
        for below in unknown:
            self._nearest[below] = self._nearest[directory]
        return self._nearest[directory]

    def file_for(self, path: str) -> str | None:
        """The config file that applies to `path`, whether it can be used or not; None for the defaults."""
        if self._explicit:
            return self._explicit.path
        return self._find(path if path != "-" else os.getcwd())

    def for_path(self, path: str) -> Config:
        if self._explicit:
            return self._explicit
        found = self._find(path if path != "-" else os.getcwd())
        if found is None:
            root = self._default_root(path)
            if root not in self._defaults:
                self._defaults[root] = self._overridden(default_config(root))
            return self._defaults[root]
        if found in self._broken:
            raise ConfigError(self._broken[found])
        if found not in self._loaded:
            try:
                self._loaded[found] = self._overridden(load_config(found))
            except ConfigError as exc:
                self._broken[found] = str(exc)
                raise
        return self._loaded[found]

    def first_usable(self, paths: list[str]) -> Config:
        """The config of the first of `paths` whose config can be used, for settings that
        hold for a whole run (fail_on); the defaults when there is none."""
        for path in paths:
            try:
                return self.for_path(path)
            except ConfigError:
                continue
        return self._explicit or self._overridden(default_config())
