"""Counts over a run, shared by every reporter."""
from __future__ import annotations

from dataclasses import dataclass, field

from proof.flag import SEVERITIES, Flag, severity_rank
from proof.run import FileResult


@dataclass
class Summary:
    files: int = 0
    flags: int = 0
    errors: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: {s: 0 for s in SEVERITIES})
    engines: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, results: list[FileResult], engines: list[str] = ()) -> "Summary":
        summary = cls(files=len(results), engines=list(engines))
        for result in results:
            summary.errors += result.error is not None
            for flag in result.flags:
                summary.flags += 1
                summary.by_severity[flag.severity] = summary.by_severity.get(flag.severity, 0) + 1
        return summary

    def fails(self, fail_on: str) -> bool:
        if fail_on == "never":
            return False
        return any(count and severity_rank(sev) >= severity_rank(fail_on)
                   for sev, count in self.by_severity.items())


def flag_position(result: FileResult, flag: Flag) -> dict:
    """Line, column and flagged text of a flag, 1-based, in code points."""
    document = result.document
    line, column = document.position(flag.start)
    end_line, end_column = document.position(flag.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column,
            "text": document.source[flag.start:flag.end]}
