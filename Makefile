# Everything goes through .venv, created on first use from the committed lock file (uv.lock).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
UV_VERSION := 0.13.9
export SSL_CERT_FILE ?= /etc/ssl/certs/ca-certificates.crt

.PHONY: install demo test test-clock test-pg lint typecheck typecheck-extension pytest format lock clean serve bench model

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"

# --inexact keeps uv itself in the venv; --locked fails if uv.lock is stale.
$(VENV)/.installed: $(BIN)/uv pyproject.toml uv.lock
	$(BIN)/uv sync --locked --inexact --all-extras --python $(BIN)/python
	touch $@

# The extension's type checker (typescript + @types/chrome, pinned in package-lock.json).
# node_modules stays at the top level, never inside extension/ (Chrome refuses files that
# start with "_" in an unpacked extension).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/followup demo

serve: install
	$(BIN)/followup serve

lint: install
	$(BIN)/ruff check server tests bench
	$(BIN)/ruff format --check server tests bench

typecheck: install
	$(BIN)/mypy

typecheck-extension: node_modules/.installed
	node_modules/.bin/tsc -p extension

pytest: install node_modules/.installed  # the browser tests inject axe-core from node_modules
	$(BIN)/pytest

# Benchmarks (not part of `make test`; its smoke run, tests/test_bench_smoke.py, is).
bench: install
	$(BIN)/python -m bench.run

test: lint typecheck typecheck-extension pytest

# No test may depend on the day it runs: the suite again with the clock moved, by Debian's
# `faketime` (every process the tests start, servers and Chromium included, sees that clock).
# CLOCK_SHIFT=-400d moves it a year behind; CLOCK_TESTS picks what runs (default: everything).
CLOCK_SHIFT ?= +400d
CLOCK_TESTS ?=
test-clock: install node_modules/.installed
	faketime -f "$(CLOCK_SHIFT)" $(BIN)/pytest -q -p no:cacheprovider $(CLOCK_TESTS)

# The database-sensitive suites again on a throwaway PostgreSQL cluster (tests/pg.py: started by
# the tests, as the unprivileged `postgres` user when run as root). PG_TESTS picks what runs.
PG_SUITES := tests/test_db.py tests/test_sync.py tests/test_lifecycle.py tests/test_crash.py \
	tests/test_chaos.py tests/test_api_followups.py tests/test_api_fuzz.py \
	tests/test_accounts_apart.py $(wildcard tests/test_isolation.py)
PG_TESTS ?= $(PG_SUITES)
test-pg: install
	FOLLOWUP_TEST_DATABASE=postgresql $(BIN)/pytest -q -p no:cacheprovider $(PG_TESTS)

# The second reader of the e-mail classifier (server/followup/core/mail_model.json), trained on
# the tuned e-mail corpus; `python -m tests.core.train_model --cv` says how it does on unseen parts.
# The calendar's (event_model.json) likewise: `python -m tests.core.train_event_model --cv`.
model: install
	$(BIN)/python -m tests.core.train_model
	$(BIN)/python -m tests.core.train_event_model

format: install
	$(BIN)/ruff format server tests bench
	$(BIN)/ruff check --fix server tests bench

lock: $(BIN)/uv
	$(BIN)/uv lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache node_modules test-artifacts
