"""The backlog, read at scrape time: ready and unacknowledged messages in Redis, and how long the
oldest waiting job has waited according to PostgreSQL.

Exposed by the API's `/metrics` (any API replica can answer; the values are global, so a query
should take `max`, not `sum`, across replicas).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import redis.asyncio
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from resume_processor.db import applications

log = logging.getLogger(__name__)

# kombu's Redis transport keeps priority N of queue Q in the list `Q\x06\x16N` (N > 0), and the
# unacknowledged (delivered, not yet acked) messages of every queue in the hash `unacked`. With
# the transport option `global_keyprefix`, every key starts with that prefix. The operator's
# demand reader (resume_operator.demand) uses the same keys.
PRIORITY_SEPARATOR = "\x06\x16"
PRIORITIES = range(1, 10)
UNACKED_KEY = "unacked"
READ_TIMEOUT_SECONDS = 2.0


def queue_keys(queue: str, global_keyprefix: str = "") -> list[str]:
    """Every Redis list that may hold ready messages of `queue` (priorities 0-9 cover any
    `priority_steps`, since kombu clamps message priorities to 0-9)."""
    base = f"{global_keyprefix}{queue}"
    return [base, *(f"{base}{PRIORITY_SEPARATOR}{priority}" for priority in PRIORITIES)]


@dataclass(slots=True)
class QueueSnapshot:
    """None marks what could not be read; `up` says which source answered."""

    ready: dict[str, int] | None = None
    unacked: int | None = None
    oldest_waiting_age_seconds: float | None = None
    up: dict[str, bool] = field(default_factory=dict)


async def read_redis(
    client: redis.asyncio.Redis, queues: Sequence[str]
) -> tuple[dict[str, int], int]:
    async with client.pipeline(transaction=False) as pipe:
        for queue in queues:
            for key in queue_keys(queue):
                pipe.llen(key)
        pipe.hlen(UNACKED_KEY)
        lengths = [int(value) for value in await pipe.execute()]
    per_queue = len(PRIORITIES) + 1
    ready = {
        queue: sum(lengths[index * per_queue : (index + 1) * per_queue])
        for index, queue in enumerate(queues)
    }
    return ready, lengths[-1]


async def read_oldest_age(sessionmaker: async_sessionmaker[AsyncSession]) -> float:
    async with sessionmaker() as session:
        age = (await session.execute(applications.oldest_waiting_age_stmt())).scalar()
    return max(float(age), 0.0) if age is not None else 0.0


async def read_snapshot(
    client: redis.asyncio.Redis,
    sessionmaker: async_sessionmaker[AsyncSession],
    queues: Sequence[str],
    timeout_seconds: float = READ_TIMEOUT_SECONDS,
) -> QueueSnapshot:
    """Read both sources concurrently; one being down leaves only its values out."""
    snapshot = QueueSnapshot()
    from_redis, from_db = await asyncio.gather(
        asyncio.wait_for(read_redis(client, queues), timeout_seconds),
        asyncio.wait_for(read_oldest_age(sessionmaker), timeout_seconds),
        return_exceptions=True,
    )
    if isinstance(from_redis, BaseException):
        log.warning("queue metrics: Redis unavailable: %r", from_redis)
        snapshot.up["redis"] = False
    else:
        snapshot.ready, snapshot.unacked = from_redis
        snapshot.up["redis"] = True
    if isinstance(from_db, BaseException):
        log.warning("queue metrics: database unavailable: %r", from_db)
        snapshot.up["database"] = False
    else:
        snapshot.oldest_waiting_age_seconds = from_db
        snapshot.up["database"] = True
    return snapshot


class QueueCollector(Collector):
    """Turns one snapshot into gauges (a new collector per scrape)."""

    def __init__(self, snapshot: QueueSnapshot) -> None:
        self.snapshot = snapshot

    def collect(self) -> Iterator[GaugeMetricFamily]:
        snapshot = self.snapshot
        if snapshot.ready is not None:
            ready = GaugeMetricFamily(
                "resume_queue_messages_ready",
                "Messages waiting in the broker for a worker, priority sub-queues included",
                labels=["queue"],
            )
            for queue, count in snapshot.ready.items():
                ready.add_metric([queue], count)
            yield ready
        if snapshot.unacked is not None:
            yield GaugeMetricFamily(
                "resume_queue_messages_unacked",
                "Messages delivered to a worker and not yet acknowledged (running or reserved)",
                value=snapshot.unacked,
            )
        if snapshot.oldest_waiting_age_seconds is not None:
            yield GaugeMetricFamily(
                "resume_queue_oldest_waiting_age_seconds",
                "Age of the oldest PENDING or QUEUED job (0 when none waits)",
                value=snapshot.oldest_waiting_age_seconds,
            )
        up = GaugeMetricFamily(
            "resume_queue_stats_up",
            "Whether the source of the queue metrics answered the last scrape (1) or not (0)",
            labels=["source"],
        )
        for source, answered in sorted(snapshot.up.items()):
            up.add_metric([source], 1.0 if answered else 0.0)
        yield up
