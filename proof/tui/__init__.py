"""The review screen (`proof review`): the only package that imports Textual."""
