"""The word that stands in the read text for inline code (and a Markdown autolink).

Skipped without a trace, inline code left its neighbours touching ("We see `x` , then"
read "We see , then"), so the checkers judged a sentence that is not there: a space
before a comma that belongs to the code's side, a doubled word across it, a verb with no
object. A stand-in word keeps the sentence's shape. It is the choice LTeX made for the
same job (LanguageTool on Markdown, LaTeX): a capitalised made-up word with a number,

* `Dummy0`, or `Ina0` after "a"/"an" written "an": no grammar engine's a/an check fires
  on it either way (LanguageTool and Harper were run on both forms, each after "a" and
  "an": only the form that fits the article raises nothing), and the code's own sound is
  not known;
* capitalised, so a sentence that opens with code opens with a capital;
* with a digit, which spelling, LanguageTool and Harper all leave alone;
* numbered within its paragraph, so two pieces of code in a row are not a doubled word.

The word is never read text: `OffsetMap.runs` leaves stand-ins out, so no flag is placed
in one and no fix changes one (`proof.pipeline.placement`).
"""

from __future__ import annotations

import re

_AN = re.compile(r"(?<![\w'’-])an\s+\Z", re.IGNORECASE)
# Enough of the text before the stand-in to see whether its last word is "an".
LOOK_BEHIND = 8


def stand_in_word(before: str, number: int) -> str:
    """The stand-in for the `number`th piece of code of a paragraph, after the text `before`."""
    return f"Ina{number}" if _AN.search(before) else f"Dummy{number}"
