"""No upload that got a 2xx is lost: not when the broker is down, not when a worker dies."""

from __future__ import annotations

import signal
import time
import uuid
from pathlib import Path

import httpx
import redis
from fpdf import FPDF
from sqlalchemy import create_engine, text

from resume_processor.devstack import PostgresServer, RedisServer, free_port
from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.samples import SAMPLES
from tests.utils.processes import StackConfig, running, start_api, start_worker, wait_for_status

FAST_SWEEPS = {
    "SWEEP_INTERVAL_SECONDS": "1",
    "SWEEP_PENDING_AFTER_SECONDS": "1",
    "SWEEP_PROCESSING_AFTER_SECONDS": "4",
    "TASK_SOFT_TIME_LIMIT_SECONDS": "100",
    "TASK_TIME_LIMIT_SECONDS": "120",
    # A long document keeps a task busy long enough to be interrupted on purpose.
    "MAX_PDF_PAGES": "400",
}


def long_pdf(pages: int = 300) -> bytes:
    """A many-page resume: slow enough to extract that a worker can be killed mid-task."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=18)
    pdf.cell(0, 10, "Jane Roe", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=7)
    pdf.cell(0, 5, "jane.roe@example.com", new_x="LMARGIN", new_y="NEXT")
    for page in range(pages):
        if page:
            pdf.add_page()
        for line in range(90):
            text = f"{page}.{line} Built distributed systems in Python and Go; led teams."
            pdf.cell(0, 2.9, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def status_of(database_url: str, application_id: str) -> tuple[str, int]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT status, attempts FROM applications WHERE id = :id"),
                {"id": application_id},
            ).one()
            return row.status, row.attempts
    finally:
        engine.dispose()


def completed_events(redis_url: str, application_id: str) -> int:
    events = redis.Redis.from_url(redis_url).xrange("resume-events")
    return sum(
        1
        for _, e in events
        if e[b"application_id"] == application_id.encode() and e[b"type"] == b"completed"
    )


def test_upload_while_broker_is_down_completes_once_it_is_back(
    database_url: str, session_dir: Path
) -> None:
    broker = RedisServer(session_dir / f"broker-{uuid.uuid4().hex[:6]}", free_port())
    broker.start()
    config = StackConfig(database_url, broker.url, session_dir / "broker-down", extra=FAST_SWEEPS)
    api, url = start_api(config)
    worker = start_worker(config, beat=True)
    with running(api, worker), httpx.Client(base_url=url, timeout=30) as client:
        broker.stop()
        response = client.post(
            "/resumes/upload",
            files={"file": ("cv.txt", SAMPLES[2].render(DocumentKind.TEXT))},
        )
        assert response.status_code == 202
        assert response.json()["status"] == "PENDING"
        application_id = response.json()["application_id"]
        time.sleep(2)
        assert status_of(database_url, application_id)[0] == "PENDING"

        broker.start()
        record = wait_for_status(client, application_id, {"COMPLETED", "FAILED"}, timeout=120)
        assert record["status"] == "COMPLETED", record["failed_reason"]
        assert record["candidate_name"] == SAMPLES[2].ground_truth["basics"]["name"]
    broker.stop()


def test_worker_killed_mid_task_the_job_completes_exactly_once(
    database_url: str, redis_server: RedisServer, postgres: PostgresServer, session_dir: Path
) -> None:
    config = StackConfig(database_url, redis_server.url, session_dir / "kill", extra=FAST_SWEEPS)
    api, url = start_api(config)
    document = long_pdf()
    with running(api), httpx.Client(base_url=url, timeout=30) as client:
        victim = start_worker(config)
        application_id = None
        # Upload until one is caught mid-task (a fast machine may finish before we look).
        for _ in range(3):
            response = client.post("/resumes/upload", files={"file": ("long.pdf", document)})
            assert response.status_code == 202
            candidate = response.json()["application_id"]
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                status, _ = status_of(database_url, candidate)
                if status != "QUEUED":
                    break
                time.sleep(0.02)
            if status == "PROCESSING":
                victim.kill()
                if status_of(database_url, candidate)[0] == "PROCESSING":
                    application_id = candidate
                    break
                victim = start_worker(config)
        assert application_id is not None, "never caught the task while it was processing"
        assert not victim.alive()

        rescuer = start_worker(config, beat=True)
        with running(rescuer):
            record = wait_for_status(client, application_id, {"COMPLETED", "FAILED"}, 180)
            assert record["status"] == "COMPLETED", record["failed_reason"]
            assert record["attempts"] == 2
            assert record["candidate_name"] == "Jane Roe"
            # Give a duplicate delivery the chance to run twice; it must not.
            time.sleep(3)
            assert status_of(database_url, application_id) == ("COMPLETED", 2)
            assert completed_events(redis_server.url, application_id) == 1


def test_worker_finishes_its_task_on_sigterm(
    database_url: str, redis_server: RedisServer, session_dir: Path
) -> None:
    config = StackConfig(database_url, redis_server.url, session_dir / "warm", extra=FAST_SWEEPS)
    api, url = start_api(config)
    worker = start_worker(config)
    with running(api, worker), httpx.Client(base_url=url, timeout=30) as client:
        response = client.post("/resumes/upload", files={"file": ("long.pdf", long_pdf())})
        application_id = response.json()["application_id"]
        deadline = time.monotonic() + 60
        while status_of(database_url, application_id)[0] == "QUEUED":
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert status_of(database_url, application_id)[0] == "PROCESSING"
        worker.process.send_signal(signal.SIGTERM)  # the main process only: a warm shutdown
        assert worker.process.wait(120) == 0
        assert status_of(database_url, application_id) == ("COMPLETED", 1)
