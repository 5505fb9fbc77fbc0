"""Our WorkerAutoscaler against KEDA's redis-list scaler: a seeded discrete-event simulation.

Run: .venv/bin/python tests/bench/bench_autoscaler.py [--seeds N] [--list-length L]
[--grace-seconds S] [--keda-no-scale-up-limit]  (also `make bench`). Each seed draws one bursty
trace; both autoscalers run on that same trace (same arrivals, priorities and task durations)
against the same simulated queue and worker Deployment. Printed: p50/p95/p99 queue wait, worker
pod-seconds, interrupted tasks and max replicas per seed, the ratios ours/KEDA, and the targets of
issue 4 judged on the median and on the worst seed (a target PASSes only if it holds on every
seed). A missed target still exits 0 (this is a report); errors exit non-zero.

The model (shared by both autoscalers unless it says otherwise):
- Workload, per seed: 2 hours of a Poisson trickle (one task a minute on average) plus 6 bursts at
  uniform random times (a recruiter uploading 50-250 resumes, enqueued within 10 s). Each task
  goes to a priority sub-queue with probability 0.3 (priority 3, 6 or 9: kombu's default
  priority_steps, kept in the lists `resumes\\x06\\x16N`), else to the base list `resumes`.
  Durations are lognormal, median 3 s, sigma 1.25 (p99 ~55 s: scans and OCR), capped at the app's
  task_time_limit (300 s). The same durations are used for both autoscalers.
- Broker: kombu's Redis transport with queue_order_strategy "priority": a free worker slot takes
  the base list first, then priorities 3, 6, 9; FIFO within a list; among idle slots the one idle
  longest takes the next message (BRPOP serves the client that blocked first).
- Workers: concurrency 2 per pod; acks_late with prefetch multiplier 1, so a pod holds exactly
  the messages it runs, and they sit in kombu's `unacked` hash until done. A pod starts
  consuming U(20, 40) s after the ReplicaSet creates it; the ReplicaSet acts 1 s after a scale
  patch (same distribution and delays for both).
- Scale-down: the ReplicaSet removes not-yet-ready pods first, then lower
  `pod-deletion-cost`, then younger pods (log2 age buckets, ties random: LogarithmicScaleDown).
  Ours sets, at the poll that scales down, the handler's own `deletion_cost_patches` (idle pods
  low, busy ones high, by the busy node names read from Redis); a pod idle at that poll may
  still take a message in the 1 s before the deletion. KEDA sets no cost. A removed worker gets
  SIGTERM, stops consuming and finishes its running tasks (Celery's warm shutdown) within
  terminationGracePeriodSeconds: 30 s by default (the Kubernetes default, the typical KEDA
  setup, shorter than the longest tasks; the same Deployment for both; the chart's 360 s is
  `--grace-seconds 360`). A task still running at the deadline is SIGKILLed: counted as
  interrupted, its work so far is lost, its message stays in `unacked` and kombu redelivers it
  after visibility_timeout (660 s = 2 x task_time_limit + 60, the app's setting), at the back
  of its list. "busy removed" counts every task running on a removed pod, finished in grace or
  not (the count a longer grace period does not change). An interrupted task's queue wait runs
  from its arrival to the start of the run that completes it.
- Ours: every pollingInterval (5 s, the handler's default) the operator's own `policy_input`,
  `desired_replicas` and `remember` (resume_operator) with spec {minReplicas 0, maxReplicas 20,
  concurrency 2} and every other field at its default (targetDrainSeconds 60,
  scaleDownStabilizationSeconds 120, activationThreshold 0); history carried between polls. Its
  `Demand` is built the way demand.py reads Redis: ready = the four lists, in flight = the
  `unacked` hash (redelivery-pending messages included), busy workers = pods with a busy entry
  (a SIGKILLed pod's entries linger until their stale limit, 360 s after the task started),
  throughput = tasks completed in the current and last 5 minutes / that window / pods that
  heartbeat (every 15 s, fresh for 60 s) or are busy; None for both when nothing was recorded.
- KEDA 2.x redis scaler, ScaledObject defaults except listLength: every pollingInterval (30 s)
  KEDA reads LLEN of the base list only (blind to the sub-queues and to `unacked`); above
  activationListLength 0 it scales 0 -> 1, and after cooldownPeriod (300 s) without activity it
  scales to 0. The HPA (autoscaling/v2 defaults) syncs every 15 s on a fresh LLEN (the metrics
  adapter reads Redis; no metric cache): AverageValue target listLength, desired =
  ceil(LLEN / listLength) unless within the 10% tolerance, minReplicas 1 while active,
  scale-up at most max(+100%, +4 pods) per 15 s, scale-down to the highest recommendation of
  the last 300 s. listLength defaults to the pod concurrency, 2 (fairest; KEDA's default is 5).
  `--keda-no-scale-up-limit` lifts the HPA's scale-up policy, as a ScaledObject's
  `advanced.horizontalPodAutoscalerConfig.behavior` can: the p95 comparison is sensitive to it.
- Worker-seconds are pod-seconds: from pod creation (startup included) to exit (warm shutdown
  included). Slot-seconds are pod-seconds x concurrency, so their ratio is the same.
- The run ends when every task has completed and the Deployment is at 0 with no pod left, or an
  hour after the last arrival; a task not completed by then ("unfinished": KEDA leaves a
  sub-queue message waiting at 0 replicas until a base-list message activates it) counts with
  the wait it had so far (a lower bound).
Not modelled: node provisioning (a pod's startup is one delay), Redis, API and Kubernetes API
latency, task failures and retries, the operator's poll duration, several queues per Deployment.
"""

