# pandapon-async: spec → generator → package. `make demo` runs the main job, `make test` the whole gate.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: help venv test lint types check-generated pytest generate coverage demo bench fuzz clean

help:
	@echo "make demo             run examples/purchase_flow.py against the embedded mock server"
	@echo "make test             the whole gate: lint, types, spec + generated-code check, pytest"
	@echo "make generate         regenerate src/pandapon_async/generated from openapi/pandapon.yaml"
	@echo "make check-generated  fail when the committed generated code differs from a fresh generation"
	@echo "make coverage         print how much of the documented API the spec covers"
	@echo "make bench            benchmark against a loopback server (writes bench/RESULTS.md)"
	@echo "make fuzz             the long fuzz run (hypothesis + schemathesis; the gate runs a bounded one)"

# The virtual environment bootstraps itself on a fresh machine and reinstalls when pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

venv: $(STAMP)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(PY) generator/generate.py --check
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

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

bench: $(STAMP)
	$(PY) bench/run.py

fuzz: $(STAMP)
	PANDAPON_FUZZ_PROFILE=fuzz $(BIN)/pytest -s tests/test_fuzz_arguments.py tests/test_fuzz_answers.py tests/test_fuzz_mock.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
