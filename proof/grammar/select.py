"""Which grammar engines a run uses, from its settings.

LanguageTool's mode `auto` means: a server URL when one is set (the config's, which
`--languagetool-url` overrides, else PROOF_LANGUAGETOOL_URL), else a local server when Java
is installed; Harper, which needs neither, takes over whenever LanguageTool is off or
cannot be used.
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
from proof.settings.config import Config, ConfigError, HarperTable, Settings, http_url

URL_ENV = "PROOF_LANGUAGETOOL_URL"


def languagetool_folder(config: Config) -> str:
    """The LanguageTool folder a local server runs from; "" for language-tool-python's download."""
    path = config.settings.languagetool.path
    return config.resolve(path) if path else os.environ.get(PATH_ENV, "")


def languagetool_url(settings: Settings) -> str | None:
    """The server to use; ConfigError naming PROOF_LANGUAGETOOL_URL when it is no URL."""
    if settings.languagetool.url:
        return settings.languagetool.url
    from_env = os.environ.get(URL_ENV)
    try:
        return http_url(from_env) if from_env else None
    except ValueError as exc:
        raise ConfigError(f"{URL_ENV}: {exc}") from None


def languagetool_mode(settings: Settings, url: str | None) -> str:
    mode = settings.languagetool.mode
    if mode == "auto":
        return "remote" if url else "local"
    if mode == "remote" and not url:
        return "local"
    return mode


def starts_local_server(settings: Settings) -> bool:
    """Whether a run with these settings starts a LanguageTool server of its own."""
    return (
        "languagetool" in settings.grammar.engines
        and languagetool_mode(settings, languagetool_url(settings)) == "local"
    )


def languagetool_switches(settings: Settings) -> Switches:
    return switches(settings.languagetool, settings.house)


def _languagetool(config: Config, url: str | None, mode: str) -> LanguageToolBackend:
    settings = config.settings
    languagetool = settings.languagetool
    return LanguageToolBackend(
        url,
        mode,
        concurrency=settings.grammar.concurrency,
        timeout=settings.grammar.timeout,
        switches=languagetool_switches(settings),
        picky=languagetool.picky,
        mother_tongue=languagetool.mother_tongue,
        folder=languagetool_folder(config),
        idle_timeout=languagetool.idle_timeout,
    )


def harper_backend(config: Config) -> HarperBackend:
    """Harper as configured. Rule or group names it does not have are a ConfigError
    naming the key and the names, found by building Harper's linter now (the only way to
    know its names) when any are configured."""
    harper = config.settings.grammar.harper
    backend = HarperBackend(harper.enable, harper.disable, harper.spelling)
    if harper.enable or harper.disable:
        try:
            backend.load()
        except UnknownHarperNames as exc:
            raise config.key_error(*_first_unknown(harper, exc)) from None
        except GrammarUnavailable:
            pass  # no harper-py: said when Harper would check, like any engine that cannot start
    return backend


def _first_unknown(harper: HarperTable, exc: UnknownHarperNames) -> tuple[str, str]:
    """The key and the description of the configured Harper names Harper does not have."""
    key = next(key for key in ("enable", "disable") if set(getattr(harper, key)) & set(exc.names))
    names = [name for name in getattr(harper, key) if name in exc.names]
    problem = "; ".join(f"no Harper rule or group named {name!r}{did_you_mean(name, exc.known)}" for name in names)
    return f"grammar.harper.{key}", f"{problem}; `proof rules harper --all` lists the rules and their groups"


def build_grammar_checkers(config: Config) -> list[Checker]:
    grammar = config.settings.grammar
    engines = list(dict.fromkeys(grammar.engines))
    if not engines:
        return []  # `--no-grammar` (or `engines = []`): not even the answer cache is opened
    url = languagetool_url(config.settings)
    mode = languagetool_mode(config.settings, url)
    shared_cache = GrammarCache() if grammar.cache else None
    checkers: list[Checker] = []
    for name in engines:
        backend: GrammarBackend
        if name == "languagetool":
            harper_fallback = grammar.fallback == "harper" and "harper" not in engines
            if mode == "off":
                if harper_fallback:
                    checkers.append(GrammarChecker(harper_backend(config), cache=shared_cache))
                continue
            backend = _languagetool(config, url, mode)
            checkers.append(GrammarChecker(backend, harper_backend(config) if harper_fallback else None, shared_cache))
        else:
            checkers.append(GrammarChecker(harper_backend(config), cache=shared_cache))
    return checkers