from __future__ import annotations

import argparse
import heapq
import itertools
import math
import random
import statistics
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from rich.console import Console
from rich.table import Table

from resume_operator.demand import Demand
from resume_operator.handlers.autoscaler import (
    POD_DELETION_COST,
    deletion_cost_patches,
    policy_input,
    polling_interval,
)
from resume_operator.scaling_policy import Recommendation, desired_replicas, remember
from resume_processor import worker_activity as activity

QUEUE = "resumes"
PRIORITIES = (0, 3, 6, 9)  # kombu's default priority_steps; 0 is the base list, served first
TARGET_P95_REDUCTION = 0.30
TARGET_WORKER_SECONDS_RATIO = 1.0
COLUMNS = ("seed", "autoscaler", "tasks", "p50 wait", "p95 wait", "p99 wait", "pod-seconds",
           "interrupted", "busy removed", "max replicas", "unfinished")  # fmt: skip
STARTING, RUNNING, TERMINATING, GONE = "starting", "running", "terminating", "gone"


@dataclass(frozen=True)
class Workload:
    hours: float = 2.0
    bursts: int = 6
    burst_sizes: tuple[int, int] = (50, 250)
    burst_spread_seconds: float = 10.0
    trickle_gap_seconds: float = 60.0
    sub_queue_fraction: float = 0.3
    median_seconds: float = 3.0
    sigma: float = 1.25
    max_seconds: float = 300.0  # the app's task_time_limit


@dataclass(frozen=True)
class Deployment:
    concurrency: int = 2
    min_replicas: int = 0
    max_replicas: int = 20
    startup_seconds: tuple[float, float] = (20.0, 40.0)
    reconcile_seconds: float = 1.0
    grace_seconds: float = 30.0
    visibility_timeout_seconds: float = 660.0
    busy_stale_seconds: float = 300.0 + activity.BUSY_MARGIN_SECONDS
    tail_seconds: float = 3600.0


@dataclass(frozen=True)
class Task:
    id: int
    arrival: float
    duration: float
    priority: int


