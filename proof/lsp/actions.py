"""The code actions on a flag beyond its suggestions: add the word to the project dictionary,
ignore this flag, switch the rule off in this file.

The first two write project files (`proof.core.wordlist`, `proof.review.decisions`, the same
files `proof review` writes and `proof check` reads), so they are commands the server runs
(`workspace/executeCommand`); their arguments say all the server needs, not an offset into a
text that may have changed since. The third is an edit of the document itself: a
`proof-disable` comment (`proof.pipeline.suppressions`) before its first paragraph, in the
formats that have comments (Markdown, HTML); plain text has none and gets no such action.
"""

from __future__ import annotations

from lsprotocol import types

from proof.core.document import Document
from proof.core.flag import Flag
from proof.lsp.positions import Positions
from proof.lsp.target import EditTarget
from proof.pipeline.suppressions import COMMENT_FORMATS
from proof.review.decisions import Decision
from proof.review.words import addable_word

ADD_WORD = "proof.addWord"
IGNORE_FLAG = "proof.ignoreFlag"
COMMANDS = (ADD_WORD, IGNORE_FLAG)


def _command_action(title: str, found: types.Diagnostic, command: str, arguments: list) -> types.CodeAction:
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[found],
        command=types.Command(title=title, command=command, arguments=arguments),
    )


def add_word(uri: str, document: Document, flag: Flag, found: types.Diagnostic) -> list[types.CodeAction]:
    """Offered on a spelling flag of one word."""
    word = document.source[flag.start : flag.end]
    if not addable_word(flag, word):
        return []
    return [_command_action(f"Add \u201c{word}\u201d to the project dictionary", found, ADD_WORD, [uri, word])]


def ignore(uri: str, document: Document, flag: Flag, found: types.Diagnostic) -> list[types.CodeAction]:
    decision = Decision.for_flag(document, flag)
    arguments = [uri, decision.rule, decision.text, decision.fingerprint]
    return [_command_action(f"Ignore this flag ({flag.rule})", found, IGNORE_FLAG, arguments)]


def disable_comment(document: Document, rule: str, newline: str) -> tuple[int, str]:
    """Where a comment switching `rule` off in the whole file goes, and its text: on a line of
    its own above the line of the first paragraph, so after any front matter or HTML head; in
    HTML whose first paragraph shares its line with other markup (a one-line page, the doctype
    and head before it), just before the tag the paragraph starts in."""
    comment = f"<!-- proof-disable {rule} -->"
    first = min((document.to_source(p.start, p.end)[0] for p in document.paragraphs), default=0)
    line_start = max(document.source.rfind("\n", 0, first), document.source.rfind("\r", 0, first)) + 1
    tag = document.source.rfind("<", line_start, first)
    if document.format == "html" and tag > line_start:
        return tag, comment
    return line_start, comment + newline


def disable_rule(
    target: EditTarget, document: Document, flag: Flag, found: types.Diagnostic, positions: Positions
) -> list[types.CodeAction]:
    if document.format not in COMMENT_FORMATS:
        return []
    newline = "\r\n" if "\r\n" in document.source else "\n"
    offset, comment = disable_comment(document, flag.rule, newline)
    at = positions.position(offset)
    edit = types.TextEdit(range=types.Range(start=at, end=at), new_text=comment)
    return [
        types.CodeAction(
            title=f"Switch {flag.rule} off in this file",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[found],
            edit=target.edit([edit]),
        )
    ]
