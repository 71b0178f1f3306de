"""`proof rules`: list, show and test the house-style rules a project uses."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from proof.commands.options import config_here, config_option, fail
from proof.exit_codes import CLEAN, FLAGGED
from proof.grammar.backend import GrammarUnavailable
from proof.grammar.languagetool_profile import decisions
from proof.grammar.select import harper_backend
from proof.pipeline.engine import Engine
from proof.pipeline.factory import CheckerRule, checker_rules
from proof.pipeline.levels import RulePolicy
from proof.pipeline.selectors import did_you_mean
from proof.readers import document_from_text
from proof.settings.config import Config, ConfigError
from proof.style.checker import StyleChecker
from proof.style.loader import Pack, configured_packs, load_pack, load_rules
from proof.style.rule import Rule


@click.group()
def rules() -> None:
    """List, show and test house-style rules (the built-in pack and the config's `styles`)."""


@rules.command("list")
@config_option
def list_rules(config_path):
    """One line a rule: id, type (for a built-in checker's rule, the checker), and the level
    it runs at with this config (the config's `[rules]` over the rule's own; `off` when off)."""
    try:
        config = config_here(config_path)
        found = load_rules(config)
    except ConfigError as exc:
        fail(exc)
    policy = RulePolicy(config.settings.rules)
    lines = [(r.info.id, r.info.type, in_force(policy, r.info.id, r.info.severity)) for r in found]
    lines += [
        (r.id, r.checker, in_force(policy, r.id, r.severity) if r.on else "off") for r in checker_rules(config.settings)
    ]
    width = max((len(rule_id) for rule_id, _, _ in lines), default=0)
    for rule_id, kind, severity in lines:
        click.echo(f"{rule_id:<{width}}  {kind:<14} {severity}")


def in_force(policy: RulePolicy, rule_id: str, severity: str, on: bool = True) -> str:
    """The level a rule runs at: the config's for it, or its own; `off` when its checker does not run."""
    return (policy.level(rule_id) or severity) if on else "off"


@rules.command("harper")
@click.option("--all", "show_all", is_flag=True, help="List every rule of every group, on or off.")
@config_option
def harper_rules(show_all, config_path):
    """Harper's grammar rules by group: how many are on with this config.

    Rule and group names go in `grammar.harper.enable` / `disable`."""
    try:
        groups = harper_backend(config_here(config_path)).rule_groups()
    except (ConfigError, GrammarUnavailable) as exc:
        fail(exc)
    for label, found in groups.items():
        click.echo(f"{label}: {sum(on for _, on in found)} of {len(found)} on")
        if show_all:
            for name, on in found:
                click.echo(f"  {'on ' if on else 'off'} {name}")


@rules.command("languagetool")
@config_option
def languagetool_rules(config_path):
    """LanguageTool's rules and categories that proof's news-copy profile or the config
    switches off, re-levels or turns back on, each with the reason.

    Every other LanguageTool rule runs as LanguageTool ships it. Ids go in
    `languagetool.enabled_rules` / `disabled_rules` (categories: `enabled_categories` /
    `disabled_categories`); `languagetool.profile = "none"` drops the profile."""
    try:
        config = config_here(config_path)
    except ConfigError as exc:
        fail(exc)
    settings = config.settings
    click.echo(f"profile: {settings.languagetool.profile}; every rule not listed runs as LanguageTool ships it")
    chosen = decisions(settings.languagetool, settings.house)
    width = max((len(d.id) for d in chosen), default=0)
    for decision in chosen:
        label = f"{decision.state} ({decision.kind})" if decision.kind == "category" else decision.state
        click.echo(f"{label:<15} {decision.id:<{width}}  {decision.why}")


@rules.command("show")
@click.argument("rule_id")
@config_option
def show_rule(rule_id, config_path):
    """A rule's description, examples and link."""
    try:
        config = config_here(config_path)
        found = {r.info.id: r for r in load_rules(config)}
    except ConfigError as exc:
        fail(exc)
    policy = RulePolicy(config.settings.rules)
    rule = found.get(rule_id)
    if rule is None:
        builtins = {r.id: r for r in checker_rules(config.settings)}
        builtin = builtins.get(rule_id)
        if builtin is None:
            hint = did_you_mean(rule_id, [*found, *builtins])
            fail(ConfigError(f"no rule {rule_id!r}{hint}; see `proof rules list`"))
        _show_checker_rule(builtin, in_force(policy, builtin.id, builtin.severity, builtin.on))
        return
    info = rule.info
    click.echo(f"{info.id}  ({info.type}, {in_force(policy, info.id, info.severity)}, {info.category})")
    click.echo(f"file: {info.path}")
    click.echo(f"message: {info.message}")
    if info.description:
        click.echo("\n" + info.description)
    for title, texts in (("Flagged", info.bad_examples), ("Not flagged", info.good_examples)):
        if texts:
            click.echo(f"\n{title}:")
            for text in texts:
                click.echo("  - " + text.strip().replace("\n", "\n    "))
    if info.link:
        click.echo(f"\n{info.link}")


def _show_checker_rule(rule: CheckerRule, level: str) -> None:
    click.echo(f"{rule.id}  ({rule.checker} checker, {level})")
    click.echo("\n" + rule.help.description)
    for title, texts in (("Flagged", rule.help.flagged_examples), ("Not flagged", rule.help.accepted_examples)):
        if texts:
            click.echo(f"\n{title}:")
            for text in texts:
                click.echo("  - " + text)


def example_failures(rule: Rule) -> list[str]:
    """What is wrong with a rule's examples: each bad one must raise the rule, no good one may."""
    info = rule.info
    problems = [
        f"{info.id}: has no {kind} example"
        for kind, texts in (("bad", info.bad_examples), ("good", info.good_examples))
        if not texts
    ]
    engine = Engine([StyleChecker([rule])])
    for should_flag, texts in ((True, info.bad_examples), (False, info.good_examples)):
        for text in texts:
            flagged = any(f.rule == info.id for f in engine.check(document_from_text(text, "example.txt")))
            if flagged != should_flag:
                problems.append(
                    f"{info.id}: {'bad example not flagged' if should_flag else 'good example flagged'}:"
                    f" {text.strip()!r}"
                )
    return problems


def _selected_packs(names: tuple[str, ...], config: Config) -> list[Pack]:
    configured = configured_packs(config)
    if not names:
        return configured
    by_name = {p.name: p for p in configured}
    selected = []
    for name in names:
        if os.path.isdir(name):
            selected.append(Pack(os.path.basename(os.path.normpath(name)), Path(name)))
        elif name in by_name:
            selected.append(by_name[name])
        else:
            raise ConfigError(f"no pack {name!r}: give a pack name ({', '.join(by_name)}) or a folder")
    return selected


@rules.command("test")
@click.argument("packs", nargs=-1)
@config_option
def test_rules(packs, config_path):
    """Run every rule's examples: bad ones must be flagged by that rule, good ones must not.

    PACKS are pack names (default: every pack in use) or pack folders. Exit status 1
    lists the failures; 2 is a broken rule file.
    """
    try:
        selected = [rule for pack in _selected_packs(packs, config_here(config_path)) for rule in load_pack(pack)]
    except ConfigError as exc:
        fail(exc)
    failures = [problem for rule in selected for problem in example_failures(rule)]
    for problem in failures:
        click.echo(problem)
    examples = sum(len(r.info.bad_examples) + len(r.info.good_examples) for r in selected)
    click.echo(f"{len(selected)} rules, {examples} examples, {len(failures)} failures")
    sys.exit(FLAGGED if failures else CLEAN)
