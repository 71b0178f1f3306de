"""The directory walk: every article file, in the documented order (each folder's files by
name, then its subfolders by name), however deep the tree, and a link loop walked once."""

import os

import pytest

from proof.run.runner import discover
from proof.settings.config import ConfigFinder


def _nest(top, depth: int) -> str:
    # One level at a time: os.makedirs itself recurses, once a level.
    path = str(top)
    for _ in range(depth):
        path = os.path.join(path, "d")
        os.mkdir(path)
    return path


@pytest.fixture
def deep_tree(tmp_path):
    """1,200 nested folders, a file at the top and one at the bottom; removed afterwards one
    level at a time, since shutil.rmtree (and so pytest's own clean-up) would recurse."""
    bottom = _nest(tmp_path, 1200)
    with open(os.path.join(bottom, "deep.txt"), "w", encoding="utf-8") as f:
        f.write("Deep.\n")
    (tmp_path / "top.txt").write_text("Top.\n", encoding="utf-8")
    yield tmp_path, bottom
    os.unlink(os.path.join(bottom, "deep.txt"))
    while bottom != str(tmp_path):
        os.rmdir(bottom)
        bottom = os.path.dirname(bottom)


def test_a_thousand_nested_folders_are_walked(deep_tree):
    top, bottom = deep_tree
    found = discover([str(top)], ConfigFinder())
    assert found.files == [str(top / "top.txt"), os.path.join(bottom, "deep.txt")]
    assert found.skipped == []


def test_a_folders_files_come_before_its_subfolders_each_in_name_order(tmp_path):
    for name in ("b/z.txt", "b/a/y.md", "a/x.html", "c.txt", "a.txt", "b/b.txt", "notes.docx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Text.\n", encoding="utf-8")
    found = discover([str(tmp_path)], ConfigFinder())
    assert [os.path.relpath(path, tmp_path) for path in found.files] == [
        "a.txt",
        "c.txt",
        os.path.join("a", "x.html"),
        os.path.join("b", "b.txt"),
        os.path.join("b", "z.txt"),
        os.path.join("b", "a", "y.md"),
    ]


def test_a_link_loop_is_walked_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "story.txt").write_text("Text.\n", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    found = discover([str(tmp_path)], ConfigFinder())
    assert found.files == [str(tmp_path / "sub" / "story.txt")]


def test_a_file_named_twice_or_met_again_in_its_folder_is_checked_once(tmp_path, monkeypatch):
    (tmp_path / "dup").mkdir()
    (tmp_path / "dup" / "a.txt").write_text("A.\n", encoding="utf-8")
    (tmp_path / "dup" / "b.txt").write_text("B.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = discover(["dup/a.txt", "dup/a.txt", "dup/", "./dup/a.txt"], ConfigFinder())
    assert found.files == ["dup/a.txt", os.path.join("dup/", "b.txt")]
    assert found.empty == []


def test_standard_input_named_twice_is_read_once():
    assert discover(["-", "-"], ConfigFinder()).files == ["-"]


def test_a_folder_with_no_article_is_named(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "photo.jpg").write_bytes(b"\xff")
    found = discover([str(tmp_path / "empty"), str(tmp_path / "other")], ConfigFinder())
    assert found.files == []
    assert [message.split(" (")[0] for message in found.empty] == [
        f"no files to check in {tmp_path / 'empty'}",
        f"no files to check in {tmp_path / 'other'}",
    ]
