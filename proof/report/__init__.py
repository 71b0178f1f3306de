"""Reporters: how a run's results are written out, one class per format."""

from __future__ import annotations

from proof.report.base import Reporter
from proof.report.github import GithubReporter
from proof.report.json import JsonReporter
from proof.report.records import FileReport, LocatedFlag, file_report
from proof.report.sarif import SarifReporter
from proof.report.summary import Summary
from proof.report.text import TextReporter, summary_line

REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "sarif": SarifReporter,
    "github": GithubReporter,
}

__all__ = ["REPORTERS", "FileReport", "LocatedFlag", "Reporter", "Summary", "file_report", "summary_line"]
