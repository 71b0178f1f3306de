"""LanguageTool over its HTTP API: a server by URL, or a local server kept warm.

Requests carry the profile's switches (proof/grammar/languagetool_profile.py). A local
server runs from a LanguageTool folder (`languagetool.path`, PROOF_LANGUAGETOOL_PATH, or
language-tool-python's download) and is kept warm between runs (local_server.py).
language-tool-python parses the answer: it turns LanguageTool's offsets from UTF-16 units into code points but
leaves lengths in UTF-16 units, so a match over an emoji or another character outside the
Basic Multilingual Plane would end one character late; `match_span` counts the length
back in code points.
"""

from __future__ import annotations

import os
import re

from proof.grammar import local_server
from proof.grammar.backend import GrammarBackend, GrammarMatch, GrammarUnavailable
from proof.grammar.languagetool_profile import Switches

_SEVERITIES = {
    "misspelling": "warning",
    "grammar": "warning",
    "duplication": "warning",
    "typographical": "warning",
    "inconsistency": "warning",
    "whitespace": "info",
    "style": "info",
    "locale-violation": "info",
    "register": "info",
    "uncategorized": "warning",
}


# No profile: LanguageTool as it ships, without its dictionary spellers.
PLAIN = Switches()


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


def to_grammar_match(match, text: str, switches: Switches = PLAIN) -> GrammarMatch:
    """A language_tool_python.Match on `text` as a GrammarMatch, at the profile's level."""
    start, end = match_span(text, match.offset, match.error_length)
    issue = (match.rule_issue_type or "").lower()
    severity = switches.level(match.rule_id, match.category or "") or _SEVERITIES.get(issue, "warning")
    return GrammarMatch(
        rule=f"grammar.languagetool.{match.rule_id}",
        category=(match.category or "grammar").lower(),
        severity=severity,
        message=match.message,
        start=start,
        end=end,
        suggestions=tuple(match.replacements[:5]),
    )


