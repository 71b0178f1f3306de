"""Configuration: `proof.toml`, or `[tool.proof]` in `pyproject.toml`.

The nearest such file above the checked file is used, or the one named by `--config`.
Every key is declared in `SCHEMA`; an unknown key or a value of the wrong type is an
error naming the key and the file. Paths in the file are relative to the file.
"""
from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from proof.core.flag import SEVERITIES
from proof.core.regular_file import DEFAULT_MAX_FILE_SIZE
from proof.settings.house import parse_date

CONFIG_NAMES = ("proof.toml", "pyproject.toml")
LANGUAGES = ("auto", "en-GB", "en-US")
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
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a string or a list of strings")
    return list(value)


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
            raise ValueError(f"must be a size such as \"10 MB\" or \"500 KB\" (units B, KB, MB, GB, KiB, MiB, "
                             f"GiB), not {value!r}")
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


@dataclass(frozen=True)
class Key:
    validate: Validator
    default: Any
    help: str


# Every configuration key, with its default. Sub-tables are nested dicts of Keys.
SCHEMA: dict[str, Any] = {
    "language": Key(choice(*LANGUAGES), "auto",
                    "en-GB, en-US, or auto (take the dialect from the document's own spellings)"),
    "dictionary": Key(string_list, [".proof/dictionary.txt"],
                      "project word lists, one word per line, accepted by the spelling checker"),
    "exclude": Key(string_list, [], "glob patterns of files and folders not to check in a directory walk"),
    "fail_on": Key(choice("error", "warning", "info", "never"), "warning",
                   "lowest severity that makes `proof check` exit 1"),
    "max_file_size": Key(byte_size, DEFAULT_MAX_FILE_SIZE, "the largest file read (an article or a word list), "
                         "in bytes or with a unit: \"10 MB\", \"500 KB\"; larger ones are not checked"),
    "styles": Key(string_list, [], "house-style rule packs (folders of YAML rule files) added to the "
                  "built-in newsroom pack"),
    "rules": Key(rule_levels, {}, "rule id or id prefix = off | on | error | warning | info"),
    "date": Key(iso_date, "", "the article's date (YYYY-MM-DD) for the weekday check, when the text "
                "gives no year; `proof check --date` overrides it"),
    "house": {
        "trailer": Key(boolean, False, "true: every article must end with a trailer "
                       "(\"(Reporting by ...; Editing by ...)\")"),
        "spell_numbers_below": Key(whole_number, 10, "whole numbers below this are spelt out "
                                   "(news style: one to nine); 0 switches the number-style check off"),
        "known_abbreviations": Key(string_list, [], "abbreviations every reader knows, never "
                                   "required to be spelt out at first use"),
        "quotes": Key(choice("any", "curly"), "any", "curly: straight quotation marks are flagged "
                      "(LanguageTool's EN_QUOTES); any: either kind"),
        "dashes": Key(choice("any", "typographic"), "any", "typographic: a spaced hyphen used as a dash "
                      "is flagged (LanguageTool's DASH_RULE); any: either"),
        "oxford_spelling": Key(boolean, False, "true: British copy takes Oxford -ize (LanguageTool's "
                               "BRE_STYLE_OXFORD_SPELLING rules); false: -ise or -ize follows the dialect"),
    },
    "grammar": {
        "engines": Key(engine_list, ["languagetool"],
                       "grammar engines to run, in order: languagetool, harper"),
        "fallback": Key(choice("harper", "none"), "harper",
                        "engine that takes over when LanguageTool is off or unavailable"),
        "concurrency": Key(positive_int, 4, "LanguageTool requests sent at once"),
        "timeout": Key(number, 30.0, "seconds to wait for one LanguageTool answer"),
        "cache": Key(boolean, True, "keep grammar answers per paragraph in the user cache folder"),
        "harper": {
            "enable": Key(string_list, [], "Harper rules or rule groups to switch on"),
            "disable": Key(string_list, [], "Harper rules or rule groups to switch off"),
            "spelling": Key(boolean, False, "keep Harper's spelling lints"),
        },
    },
    "languagetool": {
        "mode": Key(choice("auto", "local", "remote", "off"), "auto",
                    "auto: remote when a URL is set, else local when Java is found"),
        "url": Key(string, "", "a LanguageTool server, e.g. http://localhost:8081"),
        "path": Key(string, "", "local mode: an unpacked LanguageTool folder (holding languagetool-server.jar) "
                    "to run; else PROOF_LANGUAGETOOL_PATH, else language-tool-python's download"),
        "idle_timeout": Key(number, 900.0, "local mode: seconds a kept-warm LanguageTool server waits unused "
                            "before it stops"),
        "profile": Key(choice("news", "none"), "news", "news: proof's news-copy profile (`proof rules "
                       "languagetool` lists it); none: LanguageTool's rules as it ships them"),
        "enabled_rules": Key(string_list, [], "LanguageTool rule ids to switch on (over the profile)"),
        "disabled_rules": Key(string_list, [], "LanguageTool rule ids to switch off"),
        "enabled_categories": Key(string_list, [], "LanguageTool category ids to switch on (over the profile)"),
        "disabled_categories": Key(string_list, [], "LanguageTool category ids to switch off"),
        "picky": Key(boolean, False, "LanguageTool's picky level (more style rules)"),
        "mother_tongue": Key(string, "", "the writer's first language, for false-friend rules"),
        "spelling": Key(boolean, False, "keep LanguageTool's dictionary spelling rules "
                        "(MORFOLOGIK_RULE_*, HUNSPELL_*)"),
    },
}


