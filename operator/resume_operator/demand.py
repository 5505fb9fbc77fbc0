"""Read a WorkerAutoscaler's demand from the Celery broker (Redis).

Demand = ready messages on every key of each watched queue (kombu keeps priority N of queue Q in
the list `Q\\x06\\x16N`; `queue_stats.queue_keys` names them) + messages delivered to a worker and
not yet acknowledged. kombu's Redis transport keeps the latter, for every queue at once, in the hash
`unacked`: delivery tag -> JSON `[message, exchange, routing_key]`. They are attributed to queues
the way kombu routes them: through the exchange's binding set `_kombu.binding.<exchange>` (members
`routing_key\\x06\\x16pattern\\x06\\x16queue`), falling back to the routing key itself. With the
transport option `global_keyprefix`, every one of these keys starts with the prefix.

Busy workers and throughput: the workers record them in Redis (keys and formats:
`resume_processor.worker_activity`, under the same `global_keyprefix`). A worker, for scaling, is
a pod = a Celery node name: `busy_workers` counts the node names with a fresh busy entry for a
watched queue (`busy_processes` counts the processes), and `throughput` is the tasks of the
watched queues completed over the last few minutes, per second, per node that heartbeats and
consumes one of them. Either is None when the workers recorded nothing (workers of an older
version, or none ever ran): the decision then treats every in-flight message as holding its own
worker and sizes by worker slots only, and `Demand.notes` says so.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import redis.asyncio

from resume_processor import worker_activity as activity
from resume_processor.queue_stats import PRIORITY_SEPARATOR, UNACKED_KEY, queue_keys

log = logging.getLogger(__name__)

BINDING_KEY = "_kombu.binding.{exchange}"
NOT_RECORDED = "busy workers and throughput are not recorded by the workers yet"
DEFAULT_BUSY_STALE_SECONDS = 300.0 + activity.BUSY_MARGIN_SECONDS
"""For busy entries written without their own limit: the default hard time limit + margin."""


@dataclass(frozen=True, slots=True)
class Demand:
    ready: dict[str, int]
    """Ready messages per watched queue, every priority sub-queue summed."""
    in_flight: dict[str, int]
    """Delivered, unacknowledged messages per watched queue."""
    busy_workers: int | None = None
    """Worker pods (Celery node names) running a task of a watched queue; None if not recorded."""
    throughput: float | None = None
    """Tasks completed per worker pod per second; None if not recorded."""
    busy_processes: int | None = None
    """Worker processes running a task of a watched queue (several per pod with concurrency)."""
    busy_nodes: frozenset[str] = frozenset()
    """The Celery node names (`celery@<pod name>`) of the busy workers."""
    notes: tuple[str, ...] = field(default=())

    @property
    def total_ready(self) -> int:
        return sum(self.ready.values())

    @property
    def total_in_flight(self) -> int:
        return sum(self.in_flight.values())

    @property
    def total(self) -> int:
        return self.total_ready + self.total_in_flight


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


async def read_ready(
    client: redis.asyncio.Redis, queues: Sequence[str], global_keyprefix: str = ""
) -> dict[str, int]:
    """LLEN of every key of every queue, in one round trip."""
    per_queue = [queue_keys(queue, global_keyprefix) for queue in queues]
    async with client.pipeline(transaction=False) as pipe:
        for keys in per_queue:
            for key in keys:
                pipe.llen(key)
        lengths = [int(value) for value in await pipe.execute()]
    ready: dict[str, int] = {}
    offset = 0
    for queue, keys in zip(queues, per_queue, strict=True):
        ready[queue] = sum(lengths[offset : offset + len(keys)])
        offset += len(keys)
    return ready


def parse_unacked(value: bytes | str) -> tuple[str, str] | None:
    """(exchange, routing_key) of one `unacked` hash value, or None if it cannot be decoded."""
    try:
        message, exchange, routing_key = json.loads(_text(value))
    except (ValueError, TypeError):
        return None
    if not isinstance(exchange, str) or not isinstance(routing_key, str):
        delivery = (message or {}).get("properties", {}).get("delivery_info", {})
        exchange, routing_key = delivery.get("exchange"), delivery.get("routing_key")
    if not isinstance(routing_key, str):
        return None
    return (exchange if isinstance(exchange, str) else ""), routing_key


def route(
    exchange: str, routing_key: str, bindings: set[tuple[str, str, str]], watched: Sequence[str]
) -> str | None:
    """The watched queue an unacked message came from: a binding of its exchange with its
    routing key (kombu's direct routing), else the routing key naming the queue itself."""
    for queue in watched:
        if (exchange, routing_key, queue) in bindings:
            return queue
    if routing_key in watched:
        return routing_key
    return None


async def _bindings(
    client: redis.asyncio.Redis, exchanges: set[str], global_keyprefix: str
) -> set[tuple[str, str, str]]:
    """(exchange, routing_key, queue) of every binding of these exchanges."""
    found: set[tuple[str, str, str]] = set()
    names = sorted(e for e in exchanges if e)
    if not names:
        return found
    async with client.pipeline(transaction=False) as pipe:
        for exchange in names:
            pipe.smembers(global_keyprefix + BINDING_KEY.format(exchange=exchange))
        members = await pipe.execute()
    for exchange, entries in zip(names, members, strict=True):
        for entry in entries:
            parts = _text(entry).split(PRIORITY_SEPARATOR)
            if len(parts) == 3:
                found.add((exchange, parts[0], parts[2]))
    return found


async def read_in_flight(
    client: redis.asyncio.Redis,
    queues: Sequence[str],
    global_keyprefix: str = "",
    unacked_key: str = UNACKED_KEY,
) -> dict[str, int]:
    """Unacknowledged messages of the watched queues (the hash holds every queue's)."""
    routed: list[tuple[str, str]] = []
    async for _tag, value in client.hscan_iter(global_keyprefix + unacked_key, count=500):
        parsed = parse_unacked(value)
        if parsed is None:
            log.warning("demand: an unacked message could not be decoded; not counted")
            continue
        routed.append(parsed)
    bindings = await _bindings(client, {exchange for exchange, _ in routed}, global_keyprefix)
    counts = dict.fromkeys(queues, 0)
    for exchange, routing_key in routed:
        queue = route(exchange, routing_key, bindings, queues)
        if queue is not None:
            counts[queue] += 1
    return counts


async def read_demand(
    client: redis.asyncio.Redis,
    queues: Sequence[str],
    *,
    global_keyprefix: str = "",
    unacked_key: str = UNACKED_KEY,
) -> Demand:
    """Ready and in-flight messages of `queues`; raises redis errors to the caller (the handler
    decides whether to retry)."""
    unique = list(dict.fromkeys(queues))
    ready = await read_ready(client, unique, global_keyprefix)
    in_flight = await read_in_flight(client, unique, global_keyprefix, unacked_key)
    recorded = await read_activity(client, unique, global_keyprefix=global_keyprefix)
    if recorded is None:
        return Demand(ready=ready, in_flight=in_flight, notes=(NOT_RECORDED,))
    return Demand(
        ready=ready,
        in_flight=in_flight,
        busy_workers=len(recorded.busy_nodes),
        throughput=recorded.throughput,
        busy_processes=recorded.busy_processes,
        busy_nodes=recorded.busy_nodes,
    )


@dataclass(frozen=True, slots=True)
class Activity:
    busy_nodes: frozenset[str]
    busy_processes: int
    throughput: float | None


async def read_activity(
    client: redis.asyncio.Redis,
    queues: Sequence[str],
    *,
    global_keyprefix: str = "",
    now: float | None = None,
    window_minutes: int = activity.THROUGHPUT_WINDOW_MINUTES,
    busy_stale_seconds: float = DEFAULT_BUSY_STALE_SECONDS,
) -> Activity | None:
    """Busy worker pods and processes and throughput per pod of the watched queues, or None when
    no worker of them recorded anything recently (no fresh heartbeat or busy entry, and no
    completion in the window). Throughput is None when no pod consuming them heartbeats."""
    now = time.time() if now is None else now
    per_queue = [
        activity.throughput_keys(queue, now, window_minutes, global_keyprefix) for queue in queues
    ]
    async with client.pipeline(transaction=False) as pipe:
        pipe.hgetall(global_keyprefix + activity.BUSY_KEY)
        pipe.hgetall(global_keyprefix + activity.ALIVE_KEY)
        for keys in per_queue:
            if keys:
                pipe.mget(keys)
        busy_raw, alive_raw, *counts = await pipe.execute()
    busy = activity.decode_hash(busy_raw)
    alive = activity.decode_hash(alive_raw)
    completed = sum(int(value) for values in counts for value in values if value is not None)
    nodes, processes = activity.busy_nodes(busy, queues, now, busy_stale_seconds)
    pods = activity.alive_nodes(alive, queues, now) | nodes
    if not pods and not completed:
        return None  # no worker of these queues recorded anything recently
    throughput = (
        completed / activity.window_seconds(now, window_minutes) / len(pods) if pods else None
    )
    return Activity(frozenset(nodes), processes, throughput)
