"""The spelling checker's flags on a text, for the spelling tests."""

from proof.readers import document_from_text
from proof.spelling import SpellingChecker


def flags(text, language="en-GB", project=frozenset(), path="story.txt"):
    """(flagged text, rule, suggestions) for each spelling flag on `text`."""
    document = document_from_text(text, path)
    document.language = language
    found = SpellingChecker(project, language).check(document)
    return [(document.text[f.start : f.end], f.rule, f.suggestions) for f in found]


def flagged(text, **kwargs):
    return [word for word, _, _ in flags(text, **kwargs)]
