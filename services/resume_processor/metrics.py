"""Prometheus metrics shared by the API and the workers (labels of bounded cardinality only)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

UPLOADS = Counter(
    "resume_uploads_total",
    "Uploads by outcome (accepted, or the reason they were rejected)",
    ["outcome"],
)
UPLOAD_BYTES = Counter("resume_upload_bytes_total", "Bytes of accepted uploads")
TASKS = Counter(
    "resume_tasks_total",
    "Processing task runs by outcome (completed, failed, retried, skipped, superseded)",
    ["outcome"],
)
STAGE_SECONDS = Histogram(
    "resume_stage_duration_seconds",
    "Time spent in each pipeline stage",
    ["stage"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
