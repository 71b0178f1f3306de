"""Which grammar engines a run uses, from the config and the command line.

LanguageTool's mode `auto` means: a server URL when one is set (config, option or
PROOF_LANGUAGETOOL_URL), else a local server when Java is installed; Harper, which needs
neither, takes over whenever LanguageTool is off or cannot be used.
"""
from __future__ import annotations

import os

from proof.grammar.backend import GrammarBackend, GrammarUnavailable
from proof.grammar.cache import GrammarCache
from proof.grammar.checker import GrammarChecker
from proof.grammar.harper_engine import HarperBackend, UnknownHarperNames
from proof.grammar.languagetool import LanguageToolBackend
from proof.grammar.languagetool_profile import Switches, switches
from proof.grammar.local_server import PATH_ENV
from proof.pipeline.checker import Checker
from proof.pipeline.selectors import did_you_mean
from proof.settings.config import Config

URL_ENV = "PROOF_LANGUAGETOOL_URL"


def languagetool_folder(config: Config) -> str:
    """The LanguageTool folder a local server runs from; "" for language-tool-python's download."""
    path = config.get("languagetool.path")
    return config.resolve(path) if path else os.environ.get(PATH_ENV, "")


def languagetool_url(config: Config, option_url: str | None) -> str | None:
    return option_url or config.get("languagetool.url") or os.environ.get(URL_ENV) or None


def languagetool_mode(config: Config, url: str | None) -> str:
    mode = config.get("languagetool.mode")
    if mode == "auto":
        return "remote" if url else "local"
    if mode == "remote" and not url:
        return "local"
    return mode


def starts_local_server(config: Config, option_url: str | None) -> bool:
    """Whether a run with this config starts a LanguageTool server of its own."""
    return "languagetool" in config.get("grammar.engines") and \
        languagetool_mode(config, languagetool_url(config, option_url)) == "local"


def languagetool_switches(config: Config) -> Switches:
    settings = config["languagetool"]
    return switches(settings["profile"], config["house"], settings)


def _languagetool(config: Config, url: str | None, mode: str) -> LanguageToolBackend:
    settings = config["languagetool"]
    return LanguageToolBackend(
        url, mode, concurrency=config.get("grammar.concurrency"), timeout=config.get("grammar.timeout"),
        switches=languagetool_switches(config), picky=settings["picky"], mother_tongue=settings["mother_tongue"],
        folder=languagetool_folder(config), idle_timeout=settings["idle_timeout"])


def harper_backend(config: Config) -> HarperBackend:
    """Harper as configured. Rule or group names it does not have are a ConfigError
    naming the key and the names, found by building Harper's linter now (the only way to
    know its names) when any are configured."""
    settings = config["grammar"]["harper"]
    backend = HarperBackend(settings["enable"], settings["disable"], settings["spelling"])
    if settings["enable"] or settings["disable"]:
        try:
            backend.load()
        except UnknownHarperNames as exc:
            raise config.key_error(*_first_unknown(settings, exc)) from None
        except GrammarUnavailable:
            pass  # no harper-py: said when Harper would check, like any engine that cannot start
    return backend


def _first_unknown(settings: dict, exc: UnknownHarperNames) -> tuple[str, str]:
    """The key and the description of the configured Harper names Harper does not have."""
    key = next(key for key in ("enable", "disable") if set(settings[key]) & set(exc.names))
    names = [name for name in settings[key] if name in exc.names]
    problem = "; ".join(f"no Harper rule or group named {name!r}{did_you_mean(name, exc.known)}" for name in names)
    return f"grammar.harper.{key}", f"{problem}; `proof rules harper --all` lists the rules and their groups"


def build_grammar_checkers(config: Config, option_url: str | None = None, cache: bool = True) -> list[Checker]:
    url = languagetool_url(config, option_url)
    mode = languagetool_mode(config, url)
    engines = list(dict.fromkeys(config.get("grammar.engines")))
    fallback = config.get("grammar.fallback")
    shared_cache = GrammarCache() if cache and config.get("grammar.cache") else None
    checkers: list[Checker] = []
    for name in engines:
        backend: GrammarBackend
        if name == "languagetool":
            harper_fallback = fallback == "harper" and "harper" not in engines
            if mode == "off":
                if harper_fallback:
                    checkers.append(GrammarChecker(harper_backend(config), cache=shared_cache))
                continue
            backend = _languagetool(config, url, mode)
            checkers.append(GrammarChecker(backend, harper_backend(config) if harper_fallback else None, shared_cache))
        else:
            checkers.append(GrammarChecker(harper_backend(config), cache=shared_cache))
    return checkers
