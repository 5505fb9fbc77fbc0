"""Metrics across processes: uvicorn workers and Celery pool processes share one sample directory.

prometheus_client decides at import time whether it writes samples to memory (one process) or to
files under `PROMETHEUS_MULTIPROC_DIR` (many). The command that starts a multi-process server
(`resumectl api`, `resumectl worker`) calls `prepare_multiprocess_dir` before anything imports
prometheus_client; every process it forks or spawns inherits the variable. Each server instance
gets its own fresh subdirectory, so a restart never adds stale counts and two servers sharing a
base directory never sum each other's samples.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

ENV = "PROMETHEUS_MULTIPROC_DIR"
DEFAULT_BASE = Path(tempfile.gettempdir()) / "resume-processor-metrics"

log = logging.getLogger(__name__)


def multiprocess_enabled() -> bool:
    return bool(os.environ.get(ENV))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def prepare_multiprocess_dir(role: str, base: Path | None = None) -> Path:
    """Create an empty sample directory for this server and export it as PROMETHEUS_MULTIPROC_DIR.

    Directories of earlier instances of `role` whose process is gone are removed; this one is
    removed when the process exits.
    """
    values = sys.modules.get("prometheus_client.values")
    if values is not None and not os.environ.get(ENV):
        raise RuntimeError(
            "prometheus_client was imported before the multi-process directory was set up; "
            "call prepare_multiprocess_dir() first"
        )
    base = (base or DEFAULT_BASE).resolve()
    base.mkdir(parents=True, exist_ok=True)
    for stale in base.glob(f"{role}-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and (int(pid) == os.getpid() or not _alive(int(pid))):
            shutil.rmtree(stale, ignore_errors=True)
    path = base / f"{role}-{os.getpid()}"
    path.mkdir()
    os.environ[ENV] = str(path)
    owner = os.getpid()

    def remove() -> None:
        # Forked children inherit atexit handlers: only the owner removes the directory.
        if os.getpid() == owner:
            shutil.rmtree(path, ignore_errors=True)

    atexit.register(remove)
    return path


def serving_registry() -> CollectorRegistry:
    """What a `/metrics` endpoint collects: the samples of every process of this server."""
    from prometheus_client import REGISTRY, CollectorRegistry
    from prometheus_client.multiprocess import MultiProcessCollector

    if not multiprocess_enabled():
        return REGISTRY
    registry = CollectorRegistry(auto_describe=False)
    MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    return registry


def mark_process_dead(pid: int) -> None:
    """A pool process exited: drop its live-gauge files (its counters stay counted)."""
    if multiprocess_enabled():
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]
