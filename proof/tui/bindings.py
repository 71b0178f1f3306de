"""The review screen's keys, as data, and when each does something. Every binding has an
id, so a keymap can remap it."""

from __future__ import annotations

from textual.binding import Binding

from proof.review.session import ReviewSession

# The digits have their own action (`pick`), not `apply`: the footer shows one key per
# action, and "1-9" must stand beside "a", greyed out on its own when there is no suggestion.
REVIEW_BINDINGS = [
    Binding("n,j,down", "step(1)", "Next", key_display="n", id="next"),
    Binding("p,k,up", "step(-1)", "Prev", key_display="p", id="previous"),
    Binding("a,enter", "apply(1)", "Apply", key_display="a", id="apply"),
    *(Binding(str(n), f"pick({n})", "Fix N", key_display="1-9", show=n == 1, id=f"apply-{n}") for n in range(1, 10)),
    Binding("i", "ignore", "Ignore", id="ignore"),
    # The flagged text under this rule everywhere in the file, now and after edits (a name
    # spelled so); X ignores the flags alike that are open now, each in its sentence.
    Binding("I", "ignore_everywhere", "Ignore text", show=False, id="ignore-everywhere"),
    # Rare and wide-reaching, asks first: off the footer, which has no room to spare.
    Binding("R", "ignore_rule", "Ignore rule", show=False, id="ignore-rule"),
    Binding("d", "add_word", "Add word", id="add-word"),
    Binding("A", "fix_all", "Fix all", id="fix-all"),
    Binding("X", "ignore_all", "Ignore all", id="ignore-all"),
    Binding("e", "edit", "Edit", id="edit"),
    Binding("u", "undo", "Undo", id="undo"),
    Binding("U,ctrl+y", "redo", "Redo", key_display="U", id="redo"),
    Binding("D", "diff", "Diff", id="diff"),
    Binding("question_mark", "explain", "Explain", key_display="?", id="explain"),
    Binding("f", "cycle_filter", "Filter", id="filter"),
    Binding("s,ctrl+s", "save", "Save", key_display="s", id="save"),
    Binding("q", "quit_review", "Quit", id="quit"),
]


def available(session: ReviewSession, action: str, parameters: tuple[object, ...]) -> bool | None:
    """Whether a key's action does something now; None greys it out in the footer."""
    current = session.current
    if action == "step":
        return bool(session.visible) or None
    if action in ("apply", "pick"):
        return (current is not None and len(current.suggestions) >= int(parameters[0])) or None
    if action in ("ignore", "ignore_everywhere", "ignore_rule", "ignore_all", "explain"):
        return current is not None or None
    if action == "fix_all":
        return (current is not None and bool(session.fixable_alike(current))) or None
    if action == "edit":
        return bool(session.document.paragraphs) or None
    if action == "redo":
        return session.can_redo or None
    if action == "diff":
        return session.dirty or None
    if action == "add_word":
        return (current is not None and session.can_add_word(current)) or None
    if action == "undo":
        return session.can_undo or None
    if action == "save":
        return session.dirty or None
    return True
