"""The JSON report (format version 1, documented in the README)."""

from __future__ import annotations

import json

from proof.report.base import Reporter
from proof.report.printable import printable_tree
from proof.report.records import FileReport, LocatedFlag
from proof.report.summary import Summary


def flag_record(located: LocatedFlag) -> dict:
    flag = located.flag
    return {
        "rule": flag.rule,
        "source": flag.source,
        "category": flag.category,
        "severity": flag.severity,
        "message": flag.message,
        "offset": flag.start,
        "length": flag.end - flag.start,
        "line": located.line,
        "column": located.column,
        "end_line": located.end_line,
        "end_column": located.end_column,
        "text": located.text,
        "suggestions": list(flag.suggestions),
    }


class JsonReporter(Reporter):
    def start(self) -> None:
        self.files: list[dict] = []

    def file(self, report: FileReport) -> None:
        self.files.append(
            {
                "path": report.path,
                "error": report.error,
                "engines": report.engines,
                "flags": [flag_record(located) for located in report.flags],
            }
        )

    def finish(self, summary: Summary) -> None:
        report = {
            "version": 1,
            "engines": summary.engines,
            "files": self.files,
            "summary": {"files": summary.files, "flags": summary.flags, **summary.by_severity},
        }
        self.out.write(json.dumps(printable_tree(report), ensure_ascii=False, indent=2) + "\n")
