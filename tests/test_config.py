import pytest

from proof.settings.config import ConfigError, ConfigFinder, load_config


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_defaults_and_values(tmp_path):
    config = load_config(write(tmp_path, "proof.toml", 'language = "en-GB"\n[rules]\nspelling = "off"\n'))
    assert config.settings.language == "en-GB"
    assert config.settings.rules == {"spelling": "off"}
    assert config.settings.fail_on == "warning"
    assert config.resolve(".proof/dictionary.txt") == str(tmp_path / ".proof" / "dictionary.txt")


@pytest.mark.parametrize("text, words", [
    ('colour = "red"\n', ["'colour'", "unknown key"]),
    ('language = "fr"\n', ["'language'", "en-GB"]),
    ('exclude = 3\n', ["'exclude'"]),
    ('[rules]\nspelling = "loud"\n', ["'rules'", "'spelling'"]),
    ('language = \n', ["not valid TOML"]),
])
def test_bad_config_names_key_and_file(tmp_path, text, words):
    path = write(tmp_path, "proof.toml", text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert path in str(error.value)
    for word in words:
        assert word in str(error.value)


def test_found_upwards_and_pyproject_table(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.proof]\nlanguage = "en-US"\n')
    (tmp_path / "a" / "b").mkdir(parents=True)
    article = write(tmp_path / "a" / "b", "x.txt", "Text.\n")
    assert ConfigFinder().for_path(article).settings.language == "en-US"


def test_pyproject_without_proof_table_is_not_a_config(tmp_path):
    write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n')
    article = write(tmp_path, "x.txt", "Text.\n")
    config = ConfigFinder().for_path(article)
    assert config.path is None and config.settings.language == "auto"


BROKEN_PYPROJECT = '[tool.proof]\nfail_on = "never\n'


def test_broken_pyproject_with_a_proof_table_is_an_error_naming_file_and_line(tmp_path):
    path = write(tmp_path, "pyproject.toml", BROKEN_PYPROJECT)
    article = write(tmp_path, "x.txt", "Text.\n")
    with pytest.raises(ConfigError) as error:
        ConfigFinder().for_path(article)
    assert path in str(error.value) and "not valid TOML" in str(error.value) and "line 2" in str(error.value)


def test_broken_pyproject_with_a_proof_table_fails_the_check_with_exit_2(tmp_path, proof_cli):
    write(tmp_path, "pyproject.toml", BROKEN_PYPROJECT)
    article = write(tmp_path, "x.txt", "The the cat.\n")
    done = proof_cli("check", "--no-grammar", article)
    assert done.returncode == 2
    assert f"{tmp_path / 'pyproject.toml'}: not valid TOML" in done.stderr and "line 2" in done.stderr


def test_proof_toml_beside_or_below_a_broken_pyproject_is_used(tmp_path):
    write(tmp_path, "pyproject.toml", BROKEN_PYPROJECT)
    (tmp_path / "desk").mkdir()
    beside = write(tmp_path, "proof.toml", 'language = "en-GB"\n')
    below = write(tmp_path / "desk", "proof.toml", 'language = "en-US"\n')
    finder = ConfigFinder()
    assert finder.for_path(write(tmp_path, "x.txt", "Text.\n")).path == beside
    assert finder.for_path(write(tmp_path / "desk", "y.txt", "Text.\n")).path == below


def test_broken_pyproject_that_never_mentions_proof_is_passed_over(tmp_path):
    write(tmp_path, "pyproject.toml", '[project]\nname = "x\n')
    config = ConfigFinder().for_path(write(tmp_path, "x.txt", "Text.\n"))
    assert config.path is None


def test_config_that_is_not_utf8_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "proof.toml"
    path.write_bytes(b'language = "en-GB" # caf\xe9\n')
    with pytest.raises(ConfigError) as error:
        load_config(str(path))
    assert str(path) in str(error.value) and "UTF-8" in str(error.value)
