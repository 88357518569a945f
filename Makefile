# explainer — the two set-up commands are `make build` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: build test lint serve clean eval bench browser-deps

# The venv is (re)made when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/explainer build

lint: $(STAMP)
	$(BIN)/ruff check generator tests $(wildcard eval)
	$(BIN)/ruff format --check generator tests $(wildcard eval)
	$(BIN)/mypy generator

# Browser tests drive Debian's chromium; install it when missing (we are root in CI).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian chromium for the browser tests"; \
	  (command -v apt-get >/dev/null && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "warning: could not install chromium; browser tests will be skipped"; }

test: $(STAMP) browser-deps lint
	$(BIN)/pytest -q

serve: $(STAMP)
	$(BIN)/explainer serve

eval: $(STAMP)
	$(BIN)/python eval/run_eval.py

bench: $(STAMP)
	$(BIN)/python eval/bench.py

clean:
	rm -rf site $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache *.egg-info
