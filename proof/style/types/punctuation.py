"""`punctuation`: commas, spaces, quotation marks and brackets, chosen by `check`.

- `parenthetical-comma`: a comma opens an aside between subject and verb and nothing
  closes it: "Shoigu, on Monday told his counterpart" → "Shoigu, on Monday, told". The
  aside must start with one of `openers`, run at most `max_words`, and end at a verb
  (`verbs`) with no subject of its own in between (`pronouns`: "after it said"); the
  sentence up to the comma must be a bare subject (no verb, no other comma), and the
  aside must not be closed by a later comma. `modifiers` are the words after which an
  -ed word is an adjective ("in a closed session"), not the verb. An aside may also be a
  relative clause (`relatives`: "The striker, who joined from Ajax last summer scored"
  → "summer, scored"): it has a verb of its own, so the main verb is the next one after
  it, within `max_relative` words; a clause whose own verb is a verb of saying
  (`reporting`: "who said the plan was dead") is left alone, since the verb that follows
  may be the reported clause's. An aside may also be an appositive left open: a name
  ("The company's chief executive, Mary Barra said" → "Barra, said") or a noun phrase
  opened by one of `appositives` ("the suspect, a man from Leeds was arrested" → "Leeds,
  was"). Then the words before the comma, from the sentence start or after a verb of
  saying ("Police said the suspect"), must be a noun phrase: opened by one of
  `determiners` ("the", "her", a possessive), ending in a common noun, with no verb,
  preposition (`openers`; "for" and "at" may name a post: "A spokeswoman for the
  ministry") or time word (`adverbials`: "The day after the vote, officials
  said", "A day later, Barra said" are introductions, not subjects).
- `double-space`: two or more spaces between words (a safe fix). Two spaces after a
  sentence are the typewriter convention wire copy long kept, invisible once typeset: they
  are flagged only with `after_sentence: true`. Column layout (tables, indented figure
  lines) and the gap after a wire ticker code ("BURLINGTON <BUR>  GETS") are left alone.
- `space-before`: a space before a comma, full stop, semicolon, question or exclamation
  mark (a safe fix; "a .5 percent" and an ellipsis are left alone).
- `unbalanced`: an opening quotation mark or bracket with no closing one in its
  paragraph, or a closing one with no opening. A quotation that runs on into the next
  paragraph (which opens with a quotation mark, as news style has it) is balanced.
  Apostrophes are never quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from proof.core.document import Document, Paragraph
from proof.core.flag import Flag
from proof.style.rule import Rule
from proof.style.wordseq import LexiconError, Word, WordSet, document_sentences, word_set

_CHECKS = ("parenthetical-comma", "double-space", "space-before", "unbalanced")
_DOUBLE_SPACE = re.compile(r"(?<=[^\s>])( {2,})(?=\S)")
# The gap after a full stop, question or exclamation mark (and any closing quote or
# bracket) before the next sentence's capital, figure or opening quote.
_SENTENCE_GAP = re.compile(r"[.!?][\"”’')\]]* {2,}(?=[\"“‘(A-Z0-9])")
# Wire copy indents paragraphs by up to four spaces; a line indented further is a column.
_COLUMN_INDENT = 5
# The mark must end the word: ".5", ".com" and "..." are not stray full stops.
_SPACE_BEFORE = re.compile(r"(?<=[\w\"”’)\]])( +)(?=(?:[,;!?]|\.(?!\.))(?:\s|$|[\"”’)\]]))")
_SPACE_RUN = re.compile(r" {2,}")
_NUMBER_COLUMN = re.compile(r"\d  +\S|\S  +[\d(-]")
_BRACKETS = {"(": ")", "[": "]"}
# The marks the pairing checks look at, found with one search rather than a Python loop
# over every character of the text.
_BRACKET_MARK = re.compile("[" + re.escape("".join(_BRACKETS) + "".join(_BRACKETS.values())) + "]")
_DOUBLE_QUOTE_MARK = re.compile('[“”"]')
# ":(" and ";-)" are faces, not brackets.
_EMOTICON_EYES = set(":;-<=")
# A straight double quote opens when it follows a space, a bracket or the paragraph start.
_OPENS_STRAIGHT = re.compile(r"(?:^|(?<=[\s(\[—–-]))\"")
# "1)" or "a)" with no bracket open is a list label, not a bracket.
_LIST_LABEL = re.compile(r"(?<![^\s:;,])(?:[a-z]|\d{1,2})\)")
_CLAUSE_MARKS = set(',;:()[]—–"“”.!?')
# Prepositions inside a subject that names a post, not a place or time: "A spokeswoman
# for the ministry", "an analyst at Barclays".
_NOUN_PREPOSITIONS = {"for", "at"}
# Words a name before a verb may run to ("Annalena Baerbock", "Bruno Le Maire").
_LONGEST_NAME = 4
# A noun phrase joined to another is a list of subjects, not an appositive.
_JOINS = {"and", "or", "but", "nor"}
_CONTRACTION = re.compile(r"['’](?:s|re|ve|ll|d|m)$")


def _apart(key: str) -> str:
    """A word without its contracted verb: "it" for "it's", "they" for "they’re"."""
    return _CONTRACTION.sub("", key)


class Punctuation(Rule):
    type_name = "punctuation"
    # Quotation marks are what this type checks; spaces and commas in quotes are the editor's.
    in_quotes = True
    # Spaces are judged a line at a time and asides a sentence at a time; quotation marks
    # are not (see `paragraph_local`).
    local = True
    fields = {
        "check": f"which check: {', '.join(_CHECKS)}",
        "openers": "parenthetical-comma: words an aside may start with (on, after, in...)",
        "verbs": "parenthetical-comma: words taken as the main verb (told, /[a-z]+ed/...)",
        "modifiers": "parenthetical-comma: words after which an -ed word is an adjective (a, the...)",
        "max_words": "parenthetical-comma: the longest aside, in words (default 6)",
        "max_subject": "parenthetical-comma: the longest subject before the comma, in words (default 8)",
        "pronouns": "parenthetical-comma: words that open a clause of the aside's own, a "
        'subject or a conjunction ("after it said", "if raised"): then the '
        "verb is the aside's, not the sentence's",
        "after_sentence": "double-space: true to flag two spaces after a sentence too (default false)",
        "relatives": "parenthetical-comma: words that open a relative clause as an aside (who, which...)",
        "reporting": "parenthetical-comma: verbs of saying; a relative clause with one is not judged",
        "max_relative": "parenthetical-comma: the longest relative clause, in words (default 12)",
        "appositives": "parenthetical-comma: words that open an appositive noun phrase (a, an)",
        "determiners": "parenthetical-comma: words a subject before an appositive starts with (the, his, /.+'s/...)",
        "adverbials": "parenthetical-comma: words that make the phrase before the comma an introduction "
        "(day, later, ago...), not a subject",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.check_name = self.choice("check", _CHECKS)
        if self.check_name == "parenthetical-comma":
            self.openers = self._set("openers")
            self.verbs = self._set("verbs")
            self.modifiers = self._set("modifiers")
            self.max_words = self.get("max_words", int, 6)
            self.max_subject = self.get("max_subject", int, 8)
            self.pronouns = self._set("pronouns")
            self.relatives = self._set("relatives", required=False)
            self.reporting = self._set("reporting", required=False)
            self.max_relative = self.get("max_relative", int, 12)
            self.appositives = self._set("appositives", required=False)
            self.determiners = self._set("determiners", required=False)
            self.adverbials = self._set("adverbials", required=False)
        self.after_sentence = self.get("after_sentence", bool, False)

    def _set(self, name: str, required: bool = True) -> WordSet:
        values = self.strings(name)
        if required and not values:
            raise self.error(name, f"a {self.check_name} rule needs `{name}`")
        try:
            return word_set(values)
        except LexiconError as exc:
            raise self.error(name, str(exc)) from None

    @property
    def paragraph_local(self) -> bool:
        # A quotation runs on over paragraphs: whether a mark is paired depends on the next.
        return super().paragraph_local and self.check_name != "unbalanced"

    def check(self, document: Document) -> Iterator[Flag]:
        if self.check_name == "parenthetical-comma":
            for sentence in document_sentences(document):
                yield from self._parenthetical(document.text, sentence)
        elif self.check_name == "unbalanced":
            yield from self._unbalanced(document)
        else:
            yield from self._spaces(document)

    def _spaces(self, document: Document) -> Iterator[Flag]:
        text = document.text
        double = self.check_name == "double-space"
        pattern, replacement = (_DOUBLE_SPACE, " ") if double else (_SPACE_BEFORE, "")
        for paragraph in document.paragraphs:
            for line_start, line_end in paragraph.lines or ((paragraph.start, paragraph.end),):
                # Most lines have no match: whether one is a table row is asked only of those that do.
                matches = list(pattern.finditer(text, line_start, line_end))
                if not matches or _tabular(text[line_start:line_end]) or _indented(document, line_start):
                    continue
                for match in matches:
                    start, end = match.span(1)
                    if (
                        double
                        and not self.after_sentence
                        and _SENTENCE_GAP.match(text, _gap_start(text, start), end + 1)
                    ):
                        continue
                    if not double and not _read_through(document, start, end + 1):
                        # Skipped text (inline code, an image) stands between the space and
                        # the mark: "and `code here`." has no space before its full stop.
                        continue
                    if _verbatim(document, start, end):
                        yield self.flag(start, end, [replacement], safe_fix=True, match=match.group(1))

    # -- parenthetical comma -----------------------------------------------------------------

    def _is_verb(self, sentence: Sequence[Word], index: int) -> bool:
        word = sentence[index]
        if not word.lower or word.key not in self.verbs:
            return False
        return index == 0 or sentence[index - 1].key not in self.modifiers

    def _parenthetical(self, text: str, sentence: Sequence[Word]) -> Iterator[Flag]:
        for index, word in enumerate(sentence):
            if index == 0 or not word.after_break or text[sentence[index - 1].end : word.start].strip() != ",":
                continue
            comma = text.rfind(",", sentence[index - 1].end, word.start)
            verb = self._aside_end(text, sentence, index)
            if verb is None or self._closed_later(sentence, verb):
                continue
            aside_end = sentence[verb - 1].end
            suggestion = text[comma:aside_end] + "," + text[aside_end : sentence[verb].end]
            yield self.flag(comma, sentence[verb].end, [suggestion], match=text[comma : sentence[verb].end])

    def _aside_end(self, text: str, sentence: Sequence[Word], index: int) -> int | None:
        """The main verb an aside opened by a comma before word `index` runs up to, if the
        sentence has the shape of a subject, the aside and that verb."""
        key = sentence[index].key
        if key in self.relatives or key in self.openers:
            if not self._bare_subject(text, sentence, index):
                return None
            return self._relative_verb(sentence, index) if key in self.relatives else self._aside_verb(sentence, index)
        # A name or a noun phrase beside a noun-phrase subject (none without `determiners`).
        appositive = key in self.appositives
        if (sentence[index].lower and not appositive) or not self._noun_subject(text, sentence, index):
            return None
        return self._appositive_verb(text, sentence, index) if appositive else self._name_verb(sentence, index)

    def _bare_subject(self, text: str, sentence: Sequence[Word], comma_word: int) -> bool:
        """The sentence up to the comma looks like a subject: no other comma or clause
        mark, no verb, not an introductory phrase, not too long."""
        if comma_word > self.max_subject or sentence[0].key in self.openers:
            return False
        if all(sentence[i].key in self.modifiers for i in range(comma_word)):
            return False  # "Unfortunately, ...": an adverb, not a subject
        if any(mark in text[sentence[0].start : sentence[comma_word - 1].end] for mark in ',;:()—–"“”'):
            return False
        if any(_apart(sentence[i].key) in self.pronouns for i in range(comma_word)):
            # "It gives the wrong signals to China, who...", "It's a joke, however...": a
            # clause, not a subject
            return False
        return not any(self._is_verb(sentence, i) for i in range(comma_word))

    def _noun_subject(self, text: str, sentence: Sequence[Word], comma_word: int) -> bool:
        """The words before the comma are a noun phrase a name or a noun phrase can stand
        beside: from the sentence start, from after a verb of saying ("Police said the
        suspect") or from after a quotation, a determiner or possessive, then words that are neither a verb, a
        pronoun, a preposition nor a time word, ending in a common noun."""
        start = 0
        for i in range(comma_word):
            if sentence[i].key in self.reporting:
                start = i + 1 + (i + 1 < comma_word and sentence[i + 1].key == "that")
            elif i and _after_quotation(text, sentence, i):
                start = i  # '"We will grow," the chief executive, Mary Barra said
        if not 0 < comma_word - start <= self.max_subject or sentence[start].key not in self.determiners:
            return False
        if not sentence[comma_word - 1].lower or (
            start and sentence[start].after_break and not _after_quotation(text, sentence, start)
        ):
            return False
        if any(mark in text[sentence[start].start : sentence[comma_word - 1].end] for mark in ',;:()—–"“”'):
            return False
        if _absolute(sentence[start:comma_word], self.determiners):
            return False
        return not any(
            _apart(word.key) in self.pronouns
            or (word.key in self.openers and word.key not in _NOUN_PREPOSITIONS)
            or word.key in self.adverbials
            or word.key in self.relatives
            or self._is_verb(sentence, i)
            for i, word in enumerate(sentence[start:comma_word], start)
        )

    def _name_verb(self, sentence: Sequence[Word], first: int) -> int | None:
        """The verb straight after a name of capitalised words ("Mary Barra said")."""
        index = first
        while (
            index < len(sentence) and not sentence[index].lower and (index == first or not sentence[index].after_break)
        ):
            if index - first == _LONGEST_NAME or sentence[index].key in self.pronouns:
                return None
            index += 1
        if index == first or index == len(sentence) or sentence[index].after_break:
            return None
        if not self._is_verb(sentence, index):
            return None
        return index + 1 if self._attribution(sentence, index) else index

    def _appositive_verb(self, text: str, sentence: Sequence[Word], opener: int) -> int | None:
        """The main verb after a noun phrase ("a man from Leeds was arrested"). An -ed
        word with a verb still to come is the phrase's own participle ("a company based
        in Ohio reported")."""
        found = None
        for index in range(opener + 1, min(opener + 1 + self.max_words, len(sentence))):
            word = sentence[index]
            if (
                _clause_break(text, sentence, index)
                or word.key in _JOINS
                or word.key in self.pronouns
                or word.key in self.relatives
            ):
                break
            if self._is_verb(sentence, index) and not self._attribution(sentence, index):
                if found is not None or not word.key.endswith("ed"):
                    return index
                found = index
        return found

    def _attribution(self, sentence: Sequence[Word], index: int) -> bool:
        """A verb of saying followed straight by another verb attributes the sentence
        inside it ("The problem, a spokesman said was"): the aside runs to the next verb."""
        following = index + 1 < len(sentence) and not sentence[index + 1].after_break
        return sentence[index].key in self.reporting and following and self._is_verb(sentence, index + 1)

    def _aside_verb(self, sentence: Sequence[Word], opener: int) -> int | None:
        for index in range(opener + 1, min(opener + 1 + self.max_words, len(sentence))):
            if sentence[index].after_break or sentence[index].key in self.pronouns:
                return None
            if self._is_verb(sentence, index):
                return index
        return None

    def _relative_verb(self, sentence: Sequence[Word], relative: int) -> int | None:
        """The main verb after a relative clause: the first verb after the clause's own
        verb group and at least one other word."""
        own = self._own_verb(sentence, relative)
        if own is None or sentence[own].key in self.reporting:
            return None
        for index in range(own + 1, min(relative + 1 + self.max_relative, len(sentence))):
            word = sentence[index]
            # A clause inside the relative ("who said that...", "since he split") may
            # hold the next verb: only a verb the relative clause leads straight to counts.
            if word.after_break or word.key in self.pronouns:
                return None
            if not self._is_verb(sentence, index):
                continue
            if index > own + 1 and not self._is_verb(sentence, index - 1):
                return index
            own = index  # still the clause's own verb group: "who had been", "which was founded"
        return None

    def _own_verb(self, sentence: Sequence[Word], relative: int) -> int | None:
        """The relative clause's own verb: "who" and "which" are followed by it, adverbs
        aside ("who also runs", "which employs", present tenses the verb list lacks);
        after "whose" and its noun it is the first verb of the list."""
        index = relative + 1
        if sentence[relative].key == "whose":
            while index < len(sentence) and not sentence[index].after_break and not self._is_verb(sentence, index):
                index += 1
        else:
            while index < len(sentence) and sentence[index].key in self.modifiers and not sentence[index].after_break:
                index += 1
        if index >= len(sentence) or sentence[index].after_break or not sentence[index].lower:
            return None
        word = sentence[index]
        # Not a verb of the list: a present tense ("which employs") or nothing to judge by
        # ("who on Thursday won": the aside's own verb comes later, and the next is unknown).
        if self._is_verb(sentence, index) or (
            word.key.endswith("s")
            and len(word.key) > 3
            and word.key not in self.openers
            and word.key not in self.pronouns
        ):
            return index
        return None

    def _closed_later(self, sentence: Sequence[Word], verb: int) -> bool:
        """A later comma followed by a verb, or by a word and a verb, closes the aside after
        all ("after the vote was counted, thanked parliament"; "who died in 1994 aged 72,
        always used": the -ed word was the aside's)."""
        return any(
            sentence[i].after_break
            and (self._is_verb(sentence, i) or (i + 1 < len(sentence) and self._is_verb(sentence, i + 1)))
            for i in range(verb + 1, len(sentence))
        )

    # -- quotation marks and brackets ------------------------------------------------------------

    def _unbalanced(self, document: Document) -> Iterator[Flag]:
        text = document.text
        lonely = list(_unclosed_quotes(text, document.paragraphs))
        for paragraph in document.paragraphs:
            lonely.extend(_unmatched_brackets(text, paragraph))
        for position in sorted(lonely):
            yield self.flag(position, position + 1, [], match=text[position])


def _absolute(phrase: Sequence[Word], determiners: WordSet) -> bool:
    """A noun and an -ing word, an absolute phrase ("Her voice breaking, Smith said"), not
    a subject; a gerund after a determiner or "of" is a noun ("The building", "head of
    marketing")."""
    last = phrase[-1].key
    return len(phrase) > 1 and last.endswith("ing") and phrase[-2].key != "of" and phrase[-2].key not in determiners


def _after_quotation(text: str, sentence: Sequence[Word], index: int) -> bool:
    """A quotation closes with a comma just before word `index` ('"We will grow," the')."""
    gap = text[sentence[index - 1].end : sentence[index].start].strip()
    return gap in (',"', ",”", ",'", ",’")


def _clause_break(text: str, sentence: Sequence[Word], index: int) -> bool:
    """Punctuation that ends a phrase stands before word `index`; a figure's hyphen
    ("a 34-year-old man") does not."""
    word = sentence[index]
    return word.after_break and any(mark in _CLAUSE_MARKS for mark in text[sentence[index - 1].end : word.start])


def _tabular(line: str) -> bool:
    """Spaces that line up columns (wire tables, aligned figures) are layout, not slips."""
    runs = _SPACE_RUN.findall(line.strip())
    return any(len(run) > 2 for run in runs) or len(runs) > 2 or bool(_NUMBER_COLUMN.search(line))


def _indented(document: Document, line_start: int) -> bool:
    """The line is set in from the margin further than a paragraph's first line: a table
    row whose indentation the reader has already taken off."""
    source = document.source
    start, _ = document.to_source(line_start, line_start)
    line_begins = source.rfind("\n", 0, start) + 1
    return start - line_begins >= _COLUMN_INDENT and not source[line_begins:start].strip()


def _gap_start(text: str, space: int) -> int:
    """Where the sentence end before a run of spaces begins: its mark and closing quotes."""
    start = space
    while start > 0 and text[start - 1] in "\"”’')]":
        start -= 1
    return start - 1 if start > 0 and text[start - 1] in ".!?" else space


def _verbatim(document: Document, start: int, end: int) -> bool:
    """The span is a plain copy of the source, so a fix replaces exactly what it shows."""
    source_start, source_end = document.to_source(start, end)
    return document.source[source_start:source_end] == document.text[start:end]


def _read_through(document: Document, start: int, end: int) -> bool:
    """The checked text [start, end) was read from the source in one stretch, nothing skipped."""
    return len(document.offsets.runs(start, end)) == 1


def _quote_marks(text: str, paragraph: Paragraph) -> Iterator[tuple[int, bool | None]]:
    """(position, opens) of each double quotation mark; apostrophes are never counted.
    `opens` is None for a mark that may open or close: one squeezed between a sentence
    end or a word and the next word ('cheered."It is', 'said"It'), a space lost before or
    after it."""
    for mark in _DOUBLE_QUOTE_MARK.finditer(text, paragraph.start, paragraph.end):
        position, char = mark.start(), mark.group()
        if char == "“":
            yield position, True
        elif char == "”":
            yield position, False
        elif char == '"':
            if not _glued(text, paragraph, position):
                yield position, position == paragraph.start or bool(_OPENS_STRAIGHT.match(text, position))
            elif (text[position - 1] in ".!?:" or text[position - 1].isalpha()) and text[position + 1].isalpha():
                yield position, None


def _glued(text: str, paragraph: Paragraph, position: int) -> bool:
    """A straight mark with no space on either side ('said."It was') may open or close."""
    return (
        paragraph.start < position < paragraph.end - 1
        and not text[position - 1].isspace()
        and not text[position + 1].isspace()
        and text[position - 1] not in "([—–-"
        and text[position + 1] not in ".,;:!?)]—–-"
    )


def _unclosed_quotes(text: str, paragraphs: Sequence[Paragraph]) -> Iterator[int]:
    """Quotation marks without a partner, read across the whole document.

    A quotation may run on over paragraphs (news style reopens it at each paragraph and
    closes it once), so an opening mark is only lonely when no closing mark follows
    before the next opening one in mid-paragraph, or when the document ends; a closing
    mark is lonely when no opening mark is pending.
    """
    pending: int | None = None
    for paragraph in paragraphs:
        for position, opens in _quote_marks(text, paragraph):
            if opens is None:
                opens = pending is None
            if not opens:
                if pending is None:
                    yield position
                pending = None
            elif (
                pending is not None
                and position != paragraph.start
                and text.rfind("\n", pending, position) < 0
                and _same_paragraph(paragraph, pending)
                and not _starts_sentence(text, position)
            ):
                yield pending
                pending = position
            else:
                pending = position
    if pending is not None:
        yield pending


def _same_paragraph(paragraph: Paragraph, position: int) -> bool:
    return paragraph.start <= position < paragraph.end


def _starts_sentence(text: str, position: int) -> bool:
    """A quotation mark after a sentence end (or a colon) may reopen a run-on quotation
    whose paragraph break was lost."""
    # Stepping back over the white space: `text[:position].rstrip()` copied the document up to
    # every mark, quadratic in its length.
    before = position
    while before and text[before - 1].isspace():
        before -= 1
    return not before or text[before - 1] in ".!?:;”\"'’"


def _is_label(text: str, start: int, position: int) -> bool:
    return any(
        _LIST_LABEL.fullmatch(text, begin, position + 1) for begin in (position - 2, position - 1) if begin >= start
    )


def _unmatched_brackets(text: str, paragraph: Paragraph) -> list[int]:
    """Brackets without a partner within the paragraph; "a)" list labels and emoticons aside."""
    stack: list[tuple[int, str]] = []
    lonely: list[int] = []
    closers = {close: open_ for open_, close in _BRACKETS.items()}
    for mark in _BRACKET_MARK.finditer(text, paragraph.start, paragraph.end):
        position, char = mark.start(), mark.group()
        if position > paragraph.start and text[position - 1] in _EMOTICON_EYES:
            continue
        if char in _BRACKETS:
            stack.append((position, char))
            continue
        match = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][1] == closers[char]), None)
        if match is not None:
            del stack[match]
        elif not _is_label(text, paragraph.start, position):
            lonely.append(position)
    return lonely + [position for position, _ in stack]
