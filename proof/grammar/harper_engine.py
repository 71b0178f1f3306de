"""Harper through harper-py: an offline grammar checker, no Java and no server."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version

from proof import __version__ as proof_version
from proof.grammar.backend import GrammarBackend, GrammarMatch, GrammarUnavailable

# Off unless configured (`grammar.harper.enable` turns any back on). Chosen by running
# Harper over 1,000 published Reuters and BBC articles, where nearly every flag these
# lints raised was a false alarm on correct news copy:
DEFAULT_OFF = (
    # spelling belongs to the spelling checker
    "SpellCheck",
    "Misspell",
    # house style owns these and decides them differently: spelled-out numbers, joined
    # prefixes, sentence length, spacing, repeated words, renamed places, compounds
    "SpelledNumbers",
    "DisjointPrefixes",
    "LongSentences",
    "Spaces",
    "RepeatedWords",
    "UpdatePlaceNames",
    "SplitWords",
    "MergeWords",
    "CompoundNouns",
    "PhrasalVerbAsCompoundNoun",
    # typography that wire copy writes in ASCII on purpose
    "Dashes",
    "NumericRangeEnDash",
    "UseEllipsisCharacter",
    "EllipsisLength",
    "QuoteSpacing",
    "NoFrenchSpaces",
    # news style: no serial comma, quotations that run over paragraphs leave the opening
    # mark unclosed, "some 15" and "both 1985" are normal
    "OxfordComma",
    "UnclosedQuotes",
    "QuantifierNumeralConflict",
    # capitalisation guesses that misfire on headlines, wire copy in capitals and brand names
    "SentenceCapitalization",
    "OrthographicConsistency",
    "NumberSuffixCapitalization",
    "AppleNames",
    "Countries",
    "NotablePlaces",
    "OceansAndSeas",
    "Months",
    # taste, not error: a copy editor would not thank the tool for these
    "Regionalisms",
    "DiscourseMarkers",
    "AvoidAndAlso",
    "Excellent",
    "CondenseAllThe",
    "RedundantFirsts",
    "ExpandPrevious",
    "ExpandTimeShorthands",
    "ExpandMemoryShorthands",
    "OkToOkay",
    "AvoidCurses",
    "HelloGreeting",
    "Damages",
    "TheProperNounPossessive",
    "HaveTakeALook",
    "Freezing",
    "WouldNeverHave",
    "FindOut",
    "InTimeFromNow",
    "TheHowWhy",
    # wrong more often than right on published copy
    "MassNouns",
    "WrongNegative",
    "MissingPreposition",
    "MissingTo",
    "OneOfTheSingular",
    "WereWhere",
    "ToTwoToo",
    "TheirToTheyre",
    "TheirToThere",
    "There",
    "Everyone",
    "PluralDecades",
    "TransposedSpace",
    "InDemandInDepth",
)

_PARAGRAPH_BREAK = "\n\n"
_NEXT_WORD = re.compile(r"\s*([\w.'-]+)")
# The pronoun before a verb, and what joins it to a word before it ("he and she", "she/he").
_SUBJECT = re.compile(r"(?:(\w+)\s+|(/))?(\w+)\s*$")
# Verbs whose past tense is the base form: "he beat Roddick" is the past, not "he beats".
SAME_IN_THE_PAST = frozenset(
    "bet bid broadcast burst bust beat cast cost cut fit forecast hit hurt input knit let offset "
    "outbid output put quit read reset rid set shed shut slit split spread thrust upset wed wet".split()
)
_JOINING_WORDS = ("and", "or", "nor")
_IT_IS_TIME = re.compile(r"\s+time\s+(?:to|for)\b", re.IGNORECASE)
_SENTENCE_END = tuple('.!?:"”')

_SEVERITIES = {
    "Agreement": "warning",
    "Grammar": "warning",
    "Punctuation": "warning",
    "Capitalization": "warning",
    "Repetition": "warning",
    "WordChoice": "warning",
    "Usage": "warning",
    "Typo": "warning",
    "Miscellaneous": "info",
    "Readability": "info",
    "Style": "info",
    "Enhancement": "info",
    "Formatting": "info",
    "Spelling": "warning",
}

_DIALECTS = {"en-GB": "BRITISH", "en-US": "AMERICAN", "en-AU": "AUSTRALIAN", "en-CA": "CANADIAN", "en-IN": "INDIAN"}


class UnknownHarperNames(GrammarUnavailable):
    """Configured rule or group names Harper does not have; `known` holds those it has."""

    def __init__(self, names: list[str], known: list[str]):
        super().__init__(
            f"unknown Harper rule(s) {', '.join(names)} in grammar.harper; "
            f"`proof rules harper --all` lists the rules and their groups"
        )
        self.names = names
        self.known = known


class HarperBackend(GrammarBackend):
    name = "harper"
    concurrency = 1  # a harper Linter is not thread-safe

    def __init__(self, enable=(), disable=(), spelling: bool = False):
        self.enable = sorted(enable)
        self.disable = sorted(disable)
        self.spelling = spelling
        self._linter_object = None
        self._switches: dict[str, bool] = {}
        self._version: str | None = None

    def start(self) -> None:
        try:
            import harper  # noqa: F401
        except ImportError as exc:
            raise GrammarUnavailable(f"harper-py is not installed ({exc}); reinstall proof") from None

    def version(self) -> str:
        if self._version is None:
            try:
                self._version = f"harper-py {version('harper-py')}"
            except PackageNotFoundError:
                self._version = "harper-py"
        return self._version

    def options_key(self) -> str:
        # the default-off list and proof's own filters shape the answer as much as the options
        return repr((self.enable, self.disable, self.spelling, DEFAULT_OFF, proof_version))

    def lint_config(self, defaults: dict[str, bool]) -> dict[str, bool]:
        config = dict(defaults)
        for name in DEFAULT_OFF:
            if name in config and not (self.spelling and name in ("SpellCheck", "Misspell")):
                config[name] = False
        config.update(self._switches)
        return config

    def load(self, language: str = "en-US") -> None:
        """Build the linter now, with the configured switches: UnknownHarperNames for a
        name Harper does not have, GrammarUnavailable without harper-py."""
        self.start()
        self._linter(language)

    def rule_groups(self, language: str = "en-US") -> dict[str, list[tuple[str, bool]]]:
        """Harper's rules by group, each with whether it is on as configured."""
        linter = self._linter(language)
        config = linter.get_lint_config()
        return {
            label: [(name, config.get(name, False)) for name in names]
            for label, names in harper_groups(linter.get_structured_lint_config()).items()
        }

    def _rule_switches(self, linter) -> dict[str, bool]:
        """The configured rules, on or off, with Harper's group names ("Phrase
        Corrections") standing for every rule in the group; a rule named on its own wins
        over its group."""
        rules = linter.get_default_lint_config()
        groups = harper_groups(linter.get_structured_lint_config())
        unknown = [name for name in (*self.enable, *self.disable) if name not in rules and name not in groups]
        if unknown:
            raise UnknownHarperNames(unknown, [*rules, *groups])
        named = [(name, False) for name in self.disable] + [(name, True) for name in self.enable]
        switches: dict[str, bool] = {}
        # Groups first, so that a rule named on its own wins over its group.
        for name, on in sorted(named, key=lambda item: item[0] in rules):
            switches.update(dict.fromkeys(groups.get(name, [name]), on))
        return switches

    def _linter(self, language: str):
        """The one Linter, set to `language`'s dialect.

        Switching a Linter's dialect makes it lint exactly as a new Linter of that dialect
        would, while a second Linter would keep caches of its own (about 200 MB over a few
        hundred articles): a run over British and American copy keeps one.
        """
        import harper

        dialect = getattr(harper.Dialect, _DIALECTS.get(language, "AMERICAN"))
        if self._linter_object is None:
            linter = harper.Linter(dialect)
            self._switches = self._rule_switches(linter)
            self._linter_object = linter
        elif self._linter_object.dialect == dialect:
            return self._linter_object
        # A new dialect brings back Harper's default lints: the configured ones are set after it.
        self._linter_object.dialect = dialect
        self._linter_object.set_lint_config(self.lint_config(self._linter_object.get_default_lint_config()))
        return self._linter_object

    def check_many(self, texts: list[str], language: str) -> list[list[GrammarMatch]]:
        # One call over the paragraphs joined as a document costs a third of a call each.
        starts, offset = [], 0
        for text in texts:
            starts.append(offset)
            offset += len(text) + len(_PARAGRAPH_BREAK)
        answers: list[list[GrammarMatch]] = [[] for _ in texts]
        for match in self.check(_PARAGRAPH_BREAK.join(texts), language):
            index = bisect_right(starts, match.start) - 1
            start = starts[index]
            if match.end <= start + len(texts[index]):
                answers[index].append(replace(match, start=match.start - start, end=match.end - start))
        return answers

    def check(self, text: str, language: str) -> list[GrammarMatch]:
        linter = self._linter(language)
        found = []
        for rule, lints in linter.organized_lints(text, language="plaintext").items():
            for lint in lints:
                misfire = _MISFIRES.get(rule)
                if misfire is not None and misfire(text, lint):
                    continue
                found.append(
                    GrammarMatch(
                        rule=f"grammar.harper.{rule}",
                        category=lint.lint_kind_pretty.lower(),
                        severity=_SEVERITIES.get(lint.lint_kind, "warning"),
                        message=lint.message,
                        start=lint.span.start,
                        end=lint.span.end,
                        suggestions=tuple(_replacement(lint, s) for s in lint.suggestions[:5]),
                    )
                )
        return found