@dataclass
class Config:
    """Validated settings plus where they came from."""

    values: dict[str, Any]
    path: str | None = None
    root: str = field(default_factory=os.getcwd)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def where(self) -> str:
        """The config file as its error messages name it."""
        if self.path is None:
            return "the default config"
        return f"{self.path} [tool.proof]" if os.path.basename(self.path) == "pyproject.toml" else self.path

    def key_error(self, key: str, problem: str) -> ConfigError:
        """An error about one key's value, found after loading (it needed the rules or an engine)."""
        return ConfigError(f"{self.where}: key {key!r}: {problem}")

    def get(self, dotted: str) -> Any:
        value: Any = self.values
        for part in dotted.split("."):
            value = value[part]
        return value

    def resolve(self, path: str) -> str:
        """A path from the config file, relative to the file's folder."""
        return os.path.normpath(os.path.join(self.root, os.path.expanduser(path)))

    def with_values(self, **overrides: Any) -> Config:
        return Config({**self.values, **{k: v for k, v in overrides.items() if v is not None}},
                      self.path, self.root)


def _defaults(schema: dict[str, Any]) -> dict[str, Any]:
    return {name: (_defaults(key) if isinstance(key, dict) else
                   (dict(key.default) if isinstance(key.default, dict) else
                    list(key.default) if isinstance(key.default, list) else key.default))
            for name, key in schema.items()}


def _validate(raw: dict, schema: dict[str, Any], where: str, prefix: str = "") -> dict[str, Any]:
    values = _defaults(schema)
    for name, value in raw.items():
        dotted = f"{prefix}{name}"
        if name not in schema:
            known = ", ".join(sorted(schema))
            raise ConfigError(f"{where}: unknown key {dotted!r} (known keys: {known})")
        key = schema[name]
        if isinstance(key, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: key {dotted!r} must be a table")
            values[name] = _validate(value, key, where, dotted + ".")
            continue
        try:
            values[name] = key.validate(value)
        except ValueError as exc:
            raise ConfigError(f"{where}: key {dotted!r} {exc}") from None
    return values


def default_config(root: str | None = None) -> Config:
    return Config(_defaults(SCHEMA), None, root or os.getcwd())


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
    return Config(_validate(data, SCHEMA, where), os.path.abspath(path), root)


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

    def __init__(self, explicit: str | None = None):
        self._explicit = load_config(explicit) if explicit else None
        self._loaded: dict[str | None, Config] = {}
        self._broken: dict[str | None, str] = {}
        # The config file found for each folder asked about, so that the folders of a walk
        # (however deep) are each looked at once, not once for every file and folder below.
        self._nearest: dict[str, str | None] = {}

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

    def for_path(self, path: str) -> Config:
        if self._explicit:
            return self._explicit
        found = self._find(path if path != "-" else os.getcwd())
        if found in self._broken:
            raise ConfigError(self._broken[found])
        if found not in self._loaded:
            try:
                self._loaded[found] = load_config(found) if found else default_config()
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
        return self._explicit or default_config()
