from proof.config import default_config, load_config
from proof.wordlist import add_word, dictionary_path, read_words, remove_word


def test_default_path_is_in_the_project_root(tmp_path):
    assert dictionary_path(default_config(str(tmp_path))) == str(tmp_path / ".proof" / "dictionary.txt")


def test_first_configured_dictionary_is_used(tmp_path):
    (tmp_path / "proof.toml").write_text('dictionary = ["words/newsroom.txt", "words/other.txt"]\n')
    assert dictionary_path(load_config(str(tmp_path / "proof.toml"))) == str(tmp_path / "words" / "newsroom.txt")


def test_words_stay_sorted_unique_with_comments_on_top(tmp_path):
    path = str(tmp_path / "words" / "dictionary.txt")
    assert add_word(path, "Shoigu")
    assert add_word(path, "Baczynska")
    assert not add_word(path, "Shoigu")
    assert open(path).read() == "Baczynska\nShoigu\n"
    with open(path, "w") as f:
        f.write("# names\nZelensky\nAntonov\n")
    add_word(path, "Hagel")
    assert open(path).read() == "# names\nAntonov\nHagel\nZelensky\n"
    remove_word(path, "Hagel")
    assert read_words(path) == ["Antonov", "Zelensky"]
