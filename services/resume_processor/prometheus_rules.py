"""Recording and alerting rules, as Prometheus rule groups generated from one source.

`resumectl rules` writes them as a plain rules file (what `promtool check rules` and
`promtool test rules` read, and what the chart's PrometheusRule wraps); the dashboard queries the
recorded series, so a panel never re-computes a rate over every raw series.

Queue gauges come from every API replica with the same global value: they are combined with
`max`, never `sum`. Counters and histograms come from every process: they are summed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

WINDOW = "5m"
FAILURE_WINDOW = "15m"

# Thresholds; each alert's description says what to do when it fires.
FAILURE_RATIO_THRESHOLD = 0.10
DRAIN_TIME_SLO_SECONDS = 1800
OLDEST_WAITING_SLO_SECONDS = 3600
API_5XX_RATIO_THRESHOLD = 0.05

UPLOADS_RATE = "namespace:resume_uploads_accepted:rate5m"
SUCCEEDED_RATE = "namespace:resume_tasks_succeeded:rate5m"
FAILED_RATE = "namespace_reason:resume_tasks_failed:rate5m"
FAILURE_RATIO = "namespace:resume_tasks_failed:ratio_rate15m"
READY = "namespace_queue:resume_queue_messages_ready:max"
BACKLOG = "namespace:resume_queue_backlog:max"
DRAIN_TIME = "namespace:resume_queue_drain_time_seconds:estimate"
STAGE_BUCKETS = "namespace_stage_le:resume_stage_duration_seconds_bucket:rate5m"
JOB_BUCKETS = "namespace_le:resume_job_duration_seconds_bucket:rate5m"
API_REQUESTS_RATE = "namespace_route_method_status:resume_api_requests:rate5m"
API_5XX_RATIO = "namespace:resume_api_requests_5xx:ratio_rate5m"
API_LATENCY_BUCKETS = "namespace_route_le:resume_api_request_duration_seconds_bucket:rate5m"


@dataclass(frozen=True, slots=True)
class Alert:
    name: str
    expr: str
    for_: str
    severity: str
    summary: str
    description: str
    labels: dict[str, str] = field(default_factory=dict)

    def rule(self) -> dict[str, Any]:
        return {
            "alert": self.name,
            "expr": self.expr,
            "for": self.for_,
            "labels": {"severity": self.severity, **self.labels},
            "annotations": {"summary": self.summary, "description": self.description},
        }


RECORDING_RULES: dict[str, str] = {
    UPLOADS_RATE: f"sum by (namespace) (rate(resume_uploads_accepted_total[{WINDOW}]))",
    SUCCEEDED_RATE: f"sum by (namespace) (rate(resume_tasks_succeeded_total[{WINDOW}]))",
    FAILED_RATE: f"sum by (namespace, reason) (rate(resume_tasks_failed_total[{WINDOW}]))",
    # `or ... * 0`: a ratio of 0, not no data, before the first failure.
    FAILURE_RATIO: (
        f"(\n  sum by (namespace) (rate(resume_tasks_failed_total[{FAILURE_WINDOW}]))\n"
        f"  or sum by (namespace) (rate(resume_tasks_succeeded_total[{FAILURE_WINDOW}])) * 0\n)\n"
        f"/ (\n  sum by (namespace) (rate(resume_tasks_failed_total[{FAILURE_WINDOW}]))\n"
        f"  + on (namespace) sum by (namespace) "
        f"(rate(resume_tasks_succeeded_total[{FAILURE_WINDOW}]))\n"
        f"  or sum by (namespace) (rate(resume_tasks_succeeded_total[{FAILURE_WINDOW}]))\n"
        f"  or sum by (namespace) (rate(resume_tasks_failed_total[{FAILURE_WINDOW}]))\n)"
    ),
    READY: "max by (namespace, queue) (resume_queue_messages_ready)",
    BACKLOG: (
        f"sum by (namespace) ({READY})\n"
        "+ on (namespace) max by (namespace) (resume_queue_messages_unacked)"
    ),
    # Waiting plus in-flight work over the recent completion rate: how long the backlog lasts
    # at today's pace (+Inf when nothing completes, NaN when idle).
    DRAIN_TIME: f"{BACKLOG}\n/ on (namespace) {SUCCEEDED_RATE}",
    STAGE_BUCKETS: (
        f"sum by (namespace, stage, le) (rate(resume_stage_duration_seconds_bucket[{WINDOW}]))"
    ),
    JOB_BUCKETS: f"sum by (namespace, le) (rate(resume_job_duration_seconds_bucket[{WINDOW}]))",
    API_REQUESTS_RATE: (
        f"sum by (namespace, route, method, status) (rate(resume_api_requests_total[{WINDOW}]))"
    ),
    API_5XX_RATIO: (
        f'(\n  sum by (namespace) (rate(resume_api_requests_total{{status=~"5.."}}[{WINDOW}]))\n'
        f"  or sum by (namespace) (rate(resume_api_requests_total[{WINDOW}])) * 0\n)\n"
        f"/ sum by (namespace) (rate(resume_api_requests_total[{WINDOW}]))"
    ),
    API_LATENCY_BUCKETS: (
        "sum by (namespace, route, le) "
        f"(rate(resume_api_request_duration_seconds_bucket[{WINDOW}]))"
    ),
}

ALERTS: list[Alert] = [
    Alert(
        name="ResumeJobFailureRatioHigh",
        expr=f"{FAILURE_RATIO} > {FAILURE_RATIO_THRESHOLD}",
        for_="15m",
        severity="warning",
        summary=f"More than {FAILURE_RATIO_THRESHOLD:.0%} of resume jobs are failing",
        description=(
            "{{ $value | humanizePercentage }} of the jobs that ended in namespace "
            "{{ $labels.namespace }} over 15 minutes FAILED. Look at `resumectl list --status "
            "FAILED` for the reasons and at the dashboard's failed/s by reason: `permanent` is "
            "bad input, `transient_exhausted` a dependency that keeps failing, `internal` a bug."
        ),
    ),
    Alert(
        name="ResumeBacklogDrainTimeHigh",
        expr=f"{DRAIN_TIME} > {DRAIN_TIME_SLO_SECONDS}",
        for_="10m",
        severity="warning",
        summary=f"The backlog will take over {DRAIN_TIME_SLO_SECONDS // 60} minutes to drain",
        description=(
            "At the current completion rate the backlog in namespace {{ $labels.namespace }} "
            "needs {{ $value | humanizeDuration }}. Add workers (or raise the autoscaler's "
            "maximum) or check why tasks are slow on the dashboard's per-stage latency."
        ),
    ),
    Alert(
        name="ResumeBacklogGrowing",
        expr=f"deriv({BACKLOG}[15m]) > 0 and {BACKLOG} > 0",
        for_="30m",
        severity="info",
        summary="The resume backlog has been growing for 30 minutes",
        description=(
            "Uploads arrive faster than workers finish them in namespace "
            "{{ $labels.namespace }}: the backlog has grown for 30 minutes. Add workers (or raise "
            "the autoscaler's maximum) if it does not level off."
        ),
    ),
    Alert(
        name="ResumeOldestJobWaitingTooLong",
        expr=(
            "max by (namespace) (resume_queue_oldest_waiting_age_seconds) "
            f"> {OLDEST_WAITING_SLO_SECONDS}"
        ),
        for_="5m",
        severity="warning",
        summary="A resume has waited over an hour for a worker",
        description=(
            "The oldest PENDING or QUEUED job in namespace {{ $labels.namespace }} was "
            "uploaded {{ $value | humanizeDuration }} ago. Check that workers are running and "
            "that the sweeper (worker with --beat) re-sends stranded jobs."
        ),
    ),
    Alert(
        name="ResumeBacklogWithoutWorkers",
        expr=(
            f"{BACKLOG} > 0\nunless on (namespace)\n"
            "(sum by (namespace) (resume_worker_pool_processes) > 0)"
        ),
        for_="5m",
        severity="critical",
        summary="Resumes are waiting and no worker is up",
        description=(
            "{{ $value }} jobs wait in namespace {{ $labels.namespace }} but no worker reports "
            "task slots. Check the worker Deployment (`kubectl get pods`), its logs, and that "
            "Prometheus can scrape the workers' metrics port."
        ),
    ),
    Alert(
        name="ResumeApiErrorRatioHigh",
        expr=f"{API_5XX_RATIO} > {API_5XX_RATIO_THRESHOLD}",
        for_="10m",
        severity="critical",
        summary=f"Over {API_5XX_RATIO_THRESHOLD:.0%} of API requests fail with 5xx",
        description=(
            "{{ $value | humanizePercentage }} of requests in namespace "
            "{{ $labels.namespace }} answered 5xx. 503 means the database, broker or storage "
            "is down (see /readyz); 500 is a bug (see the API's logs)."
        ),
    ),
    Alert(
        name="ResumeAutoscalerPinnedAtMax",
        expr=(
            "max by (namespace, autoscaler_namespace, autoscaler) "
            "(resume_operator_replicas_desired)\n"
            ">= max by (namespace, autoscaler_namespace, autoscaler) "
            "(resume_operator_replicas_max)\n"
            "and max by (namespace, autoscaler_namespace, autoscaler) "
            "(resume_operator_ready_messages) > 0"
        ),
        for_="15m",
        severity="warning",
        summary="A WorkerAutoscaler has wanted its maximum for 15 minutes with work waiting",
        description=(
            "WorkerAutoscaler {{ $labels.autoscaler_namespace }}/{{ $labels.autoscaler }} "
            "has asked for its maxReplicas ({{ $value }}) for 15 minutes and messages still "
            "wait. Raise spec.maxReplicas (`kubectl edit wa {{ $labels.autoscaler }}`) if the "
            "cluster and the database have room, or find why tasks are slow (per-stage latency)."
        ),
    ),
    Alert(
        name="ResumeQueueMetricsUnavailable",
        expr="min by (namespace) (resume_queue_stats_up) == 0",
        for_="10m",
        severity="warning",
        summary="The API cannot read the queue's backlog",
        description=(
            "The API in namespace {{ $labels.namespace }} could not read Redis or PostgreSQL "
            "while serving /metrics; backlog alerts are blind. Check /readyz."
        ),
    ),
]


def rule_groups() -> dict[str, Any]:
    """The `groups:` document of a Prometheus rules file (also a PrometheusRule's `spec`)."""
    return {
        "groups": [
            {
                "name": "resume-processor.recording",
                "rules": [{"record": name, "expr": expr} for name, expr in RECORDING_RULES.items()],
            },
            {"name": "resume-processor.alerts", "rules": [alert.rule() for alert in ALERTS]},
        ]
    }


class _Dumper(yaml.SafeDumper):
    """Multi-line expressions as `|` blocks, as people write them."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)

HEADER = "# Generated by `resumectl rules` from resume_processor/prometheus_rules.py; edit that.\n"


def rules_yaml() -> str:
    return HEADER + yaml.dump(rule_groups(), Dumper=_Dumper, sort_keys=False, width=100)
