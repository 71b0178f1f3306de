"""Counts over a run, shared by every reporter, added up one file at a time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from proof.core.flag import SEVERITIES, severity_rank
from proof.report.records import FileReport


@dataclass
class Summary:
    files: int = 0
    flags: int = 0
    errors: int = 0
    #: Files `proof fix` checked but could not write back.
    unwritten: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: {s: 0 for s in SEVERITIES})
    engines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: Checked files per grammar engine: they differ when an engine failed mid-run.
    engine_files: dict[str, int] = field(default_factory=dict)
    checked: int = 0

    def add(self, report: FileReport) -> None:
        """Count a file; returns nothing. New problems are kept in order, each once."""
        self.files += 1
        self.engines.extend(e for e in report.engines if e not in self.engines)
        self.problems.extend(p for p in report.problems if p not in self.problems)
        self.errors += report.error is not None
        self.unwritten += report.unwritten is not None
        if report.error is None:
            self.checked += 1
            for engine in report.engines:
                self.engine_files[engine] = self.engine_files.get(engine, 0) + 1
        for located in report.flags:
            severity = located.flag.severity
            self.flags += 1
            self.by_severity[severity] = self.by_severity.get(severity, 0) + 1

    @classmethod
    def of(cls, reports: Iterable[FileReport], engines: Iterable[str] = ()) -> Summary:
        summary = cls(engines=list(engines))
        for report in reports:
            summary.add(report)
        return summary

    def fell_back(self) -> bool:
        """Whether an engine failed mid-run and another checked the files after it."""
        return (
            bool(self.problems)
            and len(self.engine_files) > 1
            and len(set(self.engine_files.values()) | {self.checked}) > 1
        )

    def fails(self, fail_on: str) -> bool:
        if fail_on == "never":
            return False
        return any(count and severity_rank(sev) >= severity_rank(fail_on) for sev, count in self.by_severity.items())
