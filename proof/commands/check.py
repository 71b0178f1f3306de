"""`proof check`: the pre-publish gate."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

import click

from proof.commands.options import (
    config_option,
    date_option,
    fail,
    fail_on_option,
    language_option,
    languagetool_url_option,
    no_cache_option,
    no_grammar_option,
    realword_option,
    say,
)
from proof.core.atomic import WriteError, atomic_writer
from proof.exit_codes import CLEAN, FLAGGED, TROUBLE
from proof.grammar.select import starts_local_server
from proof.report import REPORTERS, FileReport, Summary, summary_line
from proof.run.baseline import BaselineError, load_baseline, write_baseline
from proof.run.batch import BatchSettings, check_files, default_jobs
from proof.run.outputs import output_conflict
from proof.run.runner import discover
from proof.settings.config import ConfigError, ConfigFinder
from proof.settings.overrides import Overrides

# Fewer files than this finish before a progress bar would be worth drawing.
PROGRESS_MIN_FILES = 5


@contextlib.contextmanager
def _written_or_fail(path: str) -> Iterator:
    """The report's stream; a report that cannot be written ends the run with exit 2."""
    try:
        with atomic_writer(path) as stream:
            yield stream
    except WriteError as exc:
        fail(str(exc))


def _with_progress(reports: Iterator[FileReport], total: int) -> Iterator[FileReport]:
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        yield from reports
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("checking", total=total)
        for report in reports:
            yield report
            progress.advance(task)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(REPORTERS)),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--output",
    "-o",
    "output_path",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the report to FILE (atomically); the summary line still goes to the terminal.",
)
@fail_on_option
@language_option
@config_option
@no_grammar_option
@realword_option
@languagetool_url_option
@click.option("--require-grammar", is_flag=True, help="Exit 2 when a configured grammar engine could not be used.")
@no_cache_option
@date_option
@click.option(
    "--stdin-filename", default=None, help="Name (and so format and config) of the text read from stdin with PATH '-'."
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Report only flags that are not in this baseline file.",
)
@click.option(
    "--write-baseline",
    "write_baseline_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Record every current flag in this baseline file (and exit 0 unless a file could not be read).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes checking files in parallel [default: the number of cores].",
)
def check(
    paths,
    output_format,
    output_path,
    fail_on,
    language,
    config_path,
    no_grammar,
    realword,
    languagetool_url,
    require_grammar,
    no_cache,
    article_date,
    stdin_filename,
    baseline_path,
    write_baseline_path,
    jobs,
):
    """Check files and directories (*.txt, *.md, *.html) and report flags.

    Exit status: 0 no flag at or above --fail-on, 1 flags at or above it,
    2 a usage, config or input error (the other files are still checked).
    """
    overrides = Overrides(
        language=language,
        date=article_date,
        languagetool_url=languagetool_url,
        grammar=not no_grammar,
        cache=not no_cache,
        realword=realword,
    )
    try:
        finder = ConfigFinder(config_path, overrides)
        found = discover(list(paths), finder)
        files = found.files
        run_config = finder.first_usable(files)
        fail_on = fail_on or run_config.settings.fail_on
        baseline = load_baseline(baseline_path) if baseline_path and not write_baseline_path else None
        local_server = bool(files) and starts_local_server(run_config.settings)
    except (ConfigError, BaselineError) as exc:
        fail(str(exc))
    conflict = output_conflict(
        {"--output": output_path, "--write-baseline": write_baseline_path},
        [*files, *([baseline_path] if baseline_path else [])],
    )
    if conflict:
        fail(conflict)
    if require_grammar and no_grammar:
        fail("--require-grammar and --no-grammar contradict each other")
    for skipped in found.skipped:
        say(skipped)
    for empty in found.empty:
        say(empty)
    if not files:
        sys.exit(TROUBLE)
    if local_server:
        # One local LanguageTool server for the whole run: it checks paragraphs in parallel itself.
        jobs = 1
    settings = BatchSettings(
        config_path,
        overrides,
        stdin_filename,
        baseline,
        fingerprints=output_format == "sarif" or bool(write_baseline_path),
    )
    summary = Summary()
    kept: list[FileReport] = []
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(_written_or_fail(output_path)) if output_path else sys.stdout
        # NO_COLOR (no-color.org): set and not empty, no colour.
        color = output_format == "text" and out is sys.stdout and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        reporter = REPORTERS[output_format](out, color=color)
        reporter.start()
        told: set[str] = set()
        # Closed on the way out whatever happens, Ctrl-C included: that stops the workers.
        checked = stack.enter_context(contextlib.closing(check_files(files, settings, jobs or default_jobs())))
        for report in _with_progress(checked, len(files)):
            # A broken config fails every file under it with the same error: said once.
            if report.error and report.error not in told:
                told.add(report.error)
                say(report.error)
            for warning in report.warnings:
                say(f"warning: {warning}")
            shown = len(summary.problems)
            summary.add(report)
            for problem in summary.problems[shown:]:
                say(problem)
            reporter.file(report)
            if write_baseline_path:
                kept.append(report)
        reporter.finish(summary)
    if output_path or not reporter.includes_summary:
        click.echo(summary_line(summary), err=not output_path)
    if write_baseline_path:
        try:
            write_baseline(write_baseline_path, kept)
        except WriteError as exc:
            fail(str(exc))
        click.echo(f"proof: baseline of {summary.flags} flags written to {write_baseline_path}", err=True)
    if summary.errors or found.empty:
        sys.exit(TROUBLE)
    if require_grammar and (summary.problems or not summary.engines):
        click.echo("proof: --require-grammar: grammar was not fully checked", err=True)
        sys.exit(TROUBLE)
    if write_baseline_path:
        sys.exit(CLEAN)
    sys.exit(FLAGGED if summary.fails(fail_on) else CLEAN)
