"""The packaging check of the gate (`make test`, `make check-wheel`): what a user installs works.

1. Builds the sdist and, from it, the wheel (uv build), and checks both with ``twine check --strict``.
2. Checks the wheel's contents and metadata: py.typed and the packaged spec present, the license file shipped,
   no tests, no development tools (generator, linters) and no ``dev`` extra in what users install.
3. In a fresh venv in a temporary directory (outside the checkout, so nothing can import the source tree):
   installs httpx 0.29 first, then the bare wheel with pip, and checks httpx is still 0.29; checks that
   ``pandapon`` and ``python -m pandapon_async.mock`` without their extras print one line naming the extra
   and exit non-zero; installs the wheel with ``[cli,mock]`` (httpx still 0.29), then serves the mock with
   ``python -m pandapon_async.mock``, calls it once with the ``pandapon`` command and once from Python, and
   stops it.

Prints one line per step; exits 1 at the first failure, with what was seen.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UV = [sys.executable, "-m", "uv"]
HTTPX_NEXT = "httpx>=0.29,<0.30"  # a release the generator's own pin (httpx<0.29) excludes from the dev venv
DEV_ONLY = ("openapi-python-client", "ruff", "mypy", "pytest", "respx", "hypothesis", "twine", "uv")
API_CALL = """
import asyncio
from pandapon_async import PandaPonClient
from pandapon_async.generated.api.alibaba_cart import alibaba_list_cart

async def main() -> None:
    async with PandaPonClient() as client:  # PANDAPON_* from the environment: the mock's banner
        result = await alibaba_list_cart.asyncio(client=client)
        print(type(result.data).__name__)

asyncio.run(main())
"""


class CheckFailed(Exception):
    pass


STARTED = time.monotonic()


def step(message: str) -> None:
    print(f"check-wheel: {time.monotonic() - STARTED:5.1f}s {message}", flush=True)


def run(command: list[str], *, cwd: Path, env: dict[str, str] | None = None, expect: int | None = 0) -> str:
    started = time.monotonic()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    if os.environ.get("CHECK_WHEEL_TIMES"):
        print(f"  {time.monotonic() - started:5.1f}s {' '.join(command)[:120]}")
    if expect is not None and result.returncode != expect:
        raise CheckFailed(
            f"{' '.join(command)} exited {result.returncode}, expected {expect}:\n{result.stdout}{result.stderr}"
        )
    return result.stdout + result.stderr


def build(dist: Path) -> tuple[Path, Path]:
    run([*UV, "build", "--quiet", "-o", str(dist)], cwd=ROOT)  # the wheel is built from the sdist
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise CheckFailed(f"expected one wheel and one sdist in {dist}, found {[p.name for p in dist.iterdir()]}")
    run([sys.executable, "-m", "twine", "check", "--strict", str(wheels[0]), str(sdists[0])], cwd=ROOT)
    step(f"built and twine-checked {wheels[0].name} and {sdists[0].name}")
    return wheels[0], sdists[0]


def check_contents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(metadata_name).decode("utf-8")
    required = ["pandapon_async/py.typed", "pandapon_async/generated/openapi.json", "pandapon_async/cli.py"]
    missing = [name for name in required if name not in names]
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        missing.append("*.dist-info/licenses/LICENSE")
    if missing:
        raise CheckFailed(f"the wheel lacks {missing}")
    if stray := [n for n in names if n.startswith(("tests/", "generator/", "bench/", "openapi/"))]:
        raise CheckFailed(f"the wheel ships development files: {stray[:5]}")
    # A requirement outside the `testing` extra (which exists so users can test their own code with pytest and
    # respx) must not be a development tool.
    requires = [
        name
        for name, marker in re.findall(r"^Requires-Dist: ([A-Za-z0-9_.-]+)[^;\n]*(?:;(.*))?$", metadata, re.M)
        if "extra == 'testing'" not in marker and 'extra == "testing"' not in marker
    ]
    extras = re.findall(r"^Provides-Extra: (\S+)", metadata, re.M)
    if leaked := sorted({name for name in requires if name.lower() in DEV_ONLY}):
        raise CheckFailed(f"development tools in the wheel's requirements: {leaked}")
    expected = sorted(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    )
    if "dev" in extras or sorted(extras) != expected:
        raise CheckFailed(f"the wheel's extras are {extras}, expected {', '.join(expected)} (pyproject.toml)")
    for field in ("License-Expression: MIT", "Requires-Python: >=3.11", "Classifier: Typing :: Typed"):
        if field not in metadata:
            raise CheckFailed(f"the wheel's METADATA lacks {field!r}")
    step(f"wheel contents: {len(names)} files, license, py.typed, spec; extras {', '.join(extras)}; no dev tools")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def httpx_version(python: Path, cwd: Path) -> str:
    return run([str(python), "-c", "import httpx; print(httpx.__version__)"], cwd=cwd).strip()


def expect_one_line(command: list[str], *, cwd: Path, needle: str) -> None:
    """Without its extra, a command prints one line naming it and exits non-zero, no traceback."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=60)
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    if result.returncode == 0 or len(lines) != 1 or needle not in lines[0] or "Traceback" in lines[0]:
        raise CheckFailed(f"{' '.join(command)} without its extra: exit {result.returncode}, output {lines}")
    step(f"without its extra, `{Path(command[-1]).name}` exits {result.returncode}: {lines[0]}")


