# Briefing Toolkit: the entry point.  `make briefings` and `make test` work on a fresh clone.
PYTHON ?= python3
# VENV=/tmp/somewhere puts the environment elsewhere (e.g. to try a change beside a .venv in use).
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every package, direct and transitive, at one version with the sha256 of each of its files:
# the project's dependencies, its `test` extra, its build backend (setuptools) and pip itself.
# Written by `make lock`, never by hand; committed.
LOCK := requirements.lock
# The locking tool, in an environment of its own (inside $(VENV), so it is never committed).
# uv rather than pip-tools: one self-contained binary that does not lean on pip's internals
# (pip-tools breaks with new pip releases), a universal resolution (markers for other
# platforms and Pythons instead of a lock valid on this machine only), and seconds to lock.
UV_VERSION := 0.13.9
LOCK_TOOL := $(VENV)/lock-tool
LOCK_ARGS ?=
# The named Jupyter kernel (inside .venv) that JupyterLab, the notebooks' metadata and papermill use.
KERNEL := $(VENV)/share/jupyter/kernels/briefing-toolkit/kernel.json
JOBS ?=

.PHONY: setup lock briefings test fuzz bench bench-cluster evaluate lab test-programs clean check-system

setup: $(STAMP) $(KERNEL)

# (Re)install when the lock (or the project's entry points) change. Everything comes from the
# lock, each file checked against its hashes, and nothing else: --no-deps, because the lock
# already lists every dependency, and letting pip resolve again broke hash checking when a
# package asks for another with an extra (weasel's smart-open[http]: pip 23.2 looked for the
# newest smart-open on the index instead of the locked one). Then the project itself, editable,
# without resolving anything again (no build environment: setuptools is locked).
# `pip check` fails when the lock misses a dependency or pyproject.toml asks for something else.
$(STAMP): $(LOCK) pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	$(BIN)/python -m toolkit doctor
	@touch $(STAMP)

# Refresh the lock on purpose, after changing the dependencies in pyproject.toml: versions
# already locked are kept where they still fit; `make lock LOCK_ARGS=--upgrade` takes the
# newest allowed versions of everything, `LOCK_ARGS="--upgrade-package pandas"` of one.
# The build backend's requirements are read from pyproject.toml's [build-system].
lock:
	@test -x $(LOCK_TOOL)/bin/python || $(PYTHON) -m venv $(LOCK_TOOL)
	$(LOCK_TOOL)/bin/python -m pip install --quiet uv==$(UV_VERSION)
	build=$$($(PYTHON) -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], sep="\n")') \
	&& printf '%s\npip\n' "$$build" | $(LOCK_TOOL)/bin/uv pip compile --quiet --no-config --universal \
		--python-version 3.11 --generate-hashes --extra test --custom-compile-command 'make lock' \
		$(LOCK_ARGS) pyproject.toml - -o $(LOCK)

briefings: $(STAMP)
	$(BIN)/toolkit build

test: $(STAMP) $(KERNEL) test-programs
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q -rs

# The property tests with new random examples each run (`make test` draws the same ones every time).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -q tests/test_properties.py tests/test_names.py tests/test_timeline.py

