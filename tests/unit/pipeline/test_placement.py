"""The engine places every checker's flag in range and within text the reader read."""

from proof.core.flag import Flag
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine
from proof.readers import document_from_text


class Spans(Checker):
    """Reports the given checked-text spans, each with the given suggestions."""

    def __init__(self, *spans, suggestions=(), safe=True):
        self.spans, self.suggestions, self.safe = spans, tuple(suggestions), safe

    def check(self, document):
        return [
            Flag("test.Span", "style", "test", "warning", "m", start, end, self.suggestions, safe_fix=self.safe)
            for start, end in self.spans
        ]


def placed(source, path, checked, suggestions=(), safe=True):
    """The flags an engine reports for the first occurrence of `checked` in the checked text."""
    document = document_from_text(source, path)
    start = document.text.index(checked)
    [flag] = Engine([Spans((start, start + len(checked)), suggestions=suggestions, safe=safe)]).check(document)
    return document.source[flag.start : flag.end], flag


def test_a_suggestion_across_a_tag_is_rewritten_for_the_text_on_one_side():
    text, flag = placed("<p>said the <b>the</b> plan</p>", "x.html", "the the", ["the"])
    assert (text, flag.suggestions, flag.safe_fix) == ("the ", ("",), True)


def test_a_change_inside_an_emphasised_part_of_a_word_stays_there():
    text, flag = placed("The *col*our of it.\n", "x.md", "colour", ["color", "hue"])
    assert (text, flag.suggestions) == ("our", ("or",))  # "hue" would rewrite the markup: dropped


def test_a_suggestion_that_would_delete_markup_is_dropped_and_the_fix_is_not_safe():
    text, flag = placed("Read [the](https://a.example/) [the](https://b.example/) story.\n", "x.md", "the the", ["the"])
    assert (text, flag.suggestions, flag.safe_fix) == ("the", (), False)


def test_a_later_suggestion_that_fits_keeps_the_flag_but_not_its_safety():
    text, flag = placed("The *quick* fox ran.\n", "x.md", "quick fox", ["slow dog", "quick cat"])
    assert (text, flag.suggestions, flag.safe_fix) == (" fox", (" cat",), False)


def test_a_flag_without_suggestions_keeps_its_first_run_of_words():
    text, flag = placed("See [the report](https://example.org/) again.\n", "x.md", "report again")
    assert (text, flag.suggestions) == ("report", ())


def test_an_entity_outside_the_change_is_written_back_as_it_was():
    text, flag = placed("<p>Tom &amp; Jim <i>Jim</i> left</p>", "x.html", "Tom & Jim Jim", ["Tom & Jim"])
    assert (text, flag.suggestions) == ("Tom &amp; Jim ", ("Tom &amp; ",))


def test_a_flag_over_folded_line_breaks_in_plain_text_is_placed_as_before():
    source = "The talks would resume in a\na few weeks, officials said in a statement.\n" * 3
    text, flag = placed(source, "x.txt", "a a", ["a"])
    assert (text, flag.suggestions) == ("a\na", ("a",))


def test_spans_out_of_range_are_clamped_into_the_document():
    document = document_from_text("Short text.\n\nTwo\n", "x.txt")
    engine = Engine([Spans((-3, 2), (5, 99999), (9, 4), (-10, -5), (500, 600))])
    for flag in engine.check(document):
        assert 0 <= flag.start <= flag.end <= len(document.source)
        line, column = document.position(flag.start)
        assert 1 <= line <= 3 and column >= 1


def test_a_change_beside_inline_code_is_placed_beside_it_and_the_code_kept():
    text, flag = placed("We see `x` , then go.\n", "x.md", "Dummy0 ,", ["Dummy0,"])
    assert (text, flag.suggestions, flag.safe_fix) == (" ,", (",",), True)


def test_a_suggestion_that_would_rewrite_inline_code_is_dropped():
    text, flag = placed("<p>We see <code>x</code> , then.</p>", "x.html", "see Dummy0", ["saw Dummy0", "see y"])
    assert (text, flag.suggestions, flag.safe_fix) == ("see ", ("saw ",), True)
    text, flag = placed("We see `x` , then go.\n", "x.md", "Dummy0 ,", ["y,"])
    assert (text, flag.suggestions, flag.safe_fix) == (" ,", (), False)


def test_a_flag_inside_inline_code_is_dropped():
    document = document_from_text("We see `x` and `y`.\n", "x.md")
    start = document.text.index("Dummy1")
    assert Engine([Spans((start, start + 6), (start + 2, start + 3), suggestions=["z"])]).check(document) == []


class Quoting(Checker):
    """Flags the given checked-text span with a message quoting it."""

    def __init__(self, checked):
        self.checked = checked

    def check(self, document):
        start = document.text.index(self.checked)
        end = start + len(self.checked)
        return [Flag("test.Quote", "style", "test", "warning", f"'{document.text[start:end]}'", start, end)]


def test_a_message_quoting_inline_code_shows_the_code_not_its_stand_in():
    document = document_from_text("We see `x` and `y` , then `z`.\n", "x.md")
    [flag] = Engine([Quoting("see Dummy0 and Dummy1 ,")]).check(document)
    assert flag.message == "'see `x` and `y` ,'"
