"""Celery signal handlers recording busy processes, heartbeats and completions in Redis for the
operator's WorkerAutoscaler (keys: `resume_processor.worker_activity`). Best-effort: a Redis
error is logged, never raised into a task."""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

import redis
from celery import Celery, signals, states

from resume_processor import worker_activity as activity
from resume_processor.worker.dispatch import redis_client

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT_SECONDS = 300.0

# Per process: what the last task told us about this worker (for the exit clean-up).
_nodename: str | None = None
_app: Celery | None = None
_heartbeat_stop = threading.Event()


def _client(app: Celery) -> redis.Redis | None:
    url = str(app.conf.broker_url or "")
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return None
    return redis_client(url)


def _prefix(app: Celery) -> str:
    options = app.conf.broker_transport_options or {}
    return str(options.get("global_keyprefix", "") or "")


def _consumes(app: Celery) -> list[str]:
    try:
        return list(app.amqp.queues.consume_from or {}) or [str(app.conf.task_default_queue)]
    except Exception:  # never fail a task over bookkeeping
        return [str(app.conf.task_default_queue)]


def _queue(task: Any) -> str | None:
    delivery = getattr(task.request, "delivery_info", None) or {}
    queue = delivery.get("routing_key") or delivery.get("queue")
    return str(queue) if queue else None


def _stale_after(task: Any) -> float:
    limit = getattr(task, "time_limit", None) or task.app.conf.task_time_limit
    return float(limit or DEFAULT_TIME_LIMIT_SECONDS) + activity.BUSY_MARGIN_SECONDS


@signals.task_prerun.connect
def record_task_start(sender: Any = None, task: Any = None, **_: Any) -> None:
    global _nodename, _app
    task = task or sender
    try:
        client, nodename, queue = _client(task.app), task.request.hostname, _queue(task)
        if client is None or not nodename or not queue:
            return
        _nodename, _app = nodename, task.app
        activity.record_start(
            client, nodename=nodename, pid=os.getpid(), queue=queue,
            consumes=_consumes(task.app), stale_after=_stale_after(task),
            global_keyprefix=_prefix(task.app),
        )  # fmt: skip
    except Exception:
        log.warning("worker activity: could not record a task start", exc_info=True)


@signals.task_postrun.connect
def record_task_end(sender: Any = None, task: Any = None, state: str | None = None,
                    **_: Any) -> None:  # fmt: skip
    task = task or sender
    try:
        client, nodename = _client(task.app), task.request.hostname
        if client is None or not nodename:
            return
        activity.record_finish(
            client, nodename=nodename, pid=os.getpid(), queue=_queue(task),
            consumes=_consumes(task.app), completed=state != states.RETRY,
            global_keyprefix=_prefix(task.app),
        )  # fmt: skip
    except Exception:
        log.warning("worker activity: could not record a task end", exc_info=True)


def _heartbeat(app: Celery, nodename: str, stop: threading.Event) -> None:
    prefix = _prefix(app)
    stale_after = float(app.conf.task_time_limit or DEFAULT_TIME_LIMIT_SECONDS)
    while True:
        client = _client(app)
        if client is not None:
            activity.record_alive(
                client, nodename=nodename, pid=os.getpid(), consumes=_consumes(app),
                global_keyprefix=prefix,
            )  # fmt: skip
            activity.prune(
                client, default_busy_stale_after=stale_after + activity.BUSY_MARGIN_SECONDS,
                global_keyprefix=prefix,
            )  # fmt: skip
        if stop.wait(activity.HEARTBEAT_SECONDS):
            return


@signals.worker_ready.connect
def start_heartbeat(sender: Any = None, **_: Any) -> None:
    global _nodename, _heartbeat_stop
    app, nodename = getattr(sender, "app", None), getattr(sender, "hostname", None)
    if app is None or not nodename:
        return
    _nodename = nodename
    _heartbeat_stop.set()  # one heartbeat per process: stop an earlier worker's
    _heartbeat_stop = threading.Event()
    threading.Thread(
        target=_heartbeat, args=(app, nodename, _heartbeat_stop),
        name="worker-activity-heartbeat", daemon=True,
    ).start()  # fmt: skip


@signals.worker_shutdown.connect
def stop_heartbeat(sender: Any = None, **_: Any) -> None:
    _heartbeat_stop.set()
    _forget(getattr(sender, "app", None))


@signals.worker_process_shutdown.connect
def forget_pool_process(**_: Any) -> None:
    _forget(_app)


def _forget(app: Celery | None) -> None:
    if app is None or not _nodename:
        return
    try:
        client = _client(app)
        if client is not None:
            activity.forget_process(
                client, nodename=_nodename, pid=os.getpid(), global_keyprefix=_prefix(app)
            )
    except Exception:
        log.warning("worker activity: could not forget this process", exc_info=True)
