import pytest

from proof.core.wordlist import (
    DictionaryError,
    add_word,
    dictionary_path,
    project_words,
    read_words,
    undo_add,
)
from proof.settings.config import ConfigError, default_config, load_config


def test_default_path_is_in_the_project_root(tmp_path):
    assert dictionary_path(default_config(str(tmp_path))) == str(tmp_path / ".proof" / "dictionary.txt")


def test_first_configured_dictionary_is_used(tmp_path):
    (tmp_path / "proof.toml").write_text('dictionary = ["words/newsroom.txt", "words/other.txt"]\n')
    assert dictionary_path(load_config(str(tmp_path / "proof.toml"))) == str(tmp_path / "words" / "newsroom.txt")


def test_a_dictionary_outside_the_project_is_never_written(tmp_path):
    victim = tmp_path / "victim" / "important.conf"
    victim.parent.mkdir()
    victim.write_text("b = 2\na = 1\n")
    project = tmp_path / "project"
    project.mkdir()
    (project / "proof.toml").write_text('dictionary = ["../victim/important.conf", "words.txt"]\n')
    assert dictionary_path(load_config(str(project / "proof.toml"))) == str(project / "words.txt")
    (project / "proof.toml").write_text('dictionary = ["../victim/important.conf"]\n')
    with pytest.raises(DictionaryError, match=r"important\.conf is outside"):
        dictionary_path(load_config(str(project / "proof.toml")))


def test_a_link_inside_the_project_to_a_file_outside_is_outside(tmp_path):
    (tmp_path / "victim.conf").write_text("a = 1\n")
    project = tmp_path / "project"
    project.mkdir()
    (project / "words.txt").symlink_to(tmp_path / "victim.conf")
    (project / "proof.toml").write_text('dictionary = ["words.txt"]\n')
    with pytest.raises(DictionaryError):
        dictionary_path(load_config(str(project / "proof.toml")))


def test_adding_a_word_appends_a_line_and_keeps_every_other_byte(tmp_path):
    path = tmp_path / "words.txt"
    kept = "\ufeff# names\r\nZelensky\r\nAntonov".encode()
    path.write_bytes(kept)
    added = add_word(str(path), "Hagel")
    assert path.read_bytes() == kept + b"\r\nHagel\r\n"
    assert add_word(str(path), "Zelensky") is None
    undo_add(added)
    assert path.read_bytes() == kept


def test_undo_after_someone_else_edited_the_file_removes_only_the_word(tmp_path):
    path = tmp_path / "words" / "dictionary.txt"
    added = add_word(str(path), "Shoigu")
    assert path.read_text() == "Shoigu\n"
    with open(path, "a") as f:
        f.write("Baczynska\n")
    undo_add(added)
    assert read_words(str(path)) == ["Baczynska"]


def test_review_reads_a_dictionary_as_the_spelling_checker_does(tmp_path):
    path = tmp_path / "words.txt"
    kept = b"# people\nShoigu  # defence minister\nzelensky\n"
    path.write_bytes(kept)
    assert read_words(str(path)) == ["Shoigu", "zelensky"]
    assert project_words(load_config_with(tmp_path, 'dictionary = ["words.txt"]\n')) == {"Shoigu", "zelensky"}
    assert add_word(str(path), "Shoigu") is None
    assert path.read_bytes() == kept


def test_a_named_dictionary_must_exist_but_the_default_may_be_absent(tmp_path):
    assert project_words(default_config(str(tmp_path))) == frozenset()
    with pytest.raises(ConfigError, match=r"dictionary file .*missing\.txt not found"):
        project_words(load_config_with(tmp_path, 'dictionary = ["missing.txt"]\n'))


def load_config_with(folder, text):
    (folder / "proof.toml").write_text(text, encoding="utf-8")
    return load_config(str(folder / "proof.toml"))
