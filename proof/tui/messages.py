"""Messages the review screen's workers post to it."""

from __future__ import annotations

from textual.message import Message

from proof.core.document import Paragraph
from proof.core.flag import Flag
from proof.review.background import GrammarRun


class GrammarChecked(Message):
    """A grammar engine finished one paragraph of a run."""

    def __init__(self, run: GrammarRun, paragraph: Paragraph, flags: list[Flag]) -> None:
        super().__init__()
        self.run = run
        self.paragraph = paragraph
        self.flags = flags


class ArticleClicked(Message):
    """The editor clicked the article at this offset of the text."""

    def __init__(self, offset: int) -> None:
        super().__init__()
        self.offset = offset
