"""LanguageTool through language-tool-python: a local server it manages, or a URL.

language-tool-python turns LanguageTool's offsets from UTF-16 units into code points but
leaves lengths in UTF-16 units, so a match over an emoji or another character outside the
Basic Multilingual Plane would end one character late; `match_span` counts the length
back in code points.
"""
from __future__ import annotations

import os
import re
import shutil
import threading

from proof.grammar.backend import GrammarBackend, GrammarMatch, GrammarUnavailable

# LanguageTool's own spelling rules: the spelling checker owns spelling.
SPELLING_CATEGORIES = ("TYPOS",)
SPELLING_RULE_PREFIXES = ("MORFOLOGIK_", "HUNSPELL_", "SPELLING_RULE")

_SEVERITIES = {"misspelling": "warning", "grammar": "warning", "duplication": "warning",
               "typographical": "warning", "inconsistency": "warning", "whitespace": "info",
               "style": "info", "locale-violation": "info", "register": "info", "uncategorized": "warning"}


def utf16_units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def match_span(text: str, offset: int, utf16_length: int) -> tuple[int, int]:
    """Code-point span of a match whose offset is in code points and length in UTF-16 units.

    A span a server got wrong is kept wrong, never clamped into the text: a negative
    length ends before it starts, a length that runs past the text ends past it, so that
    the grammar checker sees it is outside the text and drops it."""
    if utf16_length < 0 or not 0 <= offset <= len(text):
        return offset, offset + utf16_length
    end = offset
    units = 0
    while end < len(text) and units < utf16_length:
        units += utf16_units(text[end])
        end += 1
    # Units still left when the text ran out: the span ends past the text.
    return offset, end + max(utf16_length - units, 0)


def root_cause(exc: Exception) -> str:
    """The reason at the bottom of a requests/urllib3 error chain, in a few words."""
    text = str(exc).strip() or type(exc).__name__
    errno = re.search(r"\[Errno -?\d+\] ([^\"')]+)", text)
    if errno:
        return errno.group(1).strip()
    return text.splitlines()[0][:160]


def is_spelling_rule(rule_id: str, category: str) -> bool:
    return category in SPELLING_CATEGORIES or rule_id.startswith(SPELLING_RULE_PREFIXES)


def to_grammar_match(match, text: str) -> GrammarMatch:
    """A language_tool_python.Match on `text` as a GrammarMatch."""
    start, end = match_span(text, match.offset, match.error_length)
    issue = (match.rule_issue_type or "").lower()
    return GrammarMatch(rule=f"grammar.languagetool.{match.rule_id}", category=(match.category or "grammar").lower(),
                        severity=_SEVERITIES.get(issue, "warning"), message=match.message, start=start, end=end,
                        suggestions=tuple(match.replacements[:5]))


class LanguageToolBackend(GrammarBackend):
    name = "languagetool"

    def __init__(self, url: str | None, mode: str, concurrency: int = 4, timeout: float = 30.0,
                 enabled_rules=(), disabled_rules=(), enabled_categories=(), disabled_categories=(),
                 picky: bool = False, mother_tongue: str = "", spelling: bool = False):
        self.url = url
        self.mode = mode
        self.concurrency = concurrency
        self.timeout = timeout
        self.enabled_rules = sorted(enabled_rules)
        self.disabled_rules = sorted(disabled_rules)
        self.enabled_categories = sorted(enabled_categories)
        self.disabled_categories = sorted(set(disabled_categories) | (set() if spelling else set(SPELLING_CATEGORIES)))
        self.picky = picky
        self.mother_tongue = mother_tongue
        self.spelling = spelling
        self._tool = None
        self._owner = 0
        self._version = ""
        self._language_lock = threading.Lock()

    def describe(self) -> str:
        return f"LanguageTool at {self.url}" if self.mode == "remote" else "a local LanguageTool server"

    def start(self) -> None:
        import language_tool_python
        from language_tool_python.exceptions import LanguageToolError

        if self.mode == "local" and not shutil.which("java"):
            raise GrammarUnavailable("no Java found; install Java 17 or newer, or set PROOF_LANGUAGETOOL_URL "
                                     "to a LanguageTool server")
        try:
            self._tool = language_tool_python.LanguageTool(
                "en-US", mother_tongue=self.mother_tongue or None,
                remote_server=self.url if self.mode == "remote" else None)
        except (LanguageToolError, OSError, ValueError) as exc:
            raise GrammarUnavailable(self._start_failure(exc)) from None
        except Exception as exc:  # language-tool-python raises several unrelated types while starting
            raise GrammarUnavailable(self._start_failure(exc)) from None
        self._owner = os.getpid()
        # language-tool-python waits 300 s per request by default; a CI run should not.
        self._tool._TIMEOUT = self.timeout
        self._tool.disabled_rules = set(self.disabled_rules)
        self._tool.enabled_rules = set(self.enabled_rules)
        self._tool.disabled_categories = set(self.disabled_categories)
        self._tool.enabled_categories = set(self.enabled_categories)
        self._tool.picky = self.picky
        self._version = self._probe_version()

    def _start_failure(self, exc: Exception) -> str:
        cause = root_cause(exc)
        if self.mode == "remote":
            return (f"cannot reach LanguageTool at {self.url} ({cause}); check that the server is running, "
                    f"or change --languagetool-url / PROOF_LANGUAGETOOL_URL")
        return (f"could not start a local LanguageTool server ({cause}); the first run downloads LanguageTool, "
                f"which needs the network: set LTP_PATH to a folder holding a LanguageTool download, "
                f"or point at a server with --languagetool-url")

    def _probe_version(self) -> str:
        import requests

        try:
            answer = requests.post(self._tool._url + "check", data={"text": "a", "language": "en-US"},
                                   timeout=self.timeout).json()
            software = answer.get("software", {})
            return f"LanguageTool {software.get('version', '?')} {software.get('buildDate', '')}".strip()
        except (requests.RequestException, ValueError):
            return "LanguageTool"

    def version(self) -> str:
        return self._version

    def options_key(self) -> str:
        return repr((self.enabled_rules, self.disabled_rules, self.enabled_categories, self.disabled_categories,
                     self.picky, self.mother_tongue, self.spelling))

    def check(self, text: str, language: str) -> list[GrammarMatch]:
        from language_tool_python.exceptions import LanguageToolError

        with self._language_lock:
            if str(self._tool.language) != language:
                self._tool.language = language
        try:
            matches = self._tool.check(text)
        except LanguageToolError as exc:
            raise GrammarUnavailable(f"{self.describe()} failed ({root_cause(exc)}); "
                                     f"check the server, or raise grammar.timeout") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise GrammarUnavailable(f"{self.describe()} gave a malformed answer ({exc}); "
                                     f"check that the URL is a LanguageTool server") from None
        found = []
        for match in matches:
            if not self.spelling and is_spelling_rule(match.rule_id, match.category or ""):
                continue
            found.append(to_grammar_match(match, text))
        return found

    def close(self) -> None:
        # A worker forked after the server started shares it and leaves it to its starter.
        if self._tool is not None and self._owner == os.getpid():
            self._tool.close()
        self._tool = None
