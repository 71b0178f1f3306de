"""The main screen: article, flag list and detail; every key an editor needs."""

from __future__ import annotations

import os

from textual import work
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList
from textual.worker import Worker, WorkerState, get_current_worker

from proof.core.atomic import WriteError
from proof.core.flag import SOURCES
from proof.core.wordlist import DictionaryError
from proof.review.background import GrammarRun
from proof.review.overview import FlagFilter
from proof.review.session import ReviewSession
from proof.tui.bindings import REVIEW_BINDINGS, available
from proof.tui.messages import GrammarChecked
from proof.tui.screens.consistency import ALL, Consistency
from proof.tui.screens.dialogs import Ask, Explain, confirm_quit
from proof.tui.screens.overview import OverviewScreen
from proof.tui.screens.saving import Saving
from proof.tui.widgets.article import ArticleView
from proof.tui.widgets.detail import FlagDetail
from proof.tui.widgets.flag_list import FlagList
from proof.tui.widgets.grammar_bar import GrammarBar


class ReviewScreen(Screen):
    BINDINGS = REVIEW_BINDINGS

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self._problems_shown: set[str] = set()
        self._enabled: tuple[bool | None, ...] = ()
        self.saving = Saving(self)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield ArticleView(id="article")
            with Vertical(id="side"):
                yield FlagList(id="flags")
                yield FlagDetail(id="detail")
        yield GrammarBar(id="grammar")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.refresh_view()
        # After the first paint: the grammar thread must not delay the article on screen.
        self.call_after_refresh(self.start_grammar)

    # -- showing the session --------------------------------------------------------------

    def refresh_view(self) -> None:
        session = self.session
        counts = session.counts
        shown = f" · showing {session.filter.describe()}" if session.filter.describe() else ""
        self.app.title = f"proof review: {os.path.basename(session.source.path)}"
        self.app.sub_title = (
            f"{session.position} · {counts.open} open · {counts.fixed} fixed · {counts.ignored} ignored{shown}"
            f"{' · unsaved' if session.dirty else ''}"
        )
        visible = session.visible
        self.query_one(ArticleView).show(session.text, visible, session.current)
        self.query_one(FlagList).show(visible, [session.line_of(f) for f in visible], session.current)
        current = session.current
        self.query_one(FlagDetail).show(current, session.flagged_text(current) if current else "")
        # Refreshing the bindings rebuilds the footer: only when a key turned on or off.
        enabled = tuple(self.check_action(*parse_action(binding.action)[1:]) for binding in self.BINDINGS)
        if enabled != self._enabled:
            self._enabled = enabled
            self.refresh_bindings()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.session.select(self.query_one(FlagList).flag_at(event.option.id))
        self.refresh_view()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return available(self.session, action, parameters)

    # -- keys -----------------------------------------------------------------------------

    def action_step(self, direction: int) -> None:
        self._went(self.session.go_round(direction), direction, "flag")

    def action_same_rule(self, direction: int) -> None:
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

    def action_consistency(self) -> None:
        sets = self.session.variant_sets

        def chosen(choice: tuple[int, int] | None) -> None:
            if choice is None:
                return
            if choice == ALL:
                changed = self.session.make_all_consistent()
            else:
                changed = self.session.make_consistent(sets[choice[0]], choice[1])
            self._changed_text(lambda: None)
            self.notify(f"{changed} {'word' if changed == 1 else 'words'} rewritten (u undoes it)", timeout=3)

        self.app.push_screen(Consistency(sets), chosen)

    def action_apply(self, number: int) -> None:
        current = self.session.current
        self._changed_text(lambda: self.session.apply(current, current.suggestions[number - 1]))

    def action_pick(self, number: int) -> None:
        self.action_apply(number)

    def action_ignore(self) -> None:
        self.session.ignore(self.session.current)
        self.refresh_view()

    def action_ignore_rule(self) -> None:
        self.session.ignore_rule(self.session.current)
        self.refresh_view()

    def action_add_word(self) -> None:
        try:
            self.session.add_word(self.session.current)
        except (DictionaryError, WriteError) as exc:
            self.notify(f"Word not added: {exc}", severity="error", timeout=8)
            return
        self.refresh_view()

    def action_edit(self) -> None:
        flag = self.session.current
        flagged = self.session.flagged_text(flag)

        def edited(value: str | None) -> None:
            if value is not None and value != flagged:
                self._changed_text(lambda: self.session.apply(flag, value))

        self.app.push_screen(Ask(f"Replace “{flagged}” with:", flagged), edited)

    def action_undo(self) -> None:
        undone = self.session.undo()
        self._changed_text(lambda: None)
        self.notify(f"Undone: {undone}", timeout=2)

    def action_explain(self) -> None:
        self.app.push_screen(Explain(self.session.explanation(self.session.current)))

    def action_cycle_filter(self) -> None:
        shown = self.session.cycle_filter(SOURCES)
        self.notify(f"Showing {shown or 'all'} flags", timeout=2)
        self.refresh_view()

    def action_save(self) -> None:
        self.saving.save()

    def action_quit_review(self) -> None:
        if not self.session.dirty:
            self.app.exit(self.session.summary())
            return

        def answered(answer: str | None) -> None:
            if answer == "discard":
                self.app.exit(self.session.summary())
            elif answer == "save":
                self.saving.save(then=lambda: self.app.exit(self.session.summary()))

        self.app.push_screen(confirm_quit(), answered)

    # -- edits and grammar ----------------------------------------------------------------

    def _changed_text(self, change) -> None:
        change()
        self.refresh_view()
        self.start_grammar()

    def start_grammar(self) -> None:
        run = self.session.grammar_run()
        bar = self.query_one(GrammarBar)
        if run is None:
            bar.display = False
            return
        bar.start(len(run.paragraphs), self.session.background.engines)
        self.check_grammar(run)

    @work(thread=True, exclusive=True, exit_on_error=False, group="grammar")
    def check_grammar(self, run: GrammarRun) -> None:
        worker = get_current_worker()
        session = self.session
        for paragraph in run.paragraphs:
            if worker.is_cancelled:
                return
            self.post_message(GrammarChecked(run, paragraph, session.background.check(run, paragraph)))

    def on_grammar_checked(self, message: GrammarChecked) -> None:
        self.session.add_grammar(message.run, message.paragraph, message.flags)
        bar = self.query_one(GrammarBar)
        bar.advance(self.session.background.engines)
        self._show_grammar_problems()
        if not self.session.grammar_pending:
            bar.display = False
        self.refresh_view()

    def _show_grammar_problems(self) -> None:
        """Each problem once: a grammar engine that could not start, and what ran instead."""
        for problem in self.session.background.problems:
            if problem not in self._problems_shown:
                self._problems_shown.add(problem)
                self.notify(problem, severity="warning", timeout=8)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "grammar" and event.state == WorkerState.ERROR:
            self.query_one(GrammarBar).display = False
            self.notify(f"Grammar check failed: {event.worker.error}", severity="error")
