"""Latency of the API's hot queries on a large `applications` table, with and without its indexes.

Run: .venv/bin/python tests/bench/bench_queries.py [--rows N]  (also `make bench`). A throwaway
PostgreSQL, N rows by COPY, p50/p99 of each query with and without the seven secondary indexes.
A missed target still exits 0 (this is a report); errors exit non-zero.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple

import psycopg
from psycopg import errors, sql
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from sqlalchemy.dialects import postgresql

from resume_processor.db import migrate
from resume_processor.db.applications import ListFilters, list_stmt
from resume_processor.db.models import ApplicationStatus as S
from resume_processor.devstack import DB_NAME, DB_USER, PostgresServer, free_port

INDEXES = (  # the seven secondary indexes; the primary key and unique s3_path stay
    "ix_applications_status",
    "ix_applications_job_post_id",
    "ix_applications_created_at",
    "ix_applications_updated_at",
    "ix_applications_status_created_at",
    "ix_applications_job_post_status",
    "ix_applications_email_status",
)
# Written here, not built by list_stmt: status polling and the dashboard's 24 h breakdown.
BY_ID = "SELECT status FROM applications WHERE id = %(id)s"
COUNT_24H = (
    "SELECT status, count(*) FROM applications "
    "WHERE created_at >= now() - interval '24 hours' GROUP BY status"
)
COLUMNS = (
    "id, original_filename, content_type, size_bytes, sha256, s3_path, status, email, "
    "candidate_name, job_post_id, extracted_data, embedded_value, embedding_model, "
    "failed_reason, attempts, created_at, updated_at, started_at, completed_at"
)
STATUS_WEIGHTS = {S.COMPLETED: 90, S.FAILED: 5, S.QUEUED: 2, S.PROCESSING: 1.5, S.PENDING: 1.5}
JOB_POSTS = [f"job-{rank:05d}" for rank in range(2_000)]
JOB_WEIGHTS = [1 / (rank + 1) for rank in range(len(JOB_POSTS))]  # Zipf: a few posts are hot
EMAILS = 300_000
PAGE = 50  # the API's default page size; it asks for PAGE + 1 rows to know if there is more
DAY = 86_400.0
stderr = Console(stderr=True)


class Sampled(NamedTuple):
    id: uuid.UUID
    job_post_id: str
    email: str | None
    status: str


@dataclass
class Query:
    name: str
    sql: str
    params: Callable[[], dict[str, Any]]  # random parameters drawn from the loaded data
    explain: dict[str, Any]  # the heaviest realistic parameters, for the plan column
    needs_index: bool  # False: served by the primary key with or without the seven indexes


def generate(rng: random.Random, rows: int, sample: list[Sampled]) -> Iterator[tuple[int, bytes]]:
    """COPY text-format batches; no generated value contains a tab, newline or backslash."""
    now = time.time()
    statuses, status_cum = list(STATUS_WEIGHTS), list(accumulate(STATUS_WEIGHTS.values()))
    job_cum = list(accumulate(JOB_WEIGHTS))
    iso: Callable[[float], str] = lambda ts: datetime.fromtimestamp(ts, UTC).isoformat()  # noqa: E731
    done = 0
    while done < rows:
        k = min(10_000, rows - done)
        lines = []
        for row, status, job in zip(
            range(done, done + k),
            rng.choices(statuses, cum_weights=status_cum, k=k),
            rng.choices(JOB_POSTS, cum_weights=job_cum, k=k),
            strict=True,
        ):
            app_id = uuid.UUID(int=rng.getrandbits(128), version=4)
            # Rows arrive in time order as in production (heap order follows created_at): 99%
            # over days 90..1 ago, the last 1% in the last 24 h.
            frac = row / rows
            age = (1 - frac) / 0.01 * DAY if frac >= 0.99 else DAY + (1 - frac / 0.99) * 89 * DAY
            created = now - age
            email = None if rng.random() < 0.03 else f"candidate{rng.randrange(EMAILS)}@example.com"
            started = created + rng.uniform(0.5, 5) if status not in (S.PENDING, S.QUEUED) else None
            finished = started + rng.uniform(3, 30) if started and status != S.PROCESSING else None
            data = name = model = reason = None
            if status == S.COMPLETED:
                name = f"Candidate {rng.randrange(EMAILS)}"
                model = "all-MiniLM-L6-v2"
                skills = [{"name": s} for s in rng.sample(["Python", "SQL", "Go", "AWS", "K8s"], 3)]
                data = json.dumps({"basics": {"name": name, "email": email}, "skills": skills})
            elif status == S.FAILED:
                reason = "the PDF has no extractable text and OCR found none"
            values = [
                str(app_id), "cv.pdf", "application/pdf", str(rng.randrange(20_000, 2_000_000)),
                f"{rng.getrandbits(256):064x}", f"resumes/{app_id}_cv.pdf", status.value, email,
                name, job, data, "{}", model, reason, "0" if started is None else "1",
                iso(created), iso(finished or started or created),
                iso(started) if started else None, iso(finished) if finished else None,
            ]  # fmt: skip
            lines.append("\t".join(r"\N" if v is None else v for v in values))
            if rng.random() < 0.01:
                sample.append(Sampled(app_id, job, email, status.value))
        done += k
        yield k, ("\n".join(lines) + "\n").encode()


def load(conninfo: str, rows: int, rng: random.Random) -> tuple[list[Sampled], float]:
    sample: list[Sampled] = []
    with psycopg.connect(conninfo, autocommit=True) as conn, Progress(console=stderr) as progress:
        task = progress.add_task(f"COPY {rows:,} applications", total=rows)
        start = time.perf_counter()
        with conn.cursor() as cur, cur.copy(f"COPY applications ({COLUMNS}) FROM STDIN") as copy:
            for k, chunk in generate(rng, rows, sample):
                copy.write(chunk)
                progress.advance(task, k)
        elapsed = time.perf_counter() - start
        # VACUUM too: autovacuum would otherwise start mid-measurement on a freshly loaded table.
        conn.execute("VACUUM (ANALYZE) applications")
    return sample, elapsed


def api_list(rng: random.Random, sample: list[Sampled], *fields: str) -> tuple[str, Callable]:
    """The API's first-page list SQL from list_stmt itself, and a random-parameter factory."""
    probe = ListFilters(
        status=S.PENDING if "status" in fields else None,
        job_post_id="<job_post_id>" if "job_post_id" in fields else None,
        email="<email>" if "email" in fields else None,
    )
    stmt = list_stmt(filters=probe, cursor=None, limit=PAGE + 1)
    compiled = stmt.compile(dialect=postgresql.psycopg.dialect())
    base = {bind: getattr(v, "value", v) for bind, v in compiled.params.items()}
    binds = {f: b for b, v in compiled.params.items() for f in fields if v == getattr(probe, f)}
    assert len(binds) == len(fields), compiled.params
    with_email = [row for row in sample if row.email]
    source = with_email if "email" in fields else sample

    def params(row: Sampled | None = None) -> dict[str, Any]:
        if row is None:
            row = rng.choice(source)
            if fields == ("status",):  # dashboards open every status tab, not just COMPLETED
                row = row._replace(status=rng.choice(list(S)).value)
        return base | {bind: getattr(row, f) for f, bind in binds.items()}

    return compiled.string, params


