"""Subcommands of `proof`."""
