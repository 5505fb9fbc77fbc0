"""`resumectl`: upload resumes and inspect jobs over HTTP, and run the service's processes."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
import httpx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from resume_processor.cli_monitoring import dashboard, flower, rules

if TYPE_CHECKING:
    from resume_processor.config import Settings

# Off a terminal (make run's log, CI), rich would wrap tables at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True)

DEFAULT_API_URL = "http://127.0.0.1:18000"
FINAL_STATUSES = {"COMPLETED", "FAILED"}


def _client(api_url: str) -> httpx.Client:
    return httpx.Client(base_url=api_url, timeout=httpx.Timeout(60.0, connect=5.0))


def _fail(message: str) -> None:
    err_console.print(f"[red]error:[/red] {message}")
    sys.exit(1)


def _request(client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    try:
        return client.request(method, url, **kwargs)
    except httpx.TransportError as exc:
        _fail(f"cannot reach the API at {client.base_url} ({exc}); is it running? (make run)")
        raise  # unreachable


api_option = click.option(
    "--api",
    "api_url",
    envvar="RESUMECTL_API_URL",
    default=DEFAULT_API_URL,
    show_default=True,
    help="Base URL of the ingest API.",
)


@click.group()
def main() -> None:
    """AI Resume Processor: turn resumes into structured, searchable candidate records."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--wait", is_flag=True, help="Wait until every job is COMPLETED or FAILED.")
@click.option("--job-post-id", help="Attach the uploads to a job post.")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds to wait with --wait.")
@api_option
def upload(
    files: tuple[str, ...], wait: bool, job_post_id: str | None, timeout: float, api_url: str
) -> None:
    """Upload resumes to the API; with --wait, show the extracted fields when done."""
    results = upload_files(
        [Path(f) for f in files], api_url, job_post_id=job_post_id, wait=wait, timeout=timeout
    )
    print_results(results)
    if any(r.get("status") == "FAILED" or "error" in r for r in results):
        sys.exit(1)


def upload_files(
    paths: list[Path],
    api_url: str,
    *,
    job_post_id: str | None = None,
    wait: bool = False,
    timeout: float = 600.0,
) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    columns = [
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    with _client(api_url) as client, Progress(*columns, console=err_console) as progress:
        task = progress.add_task("uploading", total=len(paths))
        for path in paths:
            data = {"job_post_id": job_post_id} if job_post_id else {}
            with path.open("rb") as handle:
                response = _request(
                    client,
                    "POST",
                    "/resumes/upload",
                    files={"file": (path.name, handle)},
                    data=data,
                )
            if response.status_code == 202:
                body = response.json()
                results.append(
                    {"file": path.name, "id": body["application_id"], "status": body["status"]}
                )
            else:
                results.append(
                    {
                        "file": path.name,
                        "status": f"HTTP {response.status_code}",
                        "error": _detail(response),
                    }
                )
            progress.advance(task)
        if wait:
            pending = [r for r in results if "id" in r]
            wait_task = progress.add_task("processing", total=len(pending))
            deadline = time.monotonic() + timeout
            while pending and time.monotonic() < deadline:
                for result in list(pending):
                    record = _request(client, "GET", f"/resumes/{result['id']}").json()
                    result.update(status=record["status"], record=record)
                    if record["status"] in FINAL_STATUSES:
                        pending.remove(result)
                        progress.advance(wait_task)
                if pending:
                    time.sleep(0.5)
            for result in pending:
                result["error"] = f"still {result['status']} after {timeout:.0f}s"
    return results


def _detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail", response.text))
    except ValueError:
        return response.text[:200]


def print_results(results: list[dict[str, Any]]) -> None:
    table = Table(title="Resumes")
    columns = ("file", "status", "name", "email", "phone", "latest role", "skills", "id / reason")
    for column in columns:
        wrap = column in {"file", "skills", "latest role"}
        table.add_column(column, overflow="fold", no_wrap=not wrap)
    for result in results:
        record = result.get("record") or {}
        data = record.get("extracted_data") or {}
        basics, skills, work = data.get("basics", {}), data.get("skills", []), data.get("work", [])
        latest = work[0] if work else {}
        role = " at ".join(part for part in (latest.get("position"), latest.get("name")) if part)
        skill_names = ", ".join(s.get("name", "") for s in skills[:4])
        if len(skills) > 4:
            skill_names += f" (+{len(skills) - 4})"
        last = result.get("error") or record.get("failed_reason") or result.get("id", "")[:8]
        table.add_row(
            result["file"],
            result.get("status", ""),
            basics.get("name", ""),
            basics.get("email", ""),
            basics.get("phone", ""),
            role,
            skill_names,
            str(last),
        )
    console.print(table)


@main.command()
@click.argument("application_id")
@api_option
def status(application_id: str, api_url: str) -> None:
    """Show one job's record as JSON."""
    with _client(api_url) as client:
        response = _request(client, "GET", f"/resumes/{application_id}")
    if response.status_code != 200:
        _fail(_detail(response))
    console.print_json(data=response.json())


@main.command(name="list")
@click.option("--status", "status_", help="PENDING, QUEUED, PROCESSING, COMPLETED or FAILED.")
@click.option("--job-post-id")
@click.option("--limit", default=50, show_default=True)
@api_option
def list_(status_: str | None, job_post_id: str | None, limit: int, api_url: str) -> None:
    """List jobs, newest first."""
    params: dict[str, str | int] = {"limit": limit}
    if status_:
        params["status"] = status_.upper()
    if job_post_id:
        params["job_post_id"] = job_post_id
    with _client(api_url) as client:
        response = _request(client, "GET", "/resumes", params=params)
    if response.status_code != 200:
        _fail(_detail(response))
    table = Table()
    for column in ("id", "file", "status", "candidate", "created"):
        table.add_column(column)
    for row in response.json()["data"]:
        table.add_row(
            row["id"],
            row["original_filename"],
            row["status"],
            row.get("candidate_name") or "",
            row["created_at"][:19],
        )
    console.print(table)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=18000, show_default=True)
