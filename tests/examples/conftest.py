"""Shared fixtures for the example tests: loading example modules and real services.

Services (redis-server, PostgreSQL) are started on 127.0.0.1, on free ports, in
temporary directories, once per test session, and always stopped afterwards. When a
binary is missing the tests that need it are skipped with the reason, unless
CI=true, where a missing service is a failure.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = REPO_ROOT / "examples"
IN_CI = os.environ.get("CI", "").lower() == "true"


def skip_or_fail(reason: str) -> None:
    """Skip locally, fail in CI: CI must never silently skip a service test."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true, so this is a failure, not a skip)")
    pytest.skip(reason)


def load_example(relative_path: str) -> ModuleType:
    """Import examples/<relative_path> as a top-level module named after the file.

    The example's directory goes on sys.path, as when running `python file.py`
    there, so sibling imports work and child processes can import it too.
    """
    path = EXAMPLES / relative_path
    if not path.is_file():
        raise FileNotFoundError(path)
    directory = str(path.parent)
    name = path.stem.replace(".", "_")  # gunicorn.conf.py -> gunicorn_conf
    if name == "__init__":  # a package: import it under the package's name
        name = path.parent.name
        directory = str(path.parent.parent)
    if directory not in sys.path:
        sys.path.insert(0, directory)
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # before exec: dataclasses and pickle look it up
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


@pytest.fixture(scope="session")
def example() -> Callable[[str], ModuleType]:
    return load_example


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early with code {process.returncode}")
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=0.5),
        ):
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port} after {timeout}s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


# ---------------------------------------------------------------------- Redis


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A throwaway redis-server: no persistence, bound to 127.0.0.1 only."""
    binary = shutil.which("redis-server")
    if binary is None:
        skip_or_fail("redis-server not found on PATH (apt-get install redis-server)")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="examples-redis-") as workdir:
        process = subprocess.Popen(
            [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", workdir,
             "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            wait_for_port(port, process)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            stop(process)


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[object]:
    import redis

    client = redis.Redis.from_url(redis_url, socket_timeout=5)
    client.flushdb()  # every test starts with an empty database
    yield client
    client.close()


# ----------------------------------------------------------------- PostgreSQL


@dataclass(frozen=True)
class Postgres:
    conninfo: str
    port: int


def find_postgres_bin() -> Path | None:
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    return candidates[0].parent if candidates else None


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """A throwaway PostgreSQL cluster with trust auth on 127.0.0.1 only.

    PostgreSQL refuses to run as root, so as root the server runs as `postgres`.
    """
    bindir = find_postgres_bin()
    if bindir is None:
        skip_or_fail("PostgreSQL server binaries (pg_ctl, initdb) not found")
    run_as: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            skip_or_fail(
                "running as root and `runuser` is missing: cannot start postgres"
            )
        run_as = [runuser, "-u", "postgres", "--"]
    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="examples-pg-"))
    datadir = workdir / "data"
    if run_as:
        shutil.chown(workdir, user="postgres", group="postgres")

    def run(*args: str) -> None:
        subprocess.run([*run_as, *args], check=True, capture_output=True, timeout=60)

    started = False
    try:
        run(str(bindir / "initdb"), "-D", str(datadir), "-U", "postgres",
            "--auth=trust", "--encoding=UTF8", "--no-sync")  # fmt: skip
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {workdir} -c fsync=off"
        run(str(bindir / "pg_ctl"), "-D", str(datadir), "-o", options,
            "-l", str(workdir / "server.log"), "-w", "-t", "30", "start")  # fmt: skip
        started = True
        yield Postgres(
            f"host=127.0.0.1 port={port} user=postgres dbname=postgres", port
        )
    except subprocess.CalledProcessError as exc:
        log = workdir / "server.log"
        details = log.read_text(errors="replace") if log.exists() else ""
        raise RuntimeError(
            f"starting PostgreSQL failed: {exc.stderr!r}\n{details}"
        ) from exc
    finally:
        if started:
            with contextlib.suppress(subprocess.SubprocessError):
                run(
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(datadir),
                    "-m",
                    "fast",
                    "-w",
                    "stop",
                )
        shutil.rmtree(workdir, ignore_errors=True)
