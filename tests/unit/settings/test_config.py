from dataclasses import FrozenInstanceError

import pytest

from proof.settings.config import ConfigError, ConfigFinder, Settings, load_config
from proof.settings.overrides import Overrides


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


@pytest.mark.parametrize(
    "text, words",
    [
        ('colour = "red"\n', ["'colour'", "unknown key"]),
        ('language = "fr"\n', ["'language'", "en-GB"]),
        ("exclude = 3\n", ["'exclude'"]),
        ('[rules]\nspelling = "loud"\n', ["'rules'", "'spelling'"]),
        ("language = \n", ["not valid TOML"]),
        ('[languagetool]\nurl = "ftp://lt.example"\n', ["'languagetool.url'", "http:// or https://"]),
        ('[languagetool]\nurl = "localhost:8081"\n', ["'languagetool.url'", "http:// or https://"]),
    ],
)
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


def test_the_config_file_of_a_path_is_named_whether_it_can_be_used_or_not(tmp_path):
    (tmp_path / "desk").mkdir()
    broken = write(tmp_path, "proof.toml", 'fail_on = "never\n')
    article = write(tmp_path / "desk", "x.txt", "Text.\n")
    finder = ConfigFinder()
    assert finder.file_for(article) == broken
    explicit = write(tmp_path / "desk", "house.toml", "")
    assert ConfigFinder(explicit).file_for(article) == explicit


@pytest.mark.slow
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


def test_unknown_key_in_a_table_is_named_with_its_table(tmp_path):
    path = write(tmp_path, "proof.toml", "[grammar.harper]\nspeling = true\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert f"{path}: unknown key 'grammar.harper.speling' (known keys: disable, enable, spelling)" == str(error.value)


def test_a_key_that_must_be_a_table_is_named(tmp_path):
    path = write(tmp_path, "proof.toml", 'house = "curly"\n')
    with pytest.raises(ConfigError, match="key 'house' must be a table"):
        load_config(path)


def test_loaded_settings_are_typed_and_cannot_be_changed(tmp_path):
    config = load_config(
        write(
            tmp_path,
            "proof.toml",
            'exclude = "drafts"\n[grammar]\nengines = ["harper"]\n[house]\nspell_numbers_below = 0\n',
        )
    )
    assert config.settings.exclude == ("drafts",)
    assert config.settings.grammar.engines == ("harper",)
    assert config.settings.house.spell_numbers_below == 0
    assert config.settings.languagetool.profile == "news"  # untouched tables keep their defaults
    with pytest.raises(FrozenInstanceError):
        config.settings.grammar.harper.spelling = True


def test_command_line_values_go_over_the_config_keys():
    settings = Settings(language="en-GB", date="2013-03-25")
    assert Overrides()(settings) == settings
    overridden = Overrides(
        language="en-US", date="2014-01-01", languagetool_url="http://localhost:8081", grammar=False, cache=False
    )(settings)
    assert (overridden.language, overridden.date) == ("en-US", "2014-01-01")
    assert overridden.languagetool.url == "http://localhost:8081"
    assert overridden.grammar.engines == () and overridden.grammar.cache is False
    assert overridden.house == settings.house and overridden.rules == settings.rules


def test_the_real_word_check_is_on_by_default_and_either_switch_goes_over_the_config(tmp_path):
    assert Settings().spelling.realword is True
    off = load_config(write(tmp_path, "proof.toml", "[spelling]\nrealword = false\n")).settings
    assert off.spelling.realword is False
    assert Overrides()(off).spelling.realword is False
    assert Overrides(realword=True)(off).spelling.realword is True
    assert Overrides(realword=False)(Settings()).spelling.realword is False


def test_every_config_a_finder_gives_carries_the_command_line_values(tmp_path):
    write(tmp_path, "proof.toml", 'language = "en-GB"\nfail_on = "error"\n')
    (tmp_path / "elsewhere").mkdir()
    finder = ConfigFinder(override=Overrides(language="en-US"))
    configured = finder.for_path(write(tmp_path, "x.txt", "Text.\n"))
    assert (configured.settings.language, configured.settings.fail_on) == ("en-US", "error")
    assert finder.first_usable([]).settings.language == "en-US"
    explicit = ConfigFinder(str(tmp_path / "proof.toml"), Overrides(language="en-US"))
    assert explicit.for_path(str(tmp_path / "elsewhere")).settings.language == "en-US"