@dataclass
class Pod:
    id: int
    created: float
    tiebreak: float
    state: str = STARTING
    ready_at: float | None = None
    running: dict[int, float] = field(default_factory=dict)  # task id -> run start
    last_event: float = 0.0
    annotations: dict[str, str] = field(default_factory=dict)
    gone_at: float = 0.0

    @property
    def name(self) -> str:
        return f"worker-{self.id}"

    @property
    def node(self) -> str:
        return f"celery@{self.name}"  # the Celery node name the worker records

    def last_seen(self) -> float | None:
        """The last heartbeat or task event the worker wrote (only meaningful once gone)."""
        if self.ready_at is None:
            return None
        beats = math.floor((self.gone_at - self.ready_at) / activity.HEARTBEAT_SECONDS)
        return max(self.last_event, self.ready_at + beats * activity.HEARTBEAT_SECONDS)


@dataclass
class Result:
    waits: list[float]
    pod_seconds: float
    interrupted: int
    busy_removed: int
    max_replicas: int
    unfinished: int

    def percentile(self, q: int) -> float:
        return statistics.quantiles(self.waits, n=100, method="inclusive")[q - 1]


def make_trace(seed: int, workload: Workload = Workload()) -> list[Task]:
    rng = random.Random(seed)
    horizon = workload.hours * 3600
    arrivals = []
    t = rng.expovariate(1 / workload.trickle_gap_seconds)
    while t < horizon:
        arrivals.append(t)
        t += rng.expovariate(1 / workload.trickle_gap_seconds)
    for _ in range(workload.bursts):
        start, size = rng.uniform(0, horizon - 600), rng.randint(*workload.burst_sizes)
        arrivals += [start + rng.uniform(0, workload.burst_spread_seconds) for _ in range(size)]
    tasks = []
    for index, arrival in enumerate(sorted(arrivals)):
        duration = rng.lognormvariate(math.log(workload.median_seconds), workload.sigma)
        sub = rng.random() < workload.sub_queue_fraction
        priority = rng.choice(PRIORITIES[1:]) if sub else 0
        tasks.append(Task(index, arrival, min(duration, workload.max_seconds), priority))
    return tasks


class Autoscaler(Protocol):
    name: str

    def start(self, sim: Simulation) -> None: ...

    def deletion_cost(self, pod: Pod) -> int: ...


