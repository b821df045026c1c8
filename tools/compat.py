"""The compatibility matrix (`make compat`): the test suite on every supported Python and dependency range.

Cells: each supported Python found on this machine (3.11, 3.12, 3.13 are required; 3.14 runs when present) with
the newest versions the ranges in pyproject.toml allow, and the oldest supported Python with the lowest versions
they allow (uv's lowest-direct resolution: every runtime dependency and extra at its lower bound, what those pull
in at its newest). Each cell runs once with and once without the optional backends (the ``fast`` extra's wreq
and the ``aiohttp`` extra). The test tools (the ``test`` dependency group) are resolved at their newest,
constrained by the cell's runtime versions, so a lowest cell tests the package's lower bounds and nothing else;
the cell then checks that each direct dependency really sits at its declared lower bound (a bound the resolver
cannot reach is a bound that is not tested).

Lint, types and the generated-code check are not repeated here: they run once in `make test`. In a cell without
an extra, a test module or a test helper that itself imports one of the extra's modules is skipped
(compat_pytest_plugin.py); the package importing it is still a failure.

Environments live in build/compat/<cell> and are reused: each run re-resolves (uv's cache makes that a fraction
of a second) and `uv pip sync`s the environment to exactly the resolution.

    python tools/compat.py              all cells
    python tools/compat.py --list       the cells and the interpreters found
    python tools/compat.py -k lowest    the cells whose name contains "lowest"
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
ENVS = ROOT / "build" / "compat"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# The Python versions the classifiers promise must all be found and pass; the next one runs too when present.
CLASSIFIED = re.compile(r"^Programming Language :: Python :: (3\.\d+)$")
REQUIRED_PYTHONS = tuple(m.group(1) for c in PYPROJECT["classifiers"] if (m := CLASSIFIED.match(c)))
OPTIONAL_PYTHONS = (f"3.{max(int(v.split('.')[1]) for v in REQUIRED_PYTHONS) + 1}",)
ALWAYS_EXTRAS = ("mock", "cli", "redis")  # the suite's mock, webhook, inbox and CLI tests need them in every cell
OPTIONAL_EXTRAS = ("fast", "aiohttp")  # the optional backends (wreq, aiohttp): a "fast" cell has both, "nofast" neither
UV = [sys.executable, "-m", "uv"]


@dataclass(frozen=True)
class Cell:
    python: str  # "3.12"
    interpreter: str
    resolution: str  # "highest" or "lowest-direct"
    fast: bool

    @property
    def name(self) -> str:
        kind = "newest" if self.resolution == "highest" else "lowest"
        return f"py{self.python}-{kind}-{'fast' if self.fast else 'nofast'}"

    @property
    def extras(self) -> tuple[str, ...]:
        return (*ALWAYS_EXTRAS, *OPTIONAL_EXTRAS) if self.fast else ALWAYS_EXTRAS


@dataclass
class Outcome:
    cell: Cell
    ok: bool
    seconds: float
    summary: str
    versions: dict[str, str]
    pytest_cpu: float = 0.0  # the pytest process's CPU seconds: comparable when the machine is busy


def _interpreter(candidate: str, version: str) -> str | None:
    """The real executable behind ``candidate`` (a pyenv shim answers with it) when it runs Python ``version``."""
    try:
        result = subprocess.run(
            [candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2], sys.executable)"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except OSError:
        return None
    answer = result.stdout.split(maxsplit=1)
    if result.returncode != 0 or len(answer) != 2 or answer[0] != version:
        return None
    return answer[1].strip()


def find_python(version: str) -> str | None:
    """An interpreter for ``version``: on PATH, else in pyenv's versions, else one uv knows (never downloaded)."""
    candidates: list[str] = []
    if on_path := shutil.which(f"python{version}"):
        candidates.append(on_path)
    pyenv_root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    # pyenv's shims answer only for the selected versions, so look in its versions directory too; newest patch first.
    found = glob.glob(f"{pyenv_root}/versions/{version}.*/bin/python{version}")
    candidates += sorted(found, key=lambda p: Version(Path(p).parent.parent.name.split("-")[0]), reverse=True)
    uv_find = subprocess.run([*UV, "python", "find", "--no-python-downloads", version], capture_output=True, text=True)
    if uv_find.returncode == 0:
        candidates.append(uv_find.stdout.strip())
    for candidate in candidates:
        if executable := _interpreter(candidate, version):
            return executable
    return None


