"""Liveness, readiness and metrics."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

from fastapi import APIRouter, Request, Response, status
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from prometheus_client.core import Metric
from prometheus_client.registry import Collector
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool

from resume_processor import queue_stats
from resume_processor.api.deps import RedisDep, SessionDep, SettingsDep, StorageDep
from resume_processor.api.schemas import Readiness
from resume_processor.metrics_process import serving_registry

router = APIRouter(tags=["health"])

CHECK_TIMEOUT_SECONDS = 3.0


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive (no dependency is checked)."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"model": Readiness}})
async def readyz(
    response: Response, session: SessionDep, events: RedisDep, storage: StorageDep
) -> Readiness:
    """The database, the broker and the document store are reachable."""
    checks: dict[str, str] = {}

    async def check(name: str, probe: object) -> None:
        try:
            await asyncio.wait_for(probe, CHECK_TIMEOUT_SECONDS)  # type: ignore[arg-type]
            checks[name] = "ok"
        except Exception as exc:
            checks[name] = f"unavailable: {type(exc).__name__}: {exc}"[:300]

    await check("database", session.execute(text("SELECT 1")))
    await check("broker", events.ping())
    await check("storage", run_in_threadpool(storage.ping))
    ready = all(value == "ok" for value in checks.values())
    if not ready:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return Readiness(status="ready" if ready else "unavailable", checks=checks)


class _Together(Collector):
    def __init__(self, *collectors: Collector) -> None:
        self.collectors = collectors

    def collect(self) -> Iterator[Metric]:
        for collector in self.collectors:
            yield from collector.collect()


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request, settings: SettingsDep, events: RedisDep) -> Response:
    """Prometheus metrics of every process of this API server, plus the queue's backlog."""
    snapshot = await queue_stats.read_snapshot(
        events, request.app.state.sessionmaker, [settings.celery_queue]
    )
    collectors = _Together(serving_registry(), queue_stats.QueueCollector(snapshot))
    # Multi-process collection reads one file per process: keep it off the event loop.
    payload = await run_in_threadpool(generate_latest, collectors)
    return Response(payload, media_type=CONTENT_TYPE_LATEST)
