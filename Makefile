# Briefing Toolkit: the entry point.  `make briefings` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
JOBS ?=

.PHONY: setup briefings test bench evaluate lab clean check-system

setup: $(STAMP)

# (Re)install when the project's dependency list changes.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m toolkit doctor
	@touch $(STAMP)

briefings: $(STAMP)
	$(BIN)/toolkit build

test: $(STAMP)
	$(BIN)/python -m pytest -q

evaluate: $(STAMP)
	$(BIN)/toolkit evaluate tests/data/gold/000_4d240d6c60ada09b.json tests/data/gold/whitehouse --gum tests/data/gold/gum-news

bench: $(STAMP)
	$(BIN)/python bench/extraction.py

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

clean:
	rm -rf reports/*/ reports/index.html .cache
