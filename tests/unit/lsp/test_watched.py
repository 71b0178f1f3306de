"""Which changes to watched files reload the server's configs."""

from __future__ import annotations

import fnmatch
import re

from lsprotocol import types

from proof.core.wordlist import add_word
from proof.lsp.watched import RULE_FILES, Watched, file_watchers, signature, to_watch, worth_reloading
from proof.settings.config import Config, Settings


def project(tmp_path) -> Config:
    return Config(Settings(styles=("house",)), str(tmp_path / "proof.toml"), str(tmp_path))


def test_a_ci_or_compose_yaml_file_does_not_reload_but_a_rule_file_of_a_named_style_pack_does(tmp_path):
    config = project(tmp_path)
    assert not worth_reloading(str(tmp_path / ".github" / "workflows" / "ci.yml"), [config], {})
    assert not worth_reloading(str(tmp_path / "compose.yaml"), [config], {})
    assert worth_reloading(str(tmp_path / "house" / "Rogue.yml"), [config], {})


def test_configs_and_project_files_reload(tmp_path):
    config = project(tmp_path)
    assert worth_reloading(str(tmp_path / "proof.toml"), [config], {})
    assert worth_reloading(str(tmp_path / "sub" / "pyproject.toml"), [config], {})
    assert worth_reloading(str(tmp_path / ".proof" / "dictionary.txt"), [config], {})


def test_a_file_the_server_wrote_reloads_again_only_once_someone_else_changed_it(tmp_path):
    dictionary = tmp_path / ".proof" / "dictionary.txt"
    add_word(str(dictionary), "Shoygu")
    written = {str(dictionary): signature(str(dictionary))}
    assert not worth_reloading(str(dictionary), [project(tmp_path)], written)
    dictionary.write_text("Shoygu\nHagel's\n", encoding="utf-8")
    assert worth_reloading(str(dictionary), [project(tmp_path)], written)


def test_a_dictionary_a_config_names_outside_the_project_folder_reloads(tmp_path):
    config = Config(
        Settings(dictionary=("../desk/names.txt",)), str(tmp_path / "site" / "proof.toml"), str(tmp_path / "site")
    )
    assert worth_reloading(str(tmp_path / "desk" / "names.txt"), [config], {})
    assert not worth_reloading(str(tmp_path / "desk" / "notes.txt"), [config], {})


def test_a_config_named_by_path_reloads_whatever_its_name(tmp_path):
    config = Config(Settings(), str(tmp_path / "desk" / "house.toml"), str(tmp_path / "desk"))
    assert worth_reloading(str(tmp_path / "desk" / "house.toml"), [config], {})
    assert not worth_reloading(str(tmp_path / "desk" / "other.toml"), [config], {})


def test_a_rule_file_of_a_style_pack_outside_the_workspace_reloads_at_any_depth(tmp_path):
    config = Config(Settings(styles=("../desk/styles",)), str(tmp_path / "site" / "proof.toml"), str(tmp_path / "site"))
    assert worth_reloading(str(tmp_path / "desk" / "styles" / "House" / "Jargon.yml"), [config], {})
    assert not worth_reloading(str(tmp_path / "desk" / "notes.yml"), [config], {})


def test_a_named_file_is_watched_by_its_absolute_path_when_the_editor_takes_no_relative_patterns(tmp_path):
    names = tmp_path / "desk" / "names.txt"
    (plain,) = file_watchers([Watched(str(names.parent), "names.txt")], relative_patterns=False)
    (relative,) = file_watchers([Watched(str(names.parent), "names.txt")], relative_patterns=True)
    assert plain.glob_pattern == names.as_posix()
    assert relative.glob_pattern == types.RelativePattern(base_uri=names.parent.as_uri(), pattern="names.txt")


def test_only_what_the_start_up_patterns_miss_is_watched(tmp_path):
    site, desk = tmp_path / "site", tmp_path / "desk"
    inside = Config(
        Settings(dictionary=(".proof/dictionary.txt", "words.txt", "../desk/.proof/names.txt"), styles=("house",)),
        str(site / "proof.toml"),
        str(site),
    )
    outside = Config(Settings(dictionary=(), styles=("styles",)), str(desk / "house.toml"), str(desk))
    assert to_watch([inside, outside], [str(site)]) == [
        Watched(str(desk), "house.toml"),
        Watched(str(desk / ".proof"), "decisions.json"),
        Watched(str(desk / ".proof"), "names.txt"),
        Watched(str(desk / "styles"), RULE_FILES),
        Watched(str(site), "words.txt"),
    ]


def test_a_style_pack_in_a_folder_named_with_glob_characters_is_watched_under_that_folder_only(tmp_path):
    pack = tmp_path / "desk [old]" / "styles"
    (plain,) = file_watchers([Watched(str(pack), RULE_FILES)], relative_patterns=False)
    folder, _, rule_files = plain.glob_pattern.rpartition("/" + RULE_FILES)
    assert rule_files == "" and folder
    assert fnmatch.fnmatchcase(pack.as_posix(), folder)
    assert not fnmatch.fnmatchcase((tmp_path / "desk o" / "styles").as_posix(), folder)
    assert RULE_FILES == "**/*.{yml,yaml}"


GLOB_SYNTAX = re.compile(r"[*?{}\[\]]")


def test_a_dictionary_in_a_folder_named_with_glob_characters_is_watched_by_that_name_only(tmp_path):
    names = tmp_path / "desk [old] *{a,b}?" / "names[1].txt"
    sibling = tmp_path / "desk o" / "names1.txt"
    site = tmp_path / "site"
    (watched,) = to_watch([Config(Settings(dictionary=(str(names),)), None, str(site))], [str(site)])
    (plain,) = file_watchers([watched], relative_patterns=False)
    (relative,) = file_watchers([watched], relative_patterns=True)
    assert fnmatch.fnmatchcase(names.as_posix(), plain.glob_pattern)
    assert not fnmatch.fnmatchcase(sibling.as_posix(), plain.glob_pattern)
    assert relative.glob_pattern.base_uri == names.parent.as_uri()
    assert fnmatch.fnmatchcase(names.name, relative.glob_pattern.pattern)
    assert not fnmatch.fnmatchcase(sibling.name, relative.glob_pattern.pattern)
    # What is left once each escaped character ([x]) is taken out is plain text, braces included.
    for pattern in (plain.glob_pattern, relative.glob_pattern.pattern):
        assert not GLOB_SYNTAX.search(re.sub(r"\[.\]", "", pattern))