# The gold sets scored by `make evaluate`: the seed, the White House quotes, the tuned Wikinews
# gold, the dev golds the rules were tuned on (last the events of UD English PUD's news excerpts of many outlets), and
# last the held-out golds nobody tuned on (Wikinews, and PUD's other half, read by its totals only); then
# GUM: its news, the interview, biography, travel-guide, academic and court halves audited for rules, and the
# halves nobody tuned on; last Universal NER's names on news sentences of many outlets (UD English PUD) and on
# weblogs (EWT): the halves audited for rules, then the halves nobody tuned on.
GOLD = tests/data/gold
EVALUATE_GOLD = $(GOLD)/000_4d240d6c60ada09b.json $(GOLD)/whitehouse $(GOLD)/wikinews \
	$(GOLD)/wikinews-dev $(GOLD)/wikinews-dev2 $(GOLD)/wikinews-dev3 $(GOLD)/wikinews-dev4 $(GOLD)/wikinews-dev5 \
	$(GOLD)/wikinews-entities-dev $(GOLD)/wikinews-entities-dev2 $(GOLD)/wikinews-entities-dev3 $(GOLD)/wikinews-entities-dev4 $(GOLD)/wikinews-entities-dev5 $(GOLD)/wikinews-entities-dev6 $(GOLD)/wikinews-entities-dev7 $(GOLD)/wikinews-entities-dev8 $(GOLD)/wikinews-entities-dev9 $(GOLD)/wikinews-entities-dev10 \
	$(GOLD)/wikinews-entities-dev11 \
	$(GOLD)/wikinews-entities-dev12 \
	$(GOLD)/wikinews-entities-dev13 \
	$(GOLD)/wikinews-entities-dev14 \
	$(GOLD)/wikinews-entities-dev15 \
	$(GOLD)/wikinews-entities-dev16 \
	$(GOLD)/wikinews-entities-dev17 \
	$(GOLD)/wikinews-entities-dev18 \
	$(GOLD)/wikinews-entities-dev19 \
	$(GOLD)/wikinews-entities-dev20 \
	$(GOLD)/wikinews-entities-dev21 \
	$(GOLD)/wikinews-entities-dev22 \
	$(GOLD)/wikinews-entities-dev23 \
	$(GOLD)/wikinews-entities-dev24 \
	$(GOLD)/wikinews-entities-dev25 \
	$(GOLD)/wikinews-entities-dev26 \
	$(GOLD)/wikinews-entities-dev27 \
	$(GOLD)/wikinews-events-dev $(GOLD)/wikinews-events-dev2 $(GOLD)/wikinews-events-dev3 $(GOLD)/wikinews-events-dev4 $(GOLD)/wikinews-events-dev5 $(GOLD)/wikinews-events-dev6 $(GOLD)/wikinews-events-dev7 $(GOLD)/wikinews-events-dev8 $(GOLD)/wikinews-events-dev9 $(GOLD)/wikinews-events-dev10 $(GOLD)/wikinews-events-dev11 $(GOLD)/wikinews-events-dev12 \
	$(GOLD)/wikinews-events-dev13 \
	$(GOLD)/wikinews-events-dev14 \
	$(GOLD)/wikinews-events-dev15 \
	$(GOLD)/wikinews-events-dev16 \
	$(GOLD)/wikinews-events-dev17 \
	$(GOLD)/wikinews-events-dev18 \
	$(GOLD)/wikinews-events-dev19 \
	$(GOLD)/wikinews-events-dev20 \
	$(GOLD)/wikinews-events-dev21 \
	$(GOLD)/wikinews-events-dev22 \
	$(GOLD)/wikinews-events-dev23 \
	$(GOLD)/wikinews-events-dev24 \
	$(GOLD)/wikinews-events-dev25 \
	$(GOLD)/wikinews-events-dev26 \
	$(GOLD)/wikinews-events-dev27 \
	$(GOLD)/wikinews-events-dev28 \
	$(GOLD)/wikinews-events-dev29 \
	$(GOLD)/wikinews-events-dev30 \
	$(GOLD)/wikinews-events-dev31 \
	$(GOLD)/wikinews-events-dev32 \
	$(GOLD)/wikinews-events-dev33 \
	$(GOLD)/wikinews-events-dev34 \
	$(GOLD)/wikinews-events-dev35 \
	$(GOLD)/wikinews-events-dev36 \
	$(GOLD)/wikinews-events-dev37 \
	$(GOLD)/wikinews-dates-dev \
	$(GOLD)/pud-events-dev \
	$(GOLD)/ewt-events-dev \
	$(GOLD)/wh-events-dev \
	$(GOLD)/ecb-events-dev \
	$(GOLD)/ecb-events-dev2 \
	$(GOLD)/ecb-events-dev3 \
	$(GOLD)/ecb-events-dev4 \
	$(GOLD)/ecb-events-dev5 \
	$(GOLD)/ecb-events-dev6 \
	$(GOLD)/ecb-events-dev7 \
	$(GOLD)/ecb-events-dev8 \
	$(GOLD)/ecb-events-dev9 \
	$(GOLD)/wikinews-events-val $(GOLD)/wikinews-heldout $(GOLD)/pud-events-test $(GOLD)/ewt-events-test \
	$(GOLD)/wh-events-test $(GOLD)/ecb-events-test $(GOLD)/ecb-events-test2 $(GOLD)/ecb-events-test3 \
	$(GOLD)/ecb-events-test4 $(GOLD)/ecb-events-test5 $(GOLD)/ecb-events-test6