def build_cells(pythons: dict[str, str]) -> list[Cell]:
    cells = [Cell(v, exe, "highest", fast) for v, exe in pythons.items() for fast in (True, False)]
    oldest = min(pythons, key=Version)
    cells += [Cell(oldest, pythons[oldest], "lowest-direct", fast) for fast in (True, False)]
    return cells


def direct_requirements(extras: tuple[str, ...]) -> list[Requirement]:
    """The runtime dependencies and the given extras' requirements, as pyproject.toml declares them."""
    lines = list(PYPROJECT["dependencies"])
    for extra in extras:
        lines += PYPROJECT["optional-dependencies"][extra]
    unique: dict[str, Requirement] = {}
    for line in lines:
        requirement = Requirement(line)
        unique.setdefault(requirement.name, requirement)
    return list(unique.values())


def lower_bound(requirement: Requirement) -> Version | None:
    bounds = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==", "~=")]
    return max(bounds) if bounds else None


def _uv(args: list[str], log: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never", "VIRTUAL_ENV": ""}
    result = subprocess.run([*UV, *args], capture_output=True, text=True, cwd=ROOT, env=env)
    log.append(f"$ uv {' '.join(args)}\n{result.stdout}{result.stderr}")
    if result.returncode != 0:
        raise RuntimeError(f"uv {args[0]} {args[1]} failed:\n{result.stderr.strip()}")
    return result


def prepare(cell: Cell, log: list[str]) -> Path:
    """Resolve and install the cell's versions; once more with fresh index data if the index changed under it."""
    try:
        return _prepare(cell, log, refresh=False)
    except RuntimeError:
        # A release published a moment ago can be listed by one index answer and missing from the next.
        return _prepare(cell, log, refresh=True)


def _prepare(cell: Cell, log: list[str], *, refresh: bool) -> Path:
    """Resolve the cell's versions; reuse its venv when they are what it already holds, else build it afresh."""
    env = ENVS / cell.name
    python = env / "bin" / "python"
    resolved = ENVS / f"{cell.name}.resolved"
    extras = [arg for extra in cell.extras for arg in ("--extra", extra)]
    runtime, tests = ENVS / f"{cell.name}.runtime.txt", ENVS / f"{cell.name}.test.txt"
    for output in (runtime, tests):
        output.unlink(missing_ok=True)  # uv pip compile keeps the pins of an existing output file
    common = ["--python", cell.interpreter, "--quiet", "--no-header", "--no-annotate", *(["--refresh"] * refresh)]
    _uv(
        ["pip", "compile", "pyproject.toml", *extras, "--resolution", cell.resolution, "-o", str(runtime), *common], log
    )
    # The test tools at their newest, without moving any runtime version the resolution above chose.
    _uv(["pip", "compile", "--group", "pyproject.toml:test", "-c", str(runtime), "-o", str(tests), *common], log)
    # The resolution, and pyproject.toml itself (its entry points and package layout shape the editable install).
    project = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    wanted = f"# pyproject.toml {project}\n" + runtime.read_text(encoding="utf-8") + tests.read_text(encoding="utf-8")
    reusable = _interpreter(str(python), cell.python) is not None and resolved.exists()
    if reusable and resolved.read_text(encoding="utf-8") == wanted:
        log.append("environment reused: same resolution as last run")
        return python
    # A fresh venv rather than a sync over the old one: some distributions share files (typer and typer-slim
    # both install typer/), and uninstalling one of them would break the other.
    resolved.unlink(missing_ok=True)
    _uv(["venv", "--quiet", "--clear", "--python", cell.interpreter, str(env)], log)
    _uv(["pip", "sync", "--python", str(python), "--quiet", *(["--refresh"] * refresh), str(runtime), str(tests)], log)
    _uv(["pip", "install", "--python", str(python), "--quiet", "--no-deps", "-e", "."], log)
    resolved.write_text(wanted, encoding="utf-8")
    return python


def installed_versions(python: Path, names: list[str]) -> dict[str, str]:
    code = "import importlib.metadata as m, json, sys\nprint(json.dumps({n: m.version(n) for n in sys.argv[1:]}))"
    result = subprocess.run([str(python), "-c", code, *names], capture_output=True, text=True, check=True)
    versions: dict[str, str] = json.loads(result.stdout)
    return versions


def bounds_not_reached(cell: Cell, versions: dict[str, str]) -> list[str]:
    """In a lowest cell: the direct requirements the resolver did not install at their declared lower bound."""
    problems = []
    for requirement in direct_requirements(cell.extras):
        bound = lower_bound(requirement)
        if bound is not None and Version(versions[requirement.name]) != bound:
            problems.append(
                f"{requirement.name}: declared >={bound} but the lowest resolution installs "
                f"{versions[requirement.name]} (raise the bound to what is tested)"
            )
    return problems


def held_back(cell: Cell, versions: dict[str, str], log: list[str]) -> list[str]:
    """In a newest cell: the direct requirements installed below the version they would get with no range at all.

    An upper bound (or a lower bound of one dependency that excludes another's newest release) shows up here;
    both resolutions share the interpreter, so a release that drops this Python does not.
    """
    requirements = direct_requirements(cell.extras)
    names, unbounded = ENVS / f"{cell.name}.names.txt", ENVS / f"{cell.name}.unbounded.txt"
    names.write_text("".join(f"{r.name}\n" for r in requirements), encoding="utf-8")
    unbounded.unlink(missing_ok=True)
    common = ["--python", cell.interpreter, "--quiet", "--no-header", "--no-annotate"]
    _uv(["pip", "compile", str(names), "-o", str(unbounded), *common], log)
    newest = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", unbounded.read_text(encoding="utf-8"), re.M))
    normalized = {name.lower().replace("_", "-"): version for name, version in newest.items()}
    problems = []
    for requirement in requirements:
        available = normalized.get(requirement.name.lower().replace("_", "-"))
        if available is not None and Version(versions[requirement.name]) < Version(available):
            problems.append(
                f"{requirement.name}: {available} is released but the ranges install {versions[requirement.name]}"
                " (a bound holds it back)"
            )
    return problems


def run_cell(cell: Cell, pytest_args: list[str]) -> Outcome:
    started = time.monotonic()
    log: list[str] = []
    versions: dict[str, str] = {}
    try:
        python = prepare(cell, log)
        names = [r.name for r in direct_requirements(cell.extras)]
        versions = installed_versions(python, names)
        if cell.resolution == "highest":
            problems = held_back(cell, versions, log)
        else:
            problems = bounds_not_reached(cell, versions)
        if problems:
            (ENVS / f"{cell.name}.log").write_text("\n".join(log), encoding="utf-8")
            return Outcome(cell, False, time.monotonic() - started, "; ".join(problems), versions)
        absent = _absent_modules(cell)
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT / "tools"),
            "PANDAPON_COMPAT_ABSENT_MODULES": ",".join(absent),
            "PANDAPON_COMPAT_ABSENT_EXTRAS": "" if cell.fast else ",".join(OPTIONAL_EXTRAS),
            "PANDAPON_COMPAT_CELL": cell.name,
        }
        env.pop("VIRTUAL_ENV", None)
        command = [str(python), "-m", "pytest", "-rs", "-p", "compat_pytest_plugin", "-p", "no:cacheprovider"]
        output_path = ENVS / f"{cell.name}.pytest.txt"
        with output_path.open("w", encoding="utf-8") as output:
            process = subprocess.Popen(
                [*command, *pytest_args], stdout=output, stderr=subprocess.STDOUT, cwd=ROOT, env=env
            )
            _, status, usage = os.wait4(process.pid, 0)
        returncode = os.waitstatus_to_exitcode(status)
        pytest_output = output_path.read_text(encoding="utf-8")
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        (ENVS / f"{cell.name}.log").write_text("\n".join(log), encoding="utf-8")
        return Outcome(cell, False, time.monotonic() - started, f"setup failed: {exc}", versions)
    seconds = time.monotonic() - started
    (ENVS / f"{cell.name}.log").write_text("\n".join([*log, pytest_output]), encoding="utf-8")
    totals = [line for line in pytest_output.splitlines() if re.search(r"\d+ (passed|failed|errors?|skipped)", line)]
    summary = re.sub(r"=+", "", totals[-1]).strip() if totals else "no pytest summary (see the log)"
    cpu = usage.ru_utime + usage.ru_stime
    return Outcome(cell, returncode == 0, seconds, summary, versions, cpu)


