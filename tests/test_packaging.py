"""What users install: honest ranges, no development tools, one clear line when an extra is missing.

The wheel itself is built, twine-checked and installed into a fresh venv by tools/check_wheel.py (part of the
gate); the Python x dependency matrix is tools/compat.py (`make compat`). These tests check the metadata those
rely on, the missing-extra messages, and the matrix's own rules.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from packaging.requirements import Requirement

from .conftest import ROOT

PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT: dict[str, Any] = PYPROJECT["project"]
RUNTIME = [*PROJECT["dependencies"], *(r for extra in PROJECT["optional-dependencies"].values() for r in extra)]


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_tools_{name}", ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


compat = _tool("compat")
plugin = _tool("compat_pytest_plugin")


# -- metadata ---------------------------------------------------------------------------------------------------


def test_no_development_tool_and_no_dev_extra_in_what_users_install() -> None:
    assert "dev" not in PROJECT["optional-dependencies"]
    # The `testing` extra is what users install to test their own code: pytest and respx belong there, nowhere else.
    testing = {Requirement(line).name for line in PROJECT["optional-dependencies"]["testing"]}
    runtime_names = {Requirement(line).name for line in RUNTIME} - {"pytest", "pytest-asyncio", "respx"}
    assert {"pytest", "respx"} <= testing
    dev_names = {Requirement(item).name for item in PYPROJECT["dependency-groups"]["dev"] if isinstance(item, str)}
    assert "openapi-python-client" in dev_names and "ruff" in dev_names and "mypy" in dev_names
    assert {"openapi-python-client", "ruff", "mypy", "pytest", "respx"}.isdisjoint(runtime_names)


def test_every_runtime_requirement_has_a_lower_bound_and_an_upper_bound_only_beside_a_named_break() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for line in RUNTIME:
        requirement = Requirement(line)
        assert compat.lower_bound(requirement) is not None, f"{line}: no lower bound"
        if any(s.operator in ("<", "<=", "==", "~=", "!=") for s in requirement.specifier):
            source_line = next(row for row in text.splitlines() if f'"{line}"' in row)
            assert "#" in source_line, f"{line}: an upper bound needs the known break named in a comment beside it"


def test_the_classifiers_name_the_pythons_the_matrix_requires_and_requires_python_starts_at_the_oldest() -> None:
    classified = [c.rsplit(" :: ", 1)[1] for c in PROJECT["classifiers"] if re.fullmatch(r".*Python :: 3\.\d+", c)]
    assert list(compat.REQUIRED_PYTHONS) == classified == ["3.11", "3.12", "3.13"]
    assert PROJECT["requires-python"] == f">={min(classified, key=lambda v: int(v.split('.')[1]))}"
    for classifier in ("License :: OSI Approved :: MIT License", "Typing :: Typed", "Framework :: AsyncIO"):
        assert classifier in PROJECT["classifiers"]
    assert PROJECT["license"] == "MIT" and "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_the_readme_install_section_names_every_extra_and_the_tested_pythons() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Install") :]
    section = section[: section.index("\n## ", 1)]
    for extra in PROJECT["optional-dependencies"]:
        assert f'"pandapon-async[{extra}]"' in section or f"[{extra}," in section or f",{extra}]" in section, extra
    for version in compat.REQUIRED_PYTHONS:
        assert version in section, version


@pytest.mark.skipif(bool(os.environ.get("PANDAPON_COMPAT_CELL")), reason="a compat cell installs chosen extras")
def test_the_main_run_has_every_extra_and_test_tool_installed_so_nothing_is_skipped_for_lack_of_one() -> None:
    group = [item for item in PYPROJECT["dependency-groups"]["test"] if isinstance(item, str)]
    for line in [*RUNTIME, *group]:
        requirement = Requirement(line)
        version = importlib.metadata.version(requirement.name)
        assert requirement.specifier.contains(version, prereleases=True), f"{requirement.name} {version}: {line}"


# -- a missing extra: one line naming it, no traceback ----------------------------------------------------------

BLOCKER = """
import importlib.abc, sys

BLOCKED = {blocked!r}

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, Blocker())
"""


def _without(modules: set[str], command: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with ``modules`` unimportable, as if their extra were not installed."""
    (tmp_path / "sitecustomize.py").write_text(BLOCKER.format(blocked=modules), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)


CONSOLE_SCRIPT = Path(sys.executable).with_name("pandapon")


