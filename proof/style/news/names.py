"""People's names in an article: "Sergei Shoigu", "George W. Bush", "Anatoly Antonov".

A full name is a given name (from gender-guesser's dictionary of 48,000 first names
from many countries) followed by a capitalised surname. The lexicon loads once, on
first use.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from proof.core.document import Document
from proof.spelling.lexicon import frequencies
from proof.style.news.article import body, trailers
from proof.style.news.memo import per_document

# Capitalised words the name dictionary knows that, in news copy, mostly start titles,
# months or place names ("King Abdullah", "May 5", "San Diego").
NOT_GIVEN = frozenset(
    {
        "King",
        "Prince",
        "Princess",
        "Queen",
        "General",
        "Royal",
        "Santa",
        "San",
        "Hong",
        "Sri",
        "Van",
        "De",
        "Le",
        "Al",
        "El",
        "Ban",
        "Moon",
        "Chase",
        "Morgan",
        "May",
        "April",
        "June",
        "August",
        "Lord",
        "Lady",
        "Sir",
        "Dame",
        "Saint",
        "President",
        "Minister",
        "Pope",
        "Bishop",
        "Judge",
        "Justice",
        "Senator",
        "Governor",
        "Mayor",
        "Major",
        "Colonel",
        "Captain",
        "Admiral",
        "Marshal",
        "Sergeant",
        "Dean",
        "Grant",
        "Ray",
        "Rich",
        "Will",
        "Worth",
        "Young",
        "Early",
        "Long",
        "Rose",
        "Star",
        "Sunny",
        "Summer",
        "Autumn",
        "Winter",
        "Golden",
        "Silver",
        "Mark",
        # Places the name dictionary also lists as given names ("London Tory spin doctors").
        "London",
        "Israel",
        "India",
        "Asia",
        "America",
        "Africa",
        "Kenya",
        "Vienna",
        "Milan",
        "Houston",
        "Dallas",
        "Denver",
        "Brooklyn",
        "Adelaide",
        "Cleveland",
        "Montana",
        "Dakota",
        "Carolina",
        "Georgia",
        "Santiago",
        "Sierra",
        "Phoenix",
        "Islam",
        "Easter",
        "Christmas",
    }
)

# Words that end place and organisation names, never a surname.
NOT_SURNAMES = frozenset(
    {
        "Street",
        "Road",
        "Avenue",
        "Lane",
        "Square",
        "Valley",
        "River",
        "Station",
        "Park",
        "Bridge",
        "Hall",
        "Line",
        "Beach",
        "Bay",
        "Island",
        "Islands",
        "Airport",
        "University",
        "College",
        "School",
        "Hospital",
        "Church",
        "Cathedral",
        "Palace",
        "Stadium",
        "Cup",
        "Prize",
        "Award",
        "Memorial",
        "Foundation",
        "Institute",
        "Center",
        "Centre",
        "Group",
        "Company",
        "Bank",
        "Fund",
        "Trust",
        "Party",
        "Council",
        "Ministry",
        "Times",
        "Post",
        "Journal",
        "News",
        "Show",
        "Festival",
        "City",
        "County",
        "State",
        "Mountains",
        "Lake",
        "Sea",
        "Ocean",
        "Gulf",
        "Coast",
        "Point",
        "Port",
        "Fort",
        "Act",
        "Doctrine",
        "Plan",
        "Administration",
        "Day",
        "Tower",
        "Building",
        "House",
        "Court",
        "Club",
        "Motors",
        "Airlines",
        "Airways",
        "Records",
        "Pictures",
        "Studios",
        "Books",
        "Press",
        "Radio",
        "Television",
        "Network",
    }
)

# Capitalised words that may stand before a person's full name ("Defence Minister Sergei
# Shoigu"); any other capitalised word there makes the pair part of a longer proper name
# ("Bank of America Securities", "Fidelity Asset Management").
TITLES = frozenset(
    {
        "Minister",
        "President",
        "Secretary",
        "Chancellor",
        "Senator",
        "Sen",
        "Governor",
        "Gov",
        "Mayor",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "General",
        "Gen",
        "Admiral",
        "Colonel",
        "Col",
        "Captain",
        "Judge",
        "Justice",
        "Ambassador",
        "Chairman",
        "Chairwoman",
        "Director",
        "Spokesman",
        "Spokeswoman",
        "Prince",
        "Princess",
        "King",
        "Queen",
        "Pope",
        "Archbishop",
        "Bishop",
        "Rev",
        "Sheikh",
        "Premier",
        "Commissioner",
        "Chief",
        "Officer",
        "Executive",
        "Leader",
        "Speaker",
        "Representative",
        "Rep",
        "Deputy",
        "Envoy",
        "Inspector",
        "Sergeant",
        "Lieutenant",
        "Lt",
        "Professor",
        "Prof",
        "Coach",
        "Manager",
        "Striker",
        "Midfielder",
        "Defender",
        "Goalkeeper",
        "Treasurer",
        "Attorney",
        "Comptroller",
        "Superintendent",
        "Councillor",
        "Councilman",
        "Sheriff",
        "Rabbi",
        "Imam",
        "Cardinal",
        "Ayatollah",
        "Emir",
        "Sultan",
        "Chairperson",
        "Vice",
    }
)
# Words after a name that make it a firm: "Walt Disney Co", "Morgan Stanley Group".
COMPANY_WORDS = frozenset(
    {
        "Co",
        "Corp",
        "Corporation",
        "Inc",
        "Ltd",
        "Limited",
        "Plc",
        "PLC",
        "LLC",
        "LLP",
        "Group",
        "Holdings",
        "Brothers",
        "Bros",
        "Company",
        "Industries",
        "International",
        "Capital",
        "Securities",
        "Partners",
        "Associates",
        "Foundation",
        "Institute",
        "Prize",
        "Award",
    }
)

# Courtesy titles: a house that writes "Mr Blair" at later references.
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"})

_CAPITAL = r"(?:(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
FULL_NAME = regex.compile(
    rf"(?<![\w.\-])(?P<given>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?) (?:\p{{Lu}}\. )?(?P<surname>{_CAPITAL})"
    r"(?![\w\-])"
)
# Around a surname standing as a word of its own: no letter or hyphen before it, none
# after it, nor an apostrophe other than a possessive 's ("Shoigu's" counts, "O'Neill" does not).
_LOWER_WORD = regex.compile(r"\b\p{Ll}+\b")
_NEXT_WORD = regex.compile(r"\s*(\w+)")
_WORD_AND_LEAD = regex.compile(r"(?:(?P<lead>^|[.!?:;\"”“]\s+))?(?P<token>\S+)\s+$")
_CAPITAL_NEXT = regex.compile(r"\s+\p{Lu}")
_OPENS_WORD = regex.compile(r"(?<![\w\-])")
_CLOSES_WORD = regex.compile(r"(?![\w\-]|['’](?!s\b))")


# A given name that is also this frequent as an English word ("Do", "Precious", "Doc")
# is more often the word (pyspellchecker's frequency list; "Chuck" and "Tom" stay names).
COMMON_WORD = 15000


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """gender-guesser's given names, lower case, read from its data file: its `Detector`
    also builds tables of gender by country, which proof never asks for and which took
    three times as long to load (a sixth of `proof review`'s start)."""
    text = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        line = line.strip()
        if line and line[0] not in "#=":
            name = line.split(None, 2)[1].lower()
            if "+" in name:  # joins a compound name's parts, written joined, spaced or hyphenated
                names.update(name.replace("+", joiner) for joiner in ("", " ", "-"))
            else:
                names.add(name)
    return frozenset(names)


def listed_given_name(word: str) -> bool:
    """In the name dictionary, however common as a word ("Bill", "Will")."""
    return word.lower() in _given_names()


def is_given_name(word: str) -> bool:
    return listed_given_name(word) and frequencies().get(word.lower(), 0) < COMMON_WORD


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    given: str
    surname: str
    paragraph: int

    @property
    def text(self) -> str:
        return f"{self.given} {self.surname}"


@per_document
def full_names(
    document: Document,
    not_given: frozenset[str] = NOT_GIVEN,
    not_surnames: frozenset[str] = NOT_SURNAMES,
    followers: frozenset[str] = COMPANY_WORDS,
) -> list[Mention]:
    """Full names of people in the body, outside credit lines, in order.

    A given name the article also writes in lower case ("The", "will") is a word, not a
    name; a pair after "of", "the" or a capitalised word that is no title is part of a
    longer proper name; a name followed by a company word ("Walt Disney Co") is a firm.
    """
    text = document.text
    credits = trailers(document)
    lower_words = set(_LOWER_WORD.findall(text))
    not_people = not_given | not_names(document)
    found = []
    for index, paragraph in enumerate(body(document)):
        for m in FULL_NAME.finditer(text, paragraph.start, paragraph.end, overlapped=True):
            given, surname = m.group("given"), m.group("surname")
            if (
                given in not_people
                or given.lower() in lower_words
                or surname in not_surnames
                or surname.lower() in lower_words
                or not is_given_name(given)
            ):
                continue
            if any(s <= m.start() < e for s, e in credits):
                continue
            if _inside_longer_name(text, paragraph.start, m.start()):
                continue
            after = _NEXT_WORD.match(text[m.end() : paragraph.end])
            if after and after.group(1) in followers:
                continue
            found.append(Mention(m.start(), m.end(), given, surname, index))
    return _outermost(found)


# "in London", "the Mac": a capitalised word standing alone after these is a place or a
# thing ("spoke to Chuck Hagel" is neither: a capitalised word follows).
_PLACE_OR_THING = regex.compile(
    r"(?<![\w\-])(?i:the|in|from|to|at|near|outside|across|via)\s+(\p{Lu}\p{Ll}+)(?![\w\-]|\s+\p{Lu})"
)
# "Dean Foods Co", "Disney Corp": a word opening a firm's name.
_FIRM = regex.compile(
    r"(?<![\w\-])(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\w&]*){0,3}\s+(?:"
    + "|".join(sorted(COMPANY_WORDS - {"Prize", "Award", "Foundation", "Institute"}))
    + r")\b"
)


@per_document
def firm_names(document: Document) -> frozenset[str]:
    """Capitalised words opening a firm's name in the article ("Dean" of "Dean Foods Co"):
    such a word standing alone may be the firm, not a person."""
    return frozenset(m.group(1) for m in _FIRM.finditer(document.text))


@per_document
def not_names(document: Document) -> frozenset[str]:
    """Capitalised words the article itself shows are no given name: places and things
    written alone after "the" or a preposition of place ("in London", "the Mac"), and
    words opening a firm's name."""
    return frozenset(m.group(1) for m in _PLACE_OR_THING.finditer(document.text)) | firm_names(document)


@per_document
def name_fronts(document: Document) -> dict[str, set[str]]:
    """Capitalised word → the capitalised words written just before it ("Clinton" →
    {"Bill", "Hillary"}), over the whole text."""
    fronts: dict[str, set[str]] = {}
    for m in _PAIR.finditer(document.text, overlapped=True):
        fronts.setdefault(m.group(2), set()).add(m.group(1))
    return fronts


_PAIR = regex.compile(rf"(?<![\w\-])(\p{{Lu}}\p{{Ll}}+) ({_CAPITAL})(?![\w\-])")


def _word_before(text: str, paragraph_start: int, at: int) -> str | None:
    """The word just before `at`, when nothing separates the two: None at a sentence or
    paragraph start, after a comma, and after a common word opening a sentence ("Later")."""
    window_start = max(paragraph_start, at - 40)
    window = text[window_start:at]
    before = _WORD_AND_LEAD.search(window)
    if not before:
        return None
    token = before.group("token")
    if token[-1] in ',;:!?"”' or (token[-1] == "." and token.rstrip(".") not in TITLES and len(token) > 2):
        return None
    word = token.rstrip(".")
    lead = before.group("lead")
    opens_sentence = bool(lead) or (lead == "" and window_start == paragraph_start)
    if opens_sentence and word not in TITLES | HONORIFICS and frequencies().get(word.lower(), 0) >= COMMON_WORD:
        return None  # "Later Sergei Shoigu left"; but "Lord Butler said" keeps its title
    return word


def _inside_longer_name(text: str, paragraph_start: int, at: int) -> bool:
    """True after "of", "the", "&" or a capitalised word that is no title, inside a
    sentence ("Bank of America Securities", "Fidelity Asset Management")."""
    word = _word_before(text, paragraph_start, at)
    if word is None:
        return False
    # An abbreviation before a name is a title too ("radio DJ Mike Read", "Labour MP Diane Abbott").
    title = word in TITLES or (word.isupper() and len(word) <= 4)
    return word in ("of", "the", "&") or (word[:1].isupper() and not title)


_CAPITALISED_WORD = regex.compile(r"(?<!\w)\p{Lu}\w*")
_HEAD = regex.compile(r"\w+")


@per_document
def _capitalised_words(document: Document) -> dict[str, list[int]]:
    """Where each run of word characters that opens with a capital starts, in order."""
    found: dict[str, list[int]] = defaultdict(list)
    for m in _CAPITALISED_WORD.finditer(document.text):
        found[m.group()].append(m.start())
    return found


def name_starts(document: Document, name: str, start: int, end: int) -> list[int]:
    """Every position in [start, end) where `name` (a given name or surname as FULL_NAME
    finds them: it opens with a capital) may be written as a word, in order, and perhaps
    more: where the word characters it opens with stand as a run of their own. Read from
    an index of the document's capitalised words, as a search of the text for each name
    made a long document's cost grow with its length times its names."""
    starts = _capitalised_words(document).get(_HEAD.match(name).group(), [])
    return starts[bisect_left(starts, start) : bisect_left(starts, end)]


def surname_at(text: str, surname: str, at: int, end: int) -> bool:
    """Is `surname` written at `at` as a word of its own, ending by `end`?"""
    stop = at + len(surname)
    return (
        stop <= end
        and text.startswith(surname, at)
        and bool(_OPENS_WORD.match(text, at))
        and bool(_CLOSES_WORD.match(text, stop, end))
    )


def surname_spans(document: Document, surname: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where `surname` is written as a word of its own in text[start:end], in order."""
    text = document.text
    for at in name_starts(document, surname, start, end):
        if surname_at(text, surname, at, end):
            yield at, at + len(surname)


def surname_alone(text: str, paragraph_start: int, start: int, end: int) -> bool:
    """True when the surname at [start, end) stands for the person by itself: not after
    another capitalised word ("Steven Gaydos", "George W Bush") or "the" ("the Osbourne
    family"), nor before a capitalised word ("Treasury Secretary", "Martin Clunes")."""
    if _inside_longer_name(text, paragraph_start, start):
        return False
    return not _CAPITAL_NEXT.match(text[end : end + 3])


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Of overlapping candidates ("Barack Obama" inside "President Barack Obama" is found as
    "President Barack" too when "President" passes as a given name), keep the first."""
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
