"""What the workers record in Redis about themselves, for the operator's WorkerAutoscaler: which
worker processes are busy right now, which are alive, and how many tasks each queue completed
per minute. No Prometheus needed; the operator reads it with `resume_operator.demand`.

Keys (every one starts with kombu's transport option `global_keyprefix`, like the broker's own):

- `resume:workers:busy` (hash): field `<nodename>:<pid>` (the Celery node name, e.g.
  `celery@worker-pod-abc`, so one pod is one node name), value
  `<queue>|<unix ts started>|<stale after seconds>`. Set when a task starts (`task_prerun`),
  deleted when it ends (`task_postrun`) or the process exits. An entry older than its
  "stale after" (the hard time limit + a margin: a process killed without cleaning up) is ignored
  by readers and pruned by the workers' heartbeat.
- `resume:workers:alive` (hash): field `<nodename>:<pid>`, value `<unix ts last seen>|<queue>,...`
  (the queues that process consumes). Refreshed on every task start and end and every
  `HEARTBEAT_SECONDS` by the worker's main process; entries older than `ALIVE_STALE_SECONDS` are
  ignored and pruned.
- `resume:throughput:<queue>:<unix minute>` (string counter): tasks of `<queue>` completed in that
  minute (INCR on `task_postrun`), expiring after `THROUGHPUT_TTL_SECONDS`.

Both hashes also expire as a whole when nobody writes to them (every worker gone), so every key
is bounded. Writing is best-effort: a Redis error is logged and never fails a task.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import redis

log = logging.getLogger(__name__)

BUSY_KEY = "resume:workers:busy"
ALIVE_KEY = "resume:workers:alive"
THROUGHPUT_KEY = "resume:throughput:{queue}:{minute}"
THROUGHPUT_TTL_SECONDS = 15 * 60
THROUGHPUT_WINDOW_MINUTES = 5
HEARTBEAT_SECONDS = 15.0
ALIVE_STALE_SECONDS = 60.0
BUSY_MARGIN_SECONDS = 60.0
HASH_TTL_SECONDS = 24 * 3600
"""A hash nobody wrote to for this long (every worker gone) disappears."""


def minute(ts: float) -> int:
    return int(ts // 60)


def throughput_key(queue: str, ts: float, global_keyprefix: str = "") -> str:
    return global_keyprefix + THROUGHPUT_KEY.format(queue=queue, minute=minute(ts))


def throughput_keys(
    queue: str, now: float, window_minutes: int = THROUGHPUT_WINDOW_MINUTES,
    global_keyprefix: str = "",
) -> list[str]:  # fmt: skip
    """The buckets of the last `window_minutes` full minutes and the current one."""
    current = minute(now)
    return [
        global_keyprefix + THROUGHPUT_KEY.format(queue=queue, minute=m)
        for m in range(current - window_minutes, current + 1)
    ]


def window_seconds(now: float, window_minutes: int = THROUGHPUT_WINDOW_MINUTES) -> float:
    """The time `throughput_keys` covers: the full minutes and the elapsed part of this one."""
    return window_minutes * 60 + (now - minute(now) * 60)


def field_name(nodename: str, pid: int) -> str:
    return f"{nodename}:{pid}"


def split_field(name: str) -> tuple[str, int | None]:
    """(nodename, pid) of a hash field; the node name may itself contain ':'."""
    nodename, _, pid = name.rpartition(":")
    if not nodename:
        return name, None
    try:
        return nodename, int(pid)
    except ValueError:
        return name, None


def busy_value(queue: str, started: float, stale_after: float) -> str:
    return f"{queue}|{started:.3f}|{stale_after:g}"


@dataclass(frozen=True, slots=True)
class BusyEntry:
    nodename: str
    queue: str
    started: float
    stale_after: float


def parse_busy(name: str, value: str, default_stale_after: float) -> BusyEntry | None:
    parts = value.split("|")
    if len(parts) < 2:
        return None
    try:
        started = float(parts[1])
        stale_after = float(parts[2]) if len(parts) > 2 and parts[2] else default_stale_after
    except ValueError:
        return None
    return BusyEntry(split_field(name)[0], parts[0], started, stale_after)


def alive_value(seen: float, queues: Iterable[str]) -> str:
    return f"{seen:.3f}|{','.join(sorted(set(queues)))}"


def parse_alive(value: str) -> tuple[float, frozenset[str]] | None:
    seen, _, queues = value.partition("|")
    try:
        return float(seen), frozenset(q for q in queues.split(",") if q)
    except ValueError:
        return None


def busy_nodes(
    entries: Mapping[str, str], queues: Iterable[str], now: float, default_stale_after: float
) -> tuple[set[str], int]:
    """(node names with a fresh busy entry for one of `queues`, how many processes)."""
    watched = set(queues)
    nodes: set[str] = set()
    processes = 0
    for name, value in entries.items():
        entry = parse_busy(name, value, default_stale_after)
        if entry is None or entry.queue not in watched or now - entry.started > entry.stale_after:
            continue
        nodes.add(entry.nodename)
        processes += 1
    return nodes, processes


def alive_nodes(
    entries: Mapping[str, str], queues: Iterable[str], now: float,
    stale_after: float = ALIVE_STALE_SECONDS,
) -> set[str]:  # fmt: skip
    """Node names with a fresh heartbeat from a process consuming one of `queues`."""
    watched = set(queues)
    nodes: set[str] = set()
    for name, value in entries.items():
        parsed = parse_alive(value)
        if parsed is None or now - parsed[0] > stale_after or not parsed[1] & watched:
            continue
        nodes.add(split_field(name)[0])
    return nodes


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def decode_hash(raw: Mapping[bytes | str, bytes | str]) -> dict[str, str]:
    return {_text(k): _text(v) for k, v in raw.items()}


# --- writing (the workers; best-effort) ---------------------------------------------------


def _best_effort(
    what: str, client: redis.Redis, commands: list[tuple[str, tuple[object, ...]]]
) -> bool:
    try:
        with client.pipeline(transaction=False) as pipe:
            for name, args in commands:
                getattr(pipe, name)(*args)
            pipe.execute()
    except (redis.RedisError, OSError) as exc:
        log.warning("worker activity: could not record %s in Redis: %r", what, exc)
        return False
    return True


def record_start(
    client: redis.Redis, *, nodename: str, pid: int, queue: str, consumes: Iterable[str],
    stale_after: float, global_keyprefix: str = "", now: float | None = None,
) -> bool:  # fmt: skip
    now = time.time() if now is None else now
    name = field_name(nodename, pid)
    busy, alive = global_keyprefix + BUSY_KEY, global_keyprefix + ALIVE_KEY
    return _best_effort("a task start", client, [
        ("hset", (busy, name, busy_value(queue, now, stale_after))),
        ("expire", (busy, HASH_TTL_SECONDS)),
        ("hset", (alive, name, alive_value(now, [queue, *consumes]))),
        ("expire", (alive, HASH_TTL_SECONDS)),
    ])  # fmt: skip


def record_finish(
    client: redis.Redis, *, nodename: str, pid: int, queue: str | None, consumes: Iterable[str],
    completed: bool = True, global_keyprefix: str = "", now: float | None = None,
) -> bool:  # fmt: skip
    now = time.time() if now is None else now
    name = field_name(nodename, pid)
    alive = global_keyprefix + ALIVE_KEY
    queues = [queue] if queue else []
    commands: list[tuple[str, tuple[object, ...]]] = [
        ("hdel", (global_keyprefix + BUSY_KEY, name)),
        ("hset", (alive, name, alive_value(now, [*queues, *consumes]))),
        ("expire", (alive, HASH_TTL_SECONDS)),
    ]
    if completed and queue:
        counter = throughput_key(queue, now, global_keyprefix)
        commands += [("incr", (counter,)), ("expire", (counter, THROUGHPUT_TTL_SECONDS))]
    return _best_effort("a task end", client, commands)


def record_alive(
    client: redis.Redis, *, nodename: str, pid: int, consumes: Iterable[str],
    global_keyprefix: str = "", now: float | None = None,
) -> bool:  # fmt: skip
    now = time.time() if now is None else now
    alive = global_keyprefix + ALIVE_KEY
    return _best_effort("a heartbeat", client, [
        ("hset", (alive, field_name(nodename, pid), alive_value(now, consumes))),
        ("expire", (alive, HASH_TTL_SECONDS)),
    ])  # fmt: skip


def forget_process(
    client: redis.Redis, *, nodename: str, pid: int, global_keyprefix: str = ""
) -> bool:
    name = field_name(nodename, pid)
    return _best_effort("a process exit", client, [
        ("hdel", (global_keyprefix + BUSY_KEY, name)),
        ("hdel", (global_keyprefix + ALIVE_KEY, name)),
    ])  # fmt: skip


def prune(
    client: redis.Redis, *, default_busy_stale_after: float, global_keyprefix: str = "",
    now: float | None = None,
) -> int:  # fmt: skip
    """Delete stale fields of both hashes (processes that died without cleaning up)."""
    now = time.time() if now is None else now
    busy_key, alive_key = global_keyprefix + BUSY_KEY, global_keyprefix + ALIVE_KEY
    try:
        busy = decode_hash(client.hgetall(busy_key))
        alive = decode_hash(client.hgetall(alive_key))
        stale_busy = [
            name for name, value in busy.items()
            if (entry := parse_busy(name, value, default_busy_stale_after)) is None
            or now - entry.started > entry.stale_after
        ]  # fmt: skip
        stale_alive = [
            name for name, value in alive.items()
            if (seen := parse_alive(value)) is None or now - seen[0] > ALIVE_STALE_SECONDS
        ]  # fmt: skip
        if stale_busy:
            client.hdel(busy_key, *stale_busy)
        if stale_alive:
            client.hdel(alive_key, *stale_alive)
    except (redis.RedisError, OSError) as exc:
        log.warning("worker activity: could not prune stale entries: %r", exc)
        return 0
    return len(stale_busy) + len(stale_alive)
