"""Install pandapon-async's wheel with the `fast` and `testing` extras into a fresh virtual environment outside
the repository, copy this sample project next to it, and run the project's tests there.

    python examples/user_project/run_in_fresh_venv.py [--wheel dist/pandapon_async-*.whl] [--workdir DIR]

Without ``--wheel`` it builds the wheel from the repository first. No PANDAPON_* variable is passed on, and no
backend is chosen: the tests run as a new user's CI would. Exits with pytest's exit code.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

PROJECT = Path(__file__).resolve().parent
REPO = PROJECT.parent.parent


def build_wheel(into: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(into), str(REPO)], check=True
    )
    (wheel,) = into.glob("pandapon_async-*.whl")
    return wheel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="the wheel to install (default: build one from the repository)")
    parser.add_argument("--workdir", type=Path, help="where to put the venv and the project (default: a temp dir)")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="pandapon-user-project-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if REPO in workdir.resolve().parents or workdir.resolve() == REPO:
        parser.error("--workdir must be outside the repository")
    wheel = args.wheel.resolve() if args.wheel else build_wheel(workdir / "dist")
    env_dir = workdir / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", f"{wheel}[fast,testing]"], check=True)
    project = workdir / "user_project"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache", "run_in_*.py"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PANDAPON_", "PYTHON", "VIRTUAL_ENV"))}
    command = [str(python), "-m", "pytest", "-p", "no:cacheprovider", "-rA"]
    return subprocess.run(command, cwd=project, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
