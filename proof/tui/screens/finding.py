"""The review screen's keys for going through the flags: next and previous (going round),
the same rule, pages, first and last, search, and the filters."""

from __future__ import annotations

from proof.core.flag import SOURCES
from proof.review.overview import FlagFilter
from proof.review.search import find_next
from proof.review.session import ReviewSession
from proof.tui.screens.dialogs import Ask
from proof.tui.screens.overview import OverviewScreen
from proof.tui.widgets.article import ArticleView


class FlagFinding:
    """Mixed into the review screen (a Textual Screen), whose session it moves through."""

    session: ReviewSession
    # The search: the last query and the match followed (None: the current flag is).
    _query: str
    _found: tuple[int, int] | None

    def action_step(self, direction: int) -> None:
        self._found = None
        self._went(self.session.go_round(direction), direction, "flag")

    def _select(self, flag) -> None:
        """Show `flag` as the current one; a search match stops being followed."""
        self.session.select(flag)
        self._found = None
        self.refresh_view()

    def action_first(self) -> None:
        self._select(self.session.visible[0])

    def action_last(self) -> None:
        self._select(self.session.visible[-1])

    def action_page(self, direction: int) -> None:
        """The first flag at least a page below the current one (the last a page above);
        the article scrolls a page when it has no flag to go to."""
        article = self.query_one(ArticleView)
        visible, current = self.session.visible, self.session.current
        if current is None:
            article.scroll_to(y=article.scroll_offset.y + direction * article.page_height, animate=False)
            return
        target = article.row_of(current.start) + direction * article.page_height
        rows = [(article.row_of(f.start), f) for f in visible]
        if direction > 0:
            beyond = [f for row, f in rows if row >= target]
            self._select(beyond[0] if beyond else visible[-1])
        else:
            before = [f for row, f in rows if row <= target]
            self._select(before[-1] if before else visible[0])

    def action_search(self) -> None:
        def asked(query: str | None) -> None:
            if query:
                self._query = query
                self.find(query)

        # The box closes on enter, and enter on the main screen applies a fix: the next
        # match has its own key.
        hint = "enter: find · then F3: next match · escape: cancel"
        self.app.push_screen(Ask("Find in the article:", self._query, hint), asked)

    def action_search_again(self) -> None:
        self.find(self._query)

    def find(self, query: str) -> None:
        """Go to the next match after the last one (or after the current flag); a flag on
        the match becomes the current one."""
        current = self.session.current
        after = self._found[0] + 1 if self._found else current.start if current else 0
        found = find_next(self.session.text, query, after)
        if found is None:
            self.notify(f"“{query}” is not in the article", severity="warning", timeout=3)
            return
        if found.wrapped:
            self.notify("Search went on from the top", timeout=2)
        on_it = [f for f in self.session.visible if f.start < found.end and found.start < max(f.end, f.start + 1)]
        if on_it:
            self.session.select(on_it[0])
        self._found = (found.start, found.end)
        self.refresh_view()

    def action_same_rule(self, direction: int) -> None:
        self._found = None
        before = self.session.current
        went_round = self.session.same_rule(direction)
        if before is not None and self.session.current == before:
            self.notify(f"No other {before.rule} flag", timeout=2)
            went_round = False
        self._went(went_round, direction, f"{before.rule} flag" if before else "flag")

    def _went(self, went_round: bool, direction: int, what: str) -> None:
        if went_round:
            self.notify(f"Back to the {'first' if direction > 0 else 'last'} {what}", timeout=2)
        self.refresh_view()

    def action_cycle_severity(self) -> None:
        shown = self.session.cycle_severity()
        self.notify(f"Showing {shown or 'every'} severity", timeout=2)
        self.refresh_view()

    def action_only_rule(self) -> None:
        rule = None if self.session.filter.rule else self.session.current.rule
        self.session.only_rule(rule)
        self.notify(f"Showing only {rule}" if rule else "Showing every rule", timeout=2)
        self.refresh_view()

    def action_overview(self) -> None:
        def chosen(shown: FlagFilter | None) -> None:
            if shown is not None:
                self.session.show_only(shown)
                self.refresh_view()

        self.app.push_screen(OverviewScreen(self.session.overview, self.session.filter), chosen)

    def action_cycle_filter(self) -> None:
        shown = self.session.cycle_filter(SOURCES)
        self.notify(f"Showing {shown or 'all'} flags", timeout=2)
        self.refresh_view()
