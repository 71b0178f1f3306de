import pytest

from proof.readers import document_from_text
from proof.style import patterns
from proof.style.checker import StyleChecker
from tests.helpers.rules import make_rule


def test_pathological_pattern_is_reported_once_and_skipped(monkeypatch):
    monkeypatch.setattr(patterns, "TIME_LIMIT", 0.05)
    slow = make_rule("type: existence\nmessage: m\nraw: ['(a|aa)+b']\n", "House.Slow")
    fine = make_rule("type: existence\nmessage: m\ntokens: [aaa]\n", "House.Fine")
    warnings = []
    checker = StyleChecker([slow, fine], warn=warnings.append)
    document = document_from_text("a" * 60 + "c aaa\n", "slow.txt")
    first = checker.check(document)
    second = checker.check(document)
    assert [f.rule for f in first] == [f.rule for f in second] == ["House.Fine"]
    assert len(warnings) == 1 and "House.Slow" in warnings[0] and "slow.txt" in warnings[0]


def test_limit_caps_flags_per_document():
    rule = make_rule("type: existence\nmessage: m\nlimit: 1\ntokens: [x]\n")
    assert len(StyleChecker([rule]).check(document_from_text("x x x\n"))) == 1


@pytest.mark.slow
def test_check_warns_about_a_pathological_rule_and_carries_on(tmp_path):
    from tests.helpers.cli import run_proof

    pack = tmp_path / "House"
    pack.mkdir()
    (pack / "Slow.yml").write_text("type: existence\nmessage: m\nraw: ['(a|aa)+b']\n")
    (tmp_path / "proof.toml").write_text('styles = ["House"]\n')
    (tmp_path / "story.txt").write_text("a" * 60 + "c\n\nThe the end.\n")
    done = run_proof("check", "--no-grammar", "--fail-on", "never", str(tmp_path / "story.txt"))
    assert done.returncode == 0
    assert done.stderr.count("rule House.Slow") == 1 and "skipped for the rest of this run" in done.stderr
    assert "newsroom.RepeatedWord" in done.stdout


# Long enough that `(a|aa)+b` backtracks for seconds without a time limit (36 took 6.5 s),
# short enough that a test without the limit fails rather than hangs.
_SLOW_RUN = "a" * 32


@pytest.mark.parametrize(
    "rule_text, text",
    [
        (
            (
                "type: confusable\nmessage: m\nwords: {rouge: rogue}\nclasses: {slow: ['/(a|aa)+b/']}\n"
                "when: [{followed_by: [$slow]}]\n"
            ),
            f"The rouge {_SLOW_RUN} fired.\n",
        ),
        ("type: capitalization\nmessage: m\nmatch: 'A(a|aa)+b'\n", f"A{_SLOW_RUN}\n\nThe story.\n"),
        (
            "type: trailer\nmessage: m\nshape: '\\(Reporting by (a|aa)+b\\)'\n",
            f"The story.\n\n(Reporting by {_SLOW_RUN})\n",
        ),
        ("type: dateline\nmessage: m\nshape: '(A|AA)+B'\n", f"{_SLOW_RUN.upper()} (Reuters) - The story.\n"),
    ],
    ids=["confusable", "capitalization", "trailer", "dateline"],
)
def test_every_rule_file_regex_is_stopped_by_the_time_limit(monkeypatch, rule_text, text):
    monkeypatch.setattr(patterns, "TIME_LIMIT", 0.05)
    warnings = []
    checker = StyleChecker([make_rule(rule_text, "House.Slow")], warn=warnings.append)
    assert checker.check(document_from_text(text, "slow.txt")) == []
    assert len(warnings) == 1 and "House.Slow" in warnings[0] and "took over 0.05 s" in warnings[0]
