# The two set-up commands: `make demo` and `make test`. Nothing else needs installing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench bench-batch bench-grammar bench-languagetool bench-serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/proof check examples/ --fail-on never

# Lint, format check and type check first (seconds), then every test; for a quick run of the
# tests that start no process: $(BIN)/python -m pytest -q -m "not slow" (docs/development.md).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_check.py

bench-grammar: $(STAMP)
	$(BIN)/python benchmarks/bench_grammar.py

bench-languagetool: $(STAMP)
	$(BIN)/python benchmarks/bench_languagetool.py

bench-serve: $(STAMP)
	$(BIN)/python benchmarks/bench_serve.py

bench-batch: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench_batch.py

clean:
	rm -rf $(VENV) build *.egg-info
