"""Building test tools from Go modules (tests/k8s/binaries.py, tests/deploy/gotool.py): the
environment, a logged `go` command at the lowest CPU priority, and a lock so parallel test
processes build once."""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    env["GOFLAGS"] = "-trimpath -buildvcs=false -mod=mod"
    env["CGO_ENABLED"] = "0"
    env["GOTOOLCHAIN"] = "local"  # never fetch another Go: fail clearly instead
    return env


def run_go(args: list[str], cwd: Path, log: Path) -> str:
    """Run a go command at the lowest CPU priority; append its output to `log`."""
    cmd = ["nice", "-n", "19", *args] if shutil.which("nice") else args
    with log.open("a") as fh:
        fh.write(f"$ (cd {cwd} && {' '.join(args)})\n")
        fh.flush()
        proc = subprocess.run(
            cmd, cwd=cwd, env=go_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        fh.write(proc.stdout)
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-30:])
        raise RuntimeError(f"`{' '.join(args)}` failed (exit {proc.returncode}):\n{tail}")
    return proc.stdout


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` (created) for the duration of the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build_main(
    argv: list[str] | None,
    description: str,
    build: Callable[[bool], Path],
    built_path: Callable[[], Path],
    is_built: Callable[[], bool],
    what: str,
) -> int:
    """The command line of a build script: build (or `--force` rebuild) and print the path, or
    `--print-path` only (exit 1 when it is not built yet)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--print-path", action="store_true", help="print the path and exit")
    parser.add_argument("--force", action="store_true", help=f"rebuild {what}")
    args = parser.parse_args(argv)
    if args.print_path:
        print(built_path())
        return 0 if is_built() else 1
    try:
        print(build(args.force))
    except RuntimeError as exc:
        print(f"[{what}] FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0
