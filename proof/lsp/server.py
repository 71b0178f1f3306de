"""The language server: checks each open document on open and, debounced, after changes, and
publishes its flags; grammar follows in the background.

Each document is checked with the engine `proof check` builds for its config: the proof.toml
found from the document's folder, its rule files, word lists, decisions file and grammar
engines, and inline suppressions. The fast checks (spelling, house style) run in the server's
event loop, on the changed paragraphs only (`proof.lsp.tracked`); the grammar engines run in a
worker thread a paragraph at a time, and each result is published when it is ready. A newer
change cancels the pending check and the grammar run of the text before it. A reload (a
watched file changed) rebuilds the checkers but keeps the grammar engines whose settings are
unchanged (`proof.lsp.kept`).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from proof import __version__
from proof.core.atomic import WriteError
from proof.core.flag import Flag
from proof.core.wordlist import DictionaryError
from proof.grammar import build_grammar_checkers
from proof.lsp import actions
from proof.lsp.diagnostics import comment_diagnostic, diagnostic, overlaps, quick_fixes
from proof.lsp.hover import hover_text
from proof.lsp.kept import GrammarKeeper
from proof.lsp.positions import Positions
from proof.lsp.target import EditTarget
from proof.lsp.tracked import Tracked, changed, opened, with_grammar
from proof.lsp.watched import (
    Signature,
    Watched,
    file_watchers,
    pattern_watchers,
    signature,
    to_watch,
    worth_reloading,
)
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine
from proof.pipeline.factory import build_checkers
from proof.pipeline.suppressions import UnknownRule
from proof.readers import SUPPORTED_SUFFIXES, document_from_text
from proof.review.background import BackgroundGrammar
from proof.review.decisions import Decision
from proof.review.explain import explain
from proof.review.store import ProjectStore
from proof.run.runner import Runner
from proof.settings.config import Config, ConfigError, ConfigFinder
from proof.settings.overrides import Overrides

log = logging.getLogger(__name__)

#: The reader for a document whose name does not say its format (an unsaved buffer).
SUFFIXES_BY_LANGUAGE = {"markdown": ".md", "html": ".html", "plaintext": ".txt"}
#: Seconds of quiet after a change before it is checked: one check for a burst of keystrokes.
DEBOUNCE = 0.3
#: The ids of the server's two watcher registrations: the patterns asked for at start-up, and
#: the files the configs in use name that those miss (registered again when they change).
PATTERNS_REGISTRATION = "proof-config-files"
NAMED_FILES_REGISTRATION = "proof-named-files"


@dataclass(frozen=True)
class Published:
    """A document's flags as last published, each with its diagnostic."""

    version: int | None
    tracked: Tracked | None
    positions: Positions | None
    found: list[tuple[Flag, types.Diagnostic]]


def _contains(span: types.Range, position: types.Position) -> bool:
    return overlaps(span, types.Range(start=position, end=position))


def _closed(checkers: Iterable[Checker], backgrounds: Iterable[BackgroundGrammar]) -> None:
    """Close the checkers, each once, once no grammar run is inside one of them."""
    for background in backgrounds:
        with background.lock:
            pass
    for checker in {id(checker): checker for checker in checkers}.values():
        try:
            checker.close()
        except Exception:  # One that fails to close must not keep the others open.
            log.exception("closing the %s checker", checker.name)


def _load(engine: Engine) -> None:
    for checker in engine.checkers:
        checker.load()


async def loaded(engine: Engine) -> None:
    """Load what the engine's checkers load on their first check (the real-word check's
    language model, seconds) in a worker thread, so the event loop goes on answering."""
    await asyncio.get_running_loop().run_in_executor(None, _load, engine)


class UnusableConfig(ConfigFinder):
    """The finder while the `--config` file cannot be used: every document gets its error, as
    the documents under a broken config found from their folder do."""

    def __init__(self, path: str | None, error: ConfigError) -> None:
        super().__init__()
        self.path = path
        self.error = error

    def file_for(self, path: str) -> str | None:
        return self.path

    def for_path(self, path: str) -> Config:
        raise self.error


