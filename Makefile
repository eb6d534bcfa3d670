# Two commands: `make run` and `make test`. Each sets up what it needs on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= data/libyamap.duckdb
PORT ?= 8501

.PHONY: run test

run: $(VENV)/.installed gazetteer/data/geonames_ly.json
	$(BIN)/libyamap ingest seeds/ --db $(DB)
	$(BIN)/libyamap serve --db $(DB) --port $(PORT)

test: $(VENV)/.installed-test gazetteer/data/geonames_ly.json /usr/bin/chromium
	$(BIN)/python -m pytest -n 2 -q

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

gazetteer/data/geonames_ly.json: scripts/build_geonames_ly.py | $(VENV)/.installed
	$(BIN)/python scripts/build_geonames_ly.py $@

# Debian's Chromium for the browser tests (Playwright's own download cannot work offline).
/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
