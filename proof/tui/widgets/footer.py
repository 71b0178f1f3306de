"""The review screen's footer: in a window too narrow for all its keys, the keys needed least
give way, one whole key at a time, so none is cut in half at the edge (F1 lists them all)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.events import Resize
from textual.widgets import Footer


class ReviewFooter(Footer):
    def __init__(self, gives_way: Sequence[str], **kwargs) -> None:
        """`gives_way`: binding ids, the first given up first."""
        super().__init__(**kwargs)
        self.gives_way = gives_way

    async def recompose(self) -> None:
        # The keys are made anew whenever one turns on or off.
        await super().recompose()
        self.fit()

    def on_resize(self, event: Resize) -> None:
        self.fit()

    def fit(self) -> None:
        # By its CSS type name: Textual does not export the class.
        keys = list(self.query("FooterKey"))
        ids = {binding.action: binding.id for binding in self.screen.BINDINGS}
        width = {key: key.get_content_width(self.size, self.size) + key.styles.margin.width for key in keys}
        shown = set(keys)
        for given_up in self.gives_way:
            if sum(width[key] for key in shown) <= self.size.width:
                break
            shown -= {key for key in shown if ids.get(key.action) == given_up}
        for key in keys:
            key.display = key in shown
