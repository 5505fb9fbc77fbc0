"""The ResumeJob mirror in process (kopf.testing.KopfRunner) on the real control plane, reading
lifecycle events from a real Redis stream: jobs appear with their phase and candidate, entries
are acknowledged, a restart replays what was read but not acknowledged and duplicates nothing,
and finished jobs are deleted after their TTL."""

from __future__ import annotations

import json
import socket
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from kopf.testing import KopfRunner
from prometheus_client import REGISTRY

from resume_operator import constants
from resume_operator.handlers.resumejobs import GROUP_NAME
from resume_operator.resumejobs import APPLICATION_LABEL, object_name
from resume_processor.config import Settings
from resume_processor.devstack import RedisServer, free_port
from resume_processor.events import EventType, publish
from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.samples import SAMPLES
from tests.k8s.controlplane import ControlPlane
from tests.k8s.test_operator_autoscaler import wait_until
from tests.utils.processes import StackConfig, running, start_api, start_worker


def test_events_are_mirrored_acknowledged_and_expired(
    crds: ControlPlane, namespace: str, redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cp = crds
    stream = f"resume-events-{uuid.uuid4().hex[:8]}"
    settings = Settings(redis_url=redis_server.url, events_stream=stream)
    monkeypatch.setenv("KUBECONFIG", str(cp.kubeconfig))
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    monkeypatch.setenv("EVENTS_STREAM", stream)
    monkeypatch.setenv("RESUMEJOB_NAMESPACE", namespace)
    monkeypatch.setenv("RESUMEJOB_SWEEP_SECONDS", "1")
    client = redis.Redis.from_url(redis_server.url, decode_responses=True)

    done, failed, short = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    publish(client, settings, EventType.CREATED, done, filename="ada.pdf")
    publish(client, settings, EventType.STARTED, done, attempt=1, filename="ada.pdf")
    publish(client, settings, EventType.COMPLETED, done, attempt=1, candidate="Ada Lovelace")
    publish(client, settings, EventType.CREATED, failed, filename="broken.pdf")
    publish(client, settings, EventType.STARTED, failed, attempt=1)
    publish(client, settings, EventType.RETRYING, failed, attempt=1, reason="ocr timeout")
    publish(client, settings, EventType.STARTED, failed, attempt=2)
    publish(client, settings, EventType.FAILED, failed, attempt=2, reason="unreadable pdf")
    # a job applied with a 1-second TTL: the mirror patches its status, then deletes it
    cp.kubectl("apply", "-n", namespace, "-f", "-", input=json.dumps({
        "apiVersion": f"{constants.GROUP}/{constants.VERSION}",
        "kind": "ResumeJob",
        "metadata": {"name": object_name(short)},
        "spec": {"applicationId": str(short), "ttlSecondsAfterFinished": 1},
    }))  # fmt: skip
    publish(client, settings, EventType.CREATED, short, filename="short.pdf")
    publish(client, settings, EventType.COMPLETED, short, attempt=1, candidate="Brief")

    def jobs() -> dict[str, dict[str, Any]]:
        items = cp.kubectl_json("get", "rj", "-n", namespace)["items"]
        return {item["metadata"]["name"]: item for item in items}

    def phase(app: uuid.UUID) -> str | None:
        job = jobs().get(object_name(app))
        return (job.get("status") or {}).get("phase") if job else None

    def pending() -> int:
        return int(client.xpending(stream, GROUP_NAME)["pending"])

    args = ["run", "--standalone", "--namespace", namespace, "-m", "resume_operator.main"]
    with KopfRunner(args, timeout=60) as runner:
        wait_until(lambda: phase(done) == "Completed", "the completed job")
        wait_until(lambda: phase(failed) == "Failed", "the failed job")
        wait_until(lambda: object_name(short) not in jobs(), "the short TTL job's deletion")
        wait_until(lambda: pending() == 0, "all entries acknowledged", timeout=10)
    assert runner.exception is None
    assert runner.exit_code == 0

    before = jobs()
    assert set(before) == {object_name(done), object_name(failed)}
    ok, bad = before[object_name(done)], before[object_name(failed)]
    assert ok["spec"]["applicationId"] == str(done)
    assert ok["spec"]["ttlSecondsAfterFinished"] == 3600  # the default
    assert ok["status"]["candidateName"] == "Ada Lovelace"
    assert ok["status"]["fileName"] == "ada.pdf"
    assert ok["status"]["completionTime"]
    assert (bad["status"]["message"], bad["status"]["attempts"]) == ("unreadable pdf", 2)
    printed = {
        line.split()[0]: line.split()
        for line in cp.kubectl("get", "rj", "-n", namespace).stdout.splitlines()[1:]
    }
    assert printed[object_name(done)][1:5] == ["Completed", "ada.pdf", "Ada", "Lovelace"]
    assert printed[object_name(failed)][1:3] == ["Failed", "broken.pdf"]

    # while the operator is down: a new job, read by "the operator" but never acknowledged
    # (as if it died mid-batch), plus a replay of old events
    late = uuid.uuid4()
    publish(client, settings, EventType.CREATED, late, filename="late.pdf")
    publish(client, settings, EventType.STARTED, done, attempt=1)  # stale: Completed stays
    client.xreadgroup(GROUP_NAME, socket.gethostname(), {stream: ">"}, count=1)
    assert pending() == 1

    with KopfRunner(args, timeout=60) as runner:
        wait_until(lambda: phase(late) == "Queued", "the unacknowledged entry, replayed")
        wait_until(lambda: pending() == 0, "all entries acknowledged", timeout=10)
        wait_until(lambda: client.xinfo_groups(stream)[0]["lag"] == 0, "the replay read")
    assert runner.exception is None

    after = jobs()
    assert set(after) == {object_name(done), object_name(failed), object_name(late)}
    for name in before:  # the same objects, not recreated, and the stale event ignored
        assert after[name]["metadata"]["uid"] == before[name]["metadata"]["uid"]
        assert after[name]["status"] == before[name]["status"]
    client.close()


def test_real_upload_reaches_completed_with_the_candidate(
    crds: ControlPlane,
    namespace: str,
    redis_server: RedisServer,
    database_url: str,
    session_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Real API + Celery worker + operator: the uploaded resume's ResumeJob ends Completed."""
    cp = crds
    stream = f"resume-events-{uuid.uuid4().hex[:8]}"
    config = StackConfig(
        db_url=database_url,
        redis_url=redis_server.url,
        workdir=session_dir / f"rj-{uuid.uuid4().hex[:6]}",
        extra={"EVENTS_STREAM": stream},
    )
    monkeypatch.setenv("KUBECONFIG", str(cp.kubeconfig))
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    monkeypatch.setenv("EVENTS_STREAM", stream)
    monkeypatch.setenv("RESUMEJOB_NAMESPACE", namespace)
    api, url = start_api(config)
    worker = start_worker(config)
    sample = SAMPLES[0]
    args = ["run", "--standalone", "--namespace", namespace, "-m", "resume_operator.main"]
    with running(api, worker), httpx.Client(base_url=url, timeout=30) as http:
        response = http.post(
            "/resumes/upload",
            files={"file": (f"{sample.stem}.txt", sample.render(DocumentKind.TEXT))},
            data={"job_post_id": "rj-e2e"},
        )
        assert response.status_code == 202, response.text
        application_id = uuid.UUID(response.json()["application_id"])
        with KopfRunner(args, timeout=60) as runner:
            name = object_name(application_id)

            def status() -> dict[str, Any]:
                found = cp.kubectl("get", "rj", name, "-n", namespace, "-o", "json", check=False)
                return (json.loads(found.stdout).get("status") or {}) if found.stdout else {}

            got = wait_until(
                lambda: (s := status()).get("phase") in {"Completed", "Failed"} and s,
                "the uploaded job to finish",
                timeout=180,
            )
        assert runner.exception is None
    assert got["phase"] == "Completed", got
    assert got["candidateName"] == sample.ground_truth["basics"]["name"]
    assert got["fileName"] == f"{sample.stem}.txt"
    assert got["attempts"] == 1


def test_user_applied_resumejobs_are_ingested_and_follow_their_job(
    crds: ControlPlane,
    namespace: str,
    redis_server: RedisServer,
    database_url: str,
    session_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`kubectl apply` a ResumeJob with spec.source: the operator ingests it, a real worker
    processes it, the same object ends Completed; a missing source ends Failed. The operator's
    liveness and metrics endpoints answer."""
    cp = crds
    config = StackConfig(
        db_url=database_url,
        redis_url=redis_server.url,
        workdir=session_dir / f"rj-{uuid.uuid4().hex[:6]}",
        extra={"EVENTS_STREAM": f"resume-events-{uuid.uuid4().hex[:8]}"},
    )
    liveness_port, metrics_port = free_port(), free_port()
    env = config.env()
    for key in ("ENVIRONMENT", "DB_URL", "REDIS_URL", "CELERY_QUEUE", "STORAGE_BACKEND",
                "LOCAL_STORAGE_DIR", "EVENTS_STREAM"):  # fmt: skip
        monkeypatch.setenv(key, env[key])
    monkeypatch.setenv("KUBECONFIG", str(cp.kubeconfig))
    monkeypatch.setenv("RESUMEJOB_NAMESPACE", namespace)
    monkeypatch.setenv("OPERATOR_METRICS_PORT", str(metrics_port))
    monkeypatch.setenv("OPERATOR_METRICS_HOST", "127.0.0.1")
    sample = SAMPLES[2]
    inbox = Path(env["LOCAL_STORAGE_DIR"]) / "inbox"
    inbox.mkdir(parents=True)
    (inbox / "candidate.txt").write_bytes(sample.render(DocumentKind.TEXT))

    def resumejob(name: str, source: str) -> str:
        return json.dumps({
            "apiVersion": f"{constants.GROUP}/{constants.VERSION}",
            "kind": "ResumeJob",
            "metadata": {"name": name},
            "spec": {"source": source},
        })  # fmt: skip

    def status(name: str) -> dict[str, Any]:
        return cp.kubectl_json("get", "rj", name, "-n", namespace).get("status") or {}

    ingested_before = {
        outcome: REGISTRY.get_sample_value(
            "resume_operator_resumejobs_ingested_total", {"outcome": outcome}
        )
        or 0.0
        for outcome in ("accepted", "rejected")
    }
    worker = start_worker(config)
    args = [
        "run", "--standalone", "--namespace", namespace, "-m", "resume_operator.main",
        f"--liveness=http://127.0.0.1:{liveness_port}/healthz",
    ]  # fmt: skip
    with running(worker), KopfRunner(args, timeout=60) as runner:
        cp.kubectl(
            "apply", "-n", namespace, "-f", "-", input=resumejob("cv", "inbox/candidate.txt")
        )
        cp.kubectl("apply", "-n", namespace, "-f", "-", input=resumejob("lost", "inbox/absent.pdf"))
        done = wait_until(
            lambda: (s := status("cv")).get("phase") in {"Completed", "Failed"} and s,
            "the applied job to finish",
            timeout=180,
        )
        lost = wait_until(lambda: (s := status("lost")).get("phase") == "Failed" and s, "reject")
        health = httpx.get(f"http://127.0.0.1:{liveness_port}/healthz", timeout=10)
        scraped = httpx.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10).text
    assert runner.exception is None

    assert done["phase"] == "Completed", done
    assert done["candidateName"] == sample.ground_truth["basics"]["name"]
    assert done["fileName"] == "candidate.txt"
    assert done["attempts"] == 1
    application_id = done["applicationId"]
    labels = cp.kubectl_json("get", "rj", "cv", "-n", namespace)["metadata"]["labels"]
    assert labels[APPLICATION_LABEL] == application_id
    # the mirror followed the job on the user's object: no rj-… object of its own
    names = {
        item["metadata"]["name"] for item in cp.kubectl_json("get", "rj", "-n", namespace)["items"]
    }
    assert names == {"cv", "lost"}

    assert lost["conditions"][0]["reason"] == "SourceNotFound"
    assert "inbox/absent.pdf" in lost["message"]
    assert "applicationId" not in lost

    assert health.status_code == 200
    assert health.json()["leader"] == {"identity": health.json()["leader"]["identity"],
                                       "leader": True}  # fmt: skip
    for outcome in ("accepted", "rejected"):  # one each here (the counters are per process)
        line = f'resume_operator_resumejobs_ingested_total{{outcome="{outcome}"}} '
        value = next(float(x[len(line) :]) for x in scraped.splitlines() if x.startswith(line))
        assert value == ingested_before[outcome] + 1, outcome
    assert "resume_operator_leader 1.0" in scraped
