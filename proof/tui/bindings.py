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
    Binding("I", "ignore_rule", "Ignore rule", id="ignore-rule"),
    Binding("d", "add_word", "Add word", id="add-word"),
    Binding("e", "edit", "Edit", id="edit"),
    Binding("u", "undo", "Undo", id="undo"),
    Binding("question_mark", "explain", "Explain", key_display="?", id="explain"),
    Binding("f", "cycle_filter", "Filter", id="filter"),
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
        tooltip="The open flags counted per severity, source and rule; choose a line to filter",
    ),
    Binding(
        "c",
        "consistency",
        "Consistency",
        show=False,
        id="consistency",
        tooltip="Words written two ways, with their counts; make them one",
    ),
    Binding("s,ctrl+s", "save", "Save", key_display="s", id="save"),
    Binding("q", "quit_review", "Quit", id="quit"),
]


def available(session: ReviewSession, action: str, parameters: tuple[object, ...]) -> bool | None:
    """Whether a key's action does something now; None greys it out in the footer."""
    current = session.current
    if action in ("step", "same_rule"):
        return bool(session.visible) or None
    if action == "only_rule":
        return (current is not None or session.filter.rule is not None) or None
    if action in ("apply", "pick"):
        return (current is not None and len(current.suggestions) >= int(parameters[0])) or None
    if action in ("ignore", "ignore_rule", "edit", "explain"):
        return current is not None or None
    if action == "add_word":
        return (current is not None and session.can_add_word(current)) or None
    if action == "undo":
        return session.can_undo or None
    if action == "save":
        return session.dirty or None
    return True