class Simulation:
    """One queue and one worker Deployment; an autoscaler patches `scale`."""

    def __init__(self, tasks: Sequence[Task], deployment: Deployment, seed: int) -> None:
        self.tasks, self.deployment = list(tasks), deployment
        self.now = 0.0
        self.rng = random.Random(seed * 7919 + 1)  # startup delays and ReplicaSet tie-breaks
        self._events: list[tuple[float, int, Callable[..., None], tuple[Any, ...]]] = []
        self._seq = itertools.count()
        self._pod_ids = itertools.count()
        self.lists: dict[int, deque[int]] = {priority: deque() for priority in PRIORITIES}
        self.unacked: set[int] = set()
        self.pods: dict[int, Pod] = {}
        self.recently_gone: list[Pod] = []
        self.free: deque[int] = deque()  # one pod id per idle slot, idle longest first
        self.replicas = 0  # the Deployment's spec.replicas
        self.autoscaler: Autoscaler | None = None
        self.runs = [0] * len(self.tasks)  # bumped when a run is killed: its end is void
        self.started = [math.nan] * len(self.tasks)  # of each task's latest run
        self.completed = [False] * len(self.tasks)
        self.waits: list[float] = []
        self.completed_by_minute: Counter[int] = Counter()
        self.ghost_busy: list[tuple[int, float]] = []  # (pod id, stale at) of SIGKILLed tasks
        self.pod_seconds = 0.0
        self.interrupted = self.busy_removed = self.max_replicas = 0
        for task in self.tasks:
            self.schedule(task.arrival, self.arrive, task)

    # -- engine --------------------------------------------------------------------------
    def schedule(self, when: float, action: Callable[..., None], *args: Any) -> None:
        heapq.heappush(self._events, (when, next(self._seq), action, args))

    def run(self, autoscaler: Autoscaler) -> Result:
        self.autoscaler = autoscaler
        autoscaler.start(self)
        last = max((task.arrival for task in self.tasks), default=0.0)
        cap = last + self.deployment.tail_seconds
        while self._events:
            when, _, action, args = heapq.heappop(self._events)
            if when > cap:
                self.now = cap
                break
            self.now = when
            action(*args)
            if when >= last and len(self.waits) == len(self.tasks) and self.idle_and_empty():
                break
        for pod in self.pods.values():
            self.pod_seconds += self.now - pod.created
        running = {task_id for pod in self.pods.values() for task_id in pod.running}
        unfinished = [task for task in self.tasks if not self.completed[task.id]]
        waits = self.waits + [
            (self.started[task.id] if task.id in running else self.now) - task.arrival
            for task in unfinished
        ]
        return Result(waits, self.pod_seconds, self.interrupted, self.busy_removed,
                      self.max_replicas, len(unfinished))  # fmt: skip

    def idle_and_empty(self) -> bool:
        return self.replicas == 0 and not self.pods

    # -- broker and workers ----------------------------------------------------------------
    def arrive(self, task: Task) -> None:
        self.lists[task.priority].append(task.id)
        self.dispatch()

    def dispatch(self) -> None:
        while self.free:
            priority = next((p for p in PRIORITIES if self.lists[p]), None)
            if priority is None:
                return
            pod = self.pods.get(self.free.popleft())
            if pod is None or pod.state != RUNNING:
                continue  # a slot of a pod that was removed since
            task = self.tasks[self.lists[priority].popleft()]
            pod.running[task.id] = self.now
            pod.last_event = self.now
            self.unacked.add(task.id)
            self.started[task.id] = self.now
            self.schedule(self.now + task.duration, self.finish, pod, task.id, self.runs[task.id])

    def finish(self, pod: Pod, task_id: int, run: int) -> None:
        if run != self.runs[task_id]:
            return  # SIGKILLed
        del pod.running[task_id]
        pod.last_event = self.now
        self.unacked.discard(task_id)
        self.completed_by_minute[activity.minute(self.now)] += 1
        self.completed[task_id] = True
        self.waits.append(self.started[task_id] - self.tasks[task_id].arrival)
        if pod.state == RUNNING:
            self.free.append(pod.id)
            self.dispatch()
        elif pod.state == TERMINATING and not pod.running:
            self.exit(pod)

    def pod_ready(self, pod: Pod) -> None:
        if pod.state != STARTING:
            return
        pod.state, pod.ready_at, pod.last_event = RUNNING, self.now, self.now
        self.free.extend([pod.id] * self.deployment.concurrency)
        self.dispatch()

    def scale(self, replicas: int) -> None:
        """The autoscaler patches spec.replicas; the ReplicaSet follows a moment later."""
        self.replicas = replicas
        self.max_replicas = max(self.max_replicas, replicas)
        self.schedule(self.now + self.deployment.reconcile_seconds, self.reconcile)

    def reconcile(self) -> None:
        active = [pod for pod in self.pods.values() if pod.state in (STARTING, RUNNING)]
        for _ in range(self.replicas - len(active)):
            pod = Pod(next(self._pod_ids), created=self.now, tiebreak=self.rng.random())
            self.pods[pod.id] = pod
            self.schedule(self.now + self.rng.uniform(*self.deployment.startup_seconds),
                          self.pod_ready, pod)  # fmt: skip
        if len(active) > self.replicas:
            for pod in sorted(active, key=self.deletion_rank)[: len(active) - self.replicas]:
                self.terminate(pod)

    def deletion_rank(self, pod: Pod) -> tuple[int, int, int, float]:
        """The ReplicaSet's order (controller.ActivePodsWithRanks), first removed first."""
        assert self.autoscaler is not None
        if pod.ready_at is None:
            return (0, 0, 0, pod.tiebreak)
        age_bucket = int(math.log2(max(self.now - pod.ready_at, 1.0)))
        return (1, self.autoscaler.deletion_cost(pod), age_bucket, pod.tiebreak)

    def terminate(self, pod: Pod) -> None:
        """SIGTERM: stop consuming, finish running tasks within the grace period."""
        self.busy_removed += len(pod.running)
        if not pod.running:
            self.exit(pod)
            return
        pod.state = TERMINATING
        deadline = self.now + self.deployment.grace_seconds
        if any(started + self.tasks[task_id].duration > deadline
               for task_id, started in pod.running.items()):  # fmt: skip
            self.schedule(deadline, self.kill, pod)

    def kill(self, pod: Pod) -> None:
        if pod.state != TERMINATING:
            return  # finished within the grace period
        for task_id, started in pod.running.items():
            self.interrupted += 1
            self.runs[task_id] += 1
            self.ghost_busy.append((pod.id, started + self.deployment.busy_stale_seconds))
            restore_at = started + self.deployment.visibility_timeout_seconds
            self.schedule(max(restore_at, self.now), self.restore, task_id)
        pod.running.clear()
        self.exit(pod)

    def restore(self, task_id: int) -> None:
        """kombu's redelivery of a message whose visibility timeout expired."""
        self.unacked.discard(task_id)
        self.lists[self.tasks[task_id].priority].append(task_id)
        self.dispatch()

    def exit(self, pod: Pod) -> None:
        pod.state, pod.gone_at = GONE, self.now
        self.pod_seconds += self.now - pod.created
        del self.pods[pod.id]
        self.recently_gone.append(pod)

    # -- what the operator reads from Redis (resume_operator.demand) -------------------------
    def read_demand(self) -> Demand:
        now = self.now
        ready = sum(len(entries) for entries in self.lists.values())
        self.ghost_busy = [(pod_id, stale) for pod_id, stale in self.ghost_busy if stale > now]
        busy = {pod.node for pod in self.pods.values() if pod.running}
        busy |= {f"celery@worker-{pod_id}" for pod_id, _ in self.ghost_busy}
        processes = sum(len(pod.running) for pod in self.pods.values()) + len(self.ghost_busy)
        stale = activity.ALIVE_STALE_SECONDS
        self.recently_gone = [pod for pod in self.recently_gone if now - pod.gone_at <= stale]
        alive = {pod.node for pod in self.pods.values() if pod.state in (RUNNING, TERMINATING)}
        for pod in self.recently_gone:
            seen = pod.last_seen()
            if seen is not None and now - seen <= stale:
                alive.add(pod.node)
        current = activity.minute(now)
        window = activity.THROUGHPUT_WINDOW_MINUTES
        completed = sum(self.completed_by_minute[m] for m in range(current - window, current + 1))
        pods = alive | busy
        in_flight = {QUEUE: len(self.unacked)}
        if not pods and not completed:
            return Demand(ready={QUEUE: ready}, in_flight=in_flight)
        throughput = completed / activity.window_seconds(now, window) / len(pods) if pods else None
        return Demand(ready={QUEUE: ready}, in_flight=in_flight, busy_workers=len(busy),
                      throughput=throughput, busy_processes=processes,
                      busy_nodes=frozenset(busy))  # fmt: skip


