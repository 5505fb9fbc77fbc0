"""Engines and sessions: async for the API, sync for workers and the CLI (both psycopg 3)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Engine, create_engine
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session, sessionmaker

from resume_processor.config import Settings, get_settings


def make_sync_engine(settings: Settings) -> Engine:
    return create_engine(
        settings.sync_db_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_seconds,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5},
    )


def make_async_engine(settings: Settings) -> AsyncEngine:
    return create_async_engine(
        settings.async_db_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_seconds,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5},
    )


@lru_cache
def _sync_sessionmaker() -> sessionmaker[Session]:
    return sessionmaker(make_sync_engine(get_settings()), expire_on_commit=False)


def reset_sync_engine() -> None:
    """Forget the process's engine (after a fork, a pool must never be shared with the parent)."""
    if _sync_sessionmaker.cache_info().currsize:
        engine = _sync_sessionmaker().kw["bind"]
        engine.dispose(close=False)
    _sync_sessionmaker.cache_clear()


@contextmanager
def session_scope() -> Iterator[Session]:
    """A unit of work for non-HTTP code: commits on success, rolls back on error."""
    session = _sync_sessionmaker()()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def make_async_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
