"""GitHub Actions workflow commands: one annotation a flag.

    ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=T::message

The runner splits a command on ':' ',' and the line end, so the message escapes '%', CR
and LF, and property values also ':' and ','. Severity info becomes a `notice`. The file
is named relative to the working folder (the repository root in CI), where GitHub looks
for it to place the annotation on the file's line.
"""

from __future__ import annotations

from proof.report.base import Reporter
from proof.report.paths import repository_path
from proof.report.printable import printable
from proof.report.records import FileReport
from proof.report.suggestion import first_suggestion

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return printable(f"::{name} {props}::{escape_data(message)}")


class GithubReporter(Reporter):
    def file(self, report: FileReport) -> None:
        path, _ = repository_path(report.path)
        if report.error is not None:
            self.out.write(command("error", {"file": path, "title": "proof"}, report.error) + "\n")
        for located in report.flags:
            flag = located.flag
            message = flag.message + ("" if (first := first_suggestion(flag)) is None else f" ({first})")
            properties = {
                "file": path,
                "line": located.line,
                "col": located.column,
                "endLine": located.end_line,
                "endColumn": located.end_column,
                "title": flag.rule,
            }
            self.out.write(command(COMMANDS.get(flag.severity, "warning"), properties, message) + "\n")
