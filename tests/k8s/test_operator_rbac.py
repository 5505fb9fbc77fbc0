"""The chart's RBAC is enough for the real operator: install the chart, then run the operator
with the token of the chart's operator ServiceAccount (as it runs in its Pod) against the chart's
own WorkerAutoscaler, worker Deployment and credentials Secret. It scales up and down (marking
pods), writes status and Events, holds its Lease, mirrors and ingests ResumeJobs, and never
meets a 403."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import yaml
from kopf.testing import KopfRunner

from resume_operator.handlers.autoscaler import BUSY_COST, POD_DELETION_COST
from resume_operator.resumejobs import object_name
from resume_processor import worker_activity as activity
from resume_processor.config import Settings
from resume_processor.devstack import RedisServer
from resume_processor.events import EventType, publish
from resume_processor.queue_stats import queue_keys
from resume_processor.worker.celery_app import PROCESS_TASK, make_celery
from tests.k8s.controlplane import ControlPlane
from tests.k8s.test_operator_autoscaler import wait_until

CHART = Path(__file__).resolve().parents[2] / "charts" / "ai-resume-processor"
RELEASE = "rbac"
FULLNAME = f"{RELEASE}-ai-resume-processor"
WINDOW = 5


@pytest.fixture
def installed(crds: ControlPlane, redis_server: RedisServer) -> Iterator[tuple[str, str]]:
    """(namespace, queue) of a release whose Redis URL is the test Redis."""
    cp = crds
    namespace, queue = f"rbac-{uuid.uuid4().hex[:8]}", f"q-{uuid.uuid4().hex[:8]}"
    cp.kubectl("create", "namespace", namespace)
    cp.helm(
        "install", RELEASE, str(CHART), "--namespace", namespace, "--wait", "--timeout", "5m",
        "--set", f"credentials.redisUrl={redis_server.url}",
        "--set", "credentials.dbUrl=postgresql://resumes:x@db.invalid:5432/resumes",
        "--set", f"settings.celeryQueue={queue}",
        "--set", "worker.autoscaler.minReplicas=0",
        "--set", "worker.autoscaler.pollingInterval=1",
        "--set", f"worker.autoscaler.scaleDownStabilizationSeconds={WINDOW}",
        "--set", "operator.replicas=0",  # the operator runs here, in the test, with its token
    )  # fmt: skip
    try:
        yield namespace, queue
    finally:
        cp.helm("uninstall", RELEASE, "--namespace", namespace, check=False)
        cp.kubectl("delete", "namespace", namespace, "--wait=false", check=False)


def service_account_kubeconfig(cp: ControlPlane, namespace: str, path: Path) -> Path:
    token = cp.kubectl(
        "create", "token", f"{FULLNAME}-operator", "-n", namespace, "--duration=1h"
    ).stdout.strip()
    admin = yaml.safe_load(Path(cp.kubeconfig).read_text())
    cluster = admin["clusters"][0]
    path.write_text(yaml.safe_dump({
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [cluster],
        "users": [{"name": "operator", "user": {"token": token}}],
        "contexts": [{"name": "operator", "context": {"cluster": cluster["name"],
                                                      "user": "operator",
                                                      "namespace": namespace}}],
        "current-context": "operator",
    }))  # fmt: skip
    return path


def test_the_operator_works_with_exactly_the_charts_permissions(
    crds: ControlPlane,
    installed: tuple[str, str],
    redis_server: RedisServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    cp = crds
    namespace, queue = installed
    stream = f"events-{uuid.uuid4().hex[:8]}"
    kubeconfig = service_account_kubeconfig(cp, namespace, tmp_path / "operator.kubeconfig")
    for key, value in {
        "KUBECONFIG": str(kubeconfig), "REDIS_URL": redis_server.url, "EVENTS_STREAM": stream,
        "POD_NAMESPACE": namespace, "RESUMEJOB_NAMESPACE": namespace,
        "OPERATOR_LEASE_NAME": f"{FULLNAME}-operator", "OPERATOR_METRICS_PORT": "0",
        "LOCAL_STORAGE_DIR": str(tmp_path / "storage"), "RESUMEJOB_SWEEP_SECONDS": "1",
    }.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    wa = cp.kubectl_json("get", "wa", "-n", namespace)["items"]
    assert [w["metadata"]["name"] for w in wa] == [f"{FULLNAME}-worker"]
    assert wa[0]["spec"]["redis"]["urlFrom"]["name"] == f"{FULLNAME}-credentials"

    def replicas() -> int:
        got = cp.kubectl_json("get", "deployment", f"{FULLNAME}-worker", "-n", namespace)
        return int(got["spec"].get("replicas") or 0)

    def live_pods() -> dict[str, dict[str, Any]]:
        items = cp.kubectl_json(
            "get", "pods", "-n", namespace, "-l", "app.kubernetes.io/component=worker"
        )["items"]
        return {
            p["metadata"]["name"]: p for p in items if not p["metadata"].get("deletionTimestamp")
        }

    def rj_status(name: str) -> dict[str, Any]:
        found = cp.kubectl("get", "rj", name, "-n", namespace, "-o", "json", check=False)
        return (json.loads(found.stdout).get("status") or {}) if found.returncode == 0 else {}

    client = redis.Redis.from_url(redis_server.url)
    app = make_celery(Settings(redis_url=redis_server.url, celery_queue=queue))
    for _ in range(5):  # concurrency 2 -> 3 pods
        app.send_task(PROCESS_TASK, args=[str(uuid.uuid4())], queue=queue)
    mirrored = uuid.uuid4()
    settings = Settings(redis_url=redis_server.url, events_stream=stream)
    publish(client, settings, EventType.CREATED, mirrored, filename="mirrored.pdf")

    caplog.set_level(logging.INFO)
    args = ["run", "--standalone", "--namespace", namespace, "-m", "resume_operator.main"]
    with KopfRunner(args, timeout=60) as runner:
        wait_until(lambda: replicas() == 3, "scale-up through the chart's RBAC", timeout=30)
        cp.kubectl(
            "rollout", "status", f"deployment/{FULLNAME}-worker", "-n", namespace,
            "--timeout=120s",
        )  # fmt: skip
        busy = sorted(live_pods())[0]
        activity.record_start(client, nodename=f"celery@{busy}", pid=1, queue=queue,
                              consumes=[queue], stale_after=600)  # fmt: skip
        client.delete(*queue_keys(queue))
        wait_until(lambda: replicas() == 1, "scale-down", timeout=WINDOW + 20)
        survivors = wait_until(lambda: len(p := live_pods()) == 1 and p, "idle pods removed")
        assert list(survivors) == [busy]
        assert survivors[busy]["metadata"]["annotations"][POD_DELETION_COST] == BUSY_COST

        # ResumeJobs: one mirrored from the stream, one applied by a user (its source missing)
        wait_until(lambda: rj_status(object_name(mirrored)).get("phase") == "Queued", "mirror")
        cp.kubectl("apply", "-n", namespace, "-f", "-", input=json.dumps({
            "apiVersion": "airesume.io/v1alpha1", "kind": "ResumeJob",
            "metadata": {"name": "applied"}, "spec": {"source": "inbox/absent.pdf"},
        }))  # fmt: skip
        wait_until(lambda: rj_status("applied").get("phase") == "Failed", "a rejected source")
    assert runner.exception is None

    status = cp.kubectl_json("get", "wa", f"{FULLNAME}-worker", "-n", namespace)["status"]
    assert status["desiredReplicas"] == 1
    events = cp.kubectl_json("get", "events", "-n", namespace,
                             "--field-selector", "reason=Scaled")["items"]  # fmt: skip
    assert len(events) >= 2
    lease = cp.kubectl_json("get", "lease", f"{FULLNAME}-operator", "-n", namespace)
    assert lease["spec"]["leaseTransitions"] == 0  # created and held by the operator
    denied = [r.getMessage() for r in caplog.records if "403" in r.getMessage()
              or "Forbidden" in r.getMessage()]  # fmt: skip
    assert not denied, denied[:5]
    client.close()
