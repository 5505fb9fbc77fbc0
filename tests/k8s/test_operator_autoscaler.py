"""The WorkerAutoscaler handler in process (kopf.testing.KopfRunner) on the real control plane:
real Celery messages in a real Redis scale a Deployment up at once (its Pods become Ready on kwok
nodes), and back down only after the stabilisation window, with status and Events."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest
import redis
from kopf.testing import KopfRunner

from resume_operator import constants
from resume_operator.handlers.autoscaler import BUSY_COST, POD_DELETION_COST
from resume_processor import worker_activity as activity
from resume_processor.config import Settings
from resume_processor.devstack import RedisServer
from resume_processor.queue_stats import queue_keys
from resume_processor.worker.celery_app import PROCESS_TASK, make_celery
from tests.k8s.controlplane import ControlPlane

WINDOW = 6  # seconds of scale-down stabilisation


def deployment(name: str) -> dict[str, Any]:
    labels = {"app": name}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name},
        "spec": {
            "replicas": 0,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {"containers": [{"name": "worker", "image": "registry.example/w:1"}]},
            },
        },
    }


def autoscaler(name: str, target: str, queue: str) -> dict[str, Any]:
    return {
        "apiVersion": f"{constants.GROUP}/{constants.VERSION}",
        "kind": "WorkerAutoscaler",
        "metadata": {"name": name},
        "spec": {
            "scaleTargetRef": {"name": target},
            "queues": [queue],
            "minReplicas": 0,
            "maxReplicas": 4,
            "concurrency": 2,
            "pollingInterval": 1,
            "scaleDownStabilizationSeconds": WINDOW,
        },
    }


def wait_until(check: Callable[[], Any], what: str, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def test_scales_up_at_once_and_down_after_window(
    crds: ControlPlane, namespace: str, redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cp = crds
    queue = f"wa-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("KUBECONFIG", str(cp.kubeconfig))
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    for obj in (deployment("worker"), autoscaler("workers", "worker", queue)):
        cp.kubectl("apply", "-n", namespace, "-f", "-", input=json.dumps(obj))

    def replicas() -> int:
        return int(
            cp.kubectl_json("get", "deployment", "worker", "-n", namespace)["spec"]["replicas"]
        )

    def status() -> dict[str, Any]:
        return cp.kubectl_json("get", "wa", "workers", "-n", namespace).get("status") or {}

    args = ["run", "--standalone", "--namespace", namespace, "-m", "resume_operator.main"]
    with KopfRunner(args, timeout=60) as runner:
        # idle: a first poll writes status, nothing is scaled
        wait_until(lambda: status().get("desiredReplicas") == 0, "the first poll")
        assert replicas() == 0

        # 5 messages over three priority sub-queues, concurrency 2 -> 3 workers, at once
        app = make_celery(Settings(redis_url=redis_server.url, celery_queue=queue))
        for priority in (0, 0, 3, 9, 9):
            app.send_task(PROCESS_TASK, args=[str(uuid.uuid4())], queue=queue, priority=priority)
        wait_until(lambda: replicas() == 3, "scale-up to 3", timeout=20)
        cp.kubectl("rollout", "status", "deployment/worker", "-n", namespace, "--timeout=120s")
        got = wait_until(lambda: (s := status()).get("currentReplicas") == 3 and s, "status")
        assert (got["demand"], got["ready"], got["inFlight"], got["desiredReplicas"]) == (
            5,
            5,
            0,
            3,
        )
        assert got["lastScaleTime"]
        conditions = {c["type"]: c for c in got["conditions"]}
        assert conditions["Ready"]["status"] == "True"
        assert conditions["Active"]["status"] == "True"

        # the queue drains: the count holds for the window, then goes to zero
        client = redis.Redis.from_url(redis_server.url)
        client.delete(*queue_keys(queue))
        client.close()
        drained = time.monotonic()
        while time.monotonic() - drained < WINDOW - 2:
            assert replicas() == 3, "scaled down inside the stabilisation window"
            time.sleep(0.3)
        wait_until(lambda: replicas() == 0, "scale-down to 0", timeout=WINDOW + 15)
        assert time.monotonic() - drained >= WINDOW - 2
        wait_until(
            lambda: (s := status()).get("desiredReplicas") == 0 and s.get("currentReplicas") == 0,
            "status after scale-down",
        )

        events = cp.kubectl_json(
            "get", "events", "-n", namespace,
            "--field-selector", "involvedObject.kind=WorkerAutoscaler,involvedObject.name=workers",
        )["items"]  # fmt: skip
        scaled = [e["message"] for e in events if e["reason"] == "Scaled"]
        assert any("0 -> 3" in m for m in scaled), scaled
        assert any("3 -> 0" in m for m in scaled), scaled

        printed = cp.kubectl("get", "wa", "workers", "-n", namespace).stdout.splitlines()[1]
        assert printed.split()[:7] == ["workers", "worker", "0", "4", "0", "0", "0"]
    assert runner.exception is None
    assert runner.exit_code == 0


def test_missing_target_is_reported(
    crds: ControlPlane, namespace: str, redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cp = crds
    monkeypatch.setenv("KUBECONFIG", str(cp.kubeconfig))
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    cp.kubectl("apply", "-n", namespace, "-f", "-",
               input=json.dumps(autoscaler("orphan", "absent", "q-none")))  # fmt: skip

    def ready_condition() -> dict[str, Any] | None:
        status = cp.kubectl_json("get", "wa", "orphan", "-n", namespace).get("status") or {}
        return {c["type"]: c for c in status.get("conditions", [])}.get("Ready")

    args = ["run", "--standalone", "--namespace", namespace, "-m", "resume_operator.main"]
    with KopfRunner(args, timeout=60) as runner:
        condition = wait_until(ready_condition, "a Ready condition")
        assert condition["status"] == "False"
        assert condition["reason"] == "TargetNotFound"
        assert "absent" in condition["message"]
    assert runner.exception is None


def test_resumectl_operator_runs_kopf_on_the_handlers() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "resume_processor.cli", "operator", "--help"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "kopf run" in proc.stdout
    assert "--standalone" in proc.stdout


def test_scale_down_removes_idle_pods_and_keeps_the_busy_one(
    crds: ControlPlane, namespace: str, redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cp = crds
    queue = f"wa-{uuid.uuid4().hex[:8]}"
    for key, value in {"KUBECONFIG": str(cp.kubeconfig), "REDIS_URL": redis_server.url,
                       "OPERATOR_METRICS_PORT": "0"}.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    for obj in (deployment("worker"), autoscaler("workers", "worker", queue)):
        cp.kubectl("apply", "-n", namespace, "-f", "-", input=json.dumps(obj))

    def replicas() -> int:
        got = cp.kubectl_json("get", "deployment", "worker", "-n", namespace)
        return int(got["spec"]["replicas"])

    def live_pods() -> dict[str, dict[str, Any]]:
        items = cp.kubectl_json("get", "pods", "-n", namespace, "-l", "app=worker")["items"]
        return {
            pod["metadata"]["name"]: pod
            for pod in items
            if not pod["metadata"].get("deletionTimestamp")
        }

    client = redis.Redis.from_url(redis_server.url)
    args = ["run", "--standalone", "--namespace", namespace, "-m", "resume_operator.main"]
    with KopfRunner(args, timeout=60) as runner:
        app = make_celery(Settings(redis_url=redis_server.url, celery_queue=queue))
        for _ in range(6):
            app.send_task(PROCESS_TASK, args=[str(uuid.uuid4())], queue=queue)
        wait_until(lambda: replicas() == 3, "scale-up to 3", timeout=20)
        cp.kubectl("rollout", "status", "deployment/worker", "-n", namespace, "--timeout=120s")
        pods = sorted(live_pods())
        # the middle pod's worker runs a task (as a real worker records it); the others idle
        busy = pods[1]
        assert activity.record_start(
            client, nodename=f"celery@{busy}", pid=7, queue=queue, consumes=[queue],
            stale_after=600,
        )  # fmt: skip
        client.delete(*queue_keys(queue))
        wait_until(lambda: replicas() == 1, "scale-down to the busy worker", timeout=WINDOW + 20)
        survivors = wait_until(lambda: len(p := live_pods()) == 1 and p, "idle pods removed")
        assert list(survivors) == [busy]
        costs = survivors[busy]["metadata"]["annotations"]
        assert costs[POD_DELETION_COST] == BUSY_COST
    assert runner.exception is None
    client.close()
