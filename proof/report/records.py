"""What a reporter needs of a checked file, computed where the file was checked.

A `FileReport` carries each flag with its line, column and flagged text already worked
out, so it is small, picklable (it crosses from a worker process) and keeps no
`Document` alive: a run over thousands of files holds only these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from proof.core.fingerprint import fingerprint
from proof.core.flag import Flag
from proof.run.runner import FileResult


@dataclass(frozen=True)
class LocatedFlag:
    flag: Flag
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    # Only computed when a reporter or the baseline needs it (see `file_report`).
    fingerprint: str = ""


@dataclass
class FileReport:
    path: str
    flags: list[LocatedFlag] = field(default_factory=list)
    error: str | None = None
    #: Why `proof fix` could not write the checked file back (its flags are those it still has).
    unwritten: str | None = None
    engines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def locate(result: FileResult, flag: Flag, with_fingerprint: bool = False) -> LocatedFlag:
    """Line, column (1-based, code points) and flagged text of a flag in its file."""
    document = result.document
    line, column = document.position(flag.start)
    end_line, end_column = document.position(flag.end)
    return LocatedFlag(
        flag,
        line,
        column,
        end_line,
        end_column,
        document.source[flag.start : flag.end],
        fingerprint(document, flag) if with_fingerprint else "",
    )


def file_report(result: FileResult, with_fingerprints: bool = False) -> FileReport:
    if result.error is not None:
        return FileReport(result.path, error=result.error)
    return FileReport(
        result.path,
        [locate(result, flag, with_fingerprints) for flag in result.flags],
        engines=result.engines,
        problems=result.problems,
        warnings=result.warnings,
    )
