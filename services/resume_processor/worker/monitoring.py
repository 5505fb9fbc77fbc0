"""The worker's `/metrics`: served from the Celery main process, summing every pool process.

Pool processes write their samples to PROMETHEUS_MULTIPROC_DIR (set up by `resumectl worker`
before the pool forks); the main process serves them on WORKER_METRICS_PORT.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from typing import Any

from celery import signals
from prometheus_client import start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from resume_processor.config import get_settings
from resume_processor.metrics_process import (
    mark_process_dead,
    multiprocess_enabled,
    serving_registry,
)

log = logging.getLogger(__name__)


class WorkerPoolCollector(Collector):
    """How many tasks this worker can run at once: the capacity behind the drain-time estimate,
    and absent when no worker is up."""

    def __init__(self, worker: Any) -> None:
        self.worker = worker

    def collect(self) -> Iterator[GaugeMetricFamily]:
        # Read at scrape time: `--concurrency auto` is resolved after worker_init.
        concurrency = getattr(self.worker, "concurrency", None)
        if isinstance(concurrency, int):
            yield GaugeMetricFamily(
                "resume_worker_pool_processes",
                "Pool processes (task slots) of this worker",
                value=concurrency,
            )


@signals.worker_init.connect
def serve_worker_metrics(sender: Any = None, **_: Any) -> None:
    settings = get_settings()
    if not settings.worker_metrics_port:
        return
    pool = getattr(sender, "pool_cls", None)
    pool_name = pool if isinstance(pool, str) else getattr(pool, "__module__", "")
    if not multiprocess_enabled() and "prefork" in pool_name:
        log.warning(
            "PROMETHEUS_MULTIPROC_DIR is not set: task metrics of the pool processes will not be "
            "served; start the worker with `resumectl worker`, or set the variable to an empty "
            "writable directory"
        )
    registry = serving_registry()
    registry.register(WorkerPoolCollector(sender))
    try:
        start_http_server(
            settings.worker_metrics_port, addr=settings.worker_metrics_host, registry=registry
        )
    except OSError as exc:
        log.error(
            "cannot serve worker metrics on %s:%d (%s); set WORKER_METRICS_PORT to a free port, "
            "or 0 to turn the endpoint off",
            settings.worker_metrics_host,
            settings.worker_metrics_port,
            exc,
        )
        return
    log.info(
        "worker metrics on http://%s:%d/metrics",
        settings.worker_metrics_host,
        settings.worker_metrics_port,
    )


@signals.worker_process_shutdown.connect
def forget_pool_process(pid: int | None = None, **_: Any) -> None:
    mark_process_dead(pid or os.getpid())
