"""The WorkerAutoscaler's decision function: examples and properties (hypothesis)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_operator.scaling_policy import (
    Decision,
    PolicyInput,
    Recommendation,
    desired_replicas,
    remember,
)

WINDOW = 120.0


def policy(**kwargs: object) -> PolicyInput:
    base: dict[str, object] = {
        "ready": 0, "in_flight": 0, "current_replicas": 0, "max_replicas": 10, "now": 1000.0,
        "busy_workers": 0, "scale_down_stabilization_seconds": WINDOW,
    }  # fmt: skip
    base.update(kwargs)
    return PolicyInput(**base)  # type: ignore[arg-type]


# -- examples ------------------------------------------------------------------------------
def test_slots_for_demand_at_concurrency() -> None:
    decision = desired_replicas(policy(ready=9, in_flight=2, concurrency=4))
    assert decision == Decision(3, decision.reason, 3)
    assert decision.reason.startswith("scale up: demand 11 needs 3 at concurrency 4")


def test_bounded_by_min_and_max() -> None:
    assert desired_replicas(policy(ready=500, max_replicas=7)).replicas == 7
    assert desired_replicas(policy(ready=1, min_replicas=2, current_replicas=2)).replicas == 2
    assert desired_replicas(policy(min_replicas=3)).replicas == 3


def test_activation_from_zero_only_above_threshold() -> None:
    assert desired_replicas(policy(ready=5, activation_threshold=5)).replicas == 0
    assert desired_replicas(policy(ready=6, activation_threshold=5)).replicas == 6
    # once running, a small demand is still served
    running = policy(ready=2, activation_threshold=5, current_replicas=2, busy_workers=0)
    assert desired_replicas(running).replicas == 2


def test_throughput_only_ever_lowers_the_slot_count() -> None:
    # 0.01 tasks/s per worker would "need" 50 workers for 30 messages: never more than 30 slots
    slow = policy(ready=30, throughput=0.01, target_drain_seconds=60, max_replicas=100)
    assert desired_replicas(slow).replicas == 30
    # fast tasks: 0.2 tasks/s per worker drains 30 messages within 60 s on 3 workers
    fast = desired_replicas(replace(slow, throughput=0.2))
    assert fast.replicas == 3
    assert "drains within 60s on 3" in fast.reason
    # any demand keeps at least one worker
    assert desired_replicas(replace(slow, ready=1, throughput=50.0)).replicas == 1
    # no measured throughput: slots only
    assert desired_replicas(replace(slow, throughput=None)).replicas == 30


def test_scale_up_at_once_scale_down_after_window() -> None:
    history = (Recommendation(1000.0 - 30, 8),)
    held = desired_replicas(policy(ready=1, current_replicas=8, history=history))
    assert held.replicas == 8
    assert held.recommendation == 1
    assert "stabilised" in held.reason
    later = desired_replicas(policy(ready=1, current_replicas=8, now=1000.0 + WINDOW,
                                    history=history))  # fmt: skip
    assert later.replicas == 1
    assert later.reason.startswith("scale down")


def test_never_below_busy_workers() -> None:
    decision = desired_replicas(policy(current_replicas=6, busy_workers=4, in_flight=4,
                                       concurrency=4))  # fmt: skip
    assert decision.replicas == 4
    assert "busy workers: 4" in decision.reason
    # unknown busy count: every in-flight task is assumed to hold its own worker
    unknown = desired_replicas(policy(current_replicas=6, busy_workers=None, in_flight=3,
                                      concurrency=4))  # fmt: skip
    assert unknown.replicas == 3
    assert "in-flight tasks: 3" in unknown.reason


def test_zero_when_idle() -> None:
    decision = desired_replicas(policy(current_replicas=3))
    assert decision.replicas == 0
    assert decision.reason.startswith("scale down")


def test_remember_prunes_the_window() -> None:
    history = remember((Recommendation(0.0, 5), Recommendation(50.0, 3)), 130.0, 2, WINDOW)
    assert history == (Recommendation(50.0, 3), Recommendation(130.0, 2))


# -- properties ----------------------------------------------------------------------------
counts = st.integers(min_value=0, max_value=400)


@st.composite
def inputs(draw: st.DrawFn) -> PolicyInput:
    low = draw(st.integers(0, 5))
    high = draw(st.integers(max(low, 1), 40))
    current = draw(st.integers(0, 50))
    now = 10_000.0
    history = tuple(
        Recommendation(now - age, replicas)
        for age, replicas in draw(
            st.lists(st.tuples(st.floats(0, 400), st.integers(0, 60)), max_size=8)
        )
    )
    return PolicyInput(
        ready=draw(counts),
        in_flight=draw(counts),
        current_replicas=current,
        max_replicas=high,
        min_replicas=low,
        now=now,
        busy_workers=draw(st.none() | st.integers(0, current)),
        concurrency=draw(st.integers(1, 16)),
        throughput=draw(st.none() | st.floats(0.001, 50)),
        activation_threshold=draw(st.integers(0, 20)),
        target_drain_seconds=draw(st.floats(1, 600)),
        scale_down_stabilization_seconds=draw(st.floats(0, 300)),
        history=history,
    )


def busy_floor(p: PolicyInput) -> int:
    busy = p.busy_workers if p.busy_workers is not None else p.in_flight
    return min(busy, p.current_replicas)


@given(inputs())
def test_within_bounds(p: PolicyInput) -> None:
    decision = desired_replicas(p)
    assert p.min_replicas <= decision.recommendation <= p.max_replicas
    # the only way past maxReplicas is keeping busy workers that are already running
    assert p.min_replicas <= decision.replicas <= max(p.max_replicas, busy_floor(p))
    assert decision.reason


@given(inputs())
def test_never_below_busy(p: PolicyInput) -> None:
    assert desired_replicas(p).replicas >= busy_floor(p)


@given(inputs(), counts, counts)
def test_monotonic_in_demand(p: PolicyInput, more_ready: int, more_in_flight: int) -> None:
    more = replace(p, ready=p.ready + more_ready, in_flight=p.in_flight + more_in_flight)
    assert desired_replicas(more).replicas >= desired_replicas(p).replicas
    assert desired_replicas(more).recommendation >= desired_replicas(p).recommendation


@given(inputs())
def test_zero_only_without_demand_and_min_zero(p: PolicyInput) -> None:
    if desired_replicas(p).replicas == 0:
        assert p.min_replicas == 0
        activating = p.current_replicas == 0 and p.demand <= p.activation_threshold
        assert p.demand == 0 or activating


@given(inputs())
def test_scale_up_is_immediate(p: PolicyInput) -> None:
    decision = desired_replicas(p)
    if decision.recommendation > p.current_replicas:
        assert decision.replicas == decision.recommendation


@settings(max_examples=200)
@given(
    demand=st.lists(st.tuples(counts, st.integers(0, 8)), min_size=2, max_size=80),
    interval=st.sampled_from([1.0, 5.0, 15.0, 30.0]),
    window=st.sampled_from([0.0, 30.0, 120.0, 300.0]),
    concurrency=st.integers(1, 8),
    busy_known=st.booleans(),
)
def test_no_flapping_under_noisy_demand(
    demand: list[tuple[int, int]],
    interval: float,
    window: float,
    concurrency: int,
    busy_known: bool,
) -> None:
    """Run the controller loop over noisy demand: after the count rises to L at time t, it stays
    at L or above until t + window (no up-down oscillation inside the window)."""
    now, current = 0.0, 0
    history: tuple[Recommendation, ...] = ()
    steps: list[tuple[float, int, int]] = []  # (time, replicas, previous)
    for ready, in_flight in demand:
        p = PolicyInput(
            ready=ready, in_flight=in_flight, current_replicas=current, max_replicas=30,
            now=now, busy_workers=min(in_flight, current) if busy_known else None,
            concurrency=concurrency, scale_down_stabilization_seconds=window, history=history,
        )  # fmt: skip
        decision = desired_replicas(p)
        history = remember(history, now, decision.recommendation, window)
        steps.append((now, decision.replicas, current))
        current = decision.replicas
        now += interval
    for i, (t_up, level, before) in enumerate(steps):
        if level <= before:
            continue
        for t, replicas, _ in steps[i + 1 :]:
            if t - t_up < window:
                assert replicas >= level, (t_up, level, t, replicas)


@pytest.mark.parametrize("window", [30.0, 120.0])
def test_noisy_demand_settles(window: float) -> None:
    """Alternating demand 20/0 every 5 s: the count goes up once and holds, never oscillates."""
    now, current = 0.0, 0
    history: tuple[Recommendation, ...] = ()
    seen = []
    for step in range(60):
        p = PolicyInput(ready=20 if step % 2 == 0 else 0, in_flight=0, current_replicas=current,
                        max_replicas=30, now=now, busy_workers=0,
                        scale_down_stabilization_seconds=window, history=history)  # fmt: skip
        decision = desired_replicas(p)
        history = remember(history, now, decision.recommendation, window)
        current = decision.replicas
        seen.append(current)
        now += 5.0
    assert seen == [20] * 60


def test_lowered_max_bounds_older_recommendations() -> None:
    """Found by hypothesis: a recommendation made before maxReplicas was lowered must not hold
    the count above the new maximum."""
    p = policy(current_replicas=2, max_replicas=1, busy_workers=None,
               history=(Recommendation(1000.0, 2),))  # fmt: skip
    assert desired_replicas(p).replicas == 1
