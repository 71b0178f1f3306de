import pytest

from proof.config import ConfigError, ConfigFinder, load_config


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_defaults_and_values(tmp_path):
    config = load_config(write(tmp_path, "proof.toml", 'language = "en-GB"\n[rules]\nspelling = "off"\n'))
    assert config["language"] == "en-GB"
    assert config["rules"] == {"spelling": "off"}
    assert config["fail_on"] == "warning"
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
    assert ConfigFinder().for_path(article)["language"] == "en-US"


def test_pyproject_without_proof_table_is_not_a_config(tmp_path):
    write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n')
    article = write(tmp_path, "x.txt", "Text.\n")
    config = ConfigFinder().for_path(article)
    assert config.path is None and config["language"] == "auto"
