"""Checking files: the runner, the batch, baselines and safe fixes."""
