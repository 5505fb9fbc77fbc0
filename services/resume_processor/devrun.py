"""`resumectl dev up|down`: the whole stack on one machine, state under `.run/`."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from rich.console import Console

from resume_processor.devstack import PostgresServer, RedisServer, port_open, wait_for

console = Console(stderr=True)

RUN_DIR = Path(os.environ.get("RESUME_RUN_DIR", ".run")).resolve()
PG_PORT = int(os.environ.get("DEV_PG_PORT", "55432"))
REDIS_PORT = int(os.environ.get("DEV_REDIS_PORT", "56379"))
API_PORT = int(os.environ.get("DEV_API_PORT", "18000"))
SHARED_RESUMES = Path(__file__).resolve().parents[3] / "shared" / "data" / "resumes"


def _servers() -> tuple[PostgresServer, RedisServer]:
    return PostgresServer(RUN_DIR / "pg", PG_PORT), RedisServer(RUN_DIR / "redis", REDIS_PORT)


def stack_env(postgres: PostgresServer, redis: RedisServer) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DB_URL=postgres.url,
        REDIS_URL=redis.url,
        STORAGE_BACKEND="local",
        LOCAL_STORAGE_DIR=str(RUN_DIR / "storage"),
        CELERY_BEAT_SCHEDULE=str(RUN_DIR / "celerybeat-schedule"),
    )
    return env


def _spawn(name: str, argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    logs = RUN_DIR / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log = (logs / f"{name}.log").open("ab")
    process = subprocess.Popen(
        argv, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    (RUN_DIR / f"{name}.pid").write_text(str(process.pid))
    return process


def run_stack(*, upload_samples: bool = True) -> None:
    postgres, redis = _servers()
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    if port_open(API_PORT):
        raise SystemExit(f"port {API_PORT} is busy; is the stack already running? (make stop)")
    interrupted = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal interrupted
        interrupted = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    # Explicitly: a shell starting us in the background would otherwise leave SIGINT ignored.
    signal.signal(signal.SIGINT, on_signal)
    try:
        with console.status("starting PostgreSQL and Redis"):
            if not postgres.is_running():
                postgres.start()
            if not redis.is_running():
                redis.start()
        env = stack_env(postgres, redis)
        with console.status("migrating the database"):
            subprocess.run(
                [sys.executable, "-m", "resume_processor.cli", "migrate"],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        cli = [sys.executable, "-m", "resume_processor.cli"]
        api = _spawn("api", [*cli, "api", "--port", str(API_PORT)], env)
        worker = _spawn("worker", [*cli, "worker", "--beat"], env)
        api_url = f"http://127.0.0.1:{API_PORT}"
        with console.status("waiting for the API"):
            wait_for(lambda: _healthy(api_url), "the API", timeout=60)
        if upload_samples:
            _upload_samples(api_url)
        console.print(
            f"\n[bold green]Stack running[/bold green]\n"
            f"  API       {api_url}   (docs {api_url}/docs, metrics {api_url}/metrics)\n"
            f"  Postgres  {postgres.url}\n  Redis     {redis.url}\n"
            f"  Logs      {RUN_DIR / 'logs'}\n"
            f"Upload more with: .venv/bin/resumectl upload FILE --wait\n"
            f"Press Ctrl-C here, or run `make stop`, to stop everything."
        )
        while api.poll() is None and worker.poll() is None:
            time.sleep(1)
        if (RUN_DIR / "stopping").exists():
            console.print("stopped by `make stop`")
        else:
            dead = "API" if api.poll() is not None else "worker"
            console.print(f"[red]the {dead} exited; see {RUN_DIR / 'logs'}[/red]")
    except KeyboardInterrupt:
        pass
    finally:
        console.print("stopping the stack" + (" (SIGTERM)" if interrupted else ""))
        stop_stack()


def _healthy(api_url: str) -> bool:
    try:
        return httpx.get(f"{api_url}/healthz", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


def _upload_samples(api_url: str) -> None:
    from resume_processor.cli import print_results, upload_files
    from resume_processor.samples import write_samples

    paths = write_samples(RUN_DIR / "samples")
    if SHARED_RESUMES.is_dir():
        paths += sorted(SHARED_RESUMES.glob("*/*.pdf"))
    results = upload_files(paths, api_url, wait=True, timeout=300)
    print_results(results)


def stop_stack() -> None:
    marker = RUN_DIR / "stopping"
    if RUN_DIR.is_dir():
        marker.touch()
    for name in ("api", "worker"):
        pidfile = RUN_DIR / f"{name}.pid"
        try:
            pid = int(pidfile.read_text())
        except (FileNotFoundError, ValueError):
            continue
        with contextlib.suppress(ProcessLookupError):
            # SIGTERM: the worker finishes its current task (warm shutdown).
            os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
        pidfile.unlink(missing_ok=True)
    postgres, redis = _servers()
    redis.stop()
    postgres.stop()
    marker.unlink(missing_ok=True)
    console.print("stopped")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie child of ours still answers kill(0); reap it if it is ours.
    with contextlib.suppress(ChildProcessError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        return done == 0
    return True
