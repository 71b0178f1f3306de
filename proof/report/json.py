"""The JSON report (format version 1, documented in the README)."""
from __future__ import annotations

import json

from proof.report.summary import Summary, flag_position
from proof.run import FileResult


def flag_record(result: FileResult, flag) -> dict:
    position = flag_position(result, flag)
    return {"rule": flag.rule, "source": flag.source, "category": flag.category,
            "severity": flag.severity, "message": flag.message,
            "offset": flag.start, "length": flag.end - flag.start,
            "line": position["line"], "column": position["column"],
            "end_line": position["end_line"], "end_column": position["end_column"],
            "text": position["text"], "suggestions": list(flag.suggestions)}


def render_json(results: list[FileResult], summary: Summary, color: bool = False) -> str:
    report = {
        "version": 1,
        "engines": summary.engines,
        "files": [{"path": r.path, "error": r.error, "flags": [flag_record(r, f) for f in r.flags]}
                  for r in results],
        "summary": {"files": summary.files, "flags": summary.flags, **summary.by_severity},
    }
    return json.dumps(report, ensure_ascii=False, indent=2)
