# Borderlines: `make run` (set up and start the app), `make test` (set up and run every test).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
# bash: the test target sources scripts/start-postgres.sh to get the server's URL
SHELL  := /bin/bash

.PHONY: run test setup setup-dev browser data bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-run pip only when a requirements file changes.
$(VENV)/.runtime: $(BIN)/python requirements.txt constraints.txt
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt requirements-build.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@

setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev

run: setup
	$(BIN)/python scripts/serve.py --server.headless true --server.port $(PORT) --browser.gatherUsageStats false

browser:
	bash scripts/ensure-browser.sh

# The store's tests run against SQLite and PostgreSQL. Unless BORDERLINES_TEST_PG_URL is set
# (CI's .ci/run sets it), start the same throwaway server CI uses: scripts/start-postgres.sh
# (as root, it installs Debian's `postgresql` package when missing; loopback only, data in
# /tmp/borderlines-pg; it stays up for the next run: `bash scripts/start-postgres.sh stop`).
test: setup-dev browser
	@if [ -z "$${BORDERLINES_TEST_PG_URL:-}" ]; then \
	  echo "make test: starting a throwaway PostgreSQL for the store tests (scripts/start-postgres.sh;" \
	       "as root it installs Debian's 'postgresql' package if it is missing)"; \
	  if source scripts/start-postgres.sh; then \
	    echo "make test: PostgreSQL ready (stop it with: bash scripts/start-postgres.sh stop)"; \
	  else \
	    echo "make test: could not start PostgreSQL: its tests will be SKIPPED (see the message above)"; \
	  fi; \
	fi; \
	echo "make test: the data builder's tests read Natural Earth's world_map.gpkg (Debian's qgis-common);" \
	     "fetching it with apt-get download into ~/.cache/borderlines if it is not there"; \
	$(BIN)/python -c "from geo.places.build.sources import find_world_map; print('make test: world map at', find_world_map())" \
	  || echo "make test: no world map: the data builder's tests will be SKIPPED (see the message above)"; \
	$(BIN)/ruff check . && \
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

# Rebuild data/ from the registry sources (skips when sources and builder are unchanged).
data: setup-dev
	$(BIN)/python -m geo.places.build build

bench: setup-dev
	$(BIN)/python -m bench

fuzz: setup-dev
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -m fuzz

clean:
	rm -rf $(VENV) .pytest_cache artifacts static var
