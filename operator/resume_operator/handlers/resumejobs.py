"""The ResumeJob mirror: lifecycle events from the Redis stream -> ResumeJob objects.

One asyncio task per operator process reads `settings.events_stream` with a consumer group,
applies each batch (create the object if it is missing, then patch its status through the status
subresource), and acknowledges the entries only once their change is applied, so an operator that
dies mid-batch replays them (its own pending entries at start, and entries another consumer left
pending for a while). The same task deletes finished ResumeJobs after `ttlSecondsAfterFinished`
and keeps at most `keep_finished` of them. Kubernetes writes share a token bucket.
Decisions are the pure functions of `resume_operator.resumejobs`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio
from kubernetes import client as k8s
from kubernetes.client.exceptions import ApiException
from redis.exceptions import RedisError, ResponseError

from resume_operator import constants, metrics
from resume_operator.resumejobs import (
    APPLICATION_LABEL,
    DEFAULT_TTL_SECONDS,
    BadEvent,
    Event,
    finished,
    fold,
    group_by_object,
    manifest,
    object_name,
    status_patch,
    to_delete,
)
from resume_operator.settings import operator_namespace

log = logging.getLogger(__name__)

GROUP_NAME = "resume-operator"
NAME_CACHE = 10_000
RETRYABLE = frozenset({0, 409, 429, 500, 502, 503, 504})  # 0: no response (connection error)

Entry = tuple[str, dict[str, str]]


@dataclass(frozen=True)
class MirrorSettings:
    redis_url: str
    stream: str
    namespace: str
    ttl_seconds: int = DEFAULT_TTL_SECONDS
    keep_finished: int = 1000
    writes_per_second: float = 20.0
    sweep_seconds: float = 30.0
    batch: int = 100
    block_ms: int = 1000
    claim_idle_ms: int = 60_000
    consumer: str = field(default_factory=socket.gethostname)

    @classmethod
    def from_env(
        cls, redis_url: str, stream: str, env: Mapping[str, str] = os.environ
    ) -> MirrorSettings:
        return cls(
            redis_url=redis_url,
            stream=stream,
            namespace=env.get("RESUMEJOB_NAMESPACE") or operator_namespace(),
            ttl_seconds=int(env.get("RESUMEJOB_TTL_SECONDS", DEFAULT_TTL_SECONDS)),
            keep_finished=int(env.get("RESUMEJOB_KEEP_FINISHED", 1000)),
            writes_per_second=float(env.get("RESUMEJOB_WRITES_PER_SECOND", 20)),
            sweep_seconds=float(env.get("RESUMEJOB_SWEEP_SECONDS", 30)),
            consumer=env.get("POD_NAME") or socket.gethostname(),
        )


class TokenBucket:
    """At most `rate` acquisitions per second on average, bursts up to `burst`."""

    def __init__(self, rate: float, burst: float | None = None) -> None:
        self.rate = rate
        self.capacity = burst if burst is not None else max(1.0, rate)
        self.tokens = self.capacity
        self.updated = time.monotonic()

    async def acquire(self) -> None:
        while True:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)


class ResumeJobMirror:
    def __init__(
        self,
        settings: MirrorSettings,
        custom: Any = None,
        is_leader: Callable[[], bool] = lambda: True,
    ) -> None:
        self.settings = settings
        self.is_leader = is_leader
        self.custom = custom if custom is not None else k8s.CustomObjectsApi()
        self.redis = redis.asyncio.Redis.from_url(
            settings.redis_url, decode_responses=True, socket_connect_timeout=5
        )
        self.bucket = TokenBucket(settings.writes_per_second)
        self.applied = 0
        self.names: dict[str, str] = {}
        """Job id -> name of its user-applied ResumeJob (bounded, oldest dropped first)."""

    # -- Kubernetes ------------------------------------------------------------------------
    async def _call(self, method: str, *args: Any, write: bool = True, **kwargs: Any) -> Any:
        if write:
            await self.bucket.acquire()
        return await asyncio.to_thread(
            getattr(self.custom, method),
            constants.GROUP,
            constants.VERSION,
            self.settings.namespace,
            constants.RESUMEJOB_PLURAL,
            *args,
            **kwargs,
        )

    async def find_applied(self, application_id: str) -> dict[str, Any] | None:
        """A user-applied ResumeJob of this job (labelled with its id when it was ingested)."""
        if application_id in self.names:
            cached = await self._get(self.names[application_id])
            if cached is not None:
                return cached
        listed = await self._call(
            "list_namespaced_custom_object",
            label_selector=f"{APPLICATION_LABEL}={application_id}",
            write=False,
        )
        items = listed.get("items") or []
        if not items:
            return None
        found: dict[str, Any] = items[0]
        self.names[application_id] = found["metadata"]["name"]
        while len(self.names) > NAME_CACHE:
            self.names.pop(next(iter(self.names)))
        return found

    async def _get(self, name: str) -> dict[str, Any] | None:
        try:
            found: dict[str, Any] = await self._call(
                "get_namespaced_custom_object", name, write=False
            )
        except ApiException as exc:
            if exc.status != 404:
                raise
            return None
        return found

    async def apply_object(self, name: str, events: Sequence[Event]) -> None:
        application_id = str(events[0].application_id)
        current = await self._get(name) or await self.find_applied(application_id)
        if current is None:
            try:
                current = await self._call(
                    "create_namespaced_custom_object",
                    manifest(events[0], self.settings.ttl_seconds),
                )
            except ApiException as create_exc:
                if create_exc.status != 409:  # created meanwhile: read it
                    raise
                current = await self._call("get_namespaced_custom_object", name, write=False)
        name = current["metadata"]["name"]
        old = current.get("status") or {}
        patch = status_patch(old, fold(old, events))
        if patch:
            await self._call("patch_namespaced_custom_object_status", name, {"status": patch})
        for event in events:
            metrics.RESUMEJOB_EVENTS.labels(event.type).inc()

    async def apply(self, entries: Sequence[Entry]) -> list[str]:
        """Apply a batch; return the entry ids that may be acknowledged."""
        done: list[str] = []
        events: list[Event] = []
        ids_by_name: dict[str, list[str]] = {}
        for entry_id, fields in entries:
            try:
                event = Event.parse(fields)
            except BadEvent as exc:
                log.warning("skipping stream entry %s: %s", entry_id, exc)
                done.append(entry_id)
                continue
            events.append(event)
            ids_by_name.setdefault(object_name(event.application_id), []).append(entry_id)
        for name, object_events in group_by_object(events).items():
            try:
                await self.apply_object(name, object_events)
            except ApiException as exc:
                if exc.status in RETRYABLE:
                    log.warning("ResumeJob %s not updated (will retry): %s", name, exc.reason)
                    continue
                log.error("ResumeJob %s not updated (dropped): %s %s", name, exc.status, exc.body)
            except OSError as exc:  # connection errors of the blocking client
                log.warning("ResumeJob %s not updated (will retry): %r", name, exc)
                continue
            else:
                self.applied += len(object_events)
            done.extend(ids_by_name[name])
        return done

    async def sweep(self, now: float | None = None) -> list[str]:
        """Delete finished ResumeJobs past their TTL and the oldest beyond `keep_finished`."""
        listed = await self._call("list_namespaced_custom_object", write=False)
        names = to_delete(
            finished(listed.get("items") or ()),
            time.time() if now is None else now,
            self.settings.keep_finished,
        )
        for name in names:
            try:
                await self._call("delete_namespaced_custom_object", name)
            except ApiException as exc:
                if exc.status != 404:
                    raise
            metrics.RESUMEJOBS_DELETED.inc()
            log.info("deleted finished ResumeJob %s/%s", self.settings.namespace, name)
        return names

    # -- stream ----------------------------------------------------------------------------
    async def ensure_group(self) -> None:
        try:
            await self.redis.xgroup_create(self.settings.stream, GROUP_NAME, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def claim_stale(self) -> None:
        """Take over entries another (gone) consumer left pending for a while."""
        start = "0-0"
        while True:
            result = await self.redis.xautoclaim(
                self.settings.stream,
                GROUP_NAME,
                self.settings.consumer,
                self.settings.claim_idle_ms,
                start_id=start,
                count=self.settings.batch,
            )
            start = result[0]
            if start in ("0-0", b"0-0"):
                return

    async def read(self, cursor: str) -> list[Entry]:
        """`cursor` "0" (or an id): this consumer's pending entries after it; ">": new ones."""
        reply: Any = await self.redis.xreadgroup(
            GROUP_NAME,
            self.settings.consumer,
            {self.settings.stream: cursor},
            count=self.settings.batch,
            block=self.settings.block_ms if cursor == ">" else None,
        )
        if not reply:
            return []
        entries = reply[0][1] if isinstance(reply, list) else next(iter(reply.values()))[0]
        # a pending entry trimmed from the stream comes back without fields: acked as bad
        return [(entry_id, fields or {}) for entry_id, fields in entries]

    async def step(self, cursor: str) -> str:
        """Read and apply one batch; return the next cursor ("0" re-reads what failed)."""
        entries = await self.read(cursor)
        if not entries:
            return ">"  # pending entries are all applied (or there were none)
        done = await self.apply(entries)
        if done:
            await self.redis.xack(self.settings.stream, GROUP_NAME, *done)
        if len(done) < len(entries):
            await asyncio.sleep(1)  # back off, then retry the pending ones
            return "0"
        return entries[-1][0] if cursor != ">" else ">"

    async def run(self) -> None:
        log.info(
            "mirroring %s into ResumeJobs in namespace %s as %s",
            self.settings.stream,
            self.settings.namespace,
            self.settings.consumer,
        )
        cursor = "0"
        next_sweep = 0.0
        try:
            while True:
                if not self.is_leader():  # a standby replica reads nothing
                    cursor = "0"
                    await asyncio.sleep(1)
                    continue
                try:
                    if cursor == "0":
                        await self.ensure_group()
                        await self.claim_stale()
                    if time.monotonic() >= next_sweep:
                        next_sweep = time.monotonic() + self.settings.sweep_seconds
                        await self.sweep()
                    cursor = await self.step(cursor)
                except (RedisError, OSError) as exc:
                    metrics.ERRORS.labels("resumejob-mirror", "redis").inc()
                    log.warning("ResumeJob mirror: Redis unavailable: %r", exc)
                    cursor = "0"
                    await asyncio.sleep(2)
                except ApiException as exc:
                    metrics.ERRORS.labels("resumejob-mirror", "kubernetes").inc()
                    log.warning("ResumeJob mirror: Kubernetes error: %s %s", exc.status, exc.reason)
                    await asyncio.sleep(2)
                except Exception:  # a bug must not stop the mirror for good: log, retry
                    metrics.ERRORS.labels("resumejob-mirror", "unexpected").inc()
                    log.exception("ResumeJob mirror: unexpected error")
                    cursor = "0"
                    await asyncio.sleep(5)
        finally:
            await self.redis.aclose()


async def start(
    settings: MirrorSettings, is_leader: Callable[[], bool] = lambda: True
) -> asyncio.Task[None]:
    mirror = ResumeJobMirror(settings, is_leader=is_leader)
    return asyncio.create_task(mirror.run(), name="resumejob-mirror")


async def stop(task: asyncio.Task[None] | None) -> None:
    if task is None or task.done():
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