class Operator:
    """resume_operator's poll loop, minus the I/O (handlers.autoscaler.Autoscaler.poll)."""

    name = "ours"

    def __init__(self, deployment: Deployment) -> None:
        self.spec: dict[str, Any] = {
            "scaleTargetRef": {"name": "worker"}, "queues": [QUEUE],
            "minReplicas": deployment.min_replicas, "maxReplicas": deployment.max_replicas,
            "concurrency": deployment.concurrency,
        }  # fmt: skip
        self.history: tuple[Recommendation, ...] = ()

    def start(self, sim: Simulation) -> None:
        sim.schedule(0.0, self.poll, sim)

    def poll(self, sim: Simulation) -> None:
        current, demand = sim.replicas, sim.read_demand()
        decision = desired_replicas(policy_input(self.spec, demand, current, sim.now, self.history))
        window = float(self.spec.get("scaleDownStabilizationSeconds", 120))
        self.history = remember(self.history, sim.now, decision.recommendation, window)
        if decision.replicas != current:
            if decision.replicas < current and demand.busy_workers is not None:
                mark_idle_pods(sim, demand.busy_nodes)
            sim.scale(decision.replicas)
        sim.schedule(sim.now + polling_interval(self.spec), self.poll, sim)

    def deletion_cost(self, pod: Pod) -> int:
        return int(pod.annotations.get(POD_DELETION_COST, "0"))


