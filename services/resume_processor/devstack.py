"""Local PostgreSQL and Redis servers from the machine's binaries, for `make run` and the tests.

Each server gets its own data directory and loopback port, so nothing clashes with a system
installation, and everything started here can be stopped again.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DB_USER = "resumes"
DB_NAME = "resumes"


class DevStackError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def wait_for(check: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise DevStackError(f"{what} did not become ready within {timeout:.0f}s")


def postgres_bindir() -> Path:
    """The newest installed PostgreSQL server's bin directory."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4])
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    raise DevStackError(
        "PostgreSQL server binaries not found; install them with "
        "`apt-get install postgresql` (make setup does this)"
    )


def _as_postgres_user() -> list[str]:
    # PostgreSQL refuses to run as root; as root, run it as the `postgres` system user.
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise DevStackError("running as root needs the `postgres` system user") from exc
    return ["runuser", "-u", "postgres", "--"]


@dataclass
class PostgresServer:
    datadir: Path
    port: int
    fast: bool = False  # fsync off: for throwaway test clusters only

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{DB_USER}@127.0.0.1:{self.port}/{DB_NAME}"

    @property
    def logfile(self) -> Path:
        return self.datadir.parent / f"{self.datadir.name}.log"

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            [*_as_postgres_user(), *args], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise DevStackError(f"{' '.join(args[:2])} failed:\n{result.stdout}{result.stderr}")

    def start(self) -> None:
        bindir = postgres_bindir()
        self.datadir.parent.mkdir(parents=True, exist_ok=True)
        if not (self.datadir / "PG_VERSION").exists():
            self.datadir.mkdir(parents=True, exist_ok=True)
            self._chown(self.datadir)
            self._run(
                str(bindir / "initdb"),
                "-D",
                str(self.datadir),
                "-U",
                DB_USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            )
        self.logfile.touch()
        self._chown(self.logfile)
        options = f"-p {self.port} -k {self.datadir} -c listen_addresses=127.0.0.1"
        if self.fast:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            str(bindir / "pg_ctl"),
            "start",
            "-D",
            str(self.datadir),
            "-w",
            "-t",
            "60",
            "-l",
            str(self.logfile),
            "-o",
            options,
        )
        self._ensure_database()

    def _ensure_database(self) -> None:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={DB_USER} dbname=postgres", autocommit=True
        ) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (DB_NAME,)
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{DB_NAME}"')

    def stop(self) -> None:
        if not (self.datadir / "postmaster.pid").exists():
            return
        with contextlib.suppress(DevStackError):
            self._run(
                str(postgres_bindir() / "pg_ctl"),
                "stop",
                "-D",
                str(self.datadir),
                "-m",
                "fast",
                "-w",
            )

    def is_running(self) -> bool:
        return port_open(self.port)

    def _chown(self, path: Path) -> None:
        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            os.chown(path, entry.pw_uid, entry.pw_gid)
            # The server user must be able to reach its data directory.
            for parent in path.parents:
                if parent == Path("/"):
                    break
                mode = parent.stat().st_mode
                if not mode & 0o001:
                    os.chmod(parent, mode | 0o011)  # noqa: S103 (search bit only, no read)


@dataclass
class RedisServer:
    workdir: Path
    port: int

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def pidfile(self) -> Path:
        return self.workdir / "redis.pid"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise DevStackError(
                "redis-server not found; install it with `apt-get install redis-server` "
                "(make setup does this)"
            )
        self.workdir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.workdir),
                "--daemonize",
                "yes",
                "--pidfile",
                str(self.pidfile),
                "--logfile",
                str(self.workdir / "redis.log"),
                "--save",
                "",
                "--appendonly",
                "yes",
                "--protected-mode",
                "yes",
            ],
            check=True,
        )
        wait_for(lambda: port_open(self.port), f"redis on port {self.port}")

    def stop(self) -> None:
        try:
            pid = int(self.pidfile.read_text().strip())
        except (FileNotFoundError, ValueError):
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        wait_for(lambda: not port_open(self.port), f"redis on port {self.port} to stop", 15)

    def is_running(self) -> bool:
        return port_open(self.port)
