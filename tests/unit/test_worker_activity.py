"""The worker-activity keys: bucket naming, field parsing, staleness, aggregation per pod, and
best-effort writing (a Redis error never raises)."""

from __future__ import annotations

import redis

from resume_processor import worker_activity as activity
from resume_processor.devstack import free_port

NOW = 1_800_000_030.0  # 30 s into a minute
MINUTE = int(NOW // 60)


def test_throughput_buckets_cover_the_window_and_current_minute() -> None:
    assert activity.throughput_key("q", NOW) == f"resume:throughput:q:{MINUTE}"
    assert activity.throughput_key("q", NOW, "p:") == f"p:resume:throughput:q:{MINUTE}"
    keys = activity.throughput_keys("q", NOW, window_minutes=5, global_keyprefix="p:")
    assert keys == [f"p:resume:throughput:q:{m}" for m in range(MINUTE - 5, MINUTE + 1)]
    assert activity.window_seconds(NOW, 5) == 5 * 60 + 30
    assert activity.window_seconds(MINUTE * 60.0, 5) == 300


def test_fields_keep_colons_in_node_names() -> None:
    name = activity.field_name("celery@pod:a", 42)
    assert activity.split_field(name) == ("celery@pod:a", 42)
    assert activity.split_field("no-pid") == ("no-pid", None)


def test_busy_entries_are_counted_per_node_and_stale_ones_ignored() -> None:
    entries = {
        "celery@a:1": activity.busy_value("q", NOW - 10, 360),
        "celery@a:2": activity.busy_value("q", NOW - 5, 360),
        "celery@b:1": activity.busy_value("q", NOW - 400, 360),  # stale: killed mid-task
        "celery@c:1": activity.busy_value("other", NOW - 1, 360),
        "celery@d:1": "q|1700000000",  # no own limit: the default applies
        "celery@e:1": "garbage",
    }
    nodes, processes = activity.busy_nodes(entries, ["q"], NOW, default_stale_after=60)
    assert nodes == {"celery@a"}
    assert processes == 2
    nodes, _ = activity.busy_nodes(entries, ["q", "other"], NOW, default_stale_after=60)
    assert nodes == {"celery@a", "celery@c"}
    fresh = {"celery@d:1": f"q|{NOW - 30}"}
    assert activity.busy_nodes(fresh, ["q"], NOW, default_stale_after=60) == ({"celery@d"}, 1)


def test_alive_nodes_need_a_fresh_heartbeat_on_a_watched_queue() -> None:
    entries = {
        "celery@a:1": activity.alive_value(NOW - 1, ["q", "x"]),
        "celery@a:2": activity.alive_value(NOW - 2, ["q"]),
        "celery@b:1": activity.alive_value(NOW - activity.ALIVE_STALE_SECONDS - 1, ["q"]),
        "celery@c:1": activity.alive_value(NOW, ["x"]),
        "celery@d:1": "not-a-time|q",
    }
    assert activity.alive_nodes(entries, ["q"], NOW) == {"celery@a"}
    assert activity.alive_nodes(entries, ["q", "x"], NOW) == {"celery@a", "celery@c"}
    assert activity.parse_alive(activity.alive_value(NOW, ["b", "a", "a"])) == (
        NOW,
        frozenset({"a", "b"}),
    )


def test_decode_hash_accepts_bytes() -> None:
    assert activity.decode_hash({b"k": b"v", "s": "t"}) == {"k": "v", "s": "t"}


def test_writing_is_best_effort_when_redis_is_down() -> None:
    client = redis.Redis(port=free_port(), socket_connect_timeout=0.5, socket_timeout=0.5)
    node, pid = "celery@x", 1
    assert not activity.record_start(
        client, nodename=node, pid=pid, queue="q", consumes=["q"], stale_after=60
    )
    assert not activity.record_finish(client, nodename=node, pid=pid, queue="q", consumes=["q"])
    assert not activity.record_alive(client, nodename=node, pid=pid, consumes=["q"])
    assert not activity.forget_process(client, nodename=node, pid=pid)
    assert activity.prune(client, default_busy_stale_after=60) == 0