def mark_idle_pods(sim: Simulation, busy_nodes: Iterable[str]) -> None:
    """The operator's pod-deletion-cost patches (handlers.autoscaler) on the live pods."""
    live = {pod.name: pod for pod in sim.pods.values() if pod.state != TERMINATING}
    marks = [(name, pod.annotations) for name, pod in live.items()]
    for name, cost in deletion_cost_patches(marks, busy_nodes).items():
        live[name].annotations[POD_DELETION_COST] = cost


class Keda:
    """A ScaledObject with the redis (list) scaler and the HPA it manages."""

    name = "KEDA"
    polling_seconds, cooldown_seconds, activation_list_length = 30.0, 300.0, 0
    hpa_sync_seconds, hpa_tolerance, hpa_scale_down_window = 15.0, 0.1, 300.0

    def __init__(
        self, deployment: Deployment, list_length: int, scale_up_limit: bool = True
    ) -> None:
        self.max_replicas, self.list_length = deployment.max_replicas, list_length
        self.scale_up_limit = scale_up_limit  # the HPA's default scaleUp policies
        self.last_active = -math.inf
        self.recommendations: deque[tuple[float, int]] = deque()

    def llen(self, sim: Simulation) -> int:
        return len(sim.lists[0])  # LLEN of the listName only

    def start(self, sim: Simulation) -> None:
        sim.schedule(0.0, self.poll, sim)
        sim.schedule(0.0, self.hpa_sync, sim)

    def poll(self, sim: Simulation) -> None:
        if self.llen(sim) > self.activation_list_length:
            self.last_active = sim.now
            if sim.replicas == 0:
                sim.scale(1)
        elif sim.replicas > 0 and sim.now - self.last_active >= self.cooldown_seconds:
            sim.scale(0)
        sim.schedule(sim.now + self.polling_seconds, self.poll, sim)

    def hpa_sync(self, sim: Simulation) -> None:
        current = sim.replicas
        if current > 0:  # at 0 the HPA is disabled; KEDA owns 0 <-> 1
            metric = self.llen(sim)
            ratio = metric / (self.list_length * current)
            wanted = (
                current
                if abs(ratio - 1) <= self.hpa_tolerance
                else math.ceil(metric / self.list_length)
            )
            self.recommendations.append((sim.now, wanted))
            since = sim.now - self.hpa_scale_down_window
            while self.recommendations and self.recommendations[0][0] <= since:
                self.recommendations.popleft()
            highest = max(replicas for _, replicas in self.recommendations)
            desired = wanted if wanted > current else min(current, highest)
            if self.scale_up_limit:  # 100% or 4 pods per 15 s, whichever is more
                desired = min(desired, max(2 * current, current + 4))
            desired = min(max(desired, 1), self.max_replicas)
            if desired != current:
                sim.scale(desired)
        sim.schedule(sim.now + self.hpa_sync_seconds, self.hpa_sync, sim)

    def deletion_cost(self, pod: Pod) -> int:
        return 0


def simulate(seed: int, list_length: int, scale_up_limit: bool = True,
             deployment: Deployment = Deployment(),
             workload: Workload = Workload()) -> tuple[Result, Result]:  # fmt: skip
    """(ours, KEDA) on the trace of `seed`."""
    tasks = make_trace(seed, workload)
    ours = Simulation(tasks, deployment, seed).run(Operator(deployment))
    keda = Keda(deployment, list_length, scale_up_limit)
    return ours, Simulation(tasks, deployment, seed).run(keda)


