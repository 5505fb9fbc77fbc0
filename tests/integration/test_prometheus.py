"""End to end against a real Prometheus: an API with two uvicorn processes and a prefork worker
with two pool processes, scraped every second; every dashboard query and recording rule returns
data, and the counters match the uploads exactly (no sample lost or doubled across processes)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from resume_processor import prometheus_rules
from resume_processor.dashboard import build_dashboard, panel_queries
from resume_processor.devstack import RedisServer, free_port
from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.samples import SAMPLES
from tests.conftest import require
from tests.utils.bad_documents import image_bytes, make_truncated_png, render_resume
from tests.utils.gemini_standin import GeminiStandIn, resume_answer
from tests.utils.processes import StackConfig, running, start_api, start_worker, wait_for_status
from tests.utils.prometheus import PROMETHEUS, PrometheusServer

RESUME = {"basics": {"name": "Amelia Hartwell", "email": "amelia.hartwell@example.com"}}
PROMPT_TOKENS, OUTPUT_TOKENS = 700, 90
# What Grafana substitutes; with "All" selected the namespace regex also matches no label.
OPERATOR_METRICS = "resume_operator_"
GRAFANA_VARIABLES = {"$namespace": ".*", "$__rate_interval": "1m"}


def grafana_expr(expr: str) -> str:
    for variable, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(variable, value)
    return expr


@pytest.fixture(scope="module")
def gemini() -> Iterator[GeminiStandIn]:
    with GeminiStandIn() as standin:
        standin.script(
            "generateContent",
            then=resume_answer(RESUME, prompt=PROMPT_TOKENS, output=OUTPUT_TOKENS),
        )
        yield standin


@pytest.fixture(scope="module")
def monitored_stack(
    database_url: str, redis_server: RedisServer, session_dir: Path, gemini: GeminiStandIn
) -> Iterator[tuple[str, PrometheusServer]]:
    require(PROMETHEUS is not None, "prometheus (Debian package `prometheus`)")
    workdir = session_dir / "prometheus-e2e"
    worker_port = free_port()
    config = StackConfig(
        db_url=database_url,
        redis_url=redis_server.url,
        workdir=workdir,
        extra={
            "WORKER_METRICS_PORT": str(worker_port),
            "WORKER_METRICS_HOST": "127.0.0.1",
            "STRUCTURER": "gemini",
            "GEMINI_API_KEY": "test-key",
            "GEMINI_BASE_URL": gemini.base_url,
        },
    )
    api, api_url = start_api(config, workers=2)
    worker = start_worker(config, concurrency=2)
    rules_file = workdir / "rules.yaml"
    rules_file.write_text(prometheus_rules.rules_yaml())
    prometheus = PrometheusServer(
        workdir / "prometheus",
        {
            "resume-api": api_url.removeprefix("http://"),
            "resume-worker": f"127.0.0.1:{worker_port}",
        },
        [rules_file],
    )
    with running(api, worker):
        prometheus.start()
        try:
            yield api_url, prometheus
        finally:
            prometheus.stop()


def wait_until(check: object, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def test_dashboard_and_rules_return_data_and_counts_are_exact(
    monitored_stack: tuple[str, PrometheusServer],
) -> None:
    api_url, prometheus = monitored_stack
    wait_until(
        lambda: set(prometheus.targets_up().values()) == {"up"}, "both targets up", timeout=30
    )
    documents: list[tuple[str, bytes]] = [
        (f"{sample.stem}.{ext}", sample.render(kind))
        for sample in SAMPLES[:2]
        for kind, ext in ((DocumentKind.TEXT, "txt"), (DocumentKind.PDF, "pdf"))
    ]
    documents.append(("broken.png", make_truncated_png()))  # fails: permanent
    if shutil.which("tesseract"):
        documents.append(("scan.png", image_bytes(render_resume(), "PNG")))  # the ocr stage
    expected_failed = 1
    expected_completed = len(documents) - expected_failed

    with httpx.Client(base_url=api_url, timeout=60) as client:
        ids = []
        for name, content in documents:
            response = client.post("/resumes/upload", files={"file": (name, content)})
            assert response.status_code == 202, response.text
            ids.append(response.json()["application_id"])
        refused = client.post("/resumes/upload", files={"file": ("x.bin", b"\x00\x01binary")})
        assert refused.status_code == 415
        final = [wait_for_status(client, i, {"COMPLETED", "FAILED"}, timeout=240) for i in ids]
    assert sum(r["status"] == "COMPLETED" for r in final) == expected_completed, final

    # Exact counts: two API processes and two pool processes, summed once each.
    uploads = len(documents)
    prometheus.wait_for_value("sum(resume_uploads_accepted_total)", uploads)
    prometheus.wait_for_value('sum(resume_uploads_rejected_total{reason="unsupported_type"})', 1)
    prometheus.wait_for_value(
        'sum(resume_api_requests_total{route="/resumes/upload", status="202"})', uploads
    )
    prometheus.wait_for_value("sum(resume_tasks_started_total)", uploads)
    prometheus.wait_for_value("sum(resume_tasks_succeeded_total)", expected_completed)
    prometheus.wait_for_value('sum(resume_tasks_failed_total{reason="permanent"})', expected_failed)
    prometheus.wait_for_value("sum(resume_job_duration_seconds_count)", expected_completed)
    prometheus.wait_for_value("sum(resume_queue_wait_seconds_count)", uploads)
    prometheus.wait_for_value(
        'sum(resume_stage_duration_seconds_count{stage="structure"})', expected_completed
    )
    prometheus.wait_for_value(
        'sum(resume_llm_tokens_total{type="prompt", outcome="completed"})',
        PROMPT_TOKENS * expected_completed,
    )
    prometheus.wait_for_value("sum(resume_worker_pool_processes)", 2)
    prometheus.wait_for_value("max(resume_queue_messages_ready)", 0)

    missing: dict[str, str] = {}

    def all_answer(queries: dict[str, str]) -> bool:
        missing.clear()
        missing.update({name: q for name, q in queries.items() if not prometheus.query(q)})
        return not missing

    recorded = {name: name for name in prometheus_rules.RECORDING_RULES}
    try:
        wait_until(lambda: all_answer(recorded), "every recording rule", timeout=60)
    except AssertionError:
        pytest.fail(f"recording rules without data: {sorted(missing)}")

    # the operator's panels are proven with a real operator in tests/k8s/test_operator_metrics.py
    panels = {
        f"{title}: {expr}": grafana_expr(expr)
        for title, expr in panel_queries(build_dashboard())
        if OPERATOR_METRICS not in expr
    }
    try:
        wait_until(lambda: all_answer(panels), "every dashboard query", timeout=60)
    except AssertionError:
        pytest.fail(f"dashboard queries without data: {sorted(missing)}")
