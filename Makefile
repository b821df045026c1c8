# pandapon-async: spec → generator → package. `make demo` runs the main job, `make test` the whole gate.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: help venv test lint types check-generated pytest check-wheel compat generate coverage demo bench clean

help:
	@echo "make demo             run examples/purchase_flow.py against the embedded mock server"
	@echo "make test             the whole gate: lint, types, spec + generated-code check, pytest, wheel check"
	@echo "make compat           the test suite on every supported Python, newest and lowest dependencies"
	@echo "make generate         regenerate src/pandapon_async/generated from openapi/pandapon.yaml"
	@echo "make check-generated  fail when the committed generated code differs from a fresh generation"
	@echo "make coverage         print how much of the documented API the spec covers"
	@echo "make bench            benchmark against a loopback server (writes bench/RESULTS.md)"

# The virtual environment bootstraps itself on a fresh machine and reinstalls when pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"  # 25.1: PEP 735 dependency groups (--group)
	$(PY) -m pip install --quiet -e ".[fast,mock,cli]" --group dev
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

venv: $(STAMP)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(PY) generator/generate.py --check
	$(BIN)/pytest
	$(PY) tools/check_wheel.py

# Python 3.11-3.13 (3.14 when present) x newest / lowest-direct dependencies x with / without the fast extra.
compat: $(STAMP)
	$(PY) tools/compat.py

check-wheel: $(STAMP)
	$(PY) tools/check_wheel.py

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

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
