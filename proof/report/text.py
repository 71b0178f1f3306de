"""The text report: one flag a line, compiler style, then a summary line."""

from __future__ import annotations

import click

from proof.report.base import Reporter
from proof.report.plural import counted
from proof.report.printable import printable
from proof.report.records import FileReport
from proof.report.suggestion import first_suggestion
from proof.report.summary import Summary

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def summary_line(summary: Summary) -> str:
    counts = ", ".join(
        counted(summary.by_severity[s], s) if s != "info" else f"{summary.by_severity[s]} info"
        for s in ("error", "warning", "info")
    )
    line = f"{counted(summary.files, 'file')} checked: {counted(summary.flags, 'flag')} ({counts})"
    if summary.errors:
        line += f"; {counted(summary.errors, 'file')} could not be checked"
    if summary.unwritten:
        line += f"; {counted(summary.unwritten, 'file')} could not be written"
    if summary.fell_back():
        # an engine failed mid-run and another took over: say which checked how many files
        shares = ", ".join(
            f"{engine} on {counted(summary.engine_files.get(engine, 0), 'file')}" for engine in summary.engines
        )
        line += f"; grammar: {shares} (a fallback mid-run)"
    elif summary.engines:
        line += f"; grammar: {', '.join(summary.engines)}"
    return line


def flag_lines(report: FileReport, color: bool = False) -> list[str]:
    lines = []
    for located in report.flags:
        flag = located.flag
        severity = click.style(flag.severity, fg=_COLOURS.get(flag.severity), bold=True) if color else flag.severity
        suggestion = "" if (first := first_suggestion(flag)) is None else f" ({first})"
        lines.append(
            printable(
                f"{report.path}:{located.line}:{located.column}: {severity} {flag.rule} {flag.message}{suggestion}"
            )
        )
    return lines


class TextReporter(Reporter):
    includes_summary = True

    def file(self, report: FileReport) -> None:
        for line in flag_lines(report, self.color):
            self.out.write(line + "\n")

    def finish(self, summary: Summary) -> None:
        self.out.write(summary_line(summary) + "\n")