class ProofServer(LanguageServer):
    def __init__(
        self,
        config_path: str | None,
        overrides: Overrides,
        grammar: Callable[[Config], list[Checker]] = build_grammar_checkers,
    ):
        super().__init__("proof", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.config_path = config_path
        self.overrides = overrides
        # The grammar checkers, built by `grammar` and kept through reloads.
        self.keeper = GrammarKeeper(grammar)
        self.runner = self._runner()
        self.tracked: dict[str, Tracked] = {}
        self.backgrounds: dict[str, BackgroundGrammar] = {}
        self.published: dict[str, Published] = {}
        # Per document: the pending check and the grammar run after it.
        self.tasks: dict[str, asyncio.Task] = {}
        self.reloading: asyncio.Task | None = None
        # The old checkers a reload let go of, closing in worker threads once idle.
        self.closing: list[asyncio.Future] = []
        # What kept a grammar engine from its work, each told to the writer once.
        self.told: set[str] = set()
        # The config errors told since the last reload: once each, not after every change.
        self.told_config: set[str] = set()
        # The project files the server wrote, as it left them.
        self.written: dict[str, Signature] = {}
        # The files the configs name that the editor was last asked to watch, the patterns
        # asked for in the workspace folders, and the last registration under way.
        self.watching: list[Watched] = []
        self.watching_patterns: list[types.FileSystemWatcher] = []
        self.registering: asyncio.Task | None = None
        # The configs and open documents `watching` was worked out for: only a reload or an
        # opened or closed document changes it, and it takes a look at each open document.
        self.watched_for: tuple[Runner, frozenset[tuple[str, str]]] | None = None
        # Whether the client sent `shutdown`: `exit` ends the server with 0 then, 1 otherwise.
        self.asked_to_shut_down = False

    def _runner(self) -> Runner:
        try:
            finder = ConfigFinder(self.config_path, self.overrides, default_root=self.folder_of)
        except ConfigError as exc:  # Only a `--config` is read here.
            finder = UnusableConfig(self.config_path, exc)
        return Runner(finder, build=partial(build_checkers, grammar=self.keeper.checkers))

    def folders(self) -> list[str]:
        """The workspace folders the editor has open: those it named, else its root, if any."""
        named = [to_fs_path(folder.uri) for folder in self.workspace.folders.values()]
        found = [os.path.abspath(path) for path in named if path] or (
            [os.path.abspath(self.workspace.root_path)] if self.workspace.root_path else []
        )
        return list(dict.fromkeys(found))

    def folder_of(self, path: str) -> str:
        """The workspace folder a file under no config file belongs to, the innermost; the
        server's working folder for a file in none: where its project files (`.proof/`) are."""
        path = os.path.abspath(path)
        holding = [folder for folder in self.folders() if os.path.commonpath([path, folder]) == folder]
        return max(holding, key=len, default=os.getcwd())

    def reader_path(self, uri: str, language_id: str) -> str:
        """The document's path, or a name whose suffix picks its reader from the language id."""
        path = to_fs_path(uri) or ""
        if path.lower().endswith(SUPPORTED_SUFFIXES):
            return path
        return os.path.join(path or os.getcwd(), "untitled" + SUFFIXES_BY_LANGUAGE.get(language_id, ".txt"))

    def report(self, kind: types.MessageType, message: str) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    # -- checking ---------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Check the document after `delay` seconds, then its grammar; a check or grammar run
        still pending for it is cancelled."""
        self.cancel(uri)
        self.tasks[uri] = asyncio.ensure_future(self._check_then_grammar(uri, delay))

    def cancel(self, uri: str) -> None:
        task = self.tasks.pop(uri, None)
        if task is not None:
            task.cancel()

    async def _check_then_grammar(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        try:
            await loaded(self._engine(uri))
        except Exception:  # A config that cannot be used: `check` tells of it.
            log.debug("no engine for %s yet", uri, exc_info=True)
        if self.check(uri):
            await self.grammar(uri)

    def _engine(self, uri: str) -> Engine:
        """The engine of the document's config; ConfigError when the config cannot be used."""
        item = self.workspace.get_text_document(uri)
        return self.runner.engine_for(self.runner.finder.for_path(self.reader_path(uri, item.language_id or "")))

    def _tracked(self, uri: str) -> Tracked:
        """The document checked: the changed paragraphs, when it was checked before with the
        same engine; whole otherwise. ConfigError when its config cannot be used."""
        item = self.workspace.get_text_document(uri)
        path = self.reader_path(uri, item.language_id or "")
        engine = self._engine(uri)
        document = document_from_text(item.source, path)
        before = self.tracked.get(uri)
        if before is not None and before.engine is engine:
            return changed(before, document, self.backgrounds[uri])
        self.backgrounds[uri] = BackgroundGrammar(engine, self.keeper.lock(engine.checkers))
        return opened(engine, document, self.backgrounds[uri])

    def check(self, uri: str) -> bool:
        """Check the document and publish its flags; False when it could not be checked."""
        version = self.workspace.get_text_document(uri).version
        # Whether the check succeeds or not: a file the config names may be why it fails.
        self.watch_named_files()
        try:
            tracked = self._tracked(uri)
        except ConfigError as exc:
            if str(exc) not in self.told_config:
                self.told_config.add(str(exc))
                self.report(types.MessageType.Error, f"proof: {exc}")
        except Exception as exc:  # A check that fails must not take the server, and the other documents, down.
            log.exception("checking %s", uri)
            self.report(types.MessageType.Error, f"proof: checking {uri} failed: {exc}")
        else:
            self.tracked[uri] = tracked
            self.send(uri, version, tracked)
            return True
        # Checked whole next time: the failure may have left its state half-moved.
        self.forget(uri)
        self.send(uri, version, None)
        return False

    async def grammar(self, uri: str) -> None:
        """Check the grammar of the paragraphs still pending, one at a time in a worker thread,
        publishing each paragraph's flags when they change what is shown."""
        background, tracked = self.backgrounds[uri], self.tracked[uri]
        run = background.run(tracked.document)
        if run is None:
            return
        loop = asyncio.get_running_loop()
        for paragraph in run.paragraphs:
            try:
                found = await loop.run_in_executor(None, background.check, run, paragraph)
            except Exception as exc:
                log.exception("grammar of %s", uri)
                self.report(types.MessageType.Error, f"proof: the grammar check of {uri} failed: {exc}")
                return
            moved = background.bring_forward(run, paragraph, found)
            if moved is None:
                continue
            before = self.tracked[uri]
            after = with_grammar(before, *moved)
            self.tracked[uri] = after
            if after.grammar != before.grammar:
                self.send(uri, self.published[uri].version, after)
        self.tell_problems(background)

    def tell_problems(self, background: BackgroundGrammar) -> None:
        """Say once what kept a grammar engine from its work (LanguageTool not found, say)."""
        for problem in background.problems:
            if problem not in self.told:
                self.told.add(problem)
                self.report(types.MessageType.Warning, f"proof: {problem}")

    def send(self, uri: str, version: int | None, tracked: Tracked | None) -> None:
        positions = Positions(tracked.document.source, self.workspace.position_codec) if tracked else None
        found = [(flag, diagnostic(flag, positions)) for flag in tracked.flags] if tracked and positions else []
        told = [comment_diagnostic(w, positions) for w in self.comment_warnings(uri, tracked)] if positions else []
        self.published[uri] = Published(version, tracked, positions, found)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=[*(d for _, d in found), *told])
        )

    def comment_warnings(self, uri: str, tracked: Tracked | None) -> list[UnknownRule]:
        """The document's suppression comments that name no rule of its config, as `proof check` warns of them."""
        if tracked is None:
            return []
        item = self.workspace.get_text_document(uri)
        try:
            config = self.runner.finder.for_path(self.reader_path(uri, item.language_id or ""))
            return self.runner.comment_warnings(tracked.document, config)
        except ConfigError:  # A rule file broken since the check: the reload it brings tells of it.
            return []

    def forget(self, uri: str) -> None:
        self.tracked.pop(uri, None)
        self.backgrounds.pop(uri, None)

    def close_document(self, uri: str) -> None:
        self.cancel(uri)
        self.forget(uri)
        self.published.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        # The files only its config named are no longer worth watching.
        self.watch_named_files()

    # -- config -----------------------------------------------------------------------------

    def schedule_reload(self, delay: float) -> None:
        if self.reloading is not None:
            self.reloading.cancel()
        self.reloading = asyncio.ensure_future(self._reload(delay))

    async def _reload(self, delay: float) -> None:
        await asyncio.sleep(delay)
        self.reload()

    def reload(self) -> None:
        """Read every config, rule file, word list and decisions file again and check every
        open document whole. The grammar checkers of settings still in use are kept, running;
        the other old checkers close in a worker thread once idle."""
        for uri in list(self.tasks):
            self.cancel(uri)
        old, backgrounds = self.runner, list(self.backgrounds.values())
        self.runner = self._runner()
        self.told_config.clear()
        self.tracked.clear()
        self.backgrounds.clear()
        dropped = self.keeper.keep_only(self.configs_in_use())
        rebuilt = [checker for engine in old.engines for checker in engine.checkers if not self.keeper.owns(checker)]
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)
        self.closing = [future for future in self.closing if not future.done()]
        self.closing.append(
            asyncio.get_running_loop().run_in_executor(None, _closed, [*rebuilt, *dropped], backgrounds)
        )

    async def shut_down(self) -> None:
        """Cancel the pending work and close the engines; a grammar engine at work is waited
        for in a worker thread, so the event loop goes on answering meanwhile."""
        self.asked_to_shut_down = True
        for uri in list(self.tasks):
            self.cancel(uri)
        if self.reloading is not None:
            self.reloading.cancel()
        if self.registering is not None:
            # Cancelling the last registration cancels those it waits on: nothing more goes to the editor.
            self.registering.cancel()
            await asyncio.gather(self.registering, return_exceptions=True)
        checkers = [*(checker for engine in self.runner.engines for checker in engine.checkers), *self.keeper.all()]
        await asyncio.gather(*self.closing)
        await asyncio.get_running_loop().run_in_executor(None, _closed, checkers, list(self.backgrounds.values()))

    # -- requests ---------------------------------------------------------------------------

    def at(self, uri: str, where: types.Range) -> list[tuple[Flag, types.Diagnostic]]:
        published = self.published.get(uri)
        return [(flag, found) for flag, found in published.found if overlaps(found.range, where)] if published else []

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        published = self.published.get(uri)
        if published is None or published.tracked is None or published.positions is None:
            return []
        document, positions = published.tracked.document, published.positions
        on_disk = uri.startswith("file:")
        # The flags' offsets are the published version's: no edit once the editor's text is newer.
        current = published.version == self.workspace.get_text_document(uri).version
        target = EditTarget(uri, published.version, self._takes_versioned_edits())
        found: list[types.CodeAction] = []
        for flag, shown in self.at(uri, params.range):
            if current:
                found.extend(quick_fixes(target, flag, shown, document.source, positions))
            if on_disk:
                found.extend(actions.add_word(uri, document, flag, shown))
                found.extend(actions.ignore(uri, document, flag, shown))
            if current:
                found.extend(actions.disable_rule(target, document, flag, shown, positions))
        return found

    def _takes_versioned_edits(self) -> bool:
        workspace = self.client_capabilities.workspace
        edits = workspace.workspace_edit if workspace else None
        return bool(edits and edits.document_changes)

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        uri = params.text_document.uri
        published = self.published.get(uri)
        if published is None or published.tracked is None:
            return None
        checkers = published.tracked.engine.checkers
        flags = [(f, shown) for f, shown in published.found if _contains(shown.range, params.position)]
        if not flags:
            return None
        text = "\n---\n\n".join(hover_text(explain(flag, checkers)) for flag, _ in flags)
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text), range=flags[0][1].range
        )

    def config_of(self, uri: str) -> Config:
        return self.runner.finder.for_path(to_fs_path(uri) or os.getcwd())

    def add_to_dictionary(self, uri: str, word: str) -> None:
        """Append the word to the project dictionary `proof review` writes, then reload."""
        try:
            store = ProjectStore(self.config_of(uri))
            store.add_word(word)
            self.wrote(store.dictionary())
        except (ConfigError, DictionaryError, WriteError, OSError) as exc:
            self.report(types.MessageType.Error, f"proof: {word!r} not added to the dictionary: {exc}")
            return
        self.schedule_reload(0)

    def ignore_flag(self, uri: str, decision: Decision) -> None:
        """Record the decision in the project's decisions file, as `proof review` does, then reload."""
        path = to_fs_path(uri) or ""
        try:
            store = ProjectStore(self.config_of(uri))
            store.record(path, store.decided(path) | {decision})
            self.wrote(store.decisions.path)
        except (ConfigError, WriteError, OSError) as exc:
            self.report(types.MessageType.Error, f"proof: the flag was not ignored: {exc}")
            return
        self.schedule_reload(0)

    def wrote(self, path: str) -> None:
        """Remember a project file as the server wrote it: the editor's news of that change is
        no reason for a second reload."""
        self.written[os.path.abspath(path)] = signature(path)

    def configs_in_use(self) -> list[Config]:
        configs = []
        for uri, item in list(self.workspace.text_documents.items()):
            try:
                configs.append(self.runner.finder.for_path(self.reader_path(uri, item.language_id or "")))
            except ConfigError:
                continue
        return configs

    def config_files_in_use(self) -> list[str]:
        """The config files of the open documents, those that cannot be used included."""
        found = (
            self.runner.finder.file_for(self.reader_path(uri, item.language_id or ""))
            for uri, item in list(self.workspace.text_documents.items())
        )
        return [path for path in found if path]

    def files_changed(self, changes: Iterable[types.FileEvent]) -> None:
        """Reload, after a pause for the rest of a burst, when a changed file is one a config is made of."""
        configs, files = self.configs_in_use(), self.config_files_in_use()
        if any(worth_reloading(to_fs_path(change.uri) or "", configs, self.written, files) for change in changes):
            self.schedule_reload(DEBOUNCE)

    def _watch_capability(self) -> types.DidChangeWatchedFilesClientCapabilities | None:
        """What the client can watch for the server; None when it takes no dynamic registration."""
        workspace = self.client_capabilities.workspace
        watched = workspace.did_change_watched_files if workspace else None
        return watched if watched and watched.dynamic_registration else None

    def watch_patterns(self) -> None:
        """Ask the client to tell of changes to the files a config is made of in each workspace
        folder, when it can; again when the folders change."""
        capability = self._watch_capability()
        if capability is None:
            return
        wanted = pattern_watchers(self.folders(), bool(capability.relative_pattern_support))
        if wanted != self.watching_patterns:
            before, self.watching_patterns = self.watching_patterns, wanted
            self._replace(PATTERNS_REGISTRATION, bool(before), wanted)

    def folders_changed(self) -> None:
        """Watch the workspace folders open now, and check the documents again: one under no
        config file takes its project files from the folder that holds it."""
        self.watch_patterns()
        self.schedule_reload(0)

    async def _register(self, registration_id: str, watchers: list[types.FileSystemWatcher]) -> None:
        options = types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
        registration = types.Registration(
            id=registration_id, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
        )
        await self.client_register_capability_async(types.RegistrationParams(registrations=[registration]))

    def watch_named_files(self) -> None:
        """Ask the client to watch the files the configs in use name that the start-up patterns
        miss, when they are not those it watches already."""
        capability = self._watch_capability()
        if capability is None:
            return
        documents = frozenset((uri, item.language_id or "") for uri, item in self.workspace.text_documents.items())
        if self.watched_for is not None and self.watched_for[0] is self.runner and self.watched_for[1] == documents:
            return
        self.watched_for = (self.runner, documents)
        wanted = to_watch(self.configs_in_use(), self.folders(), self.config_files_in_use())
        if wanted == self.watching:
            return
        before, self.watching = self.watching, wanted
        self._replace(
            NAMED_FILES_REGISTRATION, bool(before), file_watchers(wanted, bool(capability.relative_pattern_support))
        )

    def _replace(self, registration_id: str, registered: bool, watchers: list[types.FileSystemWatcher]) -> None:
        """Replace a registration of watchers (dropped when `registered`, made when there are
        `watchers`), after the one under way: the client hears them in order."""
        self.registering = asyncio.ensure_future(
            self._reregister(self.registering, registration_id, registered, watchers)
        )

    async def _reregister(
        self,
        previous: asyncio.Task | None,
        registration_id: str,
        registered: bool,
        watchers: list[types.FileSystemWatcher],
    ) -> None:
        if previous is not None:
            await asyncio.gather(previous, return_exceptions=True)
        try:
            if registered:
                unregistration = types.Unregistration(
                    id=registration_id, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES
                )
                await self.client_unregister_capability_async(
                    types.UnregistrationParams(unregisterations=[unregistration])
                )
            if watchers:
                await self._register(registration_id, watchers)
        except Exception:  # An editor that refuses the registration still gets the diagnostics.
            log.warning("the watchers %s were not registered", registration_id, exc_info=True)