@pytest.mark.parametrize(
    ("missing", "args"),
    [
        ("typer", ["ops"]),
        ("rich", ["ops"]),
        ("starlette", ["--mock", "call", "alibaba_list_cart"]),  # the mock package, imported for --mock
        ("jsonschema", ["sign", "--mock", "GET", "/open/product/get"]),
    ],
)
def test_pandapon_without_the_cli_extra_prints_one_line_naming_it_and_exits_2(
    missing: str, args: list[str], tmp_path: Path
) -> None:
    result = _without({missing}, [str(CONSOLE_SCRIPT), *args], tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == 'pandapon needs the cli extra: pip install "pandapon-async[cli]"\n'


def test_the_console_script_runs_when_nothing_is_blocked(tmp_path: Path) -> None:
    result = _without(set(), [str(CONSOLE_SCRIPT), "--help"], tmp_path)
    assert result.returncode == 0 and "ops" in result.stdout


@pytest.mark.parametrize("missing", ["starlette", "uvicorn"])  # at import, and when it starts serving
def test_the_mock_without_its_extra_prints_one_line_naming_it_and_exits_non_zero(missing: str, tmp_path: Path) -> None:
    result = _without({missing}, [sys.executable, "-m", "pandapon_async.mock", "--port", "1"], tmp_path)
    lines = (result.stdout + result.stderr).splitlines()
    assert result.returncode != 0
    assert len(lines) == 1 and "Traceback" not in lines[0], lines
    assert 'pip install "pandapon-async[mock]"' in lines[0]
    assert f"no module {missing!r}" in lines[0]


def test_pandapon_mock_without_uvicorn_prints_one_line_naming_the_extra(tmp_path: Path) -> None:
    result = _without({"uvicorn"}, [str(CONSOLE_SCRIPT), "mock", "--port", "1"], tmp_path)
    assert result.returncode == 2
    assert result.stderr == 'pandapon needs the cli extra: pip install "pandapon-async[cli]"\n'


def test_importing_the_mock_without_its_extra_raises_an_import_error_naming_it(tmp_path: Path) -> None:
    result = _without({"starlette"}, [sys.executable, "-c", "import pandapon_async.mock"], tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "ImportError: pandapon_async.mock needs the mock extra (no module 'starlette'): "
        'pip install "pandapon-async[mock]"'
    )


def test_the_client_imports_and_works_without_any_extra(tmp_path: Path) -> None:
    blocked = {"typer", "rich", "starlette", "uvicorn", "jsonschema", "referencing"}
    blocked |= {"wreq", "aiohttp", "orjson", "yarl"}
    code = (
        "import pandapon_async, json; from pandapon_async import _json, _transport; "
        "print(_transport.choose_backend(None, None), _json.loads(b'[1]'))"
    )
    result = _without(blocked, [sys.executable, "-c", code], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["httpx", "[1]"]


# -- the matrix's rules -----------------------------------------------------------------------------------------


def test_the_matrix_has_newest_cells_on_every_python_and_lowest_cells_on_the_oldest_each_with_and_without_fast() -> (
    None
):
    pythons = {"3.11": "/p/3.11", "3.12": "/p/3.12", "3.13": "/p/3.13", "3.14": "/p/3.14"}
    names = sorted(cell.name for cell in compat.build_cells(pythons))
    expected = [f"py{v}-newest-{f}" for v in pythons for f in ("fast", "nofast")]
    assert names == sorted([*expected, "py3.11-lowest-fast", "py3.11-lowest-nofast"])
    lowest = [c for c in compat.build_cells(pythons) if c.resolution == "lowest-direct"]
    assert {c.extras for c in lowest} == {("mock", "cli", "redis", "fast", "aiohttp"), ("mock", "cli", "redis")}


def test_a_lowest_cell_fails_when_a_bound_is_not_what_it_installs() -> None:
    cell = compat.Cell("3.11", "/p/3.11", "lowest-direct", fast=False)
    versions = {r.name: str(compat.lower_bound(r)) for r in compat.direct_requirements(cell.extras)}
    assert compat.bounds_not_reached(cell, versions) == []
    versions["httpx"] = "0.28.1"  # e.g. httpx>=0.28 declared, but something forces 0.28.1: 0.28.0 is not tested
    [problem] = compat.bounds_not_reached(cell, versions)
    assert problem.startswith("httpx: declared >=0.28 but the lowest resolution installs 0.28.1")


def test_the_cell_plugin_skips_an_absent_extra_imported_by_a_test_but_not_by_the_package() -> None:
    absent = frozenset({"aiohttp"})

    def import_error(filename: str) -> ModuleNotFoundError:
        try:
            exec(compile("import aiohttp", filename, "exec"), {})  # aiohttp is absent: the name is blocked below
        except ModuleNotFoundError as error:
            return error
        raise AssertionError("unreachable")

    blocked = sys.modules.get("aiohttp", None)
    sys.modules["aiohttp"] = None  # type: ignore[assignment]  # makes `import aiohttp` raise ModuleNotFoundError
    try:
        from_a_test = import_error(str(ROOT / "tests" / "test_backend.py"))
        from_the_package = import_error(str(ROOT / "src" / "pandapon_async" / "_transport.py"))
    finally:
        if blocked is None:
            del sys.modules["aiohttp"]
        else:
            sys.modules["aiohttp"] = blocked
    assert plugin.absent_import_in_exception(from_a_test, absent) == "aiohttp"
    assert plugin.absent_import_in_exception(from_the_package, absent) is None
    assert plugin.absent_import_in_exception(from_a_test, frozenset({"orjson"})) is None

    child = 'Traceback (most recent call last):\n  File "{}", line 34, in <module>\n'
    child += "ModuleNotFoundError: No module named 'aiohttp'"
    assert plugin.absent_import_in_text(child.format("/repo/bench/run.py"), absent) == "aiohttp"
    assert plugin.absent_import_in_text(child.format("/site/pandapon_async/_transport.py"), absent) is None


def test_the_cell_plugin_skips_the_packages_refusal_to_use_an_absent_extra_and_nothing_else() -> None:
    from pandapon_async import ConfigurationError

    refusal = ConfigurationError("http_backend='wreq' needs wreq: pip install 'pandapon-async[fast]'")
    assert plugin.absent_extra_refused(refusal, frozenset({"fast"})) == "fast"
    assert plugin.absent_extra_refused(refusal, frozenset()) is None  # a cell with the extra: a real failure
    assert plugin.absent_extra_refused(ConfigurationError("timeout must be finite"), frozenset({"fast"})) is None
    assert plugin.absent_extra_refused(ValueError("pandapon-async[fast]"), frozenset({"fast"})) is None
