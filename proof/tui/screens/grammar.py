"""The review screen's grammar: checked in a worker thread a paragraph at a time, after the
first paint, each result merged into the session as it comes."""

from __future__ import annotations

from textual import work
from textual.worker import Worker, WorkerState, get_current_worker

from proof.review.background import GrammarRun
from proof.review.session import ReviewSession
from proof.tui.messages import GrammarChecked
from proof.tui.widgets.grammar_bar import GrammarBar


class GrammarInBackground:
    """Mixed into the review screen (a Textual Screen)."""

    session: ReviewSession

    def start_grammar(self) -> None:
        run = self.session.grammar_run()
        bar = self.query_one(GrammarBar)
        if run is None:
            bar.finish()
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
            flags = session.background.check(run, paragraph)
            # Cancelled while the engine worked (a newer run, a reload): its result is stale.
            if worker.is_cancelled:
                return
            self.post_message(GrammarChecked(run, paragraph, flags))

    def on_grammar_checked(self, message: GrammarChecked) -> None:
        self.session.add_grammar(message.run, message.paragraph, message.flags)
        bar = self.query_one(GrammarBar)
        bar.advance(self.session.background.engines)
        bar.note(self.session.background.problems)
        if not self.session.grammar_pending:
            bar.finish()
        self.refresh_view()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "grammar" and event.state == WorkerState.ERROR:
            self.query_one(GrammarBar).display = False
            self.notify(f"Grammar check failed: {event.worker.error}", severity="error")
