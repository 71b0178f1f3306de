"""The one interface every reporter implements, flake8 style: start, one call a file, finish.

A reporter writes to a text stream. Formats that can stream (text, github) write each
file as it arrives; whole-document formats (json, sarif) keep only the small per-file
records and write at `finish`.
"""

from __future__ import annotations

from typing import TextIO

from proof.report.records import FileReport
from proof.report.summary import Summary


class Reporter:
    #: True when the report itself ends with the human summary line.
    includes_summary = False

    def __init__(self, out: TextIO, color: bool = False):
        self.out = out
        self.color = color

    def start(self) -> None:
        return None

    def file(self, report: FileReport) -> None:
        return None

    def finish(self, summary: Summary) -> None:
        return None
