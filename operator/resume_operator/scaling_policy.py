"""How many worker replicas a WorkerAutoscaler wants: a pure decision, no I/O.

The rules (DESIGN.md, Kubernetes; issue 4):

- demand = ready messages + messages delivered but not yet acknowledged (in flight);
- enough worker slots for the demand at the per-worker concurrency (one slot per message); when
  the workers' measured throughput says fewer workers drain the demand within
  `target_drain_seconds`, only that many. Throughput only ever lowers the count: it is measured
  over wall-clock time, idle time included, so it reads load, not capacity, and sizing *up* from
  it would add workers that make it read lower still (tests/bench/bench_autoscaler.py showed a
  single trickle task asking for 16 workers);
- bounded by `min_replicas` / `max_replicas`;
- from zero replicas, activate only when demand exceeds `activation_threshold` (a running
  Deployment keeps serving any demand, however small);
- scale up at once; scale down only to the highest recommendation made within the last
  `scale_down_stabilization_seconds` (the HorizontalPodAutoscaler's stabilisation window), so
  noisy demand does not make the count oscillate;
- never below the number of busy workers: a scale-down must not remove a worker running a task.
  When the workers do not report how many of them are busy, every in-flight message is assumed to
  be on a different worker (the safe over-estimate).

Times are plain seconds on any one clock (the caller's choice; epoch seconds survive restarts).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Recommendation:
    """One earlier raw recommendation (before stabilisation), for the scale-down window."""

    time: float
    replicas: int


@dataclass(frozen=True, slots=True)
class PolicyInput:
    ready: int
    """Messages waiting in the broker (every priority sub-queue included)."""
    in_flight: int
    """Messages delivered to a worker and not yet acknowledged."""
    current_replicas: int
    max_replicas: int
    now: float
    busy_workers: int | None = None
    """Workers running at least one task; None when the workers do not report it."""
    concurrency: int = 1
    throughput: float | None = None
    """Tasks completed per worker per second, when measured; None when unknown."""
    min_replicas: int = 0
    activation_threshold: int = 0
    target_drain_seconds: float = 60.0
    scale_down_stabilization_seconds: float = 120.0
    history: tuple[Recommendation, ...] = field(default=())

    @property
    def demand(self) -> int:
        return max(self.ready, 0) + max(self.in_flight, 0)


@dataclass(frozen=True, slots=True)
class Decision:
    replicas: int
    """What the target's scale should be set to."""
    reason: str
    recommendation: int
    """The raw recommendation (bounded, before stabilisation and the busy floor): record it with
    `remember` so later decisions see it in their window."""


def _ceil_div(numerator: float, denominator: float) -> int:
    return max(math.ceil(numerator / denominator - 1e-9), 0)


def needed_for_demand(inputs: PolicyInput) -> tuple[int, str]:
    """Workers the demand needs, unbounded, and why."""
    demand = inputs.demand
    concurrency = max(inputs.concurrency, 1)
    slots = _ceil_div(demand, concurrency)
    why = f"demand {demand} needs {slots} at concurrency {concurrency}"
    if inputs.throughput is not None and inputs.throughput > 0 and demand > 0:
        per_worker = inputs.throughput * max(inputs.target_drain_seconds, 1e-3)
        drain = max(_ceil_div(demand, per_worker), 1)
        if drain < slots:
            return drain, (
                f"demand {demand} at {inputs.throughput:.3g} tasks/s per worker drains within "
                f"{inputs.target_drain_seconds:g}s on {drain} (fewer than its {slots} slots)"
            )
    return slots, why


def recommend(inputs: PolicyInput) -> tuple[int, str]:
    """The raw recommendation: demand, activation and min/max, without stabilisation."""
    low = max(inputs.min_replicas, 0)
    high = max(inputs.max_replicas, low)
    if inputs.current_replicas <= 0 and inputs.demand <= inputs.activation_threshold:
        return low, (
            f"inactive: demand {inputs.demand} not above activation threshold "
            f"{inputs.activation_threshold}"
        )
    needed, why = needed_for_demand(inputs)
    if needed > high:
        return high, f"{why}, capped at maxReplicas {high}"
    if needed < low:
        return low, f"{why}, raised to minReplicas {low}"
    return needed, why


def desired_replicas(inputs: PolicyInput) -> Decision:
    recommendation, why = recommend(inputs)
    current = max(inputs.current_replicas, 0)
    if recommendation >= current:
        verb = "scale up" if recommendation > current else "steady"
        return Decision(recommendation, f"{verb}: {why}", recommendation)

    # Scale-down: to the highest recommendation within the window, never past the busy workers.
    since = inputs.now - inputs.scale_down_stabilization_seconds
    high = max(inputs.max_replicas, inputs.min_replicas, 0)
    window_max = min(  # an older recommendation is still bounded by today's maxReplicas
        max((r.replicas for r in inputs.history if since < r.time <= inputs.now), default=0),
        high,
    )
    target, reason = recommendation, f"scale down: {why}"
    if window_max > target:
        target = min(window_max, current)
        reason = (
            f"scale down stabilised at {target} (highest recommendation in the last "
            f"{inputs.scale_down_stabilization_seconds:g}s): {why}"
        )
    busy = (
        inputs.busy_workers
        if inputs.busy_workers is not None
        else max(inputs.in_flight, 0)  # unknown: assume each in-flight task is on its own worker
    )
    floor = min(max(busy, 0), current)
    if floor > target:
        target = floor
        source = "busy workers" if inputs.busy_workers is not None else "in-flight tasks"
        reason = f"scale down held at {target} ({source}: {busy}): {why}"
    if target == current:
        reason = f"steady ({reason})"
    return Decision(target, reason, recommendation)


def remember(
    history: Iterable[Recommendation], now: float, replicas: int, window_seconds: float
) -> tuple[Recommendation, ...]:
    """The history after recording this recommendation, without entries older than the window."""
    since = now - window_seconds
    kept = [r for r in history if since < r.time <= now]
    kept.append(Recommendation(now, replicas))
    return tuple(kept)
