"""Small closed word classes the newsroom checks share: function words, and the words that
may describe a person or a counted thing ("chairman", "ethnic", "former") as against verbs."""

from __future__ import annotations

# Words that follow a number without being what it counts ("in 2013 and", "5 of them").
FUNCTION_WORDS = frozenset(
    "a an the and or but nor of in on at to for from by with as is are was were be been has have "
    "had will would can could may might should must do did does not no so than then that this "
    "these those there their they them it its he she his her we our you your who which what "
    "when where while if per via vs into onto upon out off up down over under after before since "
    "until against between among through during about despite including unlike like within without "
    "beyond across behind besides except toward towards amid amongst although though once".split()
)

# Irregular verb forms and other words that describe nothing ("met defence minister Ivan
# Petrov", "said Carlos Saldarriaga", "3 won three awards").
_NOT_DESCRIBING = FUNCTION_WORDS | frozenset(
    "whom whose like told met saw gave took made became called named chose sent wrote thought knew "
    "led beat hit let put set won lost left sold paid heard felt kept brought fought sought caught "
    "taught understood according zero one two three four five six seven eight nine ten eleven "
    "twelve".split()
)


def describes(word: str) -> bool:
    """True for a lower-case word that may describe a person or thing ("chairman", "seed",
    "bank", "ethnic"): not a function word, a number, nor a verb by its form ("said",
    "says", "met")."""
    return (
        word.islower()
        and word not in _NOT_DESCRIBING
        and not (word.endswith("ed") and not word.endswith("eed"))
        and not (word.endswith("s") and not word.endswith("ss"))
    )


# Verbs of saying: around nearly every figure in news copy, so no sign that two figures
# count the same thing.
SAYING = frozenset(
    "said says say saying told tells tell added adds according reported reports stated states quoted".split()
)
