# pandapon-async: spec → generator → package. `make demo` runs the main job, `make test` the whole gate.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: help venv test check ensure-redis lint types check-generated pytest generate coverage demo bench contract \
	check-wheel compat fuzz clean node-tools spec-lint contract-prism portability

help:
	@echo "make demo             run examples/purchase_flow.py against the embedded mock server"
	@echo "make test             the whole gate: make check, then make compat"
	@echo "make check            lint, types, spec + generated-code check, pytest, contract, wheel check"
	@echo "make compat           the test suite on every supported Python, newest and lowest dependencies"
	@echo "make generate         regenerate src/pandapon_async/generated from openapi/pandapon.yaml"
	@echo "make check-generated  fail when the committed generated code differs from a fresh generation"
	@echo "make coverage         print how much of the documented API the spec covers"
	@echo "make contract         check every safe operation's answer strictly against the spec (embedded mock)"
	@echo "make bench            benchmark against a loopback server (writes bench/RESULTS.md)"
	@echo "make spec-lint        lint the spec with Spectral and Redocly (pinned, installed locally by npm ci)"
	@echo "make contract-prism   send every example and the demo flow through Prism in front of the mock"
	@echo "make portability      generate TypeScript types from the spec and type-check every request example"
	@echo "make fuzz             the long fuzz run (hypothesis + schemathesis; the gate runs a bounded one)"

# The virtual environment bootstraps itself on a fresh machine and reinstalls when pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"  # 25.1: PEP 735 dependency groups (--group)
	$(PY) -m pip install --quiet -e ".[fast,aiohttp,mock,cli,testing,redis]" --group dev
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

venv: $(STAMP)

# Pinned OpenAPI tools (Spectral, Redocly, Prism, openapi-typescript, tsc) from tools/spec-lint/package-lock.json,
# installed into tools/spec-lint/node_modules (never globally); reinstalled when the lock file changes.
NODE_TOOLS := tools/spec-lint
NODE_BIN := $(NODE_TOOLS)/node_modules/.bin
NODE_STAMP := $(NODE_TOOLS)/node_modules/.installed-$(shell cat $(NODE_TOOLS)/package-lock.json | sha1sum | cut -c1-12)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

$(NODE_STAMP): $(NODE_TOOLS)/package-lock.json
	npm ci --prefix $(NODE_TOOLS) --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

node-tools: $(NODE_STAMP)

spec-lint: $(NODE_STAMP)
	$(NODE_BIN)/spectral lint --ruleset openapi/spectral.yaml --fail-severity=warn openapi/pandapon.yaml
	$(NODE_BIN)/redocly lint --config openapi/redocly.yaml openapi/pandapon.yaml

contract-prism: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest tests/test_prism.py

portability: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest tests/test_portability.py

# The whole gate (what CI runs): the development checks on Python 3.11 with the development pins, then the matrix.
test: check
	$(PY) tools/compat.py

# Everything but the matrix (a few minutes): the loop to run while working.
check: $(STAMP) $(NODE_STAMP) ensure-redis
	$(MAKE) --no-print-directory spec-lint
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MAKE) --no-print-directory types
	$(PY) generator/generate.py --check
	$(BIN)/pytest
	$(MAKE) --no-print-directory contract
	$(PY) tools/check_wheel.py

# Python 3.11-3.13 (3.14 when present) x newest / lowest-direct dependencies x with / without the fast extra.
compat: $(STAMP) $(NODE_STAMP) ensure-redis  # the suite includes the Prism, portability and Redis tests
	$(PY) tools/compat.py

check-wheel: $(STAMP)
	$(PY) tools/check_wheel.py

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy
	$(BIN)/pyright -p .  # this project's settings, whatever pyrightconfig.json a parent folder holds

pytest: $(STAMP)
	$(BIN)/pytest

generate: $(STAMP)
	$(PY) generator/generate.py

check-generated: $(STAMP)
	$(PY) generator/generate.py --check

coverage: $(STAMP)
	$(PY) generator/spec_coverage.py

demo: $(STAMP)
	$(PY) examples/purchase_flow.py --mock

contract: $(STAMP)
	$(BIN)/pandapon contract $(CONTRACT_ARGS)

bench: $(STAMP)
	$(PY) bench/run.py

ensure-redis:  # the Redis inbox tests start a real redis-server (Debian's package)
	@bash tools/ensure-redis.sh

fuzz: $(STAMP)
	PANDAPON_FUZZ_PROFILE=fuzz $(BIN)/pytest -s tests/test_fuzz_arguments.py tests/test_fuzz_answers.py tests/test_fuzz_mock.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
