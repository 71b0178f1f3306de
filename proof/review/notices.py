"""What the review tells of the file itself when it opens: its suppression comments that
name no rule (a typo there silently disables nothing), the warnings `proof check` prints,
from the same function."""

from __future__ import annotations

from proof.review.session import ReviewSession
from proof.run.runner import Runner


def file_notices(runner: Runner, session: ReviewSession) -> list[str]:
    """One line each, by its line number: the screen names the file already."""
    return [
        f"line {warning.line}: {warning.message}"
        for warning in runner.comment_warnings(session.document, session.config)
    ]
