"""Document and house settings that newsroom checks read, beside the rule files.

Some checks need facts a rule file cannot hold: the article's date when its text gives
no year (config `date`, `proof check --date`), and the house's own conventions (config
table `[house]`). The engine puts them on every document it checks as
`document.metadata["house"]`; a document checked without them gets the defaults.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from proof.core.document import Document

if TYPE_CHECKING:  # config.py reads `parse_date` from here
    from proof.settings.config import Settings


@dataclass(frozen=True)
class HouseSettings:
    #: The article's date, when known from outside its text.
    date: datetime.date | None = None
    #: True when every article must end with a trailer ("(Reporting by ...; Editing by ...)").
    trailer: bool = False
    #: Whole numbers below this are spelt out ("nine", "10"); 0 switches the style check off.
    spell_numbers_below: int = 10
    #: Abbreviations every reader knows, added to the rule file's own list.
    known_abbreviations: tuple[str, ...] = ()


DEFAULT = HouseSettings()
METADATA_KEY = "house"


def parse_date(value: str) -> datetime.date:
    """An ISO date (YYYY-MM-DD); ValueError names the expected shape."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"must be a date written YYYY-MM-DD, not {value!r}") from None


def house_settings(settings: Settings) -> HouseSettings:
    """What the newsroom checks need of the settings (`--date` is already over `date`)."""
    house = settings.house
    return HouseSettings(
        date=parse_date(settings.date) if settings.date else None,
        trailer=house.trailer,
        spell_numbers_below=house.spell_numbers_below,
        known_abbreviations=house.known_abbreviations,
    )


def house_of(document: Document) -> HouseSettings:
    return document.metadata.get(METADATA_KEY, DEFAULT)
