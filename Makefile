# Briefing Toolkit: the entry point.  `make briefings` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The named Jupyter kernel (inside .venv) that JupyterLab, the notebooks' metadata and papermill use.
KERNEL := $(VENV)/share/jupyter/kernels/briefing-toolkit/kernel.json
JOBS ?=

.PHONY: setup briefings test bench evaluate lab browser clean check-system

setup: $(STAMP) $(KERNEL)

# (Re)install when the project's dependency list changes.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m toolkit doctor
	@touch $(STAMP)

briefings: $(STAMP)
	$(BIN)/toolkit build

test: $(STAMP) $(KERNEL) browser
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q -rs

evaluate: $(STAMP)
	$(BIN)/toolkit evaluate tests/data/gold/000_4d240d6c60ada09b.json tests/data/gold/whitehouse --gum tests/data/gold/gum-news

# Throughput, parallel speed-up, cold/warm builds, one-document rebuilds and memory on the
# White House 2025–26 corpus (bench/whitehouse-2025.tar.xz); prints a table, is not a test.
# BENCH_ARGS="--docs 300" for a quicker look.
bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

$(KERNEL): $(STAMP)
	$(BIN)/python -m ipykernel install --sys-prefix --name briefing-toolkit --display-name "Briefing Toolkit" --env PYTHONHASHSEED 0

# JupyterLab in the project's environment, opened on the explore notebook (Ctrl-C stops it).
lab: $(STAMP) $(KERNEL)
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=/lab/tree/notebooks/explore.ipynb \
		--MultiKernelManager.default_kernel_name=briefing-toolkit $(if $(filter 0,$(shell id -u)),--allow-root)

# Debian's Chromium for tests/test_browser.py: installed when missing and possible (root with
# apt-get); otherwise the reason is printed here and the browser test is skipped, saying why.
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
		echo "browser: chromium is missing and cannot be installed here (needs root and apt-get): the browser test will be skipped"; \
	else \
		echo "browser: installing Debian's chromium for the browser test"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
			|| echo "browser: apt-get could not install chromium: the browser test will be skipped"; \
	fi

clean:
	rm -rf reports/*/ reports/index.html .cache
