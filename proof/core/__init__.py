"""The data every part shares: the document and its offset map, flags, words, edits, files."""
