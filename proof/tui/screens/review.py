"""The main screen: article, flag list and detail; every key an editor needs."""

from __future__ import annotations

import os

from textual import work
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Header, OptionList

from proof.core.wordlist import DictionaryError
from proof.report.plural import counted
from proof.review.changes import unified_diff
from proof.review.paragraph_edit import editing_offset, for_editing
from proof.review.session import ReviewSession
from proof.tui.bindings import FOOTER_GIVES_WAY, REVIEW_BINDINGS, available
from proof.tui.keys import key_rows, palette_row
from proof.tui.messages import ArticleClicked
from proof.tui.palette import ReviewCommands
from proof.tui.screens.consistency import ALL, Consistency
from proof.tui.screens.dialogs import Explain, confirm_ignore_rule, confirm_quit
from proof.tui.screens.diff import DiffView
from proof.tui.screens.finding import FlagFinding
from proof.tui.screens.grammar import GrammarInBackground
from proof.tui.screens.help import Help
from proof.tui.screens.paragraph_editor import ParagraphEditor
from proof.tui.screens.saving import Saving
from proof.tui.title import Status, header_line
from proof.tui.widgets.article import ArticleView
from proof.tui.widgets.detail import FlagDetail
from proof.tui.widgets.file_notices import FileNotices
from proof.tui.widgets.flag_list import FlagList
from proof.tui.widgets.footer import ReviewFooter
from proof.tui.widgets.grammar_bar import GrammarBar

# Below NARROW columns the flag list and detail stack under the article (the list one row
# high below SHORT rows); from WIDE on the article gets a wider measure (review.tcss).
NARROW, WIDE, SHORT = 100, 160, 20


