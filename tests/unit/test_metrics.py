"""Each metric moves when its event happens (read back from prometheus_client's registry)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY, CollectorRegistry

from resume_processor import metrics
from resume_processor.api.instrumentation import RequestMetricsMiddleware
from resume_processor.metrics import FailureReason
from resume_processor.metrics_process import prepare_multiprocess_dir
from resume_processor.pipeline.run import PipelineResult
from resume_processor.pipeline.structure.gemini import TokenUsage
from resume_processor.queue_stats import QueueCollector, QueueSnapshot, queue_keys
from resume_processor.worker import outcomes


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
def api() -> TestClient:
    app = FastAPI()
    app.add_middleware(RequestMetricsMiddleware)

    @app.get("/things/{thing_id}")
    async def get_thing(thing_id: str) -> dict[str, str]:
        if thing_id == "missing":
            raise HTTPException(404, "no such thing")
        return {"id": thing_id}

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("bug")

    return TestClient(app, raise_server_exceptions=False)


def test_requests_are_counted_by_route_template_never_by_path(api: TestClient) -> None:
    route = "/things/{thing_id}"
    ok = dict(route=route, method="GET", status="200")
    before = value("resume_api_requests_total", **ok)
    before_count = value("resume_api_request_duration_seconds_count", route=route, method="GET")
    for thing in ("a", "b", str(uuid.uuid4())):
        assert api.get(f"/things/{thing}").status_code == 200
    assert value("resume_api_requests_total", **ok) == before + 3
    assert value("resume_api_request_duration_seconds_count", route=route, method="GET") == (
        before_count + 3
    )
    missing = dict(route=route, method="GET", status="404")
    before = value("resume_api_requests_total", **missing)
    api.get("/things/missing")
    assert value("resume_api_requests_total", **missing) == before + 1


def test_unknown_paths_and_methods_and_crashes_have_bounded_labels(api: TestClient) -> None:
    unmatched = dict(route="unmatched", method="GET", status="404")
    before = value("resume_api_requests_total", **unmatched)
    api.get(f"/nowhere/{uuid.uuid4()}")
    assert value("resume_api_requests_total", **unmatched) == before + 1
    crash = dict(route="/boom", method="GET", status="500")
    before = value("resume_api_requests_total", **crash)
    assert api.get("/boom").status_code == 500
    assert value("resume_api_requests_total", **crash) == before + 1
    other = dict(route="/boom", method="OTHER", status="405")
    before = value("resume_api_requests_total", **other)
    api.request("BREW", "/boom")
    assert value("resume_api_requests_total", **other) == before + 1


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (413, "too_large"),
        (415, "unsupported_type"),
        (422, "invalid"),
        (503, "unavailable"),
        (400, "other"),
    ],
)
def test_rejected_uploads_by_reason(status: int, reason: str) -> None:
    before = value("resume_uploads_rejected_total", reason=reason)
    metrics.record_upload_rejected(status)
    assert value("resume_uploads_rejected_total", reason=reason) == before + 1


def test_llm_usage_counts_calls_and_tokens_by_model_and_outcome() -> None:
    usage = TokenUsage(model="gemini-test", prompt_tokens=700, output_tokens=90,
                       thinking_tokens=5, total_tokens=795, calls=2)  # fmt: skip
    labels = dict(model="gemini-test", outcome="completed")
    before_calls = value("resume_llm_calls_total", **labels)
    before_prompt = value("resume_llm_tokens_total", type="prompt", **labels)
    before_thinking = value("resume_llm_tokens_total", type="thinking", **labels)
    metrics.record_llm_usage(usage, "completed")
    metrics.record_llm_usage(None, "completed")
    assert value("resume_llm_calls_total", **labels) == before_calls + 2
    assert value("resume_llm_tokens_total", type="prompt", **labels) == before_prompt + 700
    assert value("resume_llm_tokens_total", type="thinking", **labels) == before_thinking + 5


def test_stage_durations_by_engine() -> None:
    labels = dict(stage="ocr", engine="tesseract")
    before = value("resume_stage_duration_seconds_count", **labels)
    metrics.record_stages({"ocr": 0.2, "extract": 0.3}, {"ocr": "tesseract"})
    assert value("resume_stage_duration_seconds_count", **labels) == before + 1
    assert value("resume_stage_duration_seconds_count", stage="extract", engine="unknown") >= 1


def test_queue_collector_reports_the_snapshot() -> None:
    registry = CollectorRegistry()
    registry.register(
        QueueCollector(
            QueueSnapshot(
                ready={"resumes": 7},
                unacked=2,
                oldest_waiting_age_seconds=31.5,
                up={"redis": True, "database": True},
            )
        )
    )
    assert registry.get_sample_value("resume_queue_messages_ready", {"queue": "resumes"}) == 7
    assert registry.get_sample_value("resume_queue_messages_unacked") == 2
    assert registry.get_sample_value("resume_queue_oldest_waiting_age_seconds") == 31.5
    down = CollectorRegistry()
    down.register(QueueCollector(QueueSnapshot(up={"redis": False, "database": True})))
    assert down.get_sample_value("resume_queue_messages_ready", {"queue": "resumes"}) is None
    assert down.get_sample_value("resume_queue_stats_up", {"source": "redis"}) == 0


def test_priority_sub_queues_are_read() -> None:
    keys = queue_keys("resumes")
    assert keys[0] == "resumes"
    assert "resumes\x06\x163" in keys
    assert "resumes\x06\x169" in keys


class FakeStructurer:
    name = "gemini:gemini-test"

    def __init__(self) -> None:
        self.last_usage: TokenUsage | None = None


@pytest.fixture
def worker_outcomes(monitoring_patch: None) -> FakeStructurer:
    return outcomes.engines().structurer  # type: ignore[return-value]


@pytest.fixture
def monitoring_patch(monkeypatch: pytest.MonkeyPatch) -> None:
    """complete_job / fail_job without a database: every conditional update wins."""

    @contextlib.contextmanager
    def no_session() -> Iterator[None]:
        yield None

    engines = type("E", (), {"structurer": FakeStructurer()})()
    monkeypatch.setattr(outcomes, "session_scope", no_session)
    monkeypatch.setattr(outcomes, "engines", lambda: engines)
    monkeypatch.setattr(outcomes, "publish_event", lambda *a, **k: None)
    monkeypatch.setattr(outcomes.applications, "fail", lambda **_: True)
    monkeypatch.setattr(outcomes.applications, "complete", lambda **_: True)
    monkeypatch.setattr(outcomes.applications, "seconds_since_upload", lambda **_: 12.5)


@pytest.mark.parametrize("reason", list(FailureReason))
def test_failed_jobs_by_reason_class(
    worker_outcomes: FakeStructurer, reason: FailureReason
) -> None:
    before = value("resume_tasks_failed_total", reason=reason.value)
    outcomes.fail_job(uuid.uuid4(), 1, "why", reason)
    assert value("resume_tasks_failed_total", reason=reason.value) == before + 1


def test_completed_job_records_latency_stages_pages_and_tokens(
    worker_outcomes: FakeStructurer,
) -> None:
    worker_outcomes.last_usage = TokenUsage(model="gemini-test", prompt_tokens=10, calls=1)
    result = PipelineResult(
        extracted_data={"meta": {"engines": {"extract": "pdfium", "structure": "local-rules-v2",
                                             "embed": "all-MiniLM-L6-v2"}, "pages": 2}},
        embedding=[],
        embedding_model="all-MiniLM-L6-v2",
        stage_seconds={"store": 0.01, "extract": 0.1, "structure": 0.05, "embed": 0.02},
    )  # fmt: skip
    before: dict[str, float] = {
        "succeeded": value("resume_tasks_succeeded_total"),
        "job": value("resume_job_duration_seconds_count"),
        "pages": value("resume_pages_processed_total", engine="pdfium"),
        "store": value("resume_stage_duration_seconds_count", stage="store", engine="local"),
        "tokens": value(
            "resume_llm_tokens_total", model="gemini-test", type="prompt", outcome="completed"
        ),
    }
    assert outcomes.complete_job(uuid.uuid4(), 1, result) == "completed"
    assert value("resume_tasks_succeeded_total") == before["succeeded"] + 1
    assert value("resume_job_duration_seconds_count") == before["job"] + 1
    assert value("resume_pages_processed_total", engine="pdfium") == before["pages"] + 2
    assert value("resume_stage_duration_seconds_count", stage="store", engine="local") == (
        before["store"] + 1
    )
    assert value("resume_llm_tokens_total", model="gemini-test", type="prompt",
                 outcome="completed") == before["tokens"] + 10  # fmt: skip
    assert worker_outcomes.last_usage is None  # counted once


MULTIPROCESS_CHILD = """
import sys
from resume_processor import metrics
metrics.TASKS_SUCCEEDED.inc(int(sys.argv[1]))
metrics.UPLOADS_REJECTED.labels(reason="too_large").inc()
"""


def test_counts_from_several_processes_are_summed_once(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    script = (
        "import os, sys, subprocess\n"
        "from resume_processor.metrics_process import prepare_multiprocess_dir, serving_registry\n"
        f"path = prepare_multiprocess_dir('test', __import__('pathlib').Path({str(tmp_path)!r}))\n"
        "for n in (2, 3, 5):\n"
        f"    subprocess.run([sys.executable, '-c', {MULTIPROCESS_CHILD!r}, str(n)], check=True)\n"
        "registry = serving_registry()\n"
        "print(registry.get_sample_value('resume_tasks_succeeded_total'),\n"
        "      registry.get_sample_value('resume_uploads_rejected_total', "
        "{'reason': 'too_large'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                         timeout=60, check=False)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["10.0", "3.0"]
    assert not list(tmp_path.glob("test-*")), "the directory is removed when the server exits"


def test_a_restart_starts_from_a_clean_directory(tmp_path: Path) -> None:
    stale = tmp_path / "api-999999999"
    stale.mkdir()
    (stale / "counter_1.db").write_bytes(b"old")
    env = dict(os.environ)
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    script = (
        "import os, pathlib\n"
        "from resume_processor.metrics_process import prepare_multiprocess_dir\n"
        f"path = prepare_multiprocess_dir('api', pathlib.Path({str(tmp_path)!r}))\n"
        "assert os.environ['PROMETHEUS_MULTIPROC_DIR'] == str(path)\n"
        "assert path.is_dir() and not any(path.iterdir())\n"
    )
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                         timeout=60, check=False)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert not stale.exists(), "a dead server's samples are wiped"


def test_setting_up_after_prometheus_client_was_imported_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    with pytest.raises(RuntimeError, match="prepare_multiprocess_dir"):
        prepare_multiprocess_dir("api", tmp_path)
