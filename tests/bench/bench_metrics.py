"""Overhead of the Prometheus instrumentation, per request and per task, instrumented vs not.

Run: .venv/bin/python tests/bench/bench_metrics.py [--requests N] [--tasks N]  (also `make
bench`). Multi-process mode, as `resumectl api` and `resumectl worker` run in production (every
sample goes to a memory-mapped file). Same process, same run:
  request  the real API app in-process over ASGI. The middleware's cost is measured as the
           difference with and without it on `/healthz` (a no-op route: the worst case for a
           relative overhead), alternating rounds; it is then set against a request that does
           work, `/resumes/upload` refused as 415 after a full multipart parse and sniff (no
           database: an accepted upload costs more, so its relative overhead is lower still);
  task     the cost of everything a worker records for one completed job (started, queue
           wait, stage timings by engine, pages, job latency, LLM usage), timed over many
           repetitions, against the median `run_pipeline` on a sample PDF.
A missed target still exits 0 (this is a report); errors exit non-zero.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from resume_processor.metrics_process import prepare_multiprocess_dir  # noqa: E402

# Before anything imports prometheus_client.
prepare_multiprocess_dir("bench")

import argparse  # noqa: E402
import asyncio  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from resume_processor import metrics  # noqa: E402
from resume_processor.api.instrumentation import RequestMetricsMiddleware  # noqa: E402
from resume_processor.config import Settings  # noqa: E402
from resume_processor.pipeline.run import build_engines, run_pipeline  # noqa: E402
from resume_processor.pipeline.sniff import DocumentKind, sniff_bytes  # noqa: E402
from resume_processor.pipeline.structure.gemini import TokenUsage  # noqa: E402
from resume_processor.samples import SAMPLES  # noqa: E402

TARGET = 0.02
ROUNDS = 15
BOUNDARY = "benchboundary"


def make_app(instrumented: bool) -> Any:
    from resume_processor.api.app import create_app

    app = create_app(Settings(_env_file=None))  # type: ignore[call-arg]
    if not instrumented:
        app.user_middleware = [m for m in app.user_middleware
                               if m.cls is not RequestMetricsMiddleware]  # fmt: skip
    # What the lifespan sets up; all lazy, and a refused upload never reaches them.
    import tempfile

    import redis.asyncio

    from resume_processor.db.session import make_async_engine, make_async_sessionmaker
    from resume_processor.storage import make_storage
    from resume_processor.worker.celery_app import make_celery

    settings = Settings(_env_file=None, local_storage_dir=tempfile.mkdtemp())  # type: ignore[call-arg]
    app.state.settings = settings
    app.state.sessionmaker = make_async_sessionmaker(make_async_engine(settings))
    app.state.storage = make_storage(settings)
    app.state.celery = make_celery(settings)
    app.state.redis = redis.asyncio.Redis.from_url(settings.redis_url)
    return app


def request_loop(
    app: Any, method: str, path: str, body: bytes, headers: list[Any], n: int
) -> float:
    """Seconds per request through the ASGI app (no network, no server)."""

    async def run() -> float:
        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(_: dict[str, Any]) -> None:
            return None

        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": method, "path": path, "raw_path": path.encode(), "query_string": b"",
                 "headers": headers, "client": ("127.0.0.1", 1), "server": ("bench", 80),
                 "scheme": "http", "root_path": "", "app": app}  # fmt: skip
        started = time.perf_counter()
        for _ in range(n):
            await app(dict(scope), receive, send)
        return (time.perf_counter() - started) / n

    return asyncio.run(run())


def upload_request() -> tuple[bytes, list[Any]]:
    body = (
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.bin"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + bytes(range(256)) * 16
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )
    headers = [(b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode()),
               (b"content-length", str(len(body)).encode())]  # fmt: skip
    return body, headers


def record_task_metrics(stage_seconds: dict[str, float], engines: dict[str, str]) -> None:
    """Everything a worker records for one completed job (see worker/tasks.py, outcomes.py)."""
    metrics.TASKS_STARTED.inc()
    metrics.QUEUE_WAIT_SECONDS.observe(0.4)
    metrics.record_llm_usage(TokenUsage(model="bench", prompt_tokens=700, output_tokens=90,
                                        calls=1), "completed")  # fmt: skip
    metrics.record_stages(stage_seconds, engines)
    metrics.PAGES.labels(engine=engines["extract"]).inc(2)
    metrics.JOB_SECONDS.observe(1.5)
    metrics.TASKS_SUCCEEDED.inc()


def alternate(plain: Callable[[], float], instrumented: Callable[[], float]) -> tuple[float, float]:
    """Median seconds of each over alternating rounds (drift on a shared machine hits both)."""
    plain_times, instrumented_times = [], []
    for _ in range(ROUNDS):
        plain_times.append(plain())
        instrumented_times.append(instrumented())
    return statistics.median(plain_times), statistics.median(instrumented_times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per round")
    parser.add_argument("--tasks", type=int, default=20, help="tasks per round")
    args = parser.parse_args()

    plain_app, instrumented_app = make_app(False), make_app(True)
    body, headers = upload_request()
    rows: list[tuple[str, float, float]] = []
    for app in (plain_app, instrumented_app):  # warm up: build the middleware stacks
        request_loop(app, "GET", "/healthz", b"", [], 100)
        request_loop(app, "POST", "/resumes/upload", body, headers, 20)
    # The middleware's cost is the difference on the cheapest route, where run-to-run noise is
    # smallest; the upload (thread-pool hops, a multipart parse) varies by more than that cost
    # between runs, so its instrumented time is its median plus the measured cost.
    healthz_plain, healthz_instrumented = alternate(
        lambda: request_loop(plain_app, "GET", "/healthz", b"", [], args.requests),
        lambda: request_loop(instrumented_app, "GET", "/healthz", b"", [], args.requests),
    )
    rows.append(("request GET /healthz (no-op route)", healthz_plain, healthz_instrumented))
    middleware_cost = max(healthz_instrumented - healthz_plain, 0.0)
    upload = statistics.median(
        request_loop(plain_app, "POST", "/resumes/upload", body, headers, args.requests // 10)
        for _ in range(ROUNDS)
    )
    rows.append(("request POST /resumes/upload (415)", upload, upload + middleware_cost))

    engines = build_engines(Settings(_env_file=None))  # type: ignore[call-arg]
    content = SAMPLES[0].render(DocumentKind.PDF)
    kind = sniff_bytes(content)
    used = {"store": "local", "extract": "pdfium", "structure": engines.structurer.name,
            "embed": engines.embedder.name}  # fmt: skip
    run_pipeline(content, kind, engines)  # warm up the model

    # A pipeline run varies by milliseconds between runs, far more than the metrics cost, so
    # the per-task cost is timed on its own (many repetitions) and added to the median run.
    def pipeline() -> float:
        started = time.perf_counter()
        for _ in range(args.tasks):
            run_pipeline(content, kind, engines)
        return (time.perf_counter() - started) / args.tasks

    stage_seconds = run_pipeline(content, kind, engines).stage_seconds

    def recording(repetitions: int = 2000) -> float:
        started = time.perf_counter()
        for _ in range(repetitions):
            record_task_metrics(stage_seconds, used)
        return (time.perf_counter() - started) / repetitions

    plain_task = statistics.median(pipeline() for _ in range(ROUNDS // 3 or 1))
    cost = statistics.median(recording() for _ in range(ROUNDS))
    rows.append(("task (local pipeline, one PDF)", plain_task, plain_task + cost))

    table = Table(title=f"Instrumentation overhead (multi-process mode, median of {ROUNDS} rounds)")
    for column in ("path", "plain", "instrumented", "overhead", f"target < {TARGET:.0%}"):
        table.add_column(column, justify="right" if column != "path" else "left")
    for label, plain, instrumented in rows:
        overhead = (instrumented - plain) / plain
        table.add_row(label, f"{plain * 1e6:,.1f} µs", f"{instrumented * 1e6:,.1f} µs",
                      f"{overhead:+.2%} ({(instrumented - plain) * 1e6:+.1f} µs)",
                      "PASS" if overhead < TARGET else "MISS")  # fmt: skip
    Console(width=160).print(table)


if __name__ == "__main__":
    main()
