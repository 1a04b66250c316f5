# Two commands do everything on a fresh machine (Python 3.11+; Debian's chromium for browser tests):
#   make serve   set up .venv and serve the apps with Voila on http://127.0.0.1:8866/
#   make test    set up .venv and run the whole test suite (lint, unit, store, notebooks, browser)
# Re-running is cheap: the venv is rebuilt only when pyproject.toml changes.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PORT   ?= 8866

.PHONY: serve test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

serve: $(STAMP)
	$(BIN)/infoint serve --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .

test: $(STAMP) lint
	$(BIN)/python -m pytest tests notebooks --nbval-lax $(PYTEST_ARGS)

bench: $(STAMP)
	@for b in tests/bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) test-artifacts .pytest_cache
