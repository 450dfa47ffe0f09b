# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval install clean

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

test: lint
	$(BIN)/pytest -q

# Accuracy tables of the README: the dev and fresh sets live in ../shared (not in a
# clone), with score.py; eval/blind is in the repository but scored by that script.
SHARED ?= ../shared
EVAL_SETS := $(SHARED)/eval/dev $(SHARED)/eval/fresh eval/blind

eval: $(STAMP)
	@if [ ! -f "$(SHARED)/eval/score.py" ]; then \
	  echo "make eval: $(SHARED)/eval/score.py is absent, nothing scored (the dev and fresh"; \
	  echo "sets and the scorer live in ../shared, next to the repository; SHARED=path names it)"; \
	  exit 0; \
	fi; \
	mkdir -p out/eval; \
	for set in $(EVAL_SETS); do \
	  if [ ! -d "$$set/texts" ]; then echo "== $$set: absent, skipped"; continue; fi; \
	  name=$$(basename $$set); \
	  echo "== $$set"; \
	  $(BIN)/vnextract run "$$set/texts" -o "out/eval/$$name.jsonl" >/dev/null 2>&1; \
	  status=$$?; \
	  if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then echo "vnextract run failed ($$status)"; exit 1; fi; \
	  $(BIN)/python "$(SHARED)/eval/score.py" --gold "$$set/gold" --texts "$$set/texts" \
	    --pred "out/eval/$$name.jsonl" || exit 1; \
	done

bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) out build dist .pytest_cache .mypy_cache .ruff_cache