@click.option("--workers", default=1, show_default=True)
def api(host: str, port: int, workers: int) -> None:
    """Serve the HTTP API with uvicorn (metrics of every worker process at /metrics)."""
    _prepare_metrics("api")
    import uvicorn

    uvicorn.run(
        "resume_processor.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
    )


@main.command(context_settings={"ignore_unknown_options": True})
@click.option("--concurrency", type=int, help="Worker processes (default WORKER_CONCURRENCY).")
@click.option("--beat/--no-beat", default=False, help="Also run the sweeper's scheduler.")
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def worker(concurrency: int | None, beat: bool, celery_args: tuple[str, ...]) -> None:
    """Run a Celery worker (extra arguments are passed to `celery worker`); its metrics are on
    WORKER_METRICS_PORT."""
    settings = _prepare_metrics("worker")
    from resume_processor.worker.celery_app import app

    argv = [
        "worker",
        "--loglevel",
        settings.log_level,
        "--queues",
        settings.celery_queue,
        "--concurrency",
        str(concurrency or settings.worker_concurrency),
        "-E",
    ]
    if beat:
        argv += [
            "--beat",
            "--schedule",
            os.environ.get("CELERY_BEAT_SCHEDULE", ".run/celerybeat-schedule"),
        ]
    app.worker_main([*argv, *celery_args])


@main.command(context_settings={"ignore_unknown_options": True})
@click.option(
    "--schedule",
    default=lambda: os.environ.get("CELERY_BEAT_SCHEDULE", ".run/celerybeat-schedule"),
    show_default="$CELERY_BEAT_SCHEDULE or .run/celerybeat-schedule",
    help="File where beat keeps the time each periodic task last ran.",
)
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def beat(schedule: str, celery_args: tuple[str, ...]) -> None:
    """Run the sweeper's scheduler alone (exactly one per deployment; workers then run without
    --beat). Extra arguments are passed to `celery beat`."""
    from resume_processor.config import get_settings
    from resume_processor.worker.celery_app import app

    settings = get_settings()
    Path(schedule).parent.mkdir(parents=True, exist_ok=True)
    app.start(["beat", "--loglevel", settings.log_level, "--schedule", schedule, *celery_args])


@main.command(context_settings={"ignore_unknown_options": True}, add_help_option=False)
@click.argument("kopf_args", nargs=-1, type=click.UNPROCESSED)
def operator(kopf_args: tuple[str, ...]) -> None:
    """Run the Kubernetes operator: `kopf run -m resume_operator.main` (extra arguments, and
    --help, go to `kopf run`)."""
    argv = [sys.executable, "-m", "kopf", "run", "-m", "resume_operator.main", *kopf_args]
    os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)  # one process: in-memory metrics
    os.execv(sys.executable, argv)  # noqa: S606 (replaces this process: signals reach kopf)


