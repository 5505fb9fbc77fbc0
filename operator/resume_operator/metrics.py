"""The operator's Prometheus metrics, served on OPERATOR_METRICS_PORT (`/metrics`).

One process, so plain in-memory metrics (`resumectl operator` drops PROMETHEUS_MULTIPROC_DIR).
Labels are bounded: the WorkerAutoscaler's namespace and name (a handful per cluster), a fixed
set of directions, event types and error reasons.
"""

from __future__ import annotations

import logging

from prometheus_client import Counter, Gauge, start_http_server

log = logging.getLogger(__name__)

# Not `namespace`: Prometheus sets that label from the scraped Pod (the operator's namespace).
AUTOSCALER_LABELS = ("autoscaler_namespace", "autoscaler")

DEMAND = Gauge(
    "resume_operator_demand_messages",
    "Messages the autoscaler's workers have to process: ready in every priority sub-queue "
    "plus delivered and not yet acknowledged",
    AUTOSCALER_LABELS,
)
READY_MESSAGES = Gauge(
    "resume_operator_ready_messages",
    "Messages waiting in the watched queues (every priority sub-queue)",
    AUTOSCALER_LABELS,
)
BUSY_WORKERS = Gauge(
    "resume_operator_busy_workers", "Worker pods running a task right now", AUTOSCALER_LABELS
)
REPLICAS_DESIRED = Gauge(
    "resume_operator_replicas_desired", "Replicas the autoscaler decided", AUTOSCALER_LABELS
)
REPLICAS_CURRENT = Gauge(
    "resume_operator_replicas_current",
    "Replicas the target Deployment is set to",
    AUTOSCALER_LABELS,
)
REPLICAS_READY = Gauge(
    "resume_operator_replicas_ready", "Ready Pods of the target Deployment", AUTOSCALER_LABELS
)
REPLICAS_MAX = Gauge(
    "resume_operator_replicas_max", "The autoscaler's maxReplicas", AUTOSCALER_LABELS
)
SCALING_EVENTS = Counter(
    "resume_operator_scaling_events_total",
    "Scale changes written to the target (direction: up, down)",
    (*AUTOSCALER_LABELS, "direction"),
)
POLLS = Counter(
    "resume_operator_polls_total",
    "Autoscaler polls (outcome: ok, or the failure reason)",
    (*AUTOSCALER_LABELS, "outcome"),
)
RESUMEJOB_EVENTS = Counter(
    "resume_operator_resumejob_events_applied_total",
    "Lifecycle events applied to ResumeJob objects, by event type",
    ("type",),
)
RESUMEJOBS_DELETED = Counter(
    "resume_operator_resumejobs_deleted_total",
    "Finished ResumeJobs deleted (TTL or keep-N cleanup)",
)
RESUMEJOBS_INGESTED = Counter(
    "resume_operator_resumejobs_ingested_total",
    "User-applied ResumeJobs handed to the service (outcome: accepted, rejected, error)",
    ("outcome",),
)
ERRORS = Counter(
    "resume_operator_errors_total",
    "Errors by component and reason class",
    ("component", "reason"),
)
LEADER = Gauge("resume_operator_leader", "1 while this replica holds the leader Lease")


AUTOSCALER_GAUGES = (
    DEMAND,
    READY_MESSAGES,
    BUSY_WORKERS,
    REPLICAS_DESIRED,
    REPLICAS_CURRENT,
    REPLICAS_READY,
    REPLICAS_MAX,
)


def forget_autoscaler(namespace: str, name: str) -> None:
    """Drop a deleted autoscaler's gauges (its counters stay until the process restarts)."""
    for gauge in AUTOSCALER_GAUGES:
        try:
            gauge.remove(namespace, name)
        except KeyError:
            continue


def forget_autoscalers() -> None:
    """A replica that stops leading stops reporting: only the leader's gauges are current."""
    for gauge in AUTOSCALER_GAUGES:
        gauge.clear()


_serving: set[tuple[str, int]] = set()


def serve(port: int, host: str) -> None:
    """Serve /metrics from a daemon thread, once per process (no-op for port 0). A port that is
    taken is logged, not fatal: scaling matters more than its metrics."""
    if not port or (host, port) in _serving:
        return
    try:
        start_http_server(port, addr=host)
    except OSError as exc:
        log.error("operator metrics not served on %s:%d: %s", host, port, exc)
        return
    _serving.add((host, port))
    log.info("operator metrics on http://%s:%d/metrics", host, port)