def build_queries(rng: random.Random, sample: list[Sampled]) -> list[Query]:
    by_status, by_status_p = api_list(rng, sample, "status")
    by_job, by_job_p = api_list(rng, sample, "job_post_id", "status")
    by_email, by_email_p = api_list(rng, sample, "email", "status")
    hot = Sampled(sample[0].id, JOB_POSTS[0], next(r.email for r in sample if r.email), "COMPLETED")
    return [
        # The primary key serves this one with or without the seven indexes.
        Query("status by id", BY_ID, lambda: {"id": rng.choice(sample).id}, {"id": hot.id}, False),
        Query("list by status", by_status, by_status_p, by_status_p(hot), needs_index=True),
        Query("job_post_id + status", by_job, by_job_p, by_job_p(hot), needs_index=True),
        Query("email + status", by_email, by_email_p, by_email_p(hot), needs_index=True),
        Query("count by status, 24 h", COUNT_24H, dict, {}, needs_index=True),
    ]


def timings(conn: psycopg.Connection, query: Query, iterations: int) -> tuple[float, float] | None:
    """(p50, p99) in ms of prepared executions incl. fetching; None if statement_timeout hit."""
    samples: list[float] = []
    try:
        with conn.cursor() as cur:
            for i in range(iterations + 3):  # 3 warm-up runs: cache, prepare, planning
                params = query.params()
                start = time.perf_counter()
                cur.execute(query.sql, params, prepare=True)
                cur.fetchall()
                if i >= 3:
                    samples.append((time.perf_counter() - start) * 1000)
    except errors.QueryCanceled:
        return None
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[98]


