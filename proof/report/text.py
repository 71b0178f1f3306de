"""The text report: one flag a line, compiler style, then a summary line."""
from __future__ import annotations

import click

from proof.report.summary import Summary, flag_position
from proof.run import FileResult

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(summary: Summary) -> str:
    counts = ", ".join(_plural(summary.by_severity[s], s) if s != "info" else f"{summary.by_severity[s]} info"
                       for s in ("error", "warning", "info"))
    line = f"{_plural(summary.files, 'file')} checked: {_plural(summary.flags, 'flag')} ({counts})"
    if summary.errors:
        line += f"; {_plural(summary.errors, 'file')} could not be checked"
    if summary.engines:
        line += f"; grammar: {', '.join(summary.engines)}"
    return line


def render_text(results: list[FileResult], summary: Summary, color: bool = False) -> str:
    lines = []
    for result in results:
        for flag in result.flags:
            position = flag_position(result, flag)
            severity = click.style(flag.severity, fg=_COLOURS.get(flag.severity), bold=True) \
                if color else flag.severity
            suggestion = f" ({flag.suggestions[0]})" if flag.suggestions else ""
            lines.append(f"{result.path}:{position['line']}:{position['column']}: {severity} "
                         f"{flag.rule} {flag.message}{suggestion}")
    lines.append(summary_line(summary))
    return "\n".join(lines)