def harper_groups(structured: dict) -> dict[str, list[str]]:
    """Harper's groups of rules, by label, from its structured lint config."""
    groups: dict[str, list[str]] = {}

    def rules_in(settings: list) -> list[str]:
        found = []
        for item in settings:
            if "Group" in item:
                found += rules_in(item["Group"]["child"]["settings"])
            elif "OneOfMany" in item:  # rules that exclude each other ("PreferSneaked", "PreferSnuck")
                found += item["OneOfMany"]["names"]
            else:
                found += [setting["name"] for setting in item.values()]
        return found

    for item in structured["settings"]:
        if "Group" in item:
            groups[item["Group"]["label"]] = rules_in(item["Group"]["child"]["settings"])
    return groups


def _not_an_article_choice(text: str, lint) -> bool:
    """Harper's a/an lint misfires in two ways on news copy: before an initialism ("an
    MEP", "a NATO summit"), where the choice follows how the letters are said, which it
    cannot know; and on a capital A inside a sentence, which is a label ("Class A",
    "Serie A"), not the article."""
    start, end = lint.span.start, lint.span.end
    following = _NEXT_WORD.match(text, end)
    if following and (following.group(1).isupper() or len(following.group(1)) == 1):
        return True
    before = text[:start].rstrip()
    return text[start:end] == "A" and bool(before) and not before.endswith(_SENTENCE_END)


