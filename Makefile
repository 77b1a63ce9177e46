# Two commands on a fresh machine: `make report` and `make test`, both from the lock.
# The package keeps ranges (a library must not pin its users); requirements.lock pins the development
# and CI environment, with hashes, for every platform and every supported Python.
LOCK    = requirements.lock
# The lowest Python that pyproject.toml admits is the one the environment is built with, when present.
FLOOR  := $(shell sed -n 's/^requires-python = ">=\([0-9.]*\)"/\1/p' pyproject.toml)
PYTHON ?= $(shell python$(FLOOR) -c 'import sys; print(sys.executable)' 2>/dev/null || echo python3)
VENV   ?= .venv
BIN     = $(VENV)/bin
UV      = $(BIN)/uv
STAMP   = $(VENV)/.installed
# uv installs the lock; the version the lock itself pins is bootstrapped from PyPI with pip.
UV_VERSION := $(shell sed -n 's/^uv==\([^ ]*\).*/\1/p' $(LOCK))
# `make lock` moves every pin to the newest release within the ranges; `make lock UPGRADE=` keeps the
# pins that still fit and only resolves what pyproject.toml added or changed.
UPGRADE ?= --upgrade
LATEST  = .venv-latest

.PHONY: install report test lint lock test-latest clean

install: $(STAMP)

$(UV):
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet 'uv==$(UV_VERSION)'

$(STAMP): $(LOCK) pyproject.toml | $(UV)
	$(UV) pip sync --quiet --python $(BIN)/python --require-hashes $(LOCK)
	$(UV) pip install --quiet --python $(BIN)/python --no-deps --no-build-isolation -e .
	@# a dependency added to pyproject.toml but not locked yet shows here; `make lock` locks it
	$(UV) pip check --quiet --python $(BIN)/python
	touch $@

report: $(STAMP)
	$(BIN)/factcheck report data/seeds

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lock: | $(UV)
	$(UV) pip compile pyproject.toml --extra test --extra dev --extra dask --universal --generate-hashes \
		--python-version $(FLOOR) $(UPGRADE) --quiet --output-file $(LOCK)

# The newest releases that pyproject.toml admits, in an environment of their own: drift seen on purpose.
test-latest: | $(UV)
	test -x $(LATEST)/bin/python || $(PYTHON) -m venv $(LATEST)
	$(UV) pip install --quiet --python $(LATEST)/bin/python --upgrade -e '.[test,dev,dask]'
	$(LATEST)/bin/python -m pytest -q

clean:
	rm -rf $(VENV) $(LATEST) .factcheck_cache .pytest_cache
