"""Checking a document: the checker interface, the engine, merging, rule levels, suppressions."""