def seconds(value: float) -> str:
    return f"{value:,.1f} s"


def report(results: dict[int, tuple[Result, Result]], keda_setup: str) -> None:
    console = Console(width=160)
    table = Table(title=f"Queue wait and cost per seed ({keda_setup})")
    for column in COLUMNS:
        table.add_column(column, justify="left" if column == "autoscaler" else "right")
    ratios = Table(title="ours vs KEDA per seed")
    for column in ("seed", "p95 wait ours/KEDA", "p95 reduction", "pod-seconds ours/KEDA"):
        ratios.add_column(column, justify="right")
    reductions, cost_ratios, interrupted = [], [], []
    for seed, pair in results.items():
        for name, result in zip(("ours", "KEDA"), pair, strict=True):
            table.add_row(str(seed), name, str(len(result.waits)), seconds(result.percentile(50)),
                          seconds(result.percentile(95)), seconds(result.percentile(99)),
                          f"{result.pod_seconds:,.0f}", str(result.interrupted),
                          str(result.busy_removed), str(result.max_replicas),
                          str(result.unfinished))  # fmt: skip
        ours, keda = pair
        p95 = ours.percentile(95) / keda.percentile(95)
        cost = ours.pod_seconds / keda.pod_seconds
        reductions.append(1 - p95)
        cost_ratios.append(cost)
        interrupted.append(ours.interrupted)
        ratios.add_row(str(seed), f"{p95:.2f}", f"{1 - p95:+.0%}", f"{cost:.2f}")
    console.print(table)
    console.print(ratios)
    targets = Table(title=f"targets over {len(results)} seeds (PASS = holds on every seed)")
    for column in ("target", "median", "worst seed", "goal", "result"):
        targets.add_column(column)
    rows = [
        ("p95 queue wait lower than KEDA's", f"{statistics.median(reductions):.0%}",
         f"{min(reductions):.0%}", f">= {TARGET_P95_REDUCTION:.0%}",
         min(reductions) >= TARGET_P95_REDUCTION),
        ("pod-seconds ours/KEDA", f"{statistics.median(cost_ratios):.2f}",
         f"{max(cost_ratios):.2f}", f"<= {TARGET_WORKER_SECONDS_RATIO:.2f}",
         max(cost_ratios) <= TARGET_WORKER_SECONDS_RATIO),
        ("tasks interrupted by scale-down (ours)", f"{statistics.median(interrupted):g}",
         str(max(interrupted)), "0", max(interrupted) == 0),
    ]  # fmt: skip
    for *cells, ok in rows:
        targets.add_row(*cells, "PASS" if ok else "MISS")
    console.print(targets)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5, help="traces to simulate")
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument(
        "--list-length",
        type=int,
        default=Deployment().concurrency,
        help="KEDA's listLength (default: the pod concurrency; KEDA's own is 5)",
    )
    parser.add_argument(
        "--grace-seconds",
        type=float,
        default=Deployment().grace_seconds,
        help="the worker Deployment's terminationGracePeriodSeconds (both autoscalers)",
    )
    parser.add_argument(
        "--keda-no-scale-up-limit",
        action="store_true",
        help="lift the HPA's default scale-up policy (as a ScaledObject's "
        "advanced.horizontalPodAutoscalerConfig.behavior can)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    seeds = range(args.first_seed, args.first_seed + args.seeds)
    limit = not args.keda_no_scale_up_limit
    deployment = Deployment(grace_seconds=args.grace_seconds)
    results = {seed: simulate(seed, args.list_length, limit, deployment) for seed in seeds}
    scale_up = "limited" if limit else "unlimited"
    setup = (
        f"grace {args.grace_seconds:g} s; KEDA listLength {args.list_length}, "
        f"HPA scale-up {scale_up}"
    )
    report(results, setup)
    elapsed = time.perf_counter() - started
    print(f"simulated {len(results)} seeds x 2 autoscalers in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