evaluate: $(STAMP)
	$(BIN)/toolkit evaluate $(EVALUATE_GOLD) --gum $(GOLD)/gum-news --gum $(GOLD)/gum-interview-dev --gum $(GOLD)/gum-bio-dev \
		--gum $(GOLD)/gum-voyage-dev --gum $(GOLD)/gum-academic-dev --gum $(GOLD)/gum-court-dev \
		--gum $(GOLD)/gum-interview-heldout --gum $(GOLD)/gum-bio-heldout \
		--gum $(GOLD)/gum-voyage-heldout --gum $(GOLD)/gum-academic-heldout --gum $(GOLD)/gum-court-heldout \
		--uner $(GOLD)/uner-pud-news-dev --uner $(GOLD)/uner-ewt-news-dev \
		--uner $(GOLD)/uner-pud-news-heldout --uner $(GOLD)/uner-ewt-news-heldout

# Throughput, parallel speed-up, cold/warm builds, one-document rebuilds and memory on the
# White House 2025–26 corpus (bench/whitehouse-2025.tar.xz); prints a table, is not a test.
# BENCH_ARGS="--docs 300" for a quicker look.
bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Extraction on a Dask LocalCluster of 1 then 2 worker processes over the same corpus:
# documents/s, speed-up, scheduler overhead per task, peak memory per worker, a rerun over
# the fact store (bench/README.md has the scaling model). BENCH_ARGS="--docs 400" for a subset.
bench-cluster: $(STAMP)
	$(BIN)/python bench/cluster.py $(BENCH_ARGS)

$(KERNEL): $(STAMP)
	$(BIN)/python -m ipykernel install --sys-prefix --name briefing-toolkit --display-name "Briefing Toolkit" --env PYTHONHASHSEED 0

# JupyterLab in the project's environment, opened on the explore notebook (Ctrl-C stops it).
lab: $(STAMP) $(KERNEL)
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=/lab/tree/notebooks/explore.ipynb \
		--MultiKernelManager.default_kernel_name=briefing-toolkit $(if $(filter 0,$(shell id -u)),--allow-root)

# The Debian programs two tests check the briefings with: Chromium (tests/test_browser.py opens the
# HTML briefing) and poppler-utils' pdffonts (tests/test_fonts.py cross-checks the PDF's fonts).
# Installed when missing and possible (root with apt-get); otherwise the reason is printed here
# and those tests are skipped, saying why.
TEST_PROGRAMS := chromium:chromium pdffonts:poppler-utils
test-programs:
	@missing=""; for pair in $(TEST_PROGRAMS); do \
		command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
		echo "test-programs:$$missing missing and cannot be installed here (needs root and apt-get): their tests will be skipped"; \
	else \
		echo "test-programs: installing Debian's$$missing for the tests"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } \
			|| echo "test-programs: apt-get could not install$$missing: their tests will be skipped"; \
	fi

clean:
	rm -rf reports/*/ reports/index.html .cache