def build_server(config_path: str | None, grammar: bool = True) -> ProofServer:
    return answering(ProofServer(config_path, Overrides(grammar=grammar)))


def answering(server: ProofServer) -> ProofServer:
    """The server with its handlers of the protocol's requests and notifications."""

    @server.feature(types.INITIALIZED)
    def initialized(ls: ProofServer, _params: types.InitializedParams) -> None:
        ls.watch_patterns()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ProofServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ProofServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, DEBOUNCE)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ProofServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close_document(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def did_change_workspace_folders(ls: ProofServer, _params: types.DidChangeWorkspaceFoldersParams) -> None:
        # pygls has changed `ls.workspace.folders` already.
        ls.folders_changed()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: ProofServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.files_changed(params.changes)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    async def code_action(ls: ProofServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return ls.code_actions(params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: ProofServer, params: types.HoverParams) -> types.Hover | None:
        return ls.hover(params)

    @server.command(actions.ADD_WORD)
    async def add_word_command(ls: ProofServer, uri: str, word: str) -> None:
        ls.add_to_dictionary(uri, word)

    @server.command(actions.IGNORE_FLAG)
    async def ignore_command(ls: ProofServer, uri: str, rule: str, text: str, fingerprint: str) -> None:
        ls.ignore_flag(uri, Decision(rule, text, fingerprint))

    @server.feature(types.SHUTDOWN)
    async def shutdown(ls: ProofServer, _params: None) -> None:
        await ls.shut_down()

    return server
