# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench bench-pure eval install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,server,spark]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/vnextract run samples/*.txt -o out/records.jsonl --summary

lint: $(STAMP)
	$(BIN)/ruff check src tests $(wildcard scripts)
	$(BIN)/ruff format --check src tests $(wildcard scripts)
	$(BIN)/mypy src

# An editable install runs the sources (the pure build); tests/test_build.py checks it.
test: lint
	VNEXTRACT_EXPECT_BUILD=pure $(BIN)/pytest -q

# Accuracy tables of the README: the dev and fresh sets live in ../shared (not in a
# clone), with score.py; eval/blind is in the repository but scored by that script.
SHARED ?= ../shared

eval: $(STAMP)
	$(BIN)/python scripts/run_eval.py --shared "$(SHARED)"

# `make bench` measures what users install: the wheel compiled by mypyc (hatch_build.py),
# in a venv of its own, rebuilt when a source or data file changes (2–4 minutes).
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed
BENCH_INPUTS := pyproject.toml hatch_build.py $(shell find src models -type f -not -path '*/__pycache__/*')

$(BENCH_STAMP): $(BENCH_INPUTS)
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --upgrade pip
	VNEXTRACT_COMPILE=require $(BENCH_VENV)/bin/pip install --quiet .
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python scripts/bench.py $(BENCH_ARGS)

bench-pure: $(STAMP)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(BENCH_VENV) out build dist .pytest_cache .mypy_cache .ruff_cache
