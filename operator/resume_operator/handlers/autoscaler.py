"""One WorkerAutoscaler poll: read the demand and the target's scale, decide, write the scale,
the status and an Event.

The decision is `scaling_policy.desired_replicas`; the status is built by `build_status` (pure).
Kubernetes calls go through the (blocking) official client in a thread.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import kopf
import redis.asyncio
from kubernetes import client as k8s
from kubernetes.client.exceptions import ApiException

from resume_operator import constants, metrics
from resume_operator.demand import Demand, read_demand
from resume_operator.scaling_policy import (
    Decision,
    PolicyInput,
    Recommendation,
    desired_replicas,
    remember,
)

log = logging.getLogger(__name__)

DEFAULT_POLLING_SECONDS = 5.0


@dataclass
class Clients:
    """Shared by every autoscaler of one operator process."""

    default_redis_url: str
    apps: Any = None  # kubernetes.client.AppsV1Api
    core: Any = None  # kubernetes.client.CoreV1Api
    custom: Any = None  # kubernetes.client.CustomObjectsApi
    redis_by_url: dict[str, redis.asyncio.Redis] = field(default_factory=dict)

    @classmethod
    def connect(cls, default_redis_url: str) -> Clients:
        return cls(default_redis_url, k8s.AppsV1Api(), k8s.CoreV1Api(), k8s.CustomObjectsApi())

    def redis(self, url: str) -> redis.asyncio.Redis:
        if url not in self.redis_by_url:
            self.redis_by_url[url] = redis.asyncio.Redis.from_url(
                url, socket_connect_timeout=5, socket_timeout=10
            )
        return self.redis_by_url[url]

    async def close(self) -> None:
        for client in self.redis_by_url.values():
            await client.aclose()
        self.redis_by_url.clear()


# -- pure ----------------------------------------------------------------------------------
def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def history_from_status(status: Mapping[str, Any]) -> tuple[Recommendation, ...]:
    found = []
    for entry in status.get("recommendations") or ():
        try:
            found.append(Recommendation(parse_iso(entry["time"]), int(entry["replicas"])))
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(found)


def policy_input(
    spec: Mapping[str, Any],
    demand: Demand,
    current: int,
    now: float,
    history: Sequence[Recommendation],
) -> PolicyInput:
    return PolicyInput(
        ready=demand.total_ready,
        in_flight=demand.total_in_flight,
        current_replicas=current,
        max_replicas=int(spec["maxReplicas"]),
        min_replicas=int(spec.get("minReplicas", 0)),
        now=now,
        busy_workers=demand.busy_workers,
        concurrency=int(spec.get("concurrency", 1)),
        throughput=demand.throughput,
        activation_threshold=int(spec.get("activationThreshold", 0)),
        target_drain_seconds=float(spec.get("targetDrainSeconds", 60)),
        scale_down_stabilization_seconds=float(spec.get("scaleDownStabilizationSeconds", 120)),
        history=tuple(history),
    )


def condition(kind: str, ok: bool, reason: str, message: str, now: float) -> dict[str, str]:
    return {
        "type": kind,
        "status": "True" if ok else "False",
        "reason": reason,
        "message": message[:1000],
        "lastTransitionTime": iso(now),
    }


def build_status(
    *,
    demand: Demand,
    decision: Decision,
    current: int,
    history: Sequence[Recommendation],
    now: float,
    last_scale_time: str | None,
    generation: int | None,
) -> dict[str, Any]:
    status: dict[str, Any] = {
        "demand": demand.total,
        "ready": demand.total_ready,
        "inFlight": demand.total_in_flight,
        "busyWorkers": demand.busy_workers,
        "throughput": demand.throughput,
        "desiredReplicas": decision.replicas,
        "currentReplicas": current,
        "reason": decision.reason[:1000],
        "lastScaleTime": last_scale_time,
        "observedGeneration": generation,
        "recommendations": [{"time": iso(r.time), "replicas": r.replicas} for r in history],
        "conditions": [
            condition("Ready", True, "DemandRead", "; ".join(demand.notes) or "ok", now),
            condition(
                "Active",
                decision.replicas > 0,
                "Demand" if decision.replicas > 0 else "Idle",
                decision.reason,
                now,
            ),
        ],
    }
    return status


POD_DELETION_COST = "controller.kubernetes.io/pod-deletion-cost"
IDLE_COST, BUSY_COST = "-1000", "1000"


def pod_of_node(nodename: str) -> str:
    """The pod a Celery node name (`celery@<hostname>`, the hostname being the pod name) is."""
    return nodename.partition("@")[2] or nodename


def deletion_cost_patches(
    pods: Iterable[tuple[str, Mapping[str, str]]], busy_nodes: Iterable[str]
) -> dict[str, str]:
    """Pod name -> the pod-deletion-cost it must get (only where it differs): idle pods low, so
    the ReplicaSet removes them first on scale-down; busy ones high (a pod marked idle earlier
    may be busy now)."""
    busy = {pod_of_node(node) for node in busy_nodes}
    patches = {}
    for name, marks in pods:
        want = BUSY_COST if name in busy else IDLE_COST
        if marks.get(POD_DELETION_COST) != want:
            patches[name] = want
    return patches


def label_selector(selector: Mapping[str, Any]) -> str:
    """A Deployment's `spec.selector` as a list-call label selector."""
    terms = [f"{key}={value}" for key, value in sorted((selector.get("matchLabels") or {}).items())]
    for expression in selector.get("matchExpressions") or ():
        key, operator, values = expression["key"], expression["operator"], expression.get("values")
        if operator == "In":
            terms.append(f"{key} in ({','.join(values or ())})")
        elif operator == "NotIn":
            terms.append(f"{key} notin ({','.join(values or ())})")
        elif operator == "Exists":
            terms.append(key)
        elif operator == "DoesNotExist":
            terms.append(f"!{key}")
    return ",".join(terms)