def serve_and_call(venv: Path, work: Path) -> None:
    python, pandapon = venv / "bin" / "python", venv / "bin" / "pandapon"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANDAPON_")}
    log = work / "mock.log"
    with log.open("w") as server_output:
        server = subprocess.Popen(
            [str(python), "-m", "pandapon_async.mock", "--port", str(port)],
            cwd=work,
            env=env,
            stdout=server_output,
            stderr=subprocess.STDOUT,
        )
    try:
        banner = wait_for_banner(server, log, port)
        exports = dict(re.findall(r"export (PANDAPON_[A-Z_]+)=(\S+)", banner))
        if set(exports) != {"PANDAPON_BASE_URL", "PANDAPON_ACCESS_KEY", "PANDAPON_ACCESS_SECRET", "PANDAPON_USER_ID"}:
            raise CheckFailed(f"the mock's banner did not name the four PANDAPON_* settings:\n{banner}")
        env = {**env, **exports}
        output = run([str(pandapon), "call", "alibaba_list_cart"], cwd=work, env=env)
        envelope = json.loads(output[output.index("{") : output.rindex("}") + 1])  # exit 0: a success code
        if not isinstance(envelope.get("data"), dict) or "enableList" not in envelope["data"]:
            raise CheckFailed(f"`pandapon call alibaba_list_cart` against the mock answered {envelope}")
        step(f"`python -m pandapon_async.mock` on 127.0.0.1:{port}; `pandapon call alibaba_list_cart`: exit 0, a cart")
        answer = run([str(python), "-c", API_CALL], cwd=work, env=env).strip()
        if answer != "AlibabaCartListData":
            raise CheckFailed(f"the Python API call against the mock printed {answer!r}")
        step(f"alibaba_list_cart.asyncio(...) from Python against the mock: a parsed {answer}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_for_banner(server: subprocess.Popen[bytes], log: Path, port: int) -> str:
    """Wait until the mock listens on ``port`` and has printed its banner (to ``log``); return the banner."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        seen = log.read_text(encoding="utf-8", errors="replace")
        if server.poll() is not None:
            raise CheckFailed(f"the mock exited {server.returncode}:\n{seen}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0 and "PANDAPON_USER_ID" in seen:
                return seen
        time.sleep(0.1)
    raise CheckFailed(f"the mock did not listen on 127.0.0.1:{port} within 30 s:\n{log.read_text()}")


def check_install(wheel: Path, work: Path) -> None:
    venv = work / "venv"
    # --seed: the venv gets pip, which installs the wheel below as a user would.
    run([*UV, "venv", "--quiet", "--seed", "--python", sys.executable, str(venv)], cwd=work)
    python, pip = venv / "bin" / "python", [str(venv / "bin" / "python"), "-m", "pip", "--quiet"]
    # uv installs what the check only needs present (it is several times faster here); the step the promise is
    # about, installing the wheel into an environment that already has httpx 0.29, is pip's, as a user's would be.
    uv_pip = [*UV, "pip", "install", "--quiet", "--python", str(python)]
    run([*uv_pip, HTTPX_NEXT], cwd=work)
    before = httpx_version(python, work)
    run([*pip, "install", str(wheel)], cwd=work)
    after = httpx_version(python, work)
    if after != before:
        raise CheckFailed(f"pip install of the wheel replaced httpx {before} with {after}")
    run([str(python), "-c", "import pandapon_async, pandapon_async.generated.api.taobao_goods"], cwd=work)
    step(f"fresh venv in {work}: httpx {before} installed first, the bare wheel installed beside it, httpx kept")
    expect_one_line([str(venv / "bin" / "pandapon")], cwd=work, needle='pip install "pandapon-async[cli]"')
    expect_one_line([str(python), "-m", "pandapon_async.mock"], cwd=work, needle='pip install "pandapon-async[mock]"')
    run([*uv_pip, f"{wheel}[cli,mock]"], cwd=work)
    if (extras_httpx := httpx_version(python, work)) != before:
        raise CheckFailed(f"installing the cli and mock extras replaced httpx {before} with {extras_httpx}")
    run([*pip, "check"], cwd=work)
    help_text = run([str(venv / "bin" / "pandapon"), "--help"], cwd=work)
    if "call" not in help_text or "mock" not in help_text:
        raise CheckFailed(f"`pandapon --help` does not list its commands:\n{help_text}")
    step(f"with [cli,mock]: pip check clean, httpx still {before}, `pandapon --help` lists its commands")
    serve_and_call(venv, work)


def main() -> int:
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="pandapon-wheel-"))
    try:
        if work.resolve().is_relative_to(ROOT):
            raise CheckFailed(f"the temporary directory {work} lies inside the checkout")
        wheel, _ = build(work / "dist")
        check_contents(wheel)
        check_install(wheel, work)
    except CheckFailed as failure:
        print(f"check-wheel: FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    step(f"passed in {time.monotonic() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
