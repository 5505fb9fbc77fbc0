"""The FastAPI application: `uvicorn resume_processor.api.app:create_app --factory`."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import redis.asyncio
from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from resume_processor import __version__
from resume_processor.api.instrumentation import RequestMetricsMiddleware
from resume_processor.api.routes import health, resumes
from resume_processor.config import Settings, get_settings
from resume_processor.db.session import make_async_engine, make_async_sessionmaker
from resume_processor.metrics_process import mark_process_dead
from resume_processor.storage import make_storage
from resume_processor.worker.celery_app import make_celery

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_async_engine(settings)
        app.state.settings = settings
        app.state.sessionmaker = make_async_sessionmaker(engine)
        app.state.storage = make_storage(settings)
        app.state.celery = make_celery(settings)
        app.state.redis = redis.asyncio.Redis.from_url(
            settings.redis_url, socket_connect_timeout=2, socket_timeout=5
        )
        try:
            yield
        finally:
            await app.state.redis.aclose()
            await engine.dispose()
            mark_process_dead(os.getpid())

    app = FastAPI(
        title="AI Resume Processor",
        version=__version__,
        summary="Upload resumes; get structured, searchable candidate records.",
        lifespan=lifespan,
    )
    app.include_router(resumes.router)
    app.include_router(health.router)
    app.add_middleware(RequestMetricsMiddleware)

    async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
        log.error("database error on %s %s: %s", request.method, request.url.path, exc)
        return JSONResponse(
            {"detail": "the database is unavailable; try again shortly"},
            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": "5"},
        )

    app.add_exception_handler(DBAPIError, database_unavailable)
    app.add_exception_handler(PoolTimeout, database_unavailable)

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(
            {"detail": "internal error; it has been logged"},
            status_code=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )

    return app
