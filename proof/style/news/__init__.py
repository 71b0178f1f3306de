"""What the newsroom consistency checks share: the parts of a news article (dateline,
headline, trailer, lede) and how dates are written in it."""
