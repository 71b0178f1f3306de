#!/usr/bin/env python3
"""How long `proof review` takes to show a ~1,000-word article with its spelling and
style flags, against the bare check of the same text. Run by hand, not a test:

    .venv/bin/python benchmarks/bench_review.py [--runs R] [--no-grammar]

The article is the two example articles one after the other (about 970 words, with the
examples' proof.toml), in a temporary folder. Measured in this one process, each the
median of R runs after a warm-up run (which pays for loading the dictionaries):
- baseline: the engine's spelling and style check of the text, as `proof check
  --no-grammar` runs it (`Engine.check`);
- bare Textual: an app showing the same text with a header and a footer, no checks (what
  any Textual screen costs to start);
- review: opening the session (the same check) and the Textual app headless (Pilot,
  120x40) until the article's rows, flags highlighted, are first painted. The grammar
  engine then starts in the background as it does for a user (unless --no-grammar); the
  time until its last flags are in is printed too;
- next while grammar runs: `n` pressed right after the first paint, while the grammar
  engine is still checking in the background, until the next flag is shown (the flags
  are usable at once; "-" when grammar was already done or is off);
- fix: `a` on a flag until the screen shows the fix (the incremental re-check);
- cold: a fresh Python process until the article is painted (imports, engine, rule
  files, dictionaries, first check, app), beside a fresh `proof check --no-grammar`.
Printed: seconds and the ratio to the baseline; target: the article shown within 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
ARTICLES = ("russia-missile-defence-wire.txt", "russia-missile-defence-web.txt")
SIZE = (120, 40)
TARGET = 1.0


def article(folder: str) -> str:
    shutil.copy(os.path.join(EXAMPLES, "proof.toml"), folder)
    parts = []
    for name in ARTICLES:
        with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
            parts.append(f.read().strip("\n"))
    path = os.path.join(folder, "article.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(parts) + "\n")
    return path


def runner(path: str, grammar: bool):
    """(the runner, the file's config), both from one finder: without grammar, the config
    itself must say so, or its engine has the grammar checker all the same."""
    from proof.run.runner import Runner
    from proof.settings.config import ConfigFinder
    from proof.settings.overrides import Overrides

    finder = ConfigFinder(override=Overrides(grammar=grammar))
    return Runner(finder, decisions=False), finder.for_path(path)


def baseline(path: str) -> float:
    from proof.core.source import read_source
    from proof.readers import document_from_source

    checks, config = runner(path, grammar=False)
    engine = checks.engine_for(config)
    start = time.perf_counter()
    engine.check(document_from_source(read_source(path)))
    checks.close()
    return time.perf_counter() - start


@dataclass
class Timing:
    shown: float  # the article's rows first painted, its flags highlighted
    grammar: float  # the last paragraph's grammar flags taken in (0 without grammar)
    fixed: float  # `a` pressed until the screen is idle again with the fix shown
    flags: int
    # `n` pressed while grammar still runs, until the next flag is current (None: grammar done).
    stepped: float | None = None
    painted_at: float = 0.0  # time.perf_counter() at the first paint


async def review(path: str, grammar: bool, fix: bool = False) -> Timing:
    from proof.review.session import ReviewSession
    from proof.tui.app import ReviewApp
    from proof.tui.screens.review import ReviewScreen
    from proof.tui.widgets.article import ArticleView
    from proof.tui.widgets.flag_list import FlagList

    checks, config = runner(path, grammar)
    engine = checks.engine_for(config)
    painted: list[float] = []
    render_line = ArticleView.render_line

    def first_paint(view, y):
        if not painted and view.virtual_size.height:
            painted.append(time.perf_counter())
        return render_line(view, y)

    ArticleView.render_line = first_paint
    stepped: list[tuple[float, bool]] = []
    action_step = ReviewScreen.action_step

    def step_handled(screen, direction):
        action_step(screen, direction)
        stepped.append((time.perf_counter(), screen.session.grammar_pending))

    ReviewScreen.action_step = step_handled
    start = time.perf_counter()
    session = ReviewSession.open(path, engine, config)
    app = ReviewApp(session)
    timing = Timing(0.0, 0.0, 0.0, len(session.flags))
    try:
        async with app.run_test(size=SIZE) as pilot:
            while not painted:
                await asyncio.sleep(0.002)
            timing.shown, timing.painted_at = painted[0] - start, painted[0]
            # `n` as soon as the article is there, as an editor would, grammar or not. Pilot's
            # press returns once the app is idle, after the grammar's own messages: the time
            # the key was handled is taken inside the screen.
            first, pressed = session.current, time.perf_counter()
            await pilot.press("n")
            handled_at, grammar_running = stepped[0]
            timing.stepped = handled_at - pressed if grammar_running else None
            assert session.current != first
            await pilot.pause()
            assert app.screen.query_one(ArticleView).virtual_size.height >= session.text.count("\n"), "no article"
            assert app.screen.query_one(FlagList).option_count == len(session.flags) > 0
            while session.grammar_pending:
                await pilot.pause(0.01)
            timing.grammar = time.perf_counter() - start if grammar else 0.0
            if fix:
                before = session.fixed
                pressed = time.perf_counter()
                await pilot.press("a")
                await pilot.pause()
                timing.fixed = time.perf_counter() - pressed
                assert session.fixed == before + 1
            app.exit()
    finally:
        ArticleView.render_line = render_line
        ReviewScreen.action_step = action_step
        with session.background.lock:
            checks.close()
    return timing


async def bare_textual(path: str) -> float:
    """Seconds for a Textual app with a header, the article as plain text and a footer to
    be on screen: what any Textual front end pays, whatever it shows."""
    from textual.app import App
    from textual.widgets import Footer, Header, Static

    with open(path, encoding="utf-8") as f:
        text = f.read()

    class Bare(App):
        def compose(self):
            yield Header()
            yield Static(text)
            yield Footer()

    start = time.perf_counter()
    app = Bare()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = time.perf_counter() - start
        app.exit()
    return shown


def cold(path: str, grammar: bool) -> tuple[float, float]:
    """(cold review in a fresh process, a fresh `proof check --no-grammar`) in seconds."""
    code = (
        f"import sys, time; start = time.perf_counter(); sys.path.insert(0, {os.path.dirname(__file__)!r}); "
        f"import asyncio, bench_review; timing = asyncio.run(bench_review.review({path!r}, {grammar!r})); "
        "print(timing.painted_at - start)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        sys.exit(f"bench_review: cold run failed\n{done.stderr}")
    review_seconds = float(done.stdout.split()[-1])
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "proof", "check", "--fail-on", "never", "--no-grammar", path],
        capture_output=True,
        cwd=ROOT,
    )
    return review_seconds, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-grammar", action="store_true")
    options = parser.parse_args()
    grammar = not options.no_grammar
    with tempfile.TemporaryDirectory() as folder:
        path = article(folder)
        with open(path, encoding="utf-8") as f:
            words = len(f.read().split())
        asyncio.run(review(path, grammar))
        base = statistics.median(baseline(path) for _ in range(options.runs))
        textual = statistics.median(asyncio.run(bare_textual(path)) for _ in range(options.runs))
        runs = [asyncio.run(review(path, grammar, fix=True)) for _ in range(options.runs)]
        shown = statistics.median(r.shown for r in runs)
        grammar_done = statistics.median(r.grammar for r in runs)
        fixed = statistics.median(r.fixed for r in runs)
        stepped = [r.stepped for r in runs if r.stepped is not None]
        cold_review, cold_check = cold(path, grammar)
    print(f"article: {words} words, {runs[0].flags} spelling and style flags; grammar {'on' if grammar else 'off'}")
    print(f"{'what':<52} {'seconds':>8} {'x baseline':>10}")
    for what, seconds in (
        ("baseline: engine spelling + style check", base),
        ("bare Textual app showing the text (no checks)", textual),
        ("review: article and flags on screen", shown),
        *((("review: grammar flags all in (background)", grammar_done),) if grammar else ()),
        *((("review: next flag shown while grammar runs", statistics.median(stepped)),) if stepped else ()),
        ("review: one fix applied and shown", fixed),
        ("cold process: review, article and flags on screen", cold_review),
        ("cold process: proof check (whole command)", cold_check),
    ):
        print(f"{what:<52} {seconds:8.3f} {seconds / base:10.1f}")
    if grammar:
        print(f"next flag pressed while grammar still ran: {len(stepped)} of {len(runs)} runs")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(
        f"article shown within {TARGET:g} s: {'yes' if shown < TARGET else 'NO'} ({shown:.3f} s warm, "
        f"{cold_review:.3f} s from a cold start)"
    )


if __name__ == "__main__":
    main()
