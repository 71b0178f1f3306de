#!/usr/bin/env python3
"""What a keystroke costs `proof lsp`: the check of a change (the touched paragraphs'
local checks, the document-level checks whole; `proof.lsp.tracked.changed`) against the
check of the whole text (`opened`, what a full re-check would cost). Run by hand, not a test:

    .venv/bin/python benchmarks/bench_lsp.py [--runs R] [--copies N...]

The text is the wire article from `examples/` repeated N times (paragraphs apart), with
the examples' proof.toml, spelling and house style only (grammar runs in the background in
the server and is not measured here). Each figure is the median of R runs after a warm-up;
the change is one word replaced in the middle paragraph.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--copies", type=int, nargs="*", default=[1, 10, 40])
    options = parser.parse_args()

    from proof.lsp.tracked import changed, opened
    from proof.readers import document_from_text
    from proof.review.background import BackgroundGrammar
    from proof.run.runner import Runner
    from proof.settings.config import ConfigFinder
    from proof.settings.overrides import Overrides

    with open(os.path.join(EXAMPLES, "russia-missile-defence-wire.txt"), encoding="utf-8") as f:
        wire = f.read().strip("\n")
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(os.path.join(EXAMPLES, "proof.toml"), folder)
        path = os.path.join(folder, "article.txt")
        runner = Runner(ConfigFinder(override=Overrides(grammar=False)))
        engine = runner.engine_for(runner.finder.for_path(path))
        print(f"{'copies':>6} {'chars':>7} {'whole s':>8} {'change s':>9} {'ratio':>6}")
        for copies in options.copies:
            text = "\n\n".join([wire] * copies) + "\n"
            middle = text.index("rouge", len(text) // 2 - len(wire))
            edited = text[:middle] + "rogue" + text[middle + 5 :]
            whole, change = [], []
            for run in range(options.runs + 1):
                background = BackgroundGrammar(engine)
                started = time.perf_counter()
                tracked = opened(engine, document_from_text(text, path), background)
                between = time.perf_counter()
                changed(tracked, document_from_text(edited, path), background)
                ended = time.perf_counter()
                if run:
                    whole.append(between - started)
                    change.append(ended - between)
            a, b = statistics.median(whole), statistics.median(change)
            print(f"{copies:>6} {len(text):>7} {a:>8.4f} {b:>9.4f} {b / a:>6.2f}")
        runner.close()


if __name__ == "__main__":
    main()
