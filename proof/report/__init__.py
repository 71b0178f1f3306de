"""Reporters: how a run's results are written out."""
from __future__ import annotations

from proof.report.json import render_json
from proof.report.summary import Summary
from proof.report.text import render_text

REPORTERS = {"text": render_text, "json": render_json}

__all__ = ["REPORTERS", "Summary"]
