#!/usr/bin/env python3
"""What grammar costs on top of spelling and house style, and what the cache saves.

Run by hand (`make bench-grammar`, or `python benchmarks/bench_grammar.py [CORPUS_DIR]`),
not a test. Over real articles (the *.jsonl files of CORPUS_DIR, default ../shared/corpus/;
else numbered copies of examples/), in this one process, per 1,000 words:
- baseline: the engine with spelling and house style only;
- Harper asked paragraph by paragraph (one call each), no cache;
- the grammar checker as `proof check` runs it (one Harper call per article), no cache;
- the same with a cold cache (every answer written), then a warm one (every answer read);
- a warm cache after one paragraph of each article was edited (only that one is asked).
Prints each time and its ratio to the baseline. LanguageTool is not timed
here: it needs a server, and its cost is the server's.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import tempfile
import time
from dataclasses import replace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from proof.grammar.cache import GrammarCache  # noqa: E402
from proof.grammar.checker import GrammarChecker, chunks  # noqa: E402
from proof.grammar.harper_engine import HarperBackend  # noqa: E402
from proof.pipeline.engine import Engine  # noqa: E402  # noqa: E402
from proof.pipeline.factory import (  # noqa: E402
    build_checkers,
)
from proof.readers import document_from_text  # noqa: E402
from proof.settings.config import default_config  # noqa: E402  # noqa: E402
from proof.settings.house import METADATA_KEY, house_settings  # noqa: E402
from proof.settings.overrides import Overrides  # noqa: E402

ARTICLES = 200
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")


def article_texts(count: int, corpus: str) -> list[str]:
    texts = []
    for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl"))):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                entry = json.loads(line)
                texts.append(f"{entry['title']}\n\n{entry['body']}")
    if not texts:
        print(f"no corpus in {corpus}: copies of examples/, numbered so that no two are the same")
        for path in sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt"))):
            with open(path, encoding="utf-8") as f:
                texts.append(f.read())
        return [f"Copy {i}\n\n" + texts[i % len(texts)].replace(".", f". {i}.", 3) for i in range(count)]
    return [texts[i % len(texts)] for i in range(count)]


def edited(text: str) -> str:
    """The article with its last paragraph changed, as a light edit would."""
    return text.rstrip() + " (Updated.)\n"


def seconds(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def timed_checker(make_checker, docs) -> float:
    """Seconds for the checker over docs, its engine's start-up not counted."""
    checker = make_checker()
    for document in docs:
        document.language = "en-US"
    start = time.perf_counter()
    for document in docs:
        checker.check(document)
    return time.perf_counter() - start


def main() -> None:
    # Harper remembers texts it has seen, so each row that asks it gets its own articles
    # and times are per 1,000 words; the warm and edited rows reuse the cold row's.
    corpus = sys.argv[1] if len(sys.argv) > 1 else CORPUS
    texts = article_texts(3 * ARTICLES, corpus)
    slices = [texts[i::3] for i in range(3)]  # interleaved, so each has the same mix of sources
    documents = [[document_from_text(text, f"{i}.txt") for i, text in enumerate(part)] for part in slices]
    edits = [document_from_text(edited(text), f"{i}.txt") for i, text in enumerate(slices[2])]
    words = [sum(len(text.split()) for text in part) for part in slices]
    config = default_config()
    config = replace(config, settings=Overrides(grammar=False)(config.settings))
    style_spelling = Engine(
        build_checkers(config), language="en-US", metadata={METADATA_KEY: house_settings(config.settings)}
    )
    style_spelling.check(document_from_text(texts[0], "warm-up.txt"))

    def fresh_harper() -> HarperBackend:
        harper = HarperBackend()
        harper.check("Warm the linter up.", "en-US")
        return harper

    def per_paragraph(docs) -> float:
        harper = fresh_harper()
        start = time.perf_counter()
        for document in docs:
            for _, text in chunks(document):
                harper.check(text, "en-US")
        return time.perf_counter() - start

    rows = [("spelling + style (baseline)", seconds(lambda: [style_spelling.check(d) for d in documents[2]]), 2)]
    rows.append(("Harper, one call a paragraph", per_paragraph(documents[0]), 0))
    rows.append(("grammar checker, no cache", timed_checker(lambda: GrammarChecker(fresh_harper()), documents[1]), 1))
    with tempfile.TemporaryDirectory() as folder:
        cache = GrammarCache(os.path.join(folder, "grammar.sqlite3"))
        for what, docs in (
            ("grammar checker, cold cache", documents[2]),
            ("grammar checker, warm cache", documents[2]),
            ("warm cache, last paragraph edited", edits),
        ):
            rows.append((what, timed_checker(lambda: GrammarChecker(fresh_harper(), cache=cache), docs), 2))
        cache.close()
    base = rows[0][1] / words[2]
    print(f"3 x {ARTICLES} articles, {sum(words):,} words")
    print(f"{'what':<36} {'ms/1,000 words':>14} {'x baseline':>10}")
    for what, total, part in rows:
        print(f"{what:<36} {total / words[part] * 1e6:14.1f} {total / words[part] / base:10.2f}")


if __name__ == "__main__":
    main()
