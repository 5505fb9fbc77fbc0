"""Leader election on a real Lease: one leader at a time, a released Lease is taken at once, a
silent leader's Lease after its duration; an operator that does not hold the Lease does not act."""

from __future__ import annotations

import asyncio
import json
import socket
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
import redis
from kopf.testing import KopfRunner
from kubernetes import client as k8s
from kubernetes import config as k8s_config

from resume_operator.leader import LeaderElector
from resume_processor.config import Settings
from resume_processor.devstack import RedisServer
from resume_processor.worker.celery_app import PROCESS_TASK, make_celery
from tests.k8s.controlplane import ControlPlane
from tests.k8s.test_operator_autoscaler import autoscaler, deployment, wait_until


def coordination(cp: ControlPlane) -> k8s.CoordinationV1Api:
    return k8s.CoordinationV1Api(k8s_config.new_client_from_config(config_file=str(cp.kubeconfig)))


def elector(
    cp: ControlPlane, namespace: str, identity: str, lease: str, duration: int = 3
) -> LeaderElector:
    return LeaderElector(
        lease, namespace, identity, duration_seconds=duration,
        renew_deadline_seconds=duration * 2 / 3, retry_seconds=0.25, api=coordination(cp),
    )  # fmt: skip


async def until(check: Callable[[], bool], limit: float) -> float:
    """Seconds until `check()` is true (fails after `limit` seconds)."""
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > limit:
            raise AssertionError("timed out")
        await asyncio.sleep(0.05)
    return time.monotonic() - start


def test_one_leader_release_and_expiry(control_plane: ControlPlane) -> None:
    cp = control_plane
    namespace, lease = "default", f"lease-{uuid.uuid4().hex[:8]}"

    async def scenario() -> None:
        # a's Lease lasts 60 s: b can only get it within the 10 s below if a releases it
        a, b = elector(cp, namespace, "a", lease, 60), elector(cp, namespace, "b", lease)
        task_a = asyncio.create_task(a.run())
        await until(lambda: a.is_leader, 10)
        task_b = asyncio.create_task(b.run())
        for _ in range(20):  # b keeps trying for 2 s (well under a's renewals): never leads
            await asyncio.sleep(0.1)
            assert a.is_leader
            assert not b.is_leader

        # a clean shutdown releases the Lease: b takes it at once, not after the duration
        task_a.cancel()
        await a.release()
        await until(lambda: b.is_leader, 10)
        held = coordination(cp).read_namespaced_lease(lease, namespace)
        assert held.spec.holder_identity == "b"
        assert held.spec.lease_transitions == 1

        # b dies without releasing: a new replica waits for the duration, then takes over
        task_b.cancel()
        c = elector(cp, namespace, "c", lease)
        task_c = asyncio.create_task(c.run())
        waited = await until(lambda: c.is_leader, 15)
        assert waited >= 2.5, f"took a Lease renewed {waited:.1f}s ago"
        task_c.cancel()
        await c.release()

    asyncio.run(scenario())


def test_an_operator_without_the_lease_does_not_scale(
    crds: ControlPlane, namespace: str, redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cp = crds
    queue, lease = f"wa-{uuid.uuid4().hex[:8]}", f"lease-{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    held = {
        "apiVersion": "coordination.k8s.io/v1",
        "kind": "Lease",
        "metadata": {"name": lease},
        "spec": {"holderIdentity": "another-replica", "leaseDurationSeconds": 3600,
                 "acquireTime": now, "renewTime": now},
    }  # fmt: skip
    for obj in (held, deployment("worker"), autoscaler("workers", "worker", queue)):
        cp.kubectl("apply", "-n", namespace, "-f", "-", input=json.dumps(obj))
    for key, value in {
        "KUBECONFIG": str(cp.kubeconfig), "REDIS_URL": redis_server.url, "POD_NAMESPACE": namespace,
        "OPERATOR_LEASE_NAME": lease, "OPERATOR_LEASE_DURATION_SECONDS": "3",
        "OPERATOR_METRICS_PORT": "0",
    }.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    app = make_celery(Settings(redis_url=redis_server.url, celery_queue=queue))
    for _ in range(4):
        app.send_task(PROCESS_TASK, args=[str(uuid.uuid4())], queue=queue)

    def replicas() -> int:
        got = cp.kubectl_json("get", "deployment", "worker", "-n", namespace)
        return int(got["spec"]["replicas"])

    args = ["run", "--standalone", "--namespace", namespace, "-m", "resume_operator.main"]
    with KopfRunner(args, timeout=60) as runner:
        time.sleep(5)  # >> the 1 s polling interval: a leader would have scaled by now
        assert replicas() == 0
        status = cp.kubectl_json("get", "wa", "workers", "-n", namespace).get("status")
        assert not status, status
        # the other replica goes away (releases): this one takes the Lease and acts
        cp.kubectl("delete", "lease", lease, "-n", namespace)
        wait_until(lambda: replicas() == 2, "scale-up once leading", timeout=20)
        got = cp.kubectl_json("get", "lease", lease, "-n", namespace)
        assert got["spec"]["holderIdentity"].startswith(f"{socket.gethostname()}_")  # this one
    assert runner.exception is None
    client = redis.Redis.from_url(redis_server.url)
    client.delete(queue)
    client.close()
