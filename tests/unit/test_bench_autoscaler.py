"""The simulation behind tests/bench/bench_autoscaler.py: the behaviours its comparison rests on."""

from __future__ import annotations

import statistics

from tests.bench.bench_autoscaler import (
    PRIORITIES,
    Deployment,
    Keda,
    Operator,
    Pod,
    Simulation,
    Task,
    make_trace,
    mark_idle_pods,
)

FAST = Deployment(startup_seconds=(10.0, 10.0))  # a pod consumes 11 s after the scale patch


class Scripted:
    """Sets the replicas at fixed times; no pod-deletion-cost."""

    name = "scripted"

    def __init__(self, steps: list[tuple[float, int]]) -> None:
        self.steps = steps

    def start(self, sim: Simulation) -> None:
        for when, replicas in self.steps:
            sim.schedule(when, sim.scale, replicas)

    def deletion_cost(self, pod: Pod) -> int:
        return 0


class ScriptedWithDeletionCost(Scripted):
    """Marks pods before scaling down, as our operator does."""

    def start(self, sim: Simulation) -> None:
        for when, replicas in self.steps:
            sim.schedule(when, self.scale, sim, replicas)

    def scale(self, sim: Simulation, replicas: int) -> None:
        if replicas < sim.replicas:
            mark_idle_pods(sim, {pod.node for pod in sim.pods.values() if pod.running})
        sim.scale(replicas)

    def deletion_cost(self, pod: Pod) -> int:
        return Operator.deletion_cost(self, pod)  # type: ignore[arg-type]


def test_trace_is_seeded_bursty_and_uses_the_sub_queues() -> None:
    trace = make_trace(3)
    assert trace == make_trace(3)
    assert trace != make_trace(4)
    assert {task.priority for task in trace} == set(PRIORITIES)
    assert 0.2 < sum(task.priority != 0 for task in trace) / len(trace) < 0.4
    assert 2.0 < statistics.median(task.duration for task in trace) < 4.5
    assert all(0 < task.duration <= 300 for task in trace)
    assert len(trace) > 6 * 50  # the bursts are there, not only the trickle


def test_keda_is_blind_to_priority_sub_queues_and_ours_is_not() -> None:
    tasks = [Task(i, float(i), 5.0, 6) for i in range(10)]  # all in `resumes\x06\x166`
    keda = Simulation(tasks, FAST, seed=1).run(Keda(FAST, list_length=2))
    assert (keda.max_replicas, keda.unfinished) == (0, 10)
    ours = Simulation(tasks, FAST, seed=1).run(Operator(FAST))
    assert ours.max_replicas >= 1
    assert ours.unfinished == 0


def test_keda_scales_on_the_base_list() -> None:
    tasks = [Task(i, float(i), 5.0, 0) for i in range(10)]
    keda = Simulation(tasks, FAST, seed=1).run(Keda(FAST, list_length=2))
    assert keda.max_replicas >= 1
    assert keda.unfinished == 0


def test_demand_counts_every_list_and_the_tasks_in_flight() -> None:
    tasks = [Task(0, 0.0, 100.0, 0), Task(1, 0.0, 100.0, 3), Task(2, 0.0, 100.0, 9)]
    sim = Simulation(tasks, FAST, seed=1)
    sim.run(Scripted([]))
    assert sim.read_demand().total == 3
    assert sim.read_demand().total_ready == 3
    running = Simulation(tasks, FAST, seed=1)
    running.schedule(20.0, lambda: running._events.clear())  # stop with the tasks running
    running.run(Scripted([(0.0, 1)]))
    demand = running.read_demand()
    assert (demand.total_ready, demand.total_in_flight, demand.busy_workers) == (1, 2, 1)


def test_a_removed_pod_finishes_its_task_within_the_grace_period() -> None:
    tasks = [Task(0, 0.0, 20.0, 0)]  # runs 11 s -> 31 s; SIGTERM at 26 s, deadline 56 s
    result = Simulation(tasks, FAST, seed=1).run(Scripted([(0.0, 1), (25.0, 0)]))
    assert (result.busy_removed, result.interrupted, result.unfinished) == (1, 0, 0)
    assert result.waits == [11.0]
    assert result.pod_seconds == 30.0  # created at 1 s, exits when its task ends


def test_a_task_outliving_the_grace_period_is_interrupted_and_redelivered() -> None:
    tasks = [Task(0, 0.0, 100.0, 0)]  # starts 11 s; SIGTERM 26 s, SIGKILL 56 s
    result = Simulation(tasks, FAST, seed=1).run(Scripted([(0.0, 1), (25.0, 0), (600.0, 1)]))
    assert (result.busy_removed, result.interrupted, result.unfinished) == (1, 1, 0)
    assert result.waits == [11.0 + 660.0]  # redelivered after the visibility timeout


def test_the_deletion_cost_makes_the_replicaset_remove_idle_pods() -> None:
    tasks = [Task(0, 0.0, 250.0, 0)]  # one scan on one of four pods, then scale to 1
    steps = [(0.0, 4), (100.0, 1)]
    removed = []
    for seed in range(1, 9):
        marked = Simulation(tasks, FAST, seed).run(ScriptedWithDeletionCost(steps))
        assert (marked.busy_removed, marked.interrupted, marked.unfinished) == (0, 0, 0)
        removed.append(Simulation(tasks, FAST, seed).run(Scripted(steps)).busy_removed)
    assert sum(removed) >= 1  # without the cost the ReplicaSet picks the busy pod sometimes


def test_ours_keeps_the_busy_pod_keda_cooldown_kills_it() -> None:
    # a task at 0 s activates both; at 200 s a 250 s scan and three short tasks arrive
    tasks = [Task(0, 0.0, 1.0, 0), Task(1, 200.0, 250.0, 0)]
    tasks += [Task(i, 200.0, 1.0, 0) for i in (2, 3, 4)]
    for seed in range(1, 6):
        ours = Simulation(tasks, FAST, seed).run(Operator(FAST))
        assert (ours.busy_removed, ours.interrupted, ours.unfinished) == (0, 0, 0)
        keda = Simulation(tasks, FAST, seed).run(Keda(FAST, list_length=2))
        # no poll saw the base list non-empty after 0 s: the cooldown ends during the scan
        assert (keda.busy_removed, keda.interrupted, keda.unfinished) == (1, 1, 0)
