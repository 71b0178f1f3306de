"""The list of open flags, one row each: rule, message, first suggestion."""
from __future__ import annotations

from textual.widgets import DataTable

from proof.flag import Flag


class FlagTable(DataTable, can_focus=False):
    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.flags: list[Flag] = []

    def on_mount(self) -> None:
        # Fixed widths keep the first suggestion in sight however long a message runs.
        self.add_column("rule", key="rule", width=15)
        self.add_column("message", key="message", width=14)
        self.add_column("fix", key="fix", width=10)

    def show(self, flags: list[Flag], current: Flag | None) -> None:
        if flags != self.flags:
            self.clear()
            for index, flag in enumerate(flags):
                self.add_row(flag.rule, flag.message, flag.suggestions[0] if flag.suggestions else "",
                             key=str(index))
            self.flags = list(flags)
        if current in self.flags:
            self.move_cursor(row=self.flags.index(current), animate=False)

    def flag_at(self, row_key: str) -> Flag:
        return self.flags[int(row_key)]
