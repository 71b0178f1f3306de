"""The project dictionary: word lists named by the config's `dictionary` key.

One word a line, `#` starts a comment, matched case-insensitively. Paths are relative to
the config file. The default list may be absent; a list the config names must exist, be a
regular file and be no larger than `max_file_size`.
"""
from __future__ import annotations

from proof.settings.config import DEFAULT_DICTIONARY, Config, ConfigError
from proof.core.regular_file import Refused, read_regular_file
from proof.spelling.lexicon import parse_word_list


def project_words(config: Config) -> frozenset[str]:
    words: set[str] = set()
    where = config.path or "configuration"
    for name in config.settings.dictionary:
        path = config.resolve(name)
        try:
            words.update(parse_word_list(read_regular_file(path, config.settings.max_file_size).decode("utf-8-sig")))
        except FileNotFoundError:
            if name == DEFAULT_DICTIONARY:
                continue
            raise ConfigError(f"{where}: dictionary file {path} not found") from None
        except Refused as exc:
            raise ConfigError(f"{where}: dictionary file {path} not read: {exc}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{where}: cannot read dictionary file {path} ({exc})") from None
    return frozenset(words)
