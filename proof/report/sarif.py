"""SARIF 2.1.0, as GitHub code scanning reads it.

Columns are counted in code points (`columnKind: unicodeCodePoints`) and are 1-based,
like every position proof reports; the region's end column is exclusive. Each rule that
raised a flag is described once in `tool.driver.rules`; results point at it by index.
"""

from __future__ import annotations

import json

from proof import __version__
from proof.core.flag import Flag
from proof.report.base import Reporter
from proof.report.paths import repository_path
from proof.report.printable import printable_tree, uri_path
from proof.report.records import FileReport, LocatedFlag
from proof.report.suggestion import first_suggestion
from proof.report.summary import Summary

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A URI relative to the working folder (the repository root in CI), else a file URI;
    the name's bytes percent-encoded, so a name that is not UTF-8 keeps its bytes."""
    shown, inside = repository_path(path)
    return uri_path(shown) if inside else "file://" + uri_path(shown)


def rule_descriptor(flag: Flag) -> dict:
    description = flag.description or flag.message
    descriptor = {
        "id": flag.rule,
        "shortDescription": {"text": description.split("\n", 1)[0]},
        "fullDescription": {"text": description},
        "defaultConfiguration": {"level": LEVELS.get(flag.severity, "warning")},
        "properties": {"category": flag.category, "source": flag.source},
    }
    if flag.link:
        descriptor["helpUri"] = flag.link
    return descriptor


class SarifReporter(Reporter):
    def start(self) -> None:
        self.rules: list[dict] = []
        self.rule_index: dict[str, int] = {}
        self.results: list[dict] = []
        self.notifications: list[dict] = []

    def _index(self, flag: Flag) -> int:
        if flag.rule not in self.rule_index:
            self.rule_index[flag.rule] = len(self.rules)
            self.rules.append(rule_descriptor(flag))
        return self.rule_index[flag.rule]

    def _result(self, uri: str, located: LocatedFlag) -> dict:
        flag = located.flag
        message = flag.message + ("" if (first := first_suggestion(flag)) is None else f" Suggestion: {first}")
        region = {
            "startLine": located.line,
            "startColumn": located.column,
            "endLine": located.end_line,
            "endColumn": located.end_column,
            "snippet": {"text": located.text},
        }
        result = {
            "ruleId": flag.rule,
            "ruleIndex": self._index(flag),
            "level": LEVELS.get(flag.severity, "warning"),
            "message": {"text": message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        }
        if located.fingerprint:
            result["partialFingerprints"] = {"proofFingerprint/v1": located.fingerprint}
        return result

    def file(self, report: FileReport) -> None:
        uri = artifact_uri(report.path)
        if report.error is not None:
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": report.error},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
        self.results.extend(self._result(uri, located) for located in report.flags)

    def finish(self, summary: Summary) -> None:
        run = {
            "tool": {"driver": {"name": "proof", "version": __version__, "rules": self.rules}},
            "invocations": [
                {"executionSuccessful": not self.notifications, "toolExecutionNotifications": self.notifications}
            ],
            "columnKind": "unicodeCodePoints",
            "results": self.results,
        }
        log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
        self.out.write(json.dumps(printable_tree(log), ensure_ascii=False, indent=2) + "\n")