def plan(conn: psycopg.Connection, query: Query) -> str:
    """The plan of the statement timings() prepared, for the heaviest parameters, top-down.

    PostgreSQL may switch a prepared statement to a generic plan after 5 runs, as it does for
    the API (psycopg prepares after 5 runs too); Limit and Gather nodes are elided.
    """
    found = conn.execute(
        "SELECT name, generic_plans FROM pg_prepared_statements WHERE NOT from_sql"
    ).fetchone()
    assert found is not None, "timings() left no prepared statement"
    names = list(dict.fromkeys(re.findall(r"%\((\w+)\)s", query.sql)))  # psycopg's $n order
    args = sql.SQL(", ").join(sql.Literal(query.explain[name]) for name in names)
    explain = sql.SQL("EXPLAIN (FORMAT JSON) EXECUTE {}" + ("({})" if names else ""))
    explained = conn.execute(explain.format(sql.Identifier(found[0]), args)).fetchone()
    assert explained is not None
    node, steps = explained[0][0]["Plan"], []
    while True:
        kind = node["Node Type"]
        kind = f"Parallel {kind}" if node.get("Parallel Aware") else kind
        kind += " Backward" if node.get("Scan Direction") == "Backward" else ""
        index = node.get("Index Name", "").removeprefix("ix_applications_")
        if kind not in ("Limit", "Gather", "Gather Merge"):
            steps.append(f"{kind} ({index})" if index else kind)
        if not node.get("Plans"):
            return f"{'generic' if found[1] else 'custom'}: {' > '.join(steps)}"
        node = node["Plans"][0]


def measure(conninfo: str, queries: list[Query], iterations: int, slow: int) -> list[Any]:
    results = []
    for query in queries:
        n = min(slow, iterations) if query.needs_index else iterations
        stderr.print(f"  {query.name}: {n} runs")
        # One connection per query: its only prepared statement is the one plan() looks at.
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute("SET statement_timeout = '30s'")  # an unindexed query must not hang
            results.append((timings(conn, query, n), plan(conn, query)))
    return results


def ms(value: float | None) -> str:
    return "timeout" if value is None else f"{value:.2f}"


def report(queries: list[Query], indexed: list[Any], bare: list[Any], rows: int) -> None:
    table = Table(title=f"applications queries, {rows:,} rows (ms, client-side, prepared)")
    for column in ("query", "p50 idx", "p99 idx", "p50 no idx", "p99 no idx", "speed-up"):
        table.add_column(column, justify="left" if column == "query" else "right")
    table.add_column("targets: p99 < 5 ms · ≥ 10x")
    for query, (with_ix, _), (without, _) in zip(queries, indexed, bare, strict=True):
        p50, p99 = with_ix or (None, None)
        b50, b99 = without or (None, None)
        ratio = None if p50 is None else (30_000.0 if b50 is None else b50) / p50
        verdicts = [f"p99 {'PASS' if p99 is not None and p99 < 5 else 'MISS'}"]
        if query.needs_index:
            verdicts.append(f"10x {'PASS' if ratio is not None and ratio >= 10 else 'MISS'}")
        speed = "-" if ratio is None else f"{'≥' if b50 is None else ''}{ratio:,.0f}x"
        table.add_row(query.name, ms(p50), ms(p99), ms(b50), ms(b99), speed, " · ".join(verdicts))
    plans = Table(title="plans the prepared statements used (hottest job post, COMPLETED)")
    for column in ("query", "with indexes", "without indexes"):
        plans.add_column(column)
    for query, (_, with_plan), (_, bare_plan) in zip(queries, indexed, bare, strict=True):
        plans.add_row(query.name, with_plan, bare_plan)
    out = Console(width=160)
    out.print(table)
    out.print(plans)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="applications to load")
    parser.add_argument("--iterations", type=int, default=500, help="timed runs per query")
    parser.add_argument("--slow-iterations", type=int, default=30, help="runs without indexes")
    parser.add_argument("--seed", type=int, default=1, help="random seed of data and parameters")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    workdir = Path(tempfile.mkdtemp(prefix="bench-queries-"))
    workdir.chmod(0o755)  # as root the server runs as `postgres`, which must traverse this
    server = PostgresServer(workdir / "pgdata", free_port(), fast=True)
    try:
        stderr.print(f"starting PostgreSQL on port {server.port} in {workdir}")
        server.start()
        migrate.upgrade("head", database_url=server.url)
        conninfo = f"host=127.0.0.1 port={server.port} user={DB_USER} dbname={DB_NAME}"
        sample, load_s = load(conninfo, args.rows, rng)
        queries = build_queries(rng, sample)
        stderr.print("measuring with indexes")
        indexed = measure(conninfo, queries, args.iterations, args.iterations)
        with psycopg.connect(conninfo, autocommit=True) as conn:
            for index in INDEXES:
                conn.execute(f"DROP INDEX {index}")
            conn.execute("ANALYZE applications")
        stderr.print("measuring without the seven secondary indexes")
        bare = measure(conninfo, queries, args.iterations, args.slow_iterations)
        report(queries, indexed, bare, args.rows)
        print(f"COPY: {args.rows:,} rows in {load_s:.1f} s = {args.rows / load_s:,.0f} rows/s")
        print("(generation included, all indexes maintained during the load; then VACUUM ANALYZE)")
    finally:
        stderr.print("stopping PostgreSQL")
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # the finally in main has already stopped the server
        sys.exit(130)