# The generator is a development tool (and caps httpx below 0.29): the cells leave it out, with the
# generated-code check, and skip the tests that import it.
DEV_ONLY_MODULES = ("openapi_python_client",)


def _absent_modules(cell: Cell) -> list[str]:
    """The modules this cell lacks on purpose (what the pytest plugin may skip on): the generator, the backends."""
    if cell.fast:
        return list(DEV_ONLY_MODULES)
    requirements = [line for extra in OPTIONAL_EXTRAS for line in PYPROJECT["optional-dependencies"][extra]]
    return sorted({*DEV_ONLY_MODULES, *(Requirement(line).name.replace("-", "_") for line in requirements)})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show the cells and interpreters, run nothing")
    parser.add_argument("-k", dest="select", help="run only the cells whose name contains this text")
    parser.add_argument("--jobs", type=int, default=2, help="cells run at once (default 2)")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)

    pythons: dict[str, str] = {}
    missing = []
    for version in (*REQUIRED_PYTHONS, *OPTIONAL_PYTHONS):
        if found := find_python(version):
            pythons[version] = found
        elif version in REQUIRED_PYTHONS:
            missing.append(version)
    if missing:
        print(f"compat: no interpreter found for Python {', '.join(missing)} (PATH, pyenv, uv)", file=sys.stderr)
        return 2
    cells = [c for c in build_cells(pythons) if not args.select or args.select in c.name]
    if args.list:
        for cell in cells:
            print(f"{cell.name:28} {cell.interpreter}")
        return 0

    ENVS.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    print(f"compat: {len(cells)} cells on Python {', '.join(pythons)}, {args.jobs} at a time", flush=True)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = []
        for outcome in pool.map(lambda c: run_cell(c, args.pytest_args), cells):
            outcomes.append(outcome)
            mark = "ok  " if outcome.ok else "FAIL"
            timing = f"{outcome.seconds:6.1f}s (pytest cpu {outcome.pytest_cpu:5.1f}s)"
            print(f"{mark} {outcome.cell.name:22} {timing}  {outcome.summary}", flush=True)
            if not outcome.ok:
                print(f"     log: {(ENVS / outcome.cell.name).relative_to(ROOT)}.log", flush=True)
    for outcome in outcomes:
        pins = ", ".join(f"{name} {version}" for name, version in outcome.versions.items())
        print(f"  {outcome.cell.name}: {pins}")
    failed = [o.cell.name for o in outcomes if not o.ok]
    print(f"compat: {len(outcomes) - len(failed)}/{len(outcomes)} cells passed in {time.monotonic() - started:.0f}s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
