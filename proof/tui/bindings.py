"""The review screen's keys, as data, and when each does something. Every binding has an
id, so a keymap can remap it; its tooltip is the line the help screen and the command
palette show."""

from __future__ import annotations

from textual.binding import Binding

from proof.review.session import ReviewSession

# The footer shows only the keys an editor needs at 80 columns (show=True); F1 lists all.
# The digits have their own action (`pick`), not `apply`: one line "1-9" in the help.
REVIEW_BINDINGS = [
    Binding("n,j,down", "step(1)", "Next", key_display="n", id="next", tooltip="Next flag"),
    Binding("p,k,up", "step(-1)", "Prev", key_display="p", show=False, id="previous", tooltip="Previous flag"),
    Binding("a,enter", "apply(1)", "Apply", key_display="a", id="apply", tooltip="Apply the first suggestion"),
    *(
        Binding(str(n), f"pick({n})", "Apply suggestion N", key_display="1-9", show=False, id=f"apply-{n}")
        for n in range(1, 10)
    ),
    Binding("i", "ignore", "Ignore", id="ignore", tooltip="Ignore this flag"),
    # The flagged text under this rule everywhere in the file, now and after edits (a name
    # spelled so); X ignores the flags alike that are open now, each in its sentence.
    Binding(
        "I",
        "ignore_everywhere",
        "Ignore text",
        show=False,
        id="ignore-everywhere",
        tooltip="Ignore this rule on this text (a word) everywhere in the file",
    ),
    # Wide-reaching: asks first.
    Binding("R", "ignore_rule", "Ignore rule", show=False, id="ignore-rule", tooltip="Ignore this rule in this file"),
    Binding(
        "d", "add_word", "Add word", show=False, id="add-word", tooltip="Add the flagged word to the project dictionary"
    ),
    Binding(
        "A", "fix_all", "Fix all", show=False, id="fix-all", tooltip="Apply the first suggestion to every flag alike"
    ),
    Binding("X", "ignore_all", "Ignore all", show=False, id="ignore-all", tooltip="Ignore this rule on the same text"),
    Binding(
        "e",
        "edit",
        "Edit",
        show=False,
        id="edit",
        tooltip="Edit a paragraph: the flag's, the search match's or the one in sight",
    ),
    Binding("u", "undo", "Undo", id="undo", tooltip="Undo the last action"),
    Binding("U,ctrl+y", "redo", "Redo", key_display="U", show=False, id="redo", tooltip="Redo what undo undid"),
    Binding("D", "diff", "Diff", show=False, id="diff", tooltip="Show the diff of the file as saving would write it"),
    Binding(
        "question_mark",
        "explain",
        "Explain",
        key_display="?",
        id="explain",
        tooltip="Explain the current flag's rule (the help when no flag is selected)",
    ),
    Binding("f", "cycle_filter", "Filter", show=False, id="filter", tooltip="Show spelling, style, grammar, all"),
    Binding("slash", "search", "Search", key_display="/", show=False, id="search", tooltip="Find text in the article"),
    Binding("f3", "search_again", "Next match", show=False, id="next-match", tooltip="Find the last search again"),
    Binding(
        "pagedown", "page(1)", "Page down", show=False, id="page-down", tooltip="The first flag a page further down"
    ),
    Binding("pageup", "page(-1)", "Page up", show=False, id="page-up", tooltip="The last flag a page further up"),
    Binding("home", "first", "First flag", show=False, id="first", tooltip="The first flag"),
    Binding("end", "last", "Last flag", show=False, id="last", tooltip="The last flag"),
    Binding("N", "same_rule(1)", "Next of rule", show=False, id="next-same-rule", tooltip="Next flag of the same rule"),
    Binding(
        "P",
        "same_rule(-1)",
        "Prev of rule",
        show=False,
        id="previous-same-rule",
        tooltip="Previous flag of the same rule",
    ),
    Binding(
        "v",
        "cycle_severity",
        "Severity",
        show=False,
        id="severity-filter",
        tooltip="Show only errors, warnings, infos, all",
    ),
    Binding("r", "only_rule", "This rule", show=False, id="rule-filter", tooltip="Show only this rule's flags, or all"),
    Binding(
        "o",
        "overview",
        "Overview",
        show=False,
        id="overview",
        tooltip="Open flags counted per severity, source and rule (filter by a line)",
    ),
    Binding(
        "c",
        "consistency",
        "Consistency",
        show=False,
        id="consistency",
        tooltip="Words written two ways, with their counts; make them one",
    ),
    Binding("s,ctrl+s", "save", "Save", key_display="s", id="save", tooltip="Save the article"),
    Binding("q", "quit_review", "Quit", id="quit", tooltip="Quit (asks first when there are unsaved changes)"),
    Binding("f1", "help", "Help", id="help", tooltip="Every key, and the grammar engine's notices"),
]
# The footer's keys in a window too narrow for them all, the first given up first (the
# footer still shows next, apply, ignore, save, quit and help at 60 columns).
FOOTER_GIVES_WAY = ("explain", "undo", "save", "ignore", "apply", "next", "quit")

# What an editor may type in the command palette for a key, besides its description and
# tooltip: the everyday names of the actions ("fix" for apply).
EVERYDAY_NAMES: dict[str, tuple[str, ...]] = {
    "apply": ("fix", "correct", "accept the suggestion", "replace"),
    "fix-all": ("apply all", "replace all", "correct all"),
    "ignore": ("skip this flag", "dismiss"),
    "ignore-everywhere": ("ignore the word", "allow the word"),
    "ignore-rule": ("turn off the rule", "disable the rule"),
    "add-word": ("add to dictionary", "learn the word", "accept the spelling"),
    "edit": ("change the text", "rewrite", "type"),
    "undo": ("revert", "take back"),
    "redo": ("undo the undo",),
    "diff": ("changes", "compare with the file"),
    "explain": ("why", "about the rule"),
    "filter": ("spelling only", "style only", "grammar only"),
    "search": ("find",),
    "next-match": ("find again",),
    "severity-filter": ("errors only", "warnings only"),
    "overview": ("summary", "counts", "statistics"),
    "consistency": ("variants", "spelled two ways"),
    "save": ("write", "keep"),
    "quit": ("exit", "close"),
    "help": ("keys", "shortcuts"),
}


def available(session: ReviewSession, action: str, parameters: tuple[object, ...]) -> bool | None:
    """Whether a key's action does something now; None greys it out in the footer."""
    current = session.current
    if action in ("step", "first", "last", "same_rule"):
        return bool(session.visible) or None
    if action == "only_rule":
        return (current is not None or session.filter.rule is not None) or None
    if action in ("apply", "pick"):
        return (current is not None and len(current.suggestions) >= int(parameters[0])) or None
    if action in ("ignore", "ignore_everywhere", "ignore_rule", "ignore_all"):
        return current is not None or None
    if action == "fix_all":
        return (current is not None and bool(session.fixable_alike(current))) or None
    if action == "edit":
        return bool(session.document.paragraphs) or None
    if action == "redo":
        return session.can_redo or None
    if action == "diff":
        # Decisions alone change no line of the text.
        return session.text != session.source.text or None
    if action == "add_word":
        return (current is not None and session.can_add_word(current)) or None
    if action == "undo":
        return session.can_undo or None
    if action == "save":
        return session.dirty or None
    return True