class ReviewScreen(FlagFinding, GrammarInBackground, Screen):
    BINDINGS = REVIEW_BINDINGS
    COMMANDS = {ReviewCommands}

    def __init__(self, session: ReviewSession, notices: list[str]) -> None:
        super().__init__()
        self.session = session
        # What the review tells of the file itself (proof.review.notices).
        self.notices = notices
        self._enabled: tuple[bool | None, ...] = ()
        self.saving = Saving(self)
        self._query = ""
        self._found: tuple[int, int] | None = None
        self._status = Status("", session.filter, False)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield ArticleView(id="article")
            with Vertical(id="side"):
                yield FlagList(id="flags")
                yield FlagDetail(id="detail")
        yield GrammarBar(id="grammar")
        yield FileNotices(self.notices, id="file-notices")
        yield ReviewFooter(FOOTER_GIVES_WAY, compact=True, show_command_palette=False)

    def on_resize(self, event: Resize) -> None:
        narrow = self.has_class("-narrow")
        self.set_class(event.size.width < NARROW, "-narrow")
        if self.has_class("-narrow") != narrow and self.is_mounted:
            self.refresh_view()  # the detail's suggestions go across in the narrow layout
        self.set_class(event.size.width >= WIDE, "-wide")
        self.set_class(event.size.height < SHORT, "-short")
        # After the new layout: a title set now would be laid out at the old size.
        self.call_after_refresh(self._show_title)

    def on_mount(self) -> None:
        self.refresh_view()
        # After the first paint: the grammar thread must not delay the article on screen.
        self.call_after_refresh(self.start_grammar)
        self.call_after_refresh(self.load_checkers)

    @work(thread=True, exit_on_error=False, group="load")
    def load_checkers(self) -> None:
        """Load now what the checkers run on every edit load on first need (the language model
        that puts spelling suggestions in order, about a second): edits are checked on the UI
        thread, and the first to make a misspelling would freeze the screen while it loads."""
        for checker in self.session.fast_checkers:
            checker.load()

    # -- showing the session --------------------------------------------------------------

    def refresh_view(self) -> None:
        session = self.session
        counts = session.counts
        self._status = Status(
            f"{session.position} · {counts.open} open · {counts.fixed} fixed · {counts.ignored} ignored",
            session.filter,
            session.dirty,
        )
        self._show_title()
        visible = session.visible
        self.query_one(ArticleView).show(session.text, visible, session.current, session.changed, self._found)
        self.query_one(FlagList).show(
            visible, [session.line_of(f) for f in visible], [session.flagged_text(f) for f in visible], session.current
        )
        current = session.current
        self.query_one(FlagDetail).show(
            current, session.flagged_text(current) if current else "", session.nothing_shown, self.has_class("-narrow")
        )
        # Refreshing the bindings rebuilds the footer: only when a key turned on or off.
        enabled = tuple(self.check_action(*parse_action(binding.action)[1:]) for binding in self.BINDINGS)
        if enabled != self._enabled:
            self._enabled = enabled
            self.refresh_bindings()

    def _show_title(self) -> None:
        line = header_line(os.path.basename(self.session.source.path), self._status, self.app.size.width)
        self.app.title = line.title
        self.app.sub_title = line.status

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.session.select(self.query_one(FlagList).flag_at(event.option.id))
        self.refresh_view()

    def on_article_clicked(self, message: ArticleClicked) -> None:
        """A click on a flagged word selects its flag (the innermost when flags overlap)."""
        under = [f for f in self.session.visible if f.start <= message.offset < max(f.end, f.start + 1)]
        if under:
            self.session.select(min(under, key=lambda f: f.end - f.start))
            self._found = None
            self.refresh_view()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search_again":
            return bool(self._query) or None
        return available(self.session, action, parameters)

    # -- keys -----------------------------------------------------------------------------

    def action_help(self) -> None:
        rows = [*key_rows(self.app, [*self.BINDINGS, *self.app.BINDINGS]), palette_row(self.app)]
        self.app.push_screen(Help(rows, self.session.background.problems, self.notices))

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
            self.notify(f"{counted(changed, 'word')} rewritten (u undoes it)", timeout=3)

        self.app.push_screen(Consistency(sets), chosen)

    def action_apply(self, number: int) -> None:
        current = self.session.current
        self._changed_text(lambda: self.session.apply(current, current.suggestions[number - 1]))

    def action_pick(self, number: int) -> None:
        self.action_apply(number)

    def action_ignore(self) -> None:
        self.session.ignore(self.session.current)
        self.refresh_view()

    def action_ignore_everywhere(self) -> None:
        self.session.ignore_everywhere(self.session.current)
        self.refresh_view()

    def action_ignore_rule(self) -> None:
        flag = self.session.current

        def answered(answer: str | None) -> None:
            if answer == "ignore-rule":
                self.session.ignore_rule(flag)
                self.refresh_view()

        open_flags = sum(f.rule == flag.rule for f in self.session.flags)
        self.app.push_screen(confirm_ignore_rule(flag.rule, open_flags), answered)

    def action_add_word(self) -> None:
        try:
            self.session.add_word(self.session.current)
        except DictionaryError as exc:
            self.notify(f"Word not added: {exc}", severity="error", timeout=8)
            return
        self.refresh_view()

    def action_fix_all(self) -> None:
        flag = self.session.current
        self._changed_text(lambda: self.notify(f"Fixed {self.session.fix_all(flag)} × {flag.rule}", timeout=3))

    def action_ignore_all(self) -> None:
        flag = self.session.current
        ignored = self.session.ignore_all(flag)
        self.notify(f"Ignored {ignored} × “{self.session.flagged_text(flag)}” ({flag.rule})", timeout=3)
        self.refresh_view()

    def action_edit(self) -> None:
        """Edit the paragraph of the search match followed, the match selected (the lines
        holding it, when it is outside every paragraph: front matter, a code block); else the
        current flag's, its flagged text selected; the paragraph at the top of the article
        when the current flag is out of sight (or there is none)."""
        article = self.query_one(ArticleView)
        flag = self.session.current
        target = self._found
        if target is None and flag is not None and article.in_sight(article.current_row):
            target = (flag.start, flag.end)
        span = self.session.paragraph_at(target[0] if target else article.offset_at_row(article.scroll_offset.y))
        inside = span is not None and target is not None and span[0] <= target[0] and target[1] <= span[1]
        heading = "Edit the paragraph at line {}"
        # A match outside every paragraph (front matter, a code block) is edited where it stands, its lines.
        if self._found is not None and not inside:
            span, inside = self.session.lines_at(*self._found), True
            heading = "Edit line {} (not a paragraph proof checks)"
        if span is None:
            return
        original = self.session.text[span[0] : span[1]]
        selected = None
        # A flag from outside every paragraph (a break between two) has no text here to select.
        if target is not None and inside:
            selected = (editing_offset(original, target[0] - span[0]), editing_offset(original, target[1] - span[0]))
        line = self.session.document.position(span[0])[0]

        def edited(value: str | None) -> None:
            if value is not None:
                self._changed_text(lambda: self.session.edit_paragraph(span, value))

        editor = ParagraphEditor(for_editing(original), heading.format(line), selected)
        self.app.push_screen(editor, edited)

    def action_undo(self) -> None:
        undone = self.session.undo()
        self._changed_text(lambda: None)
        self.notify(f"Undone: {undone}", timeout=2)

    def action_redo(self) -> None:
        redone = self.session.redo()
        self._changed_text(lambda: None)
        self.notify(f"Redone: {redone}", timeout=2)

    def action_diff(self) -> None:
        session = self.session
        name = os.path.basename(session.source.path)
        self.app.push_screen(DiffView(name, unified_diff(session.source.text, session.text, name)))

    def action_explain(self) -> None:
        if self.session.current is None:
            self.action_help()
        else:
            self.app.push_screen(Explain(self.session.explanation(self.session.current)))

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

    # -- edits ----------------------------------------------------------------------------

    def _changed_text(self, change) -> None:
        change()
        self._found = None
        self.refresh_view()
        self.start_grammar()
