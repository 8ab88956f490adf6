# kg: two commands on a fresh machine (python3, make, Debian's apt):
#   make        set up .venv with every dependency and build corpus/ into output/
#   make test   run the whole test suite (installs Chromium for the browser tests)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.kg-installed

.PHONY: all build compile test setup chromium benchmark clean

all: build

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -c 'import ensurepip' 2>/dev/null || \
	  { echo "installing python3-venv with apt"; apt-get update -qq && apt-get install -y -qq python3-venv; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $(STAMP)

# pip byte-compiles a regular install but not an editable one: compile kg/ here, so
# no run compiles it again (Python does not even save its compilation when
# PYTHONDONTWRITEBYTECODE is set)
compile: $(STAMP)
	@$(BIN)/python -m compileall -q kg

build: compile
	$(BIN)/kg build corpus --out output

chromium:
	@command -v chromium >/dev/null 2>&1 || { echo "installing chromium with apt"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

benchmark: compile
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache
