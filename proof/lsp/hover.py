"""The hover over a flagged span: what `?` shows in `proof review` (`proof.review.explain`),
as Markdown."""

from __future__ import annotations

from proof.review.explain import Explanation


def _examples(title: str, examples: tuple[str, ...]) -> list[str]:
    return [f"**{title}**", "", *(f"- {example}" for example in examples), ""] if examples else []


def hover_text(explanation: Explanation) -> str:
    lines = [
        f"**{explanation.rule}** \u00b7 {explanation.source} \u00b7 {explanation.severity}",
        "",
        explanation.description,
        "",
        *_examples("Flagged", explanation.flagged_examples),
        *_examples("Accepted", explanation.accepted_examples),
    ]
    if explanation.link:
        lines.append(f"[More]({explanation.link})")
    return "\n".join(lines).strip() + "\n"
