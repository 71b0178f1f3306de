"""`proof fix` takes a line with the safe fix that empties it, as review does."""

from proof.core.flag import Flag, Source
from proof.run.autofix import fix_text


def furniture(line: str):
    """A check that flags every `line` of a document, its deletion safe."""

    def check(document):
        text = document.source
        flags, start = [], text.find(line)
        while start >= 0:
            flags.append(
                Flag(
                    "test.Furniture",
                    Source.STYLE,
                    "boilerplate",
                    "warning",
                    "delete the line",
                    start,
                    start + len(line),
                    ("",),
                    safe_fix=True,
                )
            )
            start = text.find(line, start + 1)
        return flags

    return check


def test_fix_deletes_furniture_lines_with_their_endings():
    text = "Story.\n\n  • narrow-browser\nMore.\n  • narrow-browser\n"
    outcome = fix_text(text, "web.txt", furniture("• narrow-browser"))
    assert outcome.document.source == "Story.\n\nMore.\n"
    assert outcome.fixed == 2