# -- I/O -----------------------------------------------------------------------------------
async def redis_url(clients: Clients, namespace: str, spec: Mapping[str, Any]) -> str:
    ref = (spec.get("redis") or {}).get("urlFrom")
    if not ref:
        return clients.default_redis_url
    secret = await asyncio.to_thread(clients.core.read_namespaced_secret, ref["name"], namespace)
    return base64.b64decode((secret.data or {})[ref["key"]]).decode()


async def read_deployment(clients: Clients, namespace: str, name: str) -> dict[str, Any]:
    """The target as plain JSON (spec.replicas, spec.selector, status.replicas/readyReplicas)."""
    response = await asyncio.to_thread(
        clients.apps.read_namespaced_deployment, name, namespace, _preload_content=False
    )
    deployment: dict[str, Any] = json.loads(response.data)
    return deployment


async def patch_status(clients: Clients, namespace: str, name: str, status: dict[str, Any]) -> None:
    await asyncio.to_thread(
        clients.custom.patch_namespaced_custom_object_status,
        constants.GROUP,
        constants.VERSION,
        namespace,
        constants.WORKERAUTOSCALER_PLURAL,
        name,
        {"status": status},
    )


@dataclass
class Autoscaler:
    """The state one daemon keeps between polls of one WorkerAutoscaler."""

    name: str
    namespace: str
    history: tuple[Recommendation, ...] = ()
    last_scale_time: str | None = None

    @classmethod
    def from_object(cls, name: str, namespace: str, status: Mapping[str, Any]) -> Autoscaler:
        return cls(name, namespace, history_from_status(status), status.get("lastScaleTime"))

    async def poll(
        self, clients: Clients, body: kopf.Body, spec: Mapping[str, Any], generation: int | None
    ) -> Decision | None:
        """One reading and decision; a failure is written as the Ready condition, not raised
        (the next poll tries again)."""
        now = time.time()
        target = spec["scaleTargetRef"]["name"]
        labels = (self.namespace, self.name)
        try:
            deployment = await read_deployment(clients, self.namespace, target)
            current = int(deployment["spec"].get("replicas") or 0)  # what the target is set to
            observed = int(deployment.get("status", {}).get("replicas") or 0)  # Pods it has
            ready_pods = int(deployment.get("status", {}).get("readyReplicas") or 0)
            url = await redis_url(clients, self.namespace, spec)
            demand = await read_demand(
                clients.redis(url),
                list(spec["queues"]),
                global_keyprefix=(spec.get("redis") or {}).get("globalKeyPrefix", ""),
            )
        except ApiException as exc:
            reason = "TargetNotFound" if exc.status == 404 else "KubernetesError"
            await self._fail(clients, reason, f"{target}: {exc.status} {exc.reason}", now)
            return None
        except (redis.RedisError, OSError, KeyError) as exc:
            await self._fail(clients, "RedisUnavailable", repr(exc), now)
            return None

        decision = desired_replicas(policy_input(spec, demand, current, now, self.history))
        window = float(spec.get("scaleDownStabilizationSeconds", 120))
        self.history = remember(self.history, now, decision.recommendation, window)
        if decision.replicas != current:
            if decision.replicas < current and demand.busy_workers is not None:
                await self._mark_idle_pods(clients, deployment, demand.busy_nodes)
            await asyncio.to_thread(
                clients.apps.patch_namespaced_deployment_scale,
                target,
                self.namespace,
                {"spec": {"replicas": decision.replicas}},
            )
            self.last_scale_time = iso(now)
            direction = "up" if decision.replicas > current else "down"
            metrics.SCALING_EVENTS.labels(*labels, direction).inc()
            kopf.info(
                body,
                reason="Scaled",
                message=f"{target}: {current} -> {decision.replicas}: {decision.reason}",
            )
            log.info(
                "%s/%s scaled %s %d -> %d: %s",
                self.namespace,
                self.name,
                target,
                current,
                decision.replicas,
                decision.reason,
            )
        status = build_status(
            demand=demand,
            decision=decision,
            current=observed,
            history=self.history,
            now=now,
            last_scale_time=self.last_scale_time,
            generation=generation,
        )
        await patch_status(clients, self.namespace, self.name, status)
        metrics.POLLS.labels(*labels, "ok").inc()
        metrics.DEMAND.labels(*labels).set(demand.total)
        metrics.READY_MESSAGES.labels(*labels).set(demand.total_ready)
        metrics.BUSY_WORKERS.labels(*labels).set(demand.busy_workers or 0)
        metrics.REPLICAS_DESIRED.labels(*labels).set(decision.replicas)
        metrics.REPLICAS_CURRENT.labels(*labels).set(observed)
        metrics.REPLICAS_READY.labels(*labels).set(ready_pods)
        metrics.REPLICAS_MAX.labels(*labels).set(int(spec["maxReplicas"]))
        return decision

    async def _mark_idle_pods(
        self, clients: Clients, deployment: Mapping[str, Any], busy_nodes: Iterable[str]
    ) -> None:
        """Before a scale-down: idle pods get a low pod-deletion-cost, busy ones a high one, so
        the ReplicaSet removes idle workers. Best effort: a failure is logged, the scale-down
        goes on (the workers' warm shutdown still finishes a running task)."""
        selector = label_selector(deployment["spec"].get("selector") or {})
        try:
            pods = await asyncio.to_thread(
                clients.core.list_namespaced_pod, self.namespace, label_selector=selector
            )
            live = [
                (pod.metadata.name, pod.metadata.annotations or {})
                for pod in pods.items
                if pod.metadata.deletion_timestamp is None
            ]
            for name, cost in deletion_cost_patches(live, busy_nodes).items():
                await asyncio.to_thread(
                    clients.core.patch_namespaced_pod,
                    name,
                    self.namespace,
                    {"metadata": {"annotations": {POD_DELETION_COST: cost}}},
                )
        except (ApiException, OSError) as exc:
            metrics.ERRORS.labels("autoscaler", "pod-deletion-cost").inc()
            log.warning("%s/%s: pod-deletion-cost not set: %r", self.namespace, self.name, exc)

    async def _fail(self, clients: Clients, reason: str, message: str, now: float) -> None:
        metrics.POLLS.labels(self.namespace, self.name, reason).inc()
        log.warning("%s/%s: %s: %s", self.namespace, self.name, reason, message)
        try:
            await patch_status(
                clients,
                self.namespace,
                self.name,
                {"conditions": [condition("Ready", False, reason, message, now)]},
            )
        except ApiException as exc:
            log.warning("%s/%s: status not written: %s", self.namespace, self.name, exc.reason)


def polling_interval(spec: Mapping[str, Any]) -> float:
    return float(spec.get("pollingInterval", DEFAULT_POLLING_SECONDS))