def _not_an_agreement_error(text: str, lint) -> bool:
    """Harper's pronoun-verb agreement lint misfires on published news where the verb is
    a past tense that looks like the base form ("he beat Roddick", "he split from"), a
    word it cannot correct (no suggestion: "he dealt"), part of a title ("The She Hate
    Me director") or of a hyphenated word ("he off-loaded"), and where the pronoun is one
    of two subjects ("he and she go", "she/he kill") or is "you" ("you guys")."""
    start, end = lint.span.start, lint.span.end
    verb = text[start:end]
    if not lint.suggestions or verb[:1].isupper() or text[end : end + 1] == "-" or verb.lower() in SAME_IN_THE_PAST:
        return True
    subject = _SUBJECT.search(text, max(0, start - 40), start)
    if subject is None:
        return False
    joiner, slash, pronoun = subject.groups()
    return pronoun.lower() == "you" or bool(slash) or (joiner or "").lower() in _JOINING_WORDS


def _it_is(text: str, lint) -> bool:
    """Harper takes "it's" for a slip for "its" before a noun, but on published news it
    misfired where "it's" is "it is": before a name or title ("Do They Know It's
    Christmas"), a word in -ing ("it's slowing"), "no" or "not" ("it's no wonder"), and
    in "it's time to" / "it's time for"."""
    following = _NEXT_WORD.match(text, lint.span.end)
    word = following.group(1) if following else ""
    return (
        word[:1].isupper()
        or word.lower().endswith("ing")
        or word.lower() in ("no", "not")
        or bool(_IT_IS_TIME.match(text, lint.span.end))
    )


# Harper's lints that misfire on news copy in known ways, with the test that spots each misfire.
_MISFIRES = {"AnA": _not_an_article_choice, "PronounVerbAgreement": _not_an_agreement_error, "ItsPossessive": _it_is}


def _replacement(lint, suggestion) -> str:
    """The text that replaces the lint's span: Harper's insertions go after the span."""
    import harper

    if suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
        return lint.problem_text + suggestion.replacement_text
    return suggestion.replacement_text
