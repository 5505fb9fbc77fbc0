"""The WorkerAutoscaler's demand, read from a real Redis holding messages real Celery published
(priority sub-queues, `global_keyprefix`) and messages held unacknowledged by a consumer and by a
real Celery worker."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import threading
import time
import uuid
from collections.abc import Iterator

import kombu
import pytest
import redis
import redis.asyncio
from celery import Celery
from celery.contrib.testing.worker import start_worker

from resume_operator.demand import NOT_RECORDED, Demand, read_demand
from resume_processor.config import Settings
from resume_processor.devstack import RedisServer
from resume_processor.worker import activity as _activity  # noqa: F401 - connects the signals
from resume_processor.worker.celery_app import PROCESS_TASK, make_celery
from tests.utils.processes import StackConfig
from tests.utils.processes import start_worker as start_worker_process

pytestmark = pytest.mark.integration
SEP = "\x06\x16"


def unique_queue() -> str:
    return f"demand-{uuid.uuid4().hex[:8]}"


def celery_app(redis_server: RedisServer, queue: str, prefix: str = "") -> Celery:
    """The service's own Celery configuration (priority strategy and all), on the test Redis."""
    app = make_celery(Settings(redis_url=redis_server.url, celery_queue=queue))
    if prefix:
        options = dict(app.conf.broker_transport_options)
        options["global_keyprefix"] = prefix
        app.conf.broker_transport_options = options
    return app


def demand(redis_server: RedisServer, queues: list[str], prefix: str = "") -> Demand:
    return demand_at(redis_server.url, queues, prefix)


def demand_at(url: str, queues: list[str], prefix: str = "") -> Demand:
    async def read() -> Demand:
        client = redis.asyncio.Redis.from_url(url)
        try:
            return await read_demand(client, queues, global_keyprefix=prefix)
        finally:
            await client.aclose()

    return asyncio.run(read())


def publish(app: Celery, queue: str, priorities: dict[int, int]) -> None:
    for priority, count in priorities.items():
        for _ in range(count):
            app.send_task(PROCESS_TASK, args=[str(uuid.uuid4())], queue=queue, priority=priority)


@pytest.fixture
def sync_redis(redis_server: RedisServer) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_server.url)
    yield client
    client.close()


def test_priority_sub_queues_are_counted(
    redis_server: RedisServer, sync_redis: redis.Redis
) -> None:
    queue, other = unique_queue(), unique_queue()
    app = celery_app(redis_server, queue)
    publish(app, queue, {0: 2, 3: 3, 9: 4})
    publish(app, other, {0: 1, 9: 1})
    # Celery really spread them over sub-queues: a single-list reader (KEDA) sees only 2
    assert sync_redis.llen(queue) == 2
    assert sync_redis.llen(f"{queue}{SEP}3") == 3
    assert sync_redis.llen(f"{queue}{SEP}9") == 4

    got = demand(redis_server, [queue])
    assert got.ready == {queue: 9}
    assert got.in_flight == {queue: 0}
    assert got.total == 9
    both = demand(redis_server, [queue, other, queue])
    assert both.ready == {queue: 9, other: 2}
    assert both.total == 11
    assert demand(redis_server, [unique_queue()]).total == 0


def test_busy_workers_and_throughput_not_recorded(redis_server: RedisServer) -> None:
    got = demand(redis_server, [unique_queue()])
    assert got.busy_workers is None
    assert got.throughput is None
    assert NOT_RECORDED in got.notes


def test_global_keyprefix_is_respected(redis_server: RedisServer, sync_redis: redis.Redis) -> None:
    queue, prefix = unique_queue(), f"tenant-{uuid.uuid4().hex[:4]}:"
    app = celery_app(redis_server, queue, prefix=prefix)
    publish(app, queue, {0: 1, 6: 2})
    assert sync_redis.llen(f"{prefix}{queue}") == 1
    assert sync_redis.llen(f"{prefix}{queue}{SEP}6") == 2
    assert demand(redis_server, [queue], prefix=prefix).ready == {queue: 3}
    assert demand(redis_server, [queue]).ready == {queue: 0}
    # unacked under the prefix too
    with app.connection_for_read() as conn, held(conn, queue, prefetch=2) as received:
        assert received == 2
        got = demand(redis_server, [queue], prefix=prefix)
        assert (got.ready, got.in_flight) == ({queue: 1}, {queue: 2})
        assert sync_redis.hlen(f"{prefix}unacked") >= 2
        assert demand(redis_server, [queue]).in_flight == {queue: 0}


class held:
    """Consume `prefetch` messages from `queue` with kombu and do not acknowledge them (as a worker
    running tasks with acks_late); close = kombu restores them to the queue."""

    def __init__(self, conn: kombu.Connection, queue: str, prefetch: int) -> None:
        self.conn, self.queue, self.prefetch = conn, queue, prefetch
        self.messages: list[kombu.Message] = []

    def __enter__(self) -> int:
        kq = kombu.Queue(self.queue, kombu.Exchange(self.queue), routing_key=self.queue)
        self.consumer = self.conn.Consumer(
            [kq], callbacks=[lambda _body, message: self.messages.append(message)],
            accept=["json"], prefetch_count=self.prefetch,
        )  # fmt: skip
        self.consumer.consume()
        deadline = time.monotonic() + 10
        while len(self.messages) < self.prefetch and time.monotonic() < deadline:
            with contextlib.suppress(TimeoutError):
                self.conn.drain_events(timeout=0.5)
        return len(self.messages)

    def ack_all(self) -> None:
        for message in self.messages:
            message.ack()

    def __exit__(self, *exc: object) -> None:
        self.consumer.cancel()


