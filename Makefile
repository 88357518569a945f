# explainer — the two set-up commands are `make build` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: build test lint serve clean eval eval-diff bench browser-deps screenshots

# The venv is (re)made when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m compileall -q generator
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

# The W3C Nu HTML Checker comes from npm and runs on the machine's Java.
node_modules/.installed-stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: $(STAMP) browser-deps node_modules/.installed-stamp lint
	$(BIN)/pytest -q

# Refresh docs/screenshots (used in the README) from the browser tests.
screenshots: $(STAMP) browser-deps
	EXPLAINER_SCREENSHOTS=1 $(BIN)/pytest -q tests/test_browser.py tests/test_themes.py tests/test_editor.py

serve: $(STAMP)
	$(BIN)/explainer serve

eval: $(STAMP)
	$(BIN)/python eval/run_eval.py

# Every claim whose marks the working tree changes against BASE (a git revision, HEAD by default).
BASE ?= HEAD
eval-diff: $(STAMP)
	$(BIN)/python eval/diff.py $(BASE)

# (bytecode compiled first, as pip does for an installed package: where PYTHONDONTWRITEBYTECODE is set,
# an editable install would otherwise compile every module of explainer in every build process)
bench: $(STAMP)
	$(BIN)/python -m compileall -q generator
	$(BIN)/python eval/bench.py
	$(BIN)/python eval/bench_site.py

clean:
	rm -rf site $(VENV) node_modules .cache .pytest_cache .mypy_cache .ruff_cache *.egg-info tests/.artifacts
