"""`proof fix`: apply the safe fixes, show them as a unified diff, write atomically."""

from __future__ import annotations

import difflib
import os
import sys

import click

from proof.commands.options import (
    config_option,
    fail,
    fail_on_option,
    language_option,
    no_grammar_option,
    realword_option,
    say,
)
from proof.core.atomic import WriteError
from proof.core.source import BOM, ChangedOnDisk, InputError, write_source
from proof.exit_codes import CLEAN, FLAGGED, TROUBLE
from proof.pipeline.factory import known_rule_ids
from proof.pipeline.selectors import describe_unknown, unknown_selectors
from proof.report import FileReport, Summary, file_report
from proof.report.text import flag_lines, summary_line
from proof.run.autofix import fix_text
from proof.run.runner import STDIN, FileResult, Runner, discover
from proof.settings.config import ConfigError, ConfigFinder
from proof.settings.overrides import Overrides
from proof.style.loader import load_rules


def patch_name(name: str) -> str:
    """A file name for a diff header. A name that is not UTF-8 is quoted as git quotes it
    ("a/caf\\351.txt": octal escapes), which `git apply` and GNU patch read back to the
    name's own bytes."""
    raw = name.encode("utf-8", "surrogateescape")
    try:
        raw.decode("utf-8")
        return name
    except UnicodeDecodeError:
        return '"' + "".join(_quoted(byte) for byte in raw) + '"'


def _quoted(byte: int) -> str:
    if byte >= 0x80:
        return f"\\{byte:03o}"
    return "\\" + chr(byte) if chr(byte) in '"\\' else chr(byte)


def diff_name(path: str) -> str | None:
    """The file's name in a diff header: relative to the current folder, `/`-separated and
    without `./` or `..`, which `git apply` refuses; None for a file outside the folder."""
    relative = os.path.relpath(os.path.abspath(path))
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    return relative.replace(os.sep, "/")


def unified_diff(path: str, before: str, after: str) -> str:
    """The diff of one file, to apply with `git apply` (or `patch -p1`) in the current folder.
    A file outside that folder is named by its absolute path, which `git apply` cannot use."""
    name = diff_name(path)
    fromfile, tofile = (f"a/{name}", f"b/{name}") if name else (os.path.abspath(path),) * 2
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=patch_name(fromfile),
        tofile=patch_name(tofile),
    )
    # A last line without a newline would run into the next file's header.
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--rule",
    "rules",
    multiple=True,
    metavar="ID",
    help="Fix only this rule (an id or whole dotted parts of one); repeat for more. Default: every safe fix.",
)
@click.option("--diff", "diff_only", is_flag=True, help="Show the fixes as a diff; do not write any file.")
@fail_on_option
@language_option
@config_option
@no_grammar_option
@realword_option
def fix(paths, rules, diff_only, fail_on, language, config_path, no_grammar, realword):
    """Apply the fixes of rules marked safe (repeated words, doubled spaces, rouge -> rogue...).

    The unified diff of each fixed file goes to standard output; what is left to look at
    goes to standard error. A file that changed on disk since it was read is not written;
    a link is written through to its target. Exit status: 0 nothing left at or above
    --fail-on, 1 flags remain, 2 a file could not be read or written (disk full,
    permission denied, changed on disk) or `-` was named (standard input is not read).
    """
    try:
        finder = ConfigFinder(config_path, Overrides(language=language, grammar=not no_grammar, realword=realword))
        found = discover([p for p in paths if p != STDIN], finder)
        files = found.files
        run_config = finder.first_usable(files)
        fail_on = fail_on or run_config.settings.fail_on
        known = known_rule_ids(load_rules(run_config))
    except ConfigError as exc:
        fail(exc)
    unknown = unknown_selectors(rules, known)
    if unknown:
        fail(f"--rule: {describe_unknown(unknown, known)}")
    # Standard input named beside files is passed over, said as a walk's skipped files are.
    stdin_skipped = STDIN in paths and bool(files)
    if stdin_skipped:
        say(f"{STDIN}: skipped: proof fix does not read standard input")
    for skipped in found.skipped:
        say(skipped)
    for empty in found.empty:
        say(empty)
    if not files and not found.empty:
        fail("no files to fix (proof fix does not read standard input)")
    if not files:
        sys.exit(TROUBLE)
    runner = Runner(finder)
    summary = Summary()
    fixed_total = 0
    told: set[str] = set()
    try:
        for path in files:
            try:
                source = runner.load(path)
                engine = runner.engine_for(finder.for_path(path))
                outcome = fix_text(source.text, path, engine.check, rules)
            except (InputError, ConfigError) as exc:
                # A broken config fails every file under it with the same error: said once.
                if str(exc) not in told:
                    told.add(str(exc))
                    say(exc)
                summary.add(FileReport(path, error=str(exc)))
                continue
            for warning in runner.comment_warnings(outcome.original, finder.for_path(path)):
                say(f"warning: {warning}")
            # With --diff nothing is written: the flags left are placed in the file as it is on disk.
            left = FileResult(path, outcome.remaining, outcome.document)
            if diff_only:
                left = FileResult(path, outcome.remaining_as_read(), outcome.original)
            report = file_report(left)
            if outcome.fixed:
                # The file's BOM is part of its first line: the diff must match the bytes on disk.
                bom = BOM if source.has_bom else ""
                try:
                    if not diff_only:
                        # Written first: a file that could not be written shows no diff as if it were.
                        write_source(source, outcome.document.source)
                except (ChangedOnDisk, WriteError) as exc:
                    say(exc)
                    # Checked but left as it was: every flag it had is still there.
                    report = file_report(FileResult(path, outcome.found, outcome.original))
                    report.unwritten = str(exc)
                else:
                    click.echo(unified_diff(path, bom + source.text, bom + outcome.document.source), nl=False)
                    fixed_total += outcome.fixed
            summary.add(report)
            for line in flag_lines(report):
                click.echo(line, err=True)
    finally:
        runner.close()
    verb = "to apply" if diff_only else "applied"
    click.echo(
        f"{fixed_total} safe fix{'' if fixed_total == 1 else 'es'} {verb}; remaining: {summary_line(summary)}", err=True
    )
    if summary.errors or summary.unwritten or found.empty or stdin_skipped:
        sys.exit(TROUBLE)
    sys.exit(FLAGGED if summary.fails(fail_on) else CLEAN)
