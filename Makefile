# Two commands do everything on a fresh machine (Python 3.11+; Debian's chromium for browser tests):
#   make serve   set up .venv and serve the apps with Voila on http://127.0.0.1:8866/
#   make test    set up .venv and run the whole test suite (lint, unit, store, notebooks, browser)
# And, for trying things out:
#   make demo    write the synthetic demo class into the store `make serve` uses
#   make lab     the same notebooks as guided notebooks in JupyterLab (the URL it prints has a token)
# Re-running is cheap: the venv is rebuilt only when pyproject.toml or setup.py changes.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
# setup.py too: it decides which files an install copies (the Voila template).
STAMP   = $(VENV)/.installed-$(shell cat pyproject.toml setup.py | cksum | cut -d' ' -f1)
PORT   ?= 8866
LAB_PORT ?= 8888
# axe-core for the accessibility audit in the browser tests (version pinned in .ci/node).
AXE     = .ci/node/node_modules/axe-core/axe.min.js
# Jupyter Server refuses to run as root (CI, containers) without this flag.
ROOT_FLAG = $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: serve demo lab test lint bench clean axe

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# An editable install copies no data files: link the checkout's Voila template into the
	@# venv's Jupyter data folder, so plain `voila` finds it as it does from a wheel.
	mkdir -p $(VENV)/share/jupyter/voila/templates
	ln -sfn $(CURDIR)/share/jupyter/voila/templates/infoint $(VENV)/share/jupyter/voila/templates/infoint
	rm -f $(VENV)/.installed-*
	touch $@

serve: $(STAMP)
	$(BIN)/infoint serve --port $(PORT)

demo: $(STAMP)
	$(BIN)/infoint demo --replace

lab: $(STAMP)
	$(BIN)/jupyter lab --no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port=$(LAB_PORT) \
	  --ServerApp.root_dir=notebooks $(ROOT_FLAG)

lint: $(STAMP)
	$(BIN)/ruff check .

$(AXE): .ci/node/package.json .ci/node/package-lock.json
	npm ci --prefix .ci/node --no-audit --no-fund --silent
	touch $@

axe: $(AXE)

test: $(STAMP) lint $(AXE)
	$(BIN)/python -m pytest tests notebooks --nbval-lax $(PYTEST_ARGS)

bench: $(STAMP)
	@for b in tests/bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) test-artifacts .pytest_cache .ci/node/node_modules
