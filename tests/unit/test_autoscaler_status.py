"""The WorkerAutoscaler handler's pure parts: spec -> policy input, status <-> history."""

from __future__ import annotations

from resume_operator.demand import NOT_RECORDED, Demand
from resume_operator.handlers.autoscaler import (
    BUSY_COST,
    IDLE_COST,
    POD_DELETION_COST,
    build_status,
    deletion_cost_patches,
    history_from_status,
    iso,
    label_selector,
    parse_iso,
    pod_of_node,
    policy_input,
)
from resume_operator.scaling_policy import Decision, Recommendation

SPEC = {
    "scaleTargetRef": {"name": "worker"},
    "queues": ["resumes"],
    "maxReplicas": 6,
    "minReplicas": 1,
    "concurrency": 4,
    "activationThreshold": 2,
    "targetDrainSeconds": 30,
    "scaleDownStabilizationSeconds": 90,
}
DEMAND = Demand(ready={"resumes": 7, "other": 1}, in_flight={"resumes": 2, "other": 0},
                notes=(NOT_RECORDED,))  # fmt: skip


def test_policy_input_from_spec_and_demand() -> None:
    history = (Recommendation(5.0, 3),)
    p = policy_input(SPEC, DEMAND, current=2, now=10.0, history=history)
    assert (p.ready, p.in_flight, p.demand) == (8, 2, 10)
    assert (p.min_replicas, p.max_replicas, p.concurrency) == (1, 6, 4)
    assert (p.activation_threshold, p.target_drain_seconds) == (2, 30.0)
    assert p.scale_down_stabilization_seconds == 90.0
    assert p.busy_workers is None
    assert p.throughput is None
    assert p.history == history


def test_status_round_trips_the_history() -> None:
    now = parse_iso("2026-03-01T12:00:00Z")
    history = (Recommendation(now - 30, 4), Recommendation(now, 3))
    status = build_status(demand=DEMAND, decision=Decision(4, "steady (held)", 3), current=4,
                          history=history, now=now, last_scale_time=None, generation=2)  # fmt: skip
    assert status["demand"] == 10
    assert (status["ready"], status["inFlight"]) == (8, 2)
    assert (status["desiredReplicas"], status["currentReplicas"]) == (4, 4)
    assert status["recommendations"][1] == {"time": "2026-03-01T12:00:00Z", "replicas": 3}
    assert history_from_status(status) == history
    conditions = {c["type"]: c for c in status["conditions"]}
    assert conditions["Ready"]["message"] == NOT_RECORDED
    assert conditions["Active"]["status"] == "True"
    assert iso(now) == "2026-03-01T12:00:00Z"


def test_bad_history_entries_are_skipped() -> None:
    status = {"recommendations": [{"time": "nonsense", "replicas": 1}, {"replicas": 2},
                                  {"time": "2026-03-01T12:00:00Z", "replicas": 5}]}  # fmt: skip
    assert [r.replicas for r in history_from_status(status)] == [5]


def test_idle_pods_get_a_low_deletion_cost_and_busy_ones_a_high_one() -> None:
    pods = [
        ("worker-a", {}),
        ("worker-b", {POD_DELETION_COST: IDLE_COST}),  # idle before, busy now
        ("worker-c", {POD_DELETION_COST: IDLE_COST}),  # already right: not patched again
        ("worker-d", {POD_DELETION_COST: BUSY_COST}),  # busy before, idle now
    ]
    busy = {"celery@worker-b", "celery@gone-pod"}
    assert deletion_cost_patches(pods, busy) == {
        "worker-a": IDLE_COST,
        "worker-b": BUSY_COST,
        "worker-d": IDLE_COST,
    }
    assert int(IDLE_COST) < 0 < int(BUSY_COST)  # below the default 0 of unannotated pods
    assert pod_of_node("celery@worker-b") == "worker-b"
    assert pod_of_node("worker-b") == "worker-b"


def test_label_selector_renders_labels_and_expressions() -> None:
    selector = {
        "matchLabels": {"app": "worker", "tier": "jobs"},
        "matchExpressions": [
            {"key": "track", "operator": "In", "values": ["stable", "canary"]},
            {"key": "legacy", "operator": "NotIn", "values": ["yes"]},
            {"key": "owned", "operator": "Exists"},
            {"key": "paused", "operator": "DoesNotExist"},
        ],
    }
    assert label_selector(selector) == (
        "app=worker,tier=jobs,track in (stable,canary),legacy notin (yes),owned,!paused"
    )
    assert label_selector({}) == ""
