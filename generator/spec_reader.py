"""The package's own spec reader (``src/pandapon_async/_spec.py``), for the generator scripts.

Loaded by file path rather than imported through the package, so that the generator still runs while the
package itself cannot be imported (e.g. halfway through a regeneration). Every question about the spec is
answered there; the scripts here only load the YAML source and render or check.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
READER_PATH = ROOT / "src" / "pandapon_async" / "_spec.py"
MODULE_NAME = "pandapon_spec_reader"


def _load() -> ModuleType:
    if MODULE_NAME in sys.modules:
        return sys.modules[MODULE_NAME]
    spec = importlib.util.spec_from_file_location(MODULE_NAME, READER_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[MODULE_NAME] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


spec_reader = _load()
