"""Start the service's real processes (uvicorn API, Celery worker) for tests, and stop them."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from resume_processor.devstack import free_port, wait_for


@dataclass
class ServiceProcess:
    name: str
    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int | None:
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)
            try:
                return self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                return self.process.wait(10)
        return self.process.returncode

    def kill(self) -> None:
        """SIGKILL the whole process group, as when a node disappears."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)


@dataclass
class StackConfig:
    """Environment for one API + worker pair; a unique queue keeps pairs from sharing work."""

    db_url: str
    redis_url: str
    workdir: Path
    queue: str = field(default_factory=lambda: f"resumes-{uuid.uuid4().hex[:8]}")
    extra: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            ENVIRONMENT="test",
            DB_URL=self.db_url,
            REDIS_URL=self.redis_url,
            CELERY_QUEUE=self.queue,
            STORAGE_BACKEND="local",
            LOCAL_STORAGE_DIR=str(self.workdir / "storage"),
            CELERY_BEAT_SCHEDULE=str(self.workdir / f"beat-{uuid.uuid4().hex[:6]}"),
            DB_POOL_SIZE="2",
            WORKER_CONCURRENCY="1",
            # Many workers run at once in the suite: no fixed metrics port unless a test asks.
            WORKER_METRICS_PORT="0",
            HF_HUB_OFFLINE="1",
            TRANSFORMERS_OFFLINE="1",
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra)
        return env


# Every process a test started, so the session can stop stragglers whatever a test did.
SPAWNED: list[ServiceProcess] = []


def stop_all() -> None:
    for process in SPAWNED:
        process.stop(timeout=10)
    SPAWNED.clear()


def _spawn(name: str, argv: list[str], env: dict[str, str], workdir: Path) -> ServiceProcess:
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / f"{name}-{uuid.uuid4().hex[:6]}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    spawned = ServiceProcess(name, process, log)
    SPAWNED.append(spawned)
    return spawned


def start_api(config: StackConfig, *, workers: int | None = None) -> tuple[ServiceProcess, str]:
    """uvicorn on a free port; with `workers`, through `resumectl api --workers N` (several
    processes sharing one metrics directory)."""
    port = free_port()
    argv = [
        sys.executable,
        "-m",
        "uvicorn",
        "resume_processor.api.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    if workers is not None:
        argv = [sys.executable, "-m", "resume_processor.cli", "api", "--host", "127.0.0.1",
                "--port", str(port), "--workers", str(workers)]  # fmt: skip
    api = _spawn("api", argv, config.env(), config.workdir)
    url = f"http://127.0.0.1:{port}"

    wait_until_serving(api, f"{url}/healthz", "the API")
    return api, url


def wait_until_serving(process: ServiceProcess, url: str, what: str, timeout: float = 60) -> None:
    """Wait for `url` to answer 200, failing at once (with its log) if the process dies."""

    def serving() -> bool:
        if not process.alive():
            raise RuntimeError(f"{what} exited during start-up:\n{process.output()}")
        try:
            return httpx.get(url, timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    wait_for(serving, what, timeout=timeout)


def start_worker(
    config: StackConfig, *, beat: bool = False, concurrency: int = 1
) -> ServiceProcess:
    argv = [
        sys.executable,
        "-m",
        "resume_processor.cli",
        "worker",
        "--concurrency",
        str(concurrency),
        "--hostname",
        f"test-{uuid.uuid4().hex[:8]}@%h",
        "--without-mingle",
        "--without-gossip",
    ]
    if beat:
        argv.insert(4, "--beat")
    worker = _spawn("worker", argv, config.env(), config.workdir)

    def ready() -> bool:
        if not worker.alive():
            raise RuntimeError(f"the worker exited during start-up:\n{worker.output()}")
        return " ready." in worker.output()

    wait_for(ready, "the Celery worker", timeout=120)
    return worker


@contextlib.contextmanager
def running(*processes: ServiceProcess) -> Iterator[None]:
    try:
        yield
    finally:
        for process in processes:
            process.stop()


def wait_for_status(
    client: httpx.Client, application_id: str, statuses: set[str], timeout: float = 120
) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    record: dict[str, object] = {}
    while time.monotonic() < deadline:
        response = client.get(f"/resumes/{application_id}")
        response.raise_for_status()
        record = response.json()
        if record["status"] in statuses:
            return record
        time.sleep(0.2)
    raise AssertionError(
        f"{application_id} still {record.get('status')} after {timeout}s: {record}"
    )
