"""pytest plugin for the `make compat` cells (loaded only there, with ``-p``): what a cell leaves out is skipped.

``PANDAPON_COMPAT_ABSENT_MODULES`` names the modules a cell lacks on purpose: the generator (a development
tool) everywhere, and the fast extra's modules (``aiohttp,orjson,yarl``) in a cell without it. A test module, a
test, or a helper process started by a test, that itself imports one of them, is reported as skipped, like
``pytest.importorskip`` would; so is a test the package refuses with its ``ConfigurationError`` asking for an
extra named in ``PANDAPON_COMPAT_ABSENT_EXTRAS`` (an explicit ``http_backend="aiohttp"``). An import of one of
them from inside the package stays a failure: the cell exists to show that ``pandapon_async`` works without the
extra. The main `make test` run does not load this plugin, and tests/test_packaging.py checks that every extra
is installed there."""

from __future__ import annotations

import os
import re
import traceback
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

ABSENT = frozenset(m for m in os.environ.get("PANDAPON_COMPAT_ABSENT_MODULES", "").split(",") if m)
ABSENT_EXTRAS = frozenset(e for e in os.environ.get("PANDAPON_COMPAT_ABSENT_EXTRAS", "").split(",") if e)
PACKAGE = "pandapon_async"
# A Python traceback as printed by a child process: its frames, and the error that ended it.
FRAME = re.compile(r'File "([^"]+)", line \d+')
NOT_FOUND = re.compile(r"ModuleNotFoundError: No module named '([\w.]+)'")


def _inside_package(filename: str) -> bool:
    return PACKAGE in Path(filename).parts


def absent_import_in_exception(error: BaseException | None, absent: frozenset[str] = ABSENT) -> str | None:
    """The absent module when ``error`` (or its cause) is an import of it made outside the package."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, ModuleNotFoundError) and (error.name or "").split(".")[0] in absent:
            frames = [f for f in traceback.extract_tb(error.__traceback__) if not f.filename.startswith("<frozen")]
            if frames and not _inside_package(frames[-1].filename):
                return error.name
            return None
        error = error.__cause__ or error.__context__
    return None


def absent_import_in_text(text: str, absent: frozenset[str] = ABSENT) -> str | None:
    """The same, for a child process's traceback quoted in a failure message (the frame just above the error)."""
    last_frame = None
    for line in text.splitlines():
        if frame := FRAME.search(line):
            last_frame = frame.group(1)
        elif (missing := NOT_FOUND.search(line)) and missing.group(1).split(".")[0] in absent:
            if last_frame is not None and not _inside_package(last_frame):
                return missing.group(1)
            return None
    return None


def absent_extra_refused(error: BaseException | None, extras: frozenset[str] = ABSENT_EXTRAS) -> str | None:
    """The absent extra when ``error`` is the package's own ConfigurationError asking for it to be installed."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if type(error).__name__ == "ConfigurationError" and type(error).__module__.startswith(PACKAGE):
            return next((extra for extra in sorted(extras) if f"pandapon-async[{extra}]" in str(error)), None)
        error = error.__cause__ or error.__context__
    return None


def _reason(module: str) -> str:
    return f"needs {module}, of an extra this compatibility cell does not install"


class _CellModule(pytest.Module):
    def _getobj(self) -> Any:
        try:
            return super()._getobj()  # type: ignore[no-untyped-call]
        except self.CollectError as error:
            module = absent_import_in_exception(error.__cause__)
            if module is None:
                raise
            pytest.skip(f"{self.path.name} {_reason(module)}", allow_module_level=True)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    if not ABSENT:
        return None
    return _CellModule.from_parent(parent, path=module_path)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    if ABSENT and report.failed and call.excinfo is not None:
        module = absent_import_in_exception(call.excinfo.value) or absent_import_in_text(str(report.longrepr))
        if module is None and (extra := absent_extra_refused(call.excinfo.value)) is not None:
            module = f"the {extra} extra"  # the package refused, as documented, to use a backend it lacks
        if module is not None:
            report.outcome = "skipped"
            report.longrepr = (str(item.path), item.location[1] or 0, _reason(module))
    return report
