"""Prometheus metrics of the API and the workers, and the helpers that record them.

Labels have bounded cardinality only: route templates, outcomes, reason classes, stage and engine
names (fixed by configuration), model names. Never ids, file names or free text.

In a multi-process server (uvicorn `--workers`, Celery prefork) every process writes its samples
to `PROMETHEUS_MULTIPROC_DIR` and the process serving `/metrics` sums them; see `metrics_process`.
The queue gauges are not here: they are read from Redis and PostgreSQL at scrape time
(`queue_stats.QueueCollector`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from prometheus_client import Counter, Histogram

# Seconds, from a 5 ms local parse to a 10-minute Textract job.
STAGE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)
# Upload to result, or upload to start: includes time spent waiting in a backlog.
JOB_LATENCY_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200)
REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)


class FailureReason(StrEnum):
    """Why a job ended FAILED, as a class (the human-readable reason is on the row)."""

    PERMANENT = "permanent"  # the document itself: corrupt, empty, unsupported, missing
    TRANSIENT_EXHAUSTED = "transient_exhausted"  # a dependency kept failing past the retry bound
    INTERNAL = "internal"  # a bug: an exception nobody classified
    TIMEOUT = "timeout"  # over the soft time limit, or an external job never finished


class RejectReason(StrEnum):
    TOO_LARGE = "too_large"  # 413
    UNSUPPORTED_TYPE = "unsupported_type"  # 415
    INVALID = "invalid"  # 422: empty, malformed multipart, no file field
    UNAVAILABLE = "unavailable"  # 503: storage or database down
    OTHER = "other"


REJECT_REASON_BY_STATUS = {
    413: RejectReason.TOO_LARGE,
    415: RejectReason.UNSUPPORTED_TYPE,
    422: RejectReason.INVALID,
    503: RejectReason.UNAVAILABLE,
}

# --- API -----------------------------------------------------------------------------------
API_REQUESTS = Counter(
    "resume_api_requests_total",
    "HTTP requests by route template, method and status code",
    ["route", "method", "status"],
)
API_REQUEST_SECONDS = Histogram(
    "resume_api_request_duration_seconds",
    "HTTP request latency by route template and method, until the response is sent",
    ["route", "method"],
    buckets=REQUEST_BUCKETS,
)
UPLOADS_ACCEPTED = Counter("resume_uploads_accepted_total", "Uploads accepted (202) and stored")
UPLOADS_REJECTED = Counter(
    "resume_uploads_rejected_total",
    "Uploads refused, by reason (too_large, unsupported_type, invalid, unavailable)",
    ["reason"],
)
UPLOAD_BYTES = Counter("resume_upload_bytes_total", "Bytes of the files of accepted uploads")

# --- Workers -------------------------------------------------------------------------------
TASKS_STARTED = Counter(
    "resume_tasks_started_total", "Processing attempts started (the row was claimed)"
)
TASKS_SUCCEEDED = Counter("resume_tasks_succeeded_total", "Jobs completed (the result was written)")
TASKS_FAILED = Counter(
    "resume_tasks_failed_total",
    "Jobs ended FAILED, by reason class (permanent, transient_exhausted, internal, timeout)",
    ["reason"],
)
TASKS_RETRIED = Counter(
    "resume_tasks_retried_total", "Attempts that hit a transient error and were scheduled again"
)
TASKS_SKIPPED = Counter(
    "resume_tasks_skipped_total",
    "Messages that did no work: duplicate (row not waiting) or superseded (row re-claimed)",
    ["reason"],
)
JOB_SECONDS = Histogram(
    "resume_job_duration_seconds",
    "Upload to COMPLETED (completed_at - created_at), retries and queueing included",
    buckets=JOB_LATENCY_BUCKETS,
)
QUEUE_WAIT_SECONDS = Histogram(
    "resume_queue_wait_seconds",
    "Upload to the first processing attempt (started_at - created_at)",
    buckets=JOB_LATENCY_BUCKETS,
)
STAGE_SECONDS = Histogram(
    "resume_stage_duration_seconds",
    "Time in each pipeline stage (store, extract, ocr, structure, embed) by engine",
    ["stage", "engine"],
    buckets=STAGE_BUCKETS,
)
PAGES = Counter(
    "resume_pages_processed_total", "Pages of completed documents, by extract engine", ["engine"]
)
LLM_CALLS = Counter(
    "resume_llm_calls_total",
    "Answered language-model calls, by model and the document's outcome (ok, permanent_error, "
    "transient_error, error)",
    ["model", "outcome"],
)
LLM_TOKENS = Counter(
    "resume_llm_tokens_total",
    "Language-model tokens by model, type (prompt, output, thinking) and the document's outcome",
    ["model", "type", "outcome"],
)


def record_upload_rejected(status_code: int) -> None:
    UPLOADS_REJECTED.labels(
        reason=REJECT_REASON_BY_STATUS.get(status_code, RejectReason.OTHER)
    ).inc()


def record_stages(stage_seconds: Mapping[str, float], stage_engines: Mapping[str, str]) -> None:
    """Observe each timed stage with the engine that ran it (`unknown` when not reported)."""
    for stage, seconds in stage_seconds.items():
        STAGE_SECONDS.labels(stage=stage, engine=stage_engines.get(stage, "unknown")).observe(
            seconds
        )


def record_llm_usage(usage: Any, outcome: str) -> None:
    """Record a structurer's `last_usage` (a `TokenUsage`: model, *_tokens, calls), if any."""
    if usage is None or not getattr(usage, "calls", 0):
        return
    model = str(getattr(usage, "model", "unknown"))
    LLM_CALLS.labels(model=model, outcome=outcome).inc(usage.calls)
    for kind in ("prompt", "output", "thinking"):
        tokens = int(getattr(usage, f"{kind}_tokens", 0) or 0)
        if tokens:
            LLM_TOKENS.labels(model=model, type=kind, outcome=outcome).inc(tokens)