def _prepare_metrics(role: str) -> Settings:
    """Give this server a fresh multi-process metrics directory before prometheus_client loads."""
    from resume_processor.config import get_settings
    from resume_processor.metrics_process import prepare_multiprocess_dir

    settings = get_settings()
    prepare_multiprocess_dir(role, settings.prometheus_multiproc_dir)
    return settings


@main.command()
@click.option("--revision", default="head", show_default=True)
@click.option("--downgrade", is_flag=True, help="Downgrade to --revision instead.")
def migrate(revision: str, downgrade: bool) -> None:
    """Apply (or revert) database migrations."""
    from resume_processor.db.migrate import downgrade as run_downgrade
    from resume_processor.db.migrate import upgrade as run_upgrade

    (run_downgrade if downgrade else run_upgrade)(revision)
    console.print(
        f"database at revision {revision}" if not downgrade else f"downgraded to {revision}"
    )


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON Resume documents.")
@click.option(
    "--engine",
    type=click.Choice(["local", "gemini"]),
    default="local",
    show_default=True,
    help="Structuring engine (gemini needs GEMINI_API_KEY).",
)
def parse(files: tuple[str, ...], as_json: bool, engine: str) -> None:
    """Parse resumes locally, with no service running: extraction and structuring only."""
    import json

    from resume_processor.config import ExtractorEngine, StructurerEngine, get_settings
    from resume_processor.pipeline.errors import PipelineError
    from resume_processor.pipeline.run import build_engines, finish_pipeline
    from resume_processor.pipeline.sniff import UnsupportedDocument, sniff_bytes

    settings = get_settings().model_copy(
        update={"extractor": ExtractorEngine.LOCAL, "structurer": StructurerEngine(engine)}
    )
    engines = build_engines(settings)
    results: list[dict[str, Any]] = []
    failed = False
    for name in files:
        content = Path(name).read_bytes()
        try:
            layout = engines.extractor.extract(content, sniff_bytes(content))
            data = finish_pipeline(layout, engines, embed=False).extracted_data
            results.append({"file": Path(name).name, "status": "COMPLETED", "record": {
                "extracted_data": data}})  # fmt: skip
        except (PipelineError, UnsupportedDocument) as exc:
            failed = True
            reason = exc.reason if isinstance(exc, PipelineError) else str(exc)
            results.append({"file": Path(name).name, "status": "FAILED", "error": reason})
    if as_json:
        documents = [r.get("record", {}).get("extracted_data") or {"error": r.get("error")}
                     for r in results]  # fmt: skip
        click.echo(json.dumps(documents[0] if len(documents) == 1 else documents, indent=2,
                              ensure_ascii=False))  # fmt: skip
    else:
        print_results(results)
    if failed:
        sys.exit(1)


@main.command(name="eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--engine", type=click.Choice(["local", "gemini"]), default="local")
def eval_(directory: str, engine: str) -> None:
    """Precision/recall/F1 per field on DIRECTORY (documents + same-stem ground-truth JSON)."""
    from resume_processor.evaluation import main as run_evaluation

    sys.exit(run_evaluation(directory, engine=engine))


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def samples(directory: Path) -> None:
    """Write the bundled sample resumes (PDF, DOCX, TXT) and their ground truth."""
    from resume_processor.samples import write_samples

    for path in write_samples(directory):
        console.print(str(path))


@main.group()
def dev() -> None:
    """Run the whole stack locally (what `make run` and `make stop` call)."""


@dev.command()
@click.option("--samples/--no-samples", "with_samples", default=True)
def up(with_samples: bool) -> None:
    """Start PostgreSQL, Redis, the API and a worker; upload the samples; run until Ctrl-C."""
    from resume_processor.devrun import run_stack

    run_stack(upload_samples=with_samples)


@dev.command()
def down() -> None:
    """Stop everything `dev up` started."""
    from resume_processor.devrun import stop_stack

    stop_stack()


for command in (dashboard, rules, flower):
    main.add_command(command)

if __name__ == "__main__":
    main()