def test_unacknowledged_messages_are_counted_per_queue(
    redis_server: RedisServer, sync_redis: redis.Redis
) -> None:
    queue, other = unique_queue(), unique_queue()
    app = celery_app(redis_server, queue)
    publish(app, queue, {0: 3, 9: 2})
    publish(app, other, {0: 2})
    with app.connection_for_read() as conn:
        holder = held(conn, queue, prefetch=3)
        with holder as received:
            assert received == 3
            got = demand(redis_server, [queue])
            assert got.ready == {queue: 2}
            assert got.in_flight == {queue: 3}
            assert got.total == 5
            # the other queue's demand is untouched by this queue's unacked messages
            theirs = demand(redis_server, [other])
            assert (theirs.ready, theirs.in_flight) == ({other: 2}, {other: 0})
            holder.ack_all()
            assert demand(redis_server, [queue]).in_flight == {queue: 0}


def test_messages_held_by_a_real_worker(redis_server: RedisServer) -> None:
    """A real Celery worker (acks_late, prefetch 1) running a slow task: its message is in flight,
    the rest are ready; when it finishes everything drains to zero."""
    queue = unique_queue()
    app = celery_app(redis_server, queue)
    app.conf.task_default_queue = queue
    release = threading.Event()
    started = threading.Event()

    @app.task(name="demand_test.slow", acks_late=True)
    def slow() -> None:
        started.set()
        release.wait(30)

    for priority in (0, 3, 9):
        app.send_task("demand_test.slow", queue=queue, priority=priority)
    with start_worker(app, pool="solo", concurrency=1, perform_ping_check=False,
                      shutdown_timeout=30, loglevel="WARNING"):  # fmt: skip
        assert started.wait(30), "the worker did not start the task"
        got = demand(redis_server, [queue])
        assert got.total == 3
        assert got.in_flight[queue] >= 1
        release.set()
        deadline = time.monotonic() + 30
        while (got := demand(redis_server, [queue])).total and time.monotonic() < deadline:
            time.sleep(0.2)
        assert got.total == 0, got


def test_busy_workers_and_throughput_recorded_by_a_real_worker(redis_server: RedisServer) -> None:
    """While the in-process worker runs a task its node is busy; after completions, the
    throughput per worker pod is positive and nothing is busy any more."""
    queue, prefix = unique_queue(), f"tenant-{uuid.uuid4().hex[:4]}:"
    app = celery_app(redis_server, queue, prefix=prefix)
    app.conf.task_default_queue = queue
    release = threading.Event()
    started = threading.Event()

    @app.task(name="demand_test.slow_recorded", acks_late=True)
    def slow() -> None:
        started.set()
        release.wait(30)

    @app.task(name="demand_test.quick")
    def quick() -> None:
        return None

    app.send_task("demand_test.slow_recorded", queue=queue)
    with start_worker(app, pool="solo", concurrency=1, perform_ping_check=False,
                      shutdown_timeout=30, loglevel="WARNING"):  # fmt: skip
        assert started.wait(30), "the worker did not start the task"
        got = demand(redis_server, [queue], prefix=prefix)
        assert got.busy_workers == 1, got
        assert got.busy_processes == 1
        assert NOT_RECORDED not in got.notes
        # another queue, or the same queue without the prefix, sees none of it
        assert demand(redis_server, [unique_queue()], prefix=prefix).busy_workers is None
        assert demand(redis_server, [queue]).busy_workers is None
        release.set()
        for _ in range(4):
            app.send_task("demand_test.quick", queue=queue)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            got = demand(redis_server, [queue], prefix=prefix)
            if got.total == 0 and got.busy_workers == 0 and (got.throughput or 0) > 0:
                break
            time.sleep(0.2)
        assert got.busy_workers == 0, got
        assert got.busy_processes == 0
        # 5 tasks over the window (5 minutes + the elapsed part of this one), one pod
        assert got.throughput is not None
        assert 5 / 360 - 1e-9 <= got.throughput <= 5 / 300 + 1e-9, got


def test_throughput_of_a_real_worker_process(stack_config: StackConfig) -> None:
    """`resumectl worker` (a prefork pool in its own process) running real processing tasks:
    it heartbeats, its completions count, and it is idle once they are done."""
    config = dataclasses.replace(stack_config, queue=unique_queue())
    app = make_celery(Settings(redis_url=config.redis_url, celery_queue=config.queue))
    worker = start_worker_process(config)
    try:
        # Unknown applications: the task claims nothing and returns "skipped" (a completion).
        publish(app, config.queue, {0: 3})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            got = demand_at(config.redis_url, [config.queue])
            if got.total == 0 and (got.throughput or 0) > 0 and got.busy_workers == 0:
                break
            time.sleep(0.3)
        assert got.busy_workers == 0, (got, worker.output()[-2000:])
        assert got.throughput is not None, got
        assert got.throughput > 0, got
        assert NOT_RECORDED not in got.notes
    finally:
        worker.stop()