class LanguageToolBackend(GrammarBackend):
    name = "languagetool"

    def __init__(
        self,
        url: str | None,
        mode: str,
        concurrency: int = 4,
        timeout: float = 30.0,
        switches: Switches = PLAIN,
        picky: bool = False,
        mother_tongue: str = "",
        folder: str = "",
        idle_timeout: float = 900.0,
    ):
        self.url = url
        self.mode = mode
        self.concurrency = concurrency
        self.timeout = timeout
        self.switches = switches
        self.picky = picky
        self.mother_tongue = mother_tongue
        # local mode: the LanguageTool folder to run ("" = language-tool-python's download)
        self.folder = folder
        self.idle_timeout = idle_timeout
        self._version = local_server.folder_version(os.path.abspath(folder)) if mode == "local" and folder else ""
        self._url = ""

    def describe(self) -> str:
        return f"LanguageTool at {self.url}" if self.mode == "remote" else "the local LanguageTool server"

    def version_known(self) -> bool:
        # a local folder's version is known without starting Java, so cached answers need none
        return bool(self._version)

    def start(self) -> None:
        if self.mode == "remote":
            self._url = re.sub(r"(/v2)?/*$", "", self.url) + "/v2/"
            if not self._version:
                self._version = self._probe_version(reachable=True)
            return
        folder = self.folder or downloaded_folder()
        server = local_server.ensure(folder, self.idle_timeout)
        self._url = server.url + "/v2/"
        if not self._version:
            self._version = local_server.folder_version(os.path.abspath(folder))

    def _probe_version(self, reachable: bool = False) -> str:
        """The server's version; with `reachable`, a server that does not answer is an error."""
        import requests

        try:
            answer = requests.post(self._url + "check", data={"text": "a", "language": "en-US"}, timeout=self.timeout)
        except requests.RequestException as exc:
            if reachable:
                raise GrammarUnavailable(
                    f"cannot reach LanguageTool at {self.url} ({root_cause(exc)}); check that the server is "
                    f"running, or change --languagetool-url / PROOF_LANGUAGETOOL_URL"
                ) from None
            return "LanguageTool"
        try:
            software = answer.json()["software"]
            return f"LanguageTool {software.get('version', '?')} {software.get('buildDate', '')}".strip()
        except (ValueError, KeyError, TypeError, AttributeError):
            # A server answered (requests' JSON error is also a RequestException: caught here first).
            if reachable:
                raise GrammarUnavailable(
                    f"{self.url} answered, but not as a LanguageTool server does (HTTP {answer.status_code}"
                    f"{' ' + answer.reason if answer.reason else ''}, {_what_came(answer)}); check the "
                    f"URL (e.g. http://localhost:8081)"
                ) from None
            return "LanguageTool"

    def version(self) -> str:
        return self._version

    def options_key(self) -> str:
        return repr((self.switches, self.picky, self.mother_tongue))

    def request(self, text: str, language: str) -> dict[str, str]:
        """The form sent to LanguageTool's /v2/check for one paragraph: the profile's
        switches go with every request, whatever the language."""
        form = {"text": text, "language": language}
        for name, ids in (
            ("disabledRules", self.switches.disabled_rules),
            ("enabledRules", self.switches.enabled_rules),
            ("disabledCategories", self.switches.disabled_categories),
            ("enabledCategories", self.switches.enabled_categories),
        ):
            if ids:
                form[name] = ",".join(ids)
        if self.picky:
            form["level"] = "picky"
        if self.mother_tongue:
            form["motherTongue"] = self.mother_tongue
        return form

    def check(self, text: str, language: str) -> list[GrammarMatch]:
        import requests
        from language_tool_python import Match

        if self.mode == "local":
            local_server.touch()  # in use: the idle timeout counts from here
        try:
            answer = requests.post(self._url + "check", data=self.request(text, language), timeout=self.timeout)
        except requests.RequestException as exc:
            raise GrammarUnavailable(
                f"{self.describe()} failed ({root_cause(exc)}); check the server, or raise grammar.timeout"
            ) from None
        if answer.status_code != 200:
            raise GrammarUnavailable(
                f"{self.describe()} answered HTTP {answer.status_code} "
                f"({answer.text.strip()[:120]}); check the server and its languages"
            )
        try:
            matches = [Match(raw, text) for raw in answer.json()["matches"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise GrammarUnavailable(
                f"{self.describe()} gave a malformed answer ({exc}); check that the URL is a LanguageTool server"
            ) from None
        return [to_grammar_match(match, text, self.switches) for match in matches if self.switches.keeps(match.rule_id)]

    def close(self) -> None:
        # A local server is left warm for the next run; it stops when idle, or with
        # `proof languagetool stop`.
        self._url = ""


def downloaded_folder() -> str:
    """language-tool-python's LanguageTool download, fetched on first use."""
    try:
        from language_tool_python.download_lt import (
            LTP_DOWNLOAD_VERSION,
            LocalLanguageTool,
        )

        local = LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION)
        if local not in local.get_installed_versions():
            local.download()
        return str(local.get_directory_path())
    except Exception as exc:
        raise GrammarUnavailable(
            f"could not download LanguageTool ({root_cause(exc)}); set languagetool.path or "
            f"PROOF_LANGUAGETOOL_PATH to an unpacked LanguageTool (the folder holding languagetool-server.jar), "
            f"or point at a server with --languagetool-url / PROOF_LANGUAGETOOL_URL"
        ) from None


def _what_came(answer) -> str:
    """What a server that is not LanguageTool sent back, in a few words."""
    try:
        answer.json()
    except ValueError:
        kind = answer.headers.get("Content-Type", "").split(";")[0].strip()
        return f"not JSON but {kind}" if kind else "not JSON"
    return "JSON without LanguageTool's answer"
