"""The Grafana throughput dashboard, generated as JSON (`resumectl dashboard`).

Plain dicts in Grafana's dashboard schema (v39, Grafana 10+). Heavy queries read the recording
rules of `prometheus_rules`; every query filters on the `$namespace` variable and reads from the
`$datasource` variable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from resume_processor import prometheus_rules as rules

UID = "ai-resume-processor"
TITLE = "AI Resume Processor"
NS = 'namespace=~"$namespace"'
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
RATE = "$__rate_interval"
GRID_WIDTH = 24


@dataclass(frozen=True, slots=True)
class Query:
    expr: str
    legend: str


@dataclass(frozen=True, slots=True)
class Panel:
    title: str
    description: str
    queries: list[Query]
    unit: str = "short"
    width: int = 8
    kind: str = "timeseries"
    overrides: list[dict[str, Any]] = field(default_factory=list)


def _quantiles(series: str, by: str, quantiles: tuple[float, ...], label: str) -> list[Query]:
    grouping = f"{by}, le" if by else "le"
    prefix = f"{{{{{by}}}}} " if by else ""
    return [
        Query(
            f"histogram_quantile({q}, sum by ({grouping}) ({series}{{{NS}}}))",
            f"{prefix}p{round(q * 100)}{label}",
        )
        for q in quantiles
    ]


ROWS: list[tuple[str, list[Panel]]] = [
    (
        "Throughput",
        [
            Panel(
                "Uploads/s",
                "Uploads accepted, and refused by reason",
                [
                    Query(f"sum({rules.UPLOADS_RATE}{{{NS}}})", "accepted"),
                    Query(
                        f"sum by (reason) (rate(resume_uploads_rejected_total{{{NS}}}[{RATE}]))",
                        "rejected: {{reason}}",
                    ),
                ],
                unit="reqps",
            ),
            Panel(
                "Completed/s",
                "Jobs that reached COMPLETED",
                [Query(f"sum({rules.SUCCEEDED_RATE}{{{NS}}})", "completed")],
                unit="ops",
            ),
            Panel(
                "Failed/s by reason",
                "Jobs that ended FAILED: permanent (bad input), transient_exhausted (a dependency "
                "kept failing), internal (a bug), timeout",
                [Query(f"sum by (reason) ({rules.FAILED_RATE}{{{NS}}})", "{{reason}}")],
                unit="ops",
            ),
        ],
    ),
    (
        "Backlog",
        [
            Panel(
                "Queue depth and in flight",
                "Messages ready in the broker (priority sub-queues included) and delivered but "
                "not yet acknowledged",
                [
                    Query(f"sum by (queue) ({rules.READY}{{{NS}}})", "ready: {{queue}}"),
                    Query(f"max(resume_queue_messages_unacked{{{NS}}})", "in flight"),
                ],
            ),
            Panel(
                "Estimated drain time",
                "Backlog (ready + in flight) over the completion rate of the last 5 minutes",
                [Query(f"max({rules.DRAIN_TIME}{{{NS}}})", "drain time")],
                unit="s",
            ),
            Panel(
                "Workers desired vs ready",
                "Replicas each WorkerAutoscaler decided, the Ready pods of its Deployment, and its "
                "maximum (from the operator)",
                [
                    Query(
                        f"max by (autoscaler) (resume_operator_replicas_desired{{{NS}}})",
                        "desired: {{autoscaler}}",
                    ),
                    Query(
                        f"max by (autoscaler) (resume_operator_replicas_ready{{{NS}}})",
                        "ready: {{autoscaler}}",
                    ),
                    Query(
                        f"max by (autoscaler) (resume_operator_replicas_max{{{NS}}})",
                        "max: {{autoscaler}}",
                    ),
                ],
            ),
            Panel(
                "Oldest waiting job and worker slots",
                "Age of the oldest PENDING or QUEUED job; task slots of the workers that are up",
                [
                    Query(f"max(resume_queue_oldest_waiting_age_seconds{{{NS}}})", "oldest age"),
                    Query(f"sum(resume_worker_pool_processes{{{NS}}})", "worker slots"),
                ],
                overrides=[
                    {
                        "matcher": {"id": "byName", "options": "worker slots"},
                        "properties": [
                            {"id": "custom.axisPlacement", "value": "right"},
                            {"id": "unit", "value": "short"},
                        ],
                    }
                ],
                unit="s",
            ),
        ],
    ),
    (
        "Latency",
        [
            Panel(
                "Stage duration p50 / p95",
                "Time in each pipeline stage (store, extract, ocr, structure, embed)",
                _quantiles(rules.STAGE_BUCKETS, "stage", (0.5, 0.95), ""),
                unit="s",
            ),
            Panel(
                "Upload to completed p50 / p95 / p99",
                "completed_at - created_at: queueing, retries and processing",
                _quantiles(rules.JOB_BUCKETS, "", (0.5, 0.95, 0.99), ""),
                unit="s",
            ),
            Panel(
                "Queue wait p50 / p95",
                "Upload to the first processing attempt",
                [
                    Query(
                        f"histogram_quantile({q}, sum by (le) "
                        f"(rate(resume_queue_wait_seconds_bucket{{{NS}}}[{RATE}])))",
                        f"p{round(q * 100)}",
                    )
                    for q in (0.5, 0.95)
                ],
                unit="s",
            ),
        ],
    ),
    (
        "API",
        [
            Panel(
                "API requests/s",
                "Requests by route template",
                [Query(f"sum by (route) ({rules.API_REQUESTS_RATE}{{{NS}}})", "{{route}}")],
                unit="reqps",
            ),
            Panel(
                "API errors",
                "4xx and 5xx answers per second by route and status, and the 5xx ratio",
                [
                    Query(
                        f"sum by (route, status) "
                        f'({rules.API_REQUESTS_RATE}{{{NS}, status=~"[45].."}})',
                        "{{status}} {{route}}",
                    ),
                    Query(f"max({rules.API_5XX_RATIO}{{{NS}}})", "5xx ratio"),
                ],
                unit="reqps",
            ),
            Panel(
                "API latency p50 / p95 / p99",
                "Request latency over all routes",
                _quantiles(rules.API_LATENCY_BUCKETS, "", (0.5, 0.95, 0.99), ""),
                unit="s",
            ),
        ],
    ),
    (
        "Engines",
        [
            Panel(
                "LLM tokens/s",
                "Language-model tokens by model and type (prompt, output, thinking)",
                [
                    Query(
                        f"sum by (model, type) (rate(resume_llm_tokens_total{{{NS}}}[{RATE}]))",
                        "{{model}} {{type}}",
                    )
                ],
            ),
            Panel(
                "LLM calls/s",
                "Answered language-model calls by model and the document's outcome",
                [
                    Query(
                        f"sum by (model, outcome) (rate(resume_llm_calls_total{{{NS}}}[{RATE}]))",
                        "{{model}} {{outcome}}",
                    )
                ],
                unit="ops",
            ),
            Panel(
                "Pages/s and upload bytes/s",
                "Pages of completed documents by extract engine; bytes of accepted uploads",
                [
                    Query(
                        f"sum by (engine) (rate(resume_pages_processed_total{{{NS}}}[{RATE}]))",
                        "pages: {{engine}}",
                    ),
                    Query(f"sum(rate(resume_upload_bytes_total{{{NS}}}[{RATE}]))", "bytes"),
                ],
            ),
        ],
    ),
]


def _panel_json(panel: Panel, panel_id: int, x: int, y: int) -> dict[str, Any]:
    return {
        "id": panel_id,
        "type": panel.kind,
        "title": panel.title,
        "description": panel.description,
        "datasource": DATASOURCE,
        "gridPos": {"h": 8, "w": panel.width, "x": x, "y": y},
        "fieldConfig": {
            "defaults": {"unit": panel.unit, "custom": {"fillOpacity": 10, "lineWidth": 1}},
            "overrides": panel.overrides,
        },
        "options": {
            "legend": {"displayMode": "list", "placement": "bottom", "showLegend": True},
            "tooltip": {"mode": "multi", "sort": "desc"},
        },
        "targets": [
            {
                "datasource": DATASOURCE,
                "expr": query.expr,
                "legendFormat": query.legend,
                "range": True,
                "refId": chr(ord("A") + index),
            }
            for index, query in enumerate(panel.queries)
        ],
    }


def _templating() -> dict[str, Any]:
    return {
        "list": [
            {
                "name": "datasource",
                "label": "Data source",
                "type": "datasource",
                "query": "prometheus",
                "current": {},
                "hide": 0,
                "refresh": 1,
            },
            {
                "name": "namespace",
                "label": "Namespace",
                "type": "query",
                "datasource": DATASOURCE,
                "query": {
                    "query": "label_values(resume_tasks_started_total, namespace)",
                    "refId": "namespace",
                },
                "definition": "label_values(resume_tasks_started_total, namespace)",
                "includeAll": True,
                "multi": True,
                # All: also series without a namespace label (Prometheus outside Kubernetes).
                "allValue": ".*",
                "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
                "refresh": 2,
                "sort": 1,
                "hide": 0,
            },
        ]
    }


def build_dashboard() -> dict[str, Any]:
    panels: list[dict[str, Any]] = []
    panel_id, y = 1, 0
    for title, row_panels in ROWS:
        panels.append(
            {
                "id": panel_id,
                "type": "row",
                "title": title,
                "collapsed": False,
                "gridPos": {"h": 1, "w": 24, "x": 0, "y": y},
                "panels": [],
            }
        )
        panel_id, y, x = panel_id + 1, y + 1, 0
        for panel in row_panels:
            if x + panel.width > GRID_WIDTH:  # wrap onto the next line of the row
                x, y = 0, y + 8
            panels.append(_panel_json(panel, panel_id, x, y))
            panel_id, x = panel_id + 1, x + panel.width
        y += 8
    return {
        "uid": UID,
        "title": TITLE,
        "description": "Throughput, backlog, per-stage latency, API and LLM use of the resume "
        "processor. Generated by `resumectl dashboard`.",
        "tags": ["ai-resume-processor", "celery"],
        "timezone": "browser",
        "editable": True,
        "graphTooltip": 1,
        "schemaVersion": 39,
        "version": 1,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "templating": _templating(),
        "annotations": {"list": []},
        "links": [],
        "panels": panels,
    }


def panel_queries(dashboard: dict[str, Any]) -> list[tuple[str, str]]:
    """(panel title, PromQL) of every query in the dashboard."""
    return [
        (panel["title"], target["expr"])
        for panel in dashboard["panels"]
        for target in panel.get("targets", [])
    ]


def dashboard_json() -> str:
    return json.dumps(build_dashboard(), indent=2, ensure_ascii=False) + "\n"
