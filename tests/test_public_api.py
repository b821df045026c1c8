"""``pandapon_async.__all__`` lists exactly the public names: all of them resolve, none is left out."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types

import pandapon_async
from pandapon_async import PandaPonError

# Names the package module holds only to do its work (typing helpers), not part of its surface.
NOT_PUBLIC = {"TYPE_CHECKING", "Any"}


def test_all_has_no_duplicates_and_every_name_resolves() -> None:
    names = pandapon_async.__all__
    assert len(names) == len(set(names))
    for name in names:
        assert getattr(pandapon_async, name) is not None, name


def test_every_public_global_is_in_all() -> None:
    public = {
        name
        for name, value in vars(pandapon_async).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name not in NOT_PUBLIC
    }
    assert public - set(pandapon_async.__all__) == set()
    assert set(pandapon_async._LAZY) - set(pandapon_async.__all__) == set()  # names imported on first use


def test_every_error_class_of_the_package_is_exported() -> None:
    modules = [
        importlib.import_module(f"pandapon_async.{info.name}")
        for info in pkgutil.iter_modules(pandapon_async.__path__)
        if info.name not in ("cli", "mock", "generated")
    ]
    errors = {
        name
        for module in modules
        for name, value in vars(module).items()
        if inspect.isclass(value)
        and issubclass(value, PandaPonError)
        and value.__module__ == module.__name__
        and not name.startswith("_")  # private bases, never raised as such
    }
    assert errors - set(pandapon_async.__all__) == set()
    assert {"RepeatedPageError", "ConfigurationError", "PandaPonAPIError"} <= errors


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from pandapon_async import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(pandapon_async.__all__)
