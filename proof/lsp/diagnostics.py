"""proof's flags as LSP diagnostics, and the quick fixes that write their suggestions."""

from __future__ import annotations

from lsprotocol import types

from proof.core.edits import Edit, fix
from proof.core.flag import Flag
from proof.lsp.positions import Positions
from proof.lsp.target import EditTarget
from proof.pipeline.suppressions import UnknownRule

SOURCE = "proof"
SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def diagnostic(flag: Flag, positions: Positions) -> types.Diagnostic:
    return types.Diagnostic(
        range=positions.range(flag.start, flag.end),
        message=flag.message,
        severity=SEVERITIES.get(flag.severity, types.DiagnosticSeverity.Information),
        code=flag.rule,
        code_description=types.CodeDescription(href=flag.link) if flag.link else None,
        source=SOURCE,
    )


def comment_diagnostic(warning: UnknownRule, positions: Positions) -> types.Diagnostic:
    """A suppression comment's rule name that matches no rule, underlined where it is written."""
    return types.Diagnostic(
        range=positions.range(warning.start, warning.end),
        message=warning.message,
        severity=types.DiagnosticSeverity.Warning,
        source=SOURCE,
    )


def overlaps(a: types.Range, b: types.Range) -> bool:
    """True when the ranges share a position (an empty range at a flag's edge touches it)."""

    def key(position: types.Position) -> tuple[int, int]:
        return position.line, position.character

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def quick_fixes(
    target: EditTarget, flag: Flag, found: types.Diagnostic, text: str, positions: Positions
) -> list[types.CodeAction]:
    """One action per suggestion, writing it over the flagged span; a deletion that would
    leave its line empty takes the line, as `proof fix` and the review do."""
    return [
        types.CodeAction(
            title=f"Replace with \u201c{suggestion}\u201d" if suggestion else "Delete",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[found],
            is_preferred=flag.safe_fix and index == 0,
            edit=target.edit([_text_edit(fix(text, flag.start, flag.end, suggestion), positions)]),
        )
        for index, suggestion in enumerate(flag.suggestions)
    ]


def _text_edit(edit: Edit, positions: Positions) -> types.TextEdit:
    return types.TextEdit(range=positions.range(edit.start, edit.end), new_text=edit.replacement)
