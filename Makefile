# synth: run `make` (or `make help`) to list the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYNTH := $(BIN)/synth
TODAY := $(shell date +%Y-%m-%d)
QUERY ?= massage[ti]

.PHONY: help venv test lint format demo report eval bench lab stub screenshot clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-11s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]' 2> >(grep -v "is ignored: it is neither" >&2)
	$(BIN)/nbstripout --install 2>/dev/null || true
	touch $@

venv: $(STAMP) ## create the project virtualenv in .venv/

test: $(STAMP) ## run the test suite (offline, against the loopback stub)
	$(BIN)/python -m pytest -q

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## reformat the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# What a report depends on: the library (code, rule tables, bundled corpus) and the notebooks.
SOURCES := $(shell find synth -name '*.py' -o -name '*.toml' -o -name '*.jsonl') $(wildcard notebooks/*.ipynb)

demo: reports/demo/report.html ## the main job offline: stub -> cache -> tags -> report (DEMO)
	@echo "open reports/demo/report.html in a browser"

reports/demo/report.html: $(STAMP) $(SOURCES)
	$(SYNTH) demo

# `make report` always asks PubMed what is new; it re-renders only when the cache's content
# (its fingerprint, written to CACHE_STAMP only when it changes), the notebooks or the code changed.
CACHE ?= cache/synth.sqlite
CACHE_STAMP := $(CACHE:.sqlite=.fingerprint)

report: $(STAMP) ## refresh from PubMed, tag and render reports/YYYY-MM-DD/report.html
	$(SYNTH) fetch --query "$(QUERY)" --cache $(CACHE)
	$(BIN)/python -m synth.report.stamp $(CACHE) $(CACHE_STAMP)
	@$(MAKE) --no-print-directory reports/$(TODAY)/report.html
	@echo "report: reports/$(TODAY)/report.html"

reports/$(TODAY)/report.html: $(CACHE_STAMP) $(SOURCES)
	$(SYNTH) report --offline --query "$(QUERY)" --cache $(CACHE) --out reports/$(TODAY)

screenshot: reports/demo/report.html ## README screenshot of the demo report (headless Chromium)
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
	  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
	  --window-size=1100,1400 --screenshot=$(CURDIR)/docs/report-screenshot.png \
	  file://$(CURDIR)/reports/demo/report.html

eval: $(STAMP) ## score the tagger on the labelled dev set
	$(SYNTH) eval

bench: $(STAMP) ## speed and memory ratios (parse, tag) against baselines in the same run
	$(BIN)/python -m synth.bench

lab: $(STAMP) ## open JupyterLab on notebooks/ with the synth kernel
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,lab]'
	$(BIN)/python -m ipykernel install --sys-prefix --name synth --display-name "synth (.venv)"
	$(BIN)/jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root)

stub: $(STAMP) ## serve the demo corpus on a local E-utilities stub
	$(SYNTH) stub

clean: ## remove generated reports and figures (keeps the cache)
	rm -rf reports/ figures/*.png figures/*.svg bench/
