"""The generated dashboard and rules: committed copies in step with the code, every query well
formed, and `promtool check rules` / `promtool test rules` with a unit test for every alert."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from resume_processor import prometheus_rules
from resume_processor.dashboard import build_dashboard, dashboard_json, panel_queries
from tests.conftest import require
from tests.utils.prometheus import PROMTOOL, run_promtool

CHART = Path(__file__).resolve().parents[2] / "charts" / "ai-resume-processor"
DASHBOARD_FILE = CHART / "dashboards" / "ai-resume-processor.json"
RULES_FILE = CHART / "prometheus" / "ai-resume-processor.rules.yaml"
NS = "ns"


def test_committed_dashboard_is_the_generated_one() -> None:
    assert DASHBOARD_FILE.read_text() == dashboard_json(), (
        "the committed dashboard is stale: run "
        "`.venv/bin/resumectl dashboard -o charts/ai-resume-processor/dashboards/"
        "ai-resume-processor.json`"
    )


def test_committed_rules_are_the_generated_ones() -> None:
    assert RULES_FILE.read_text() == prometheus_rules.rules_yaml(), (
        "the committed rules are stale: run `.venv/bin/resumectl rules -o "
        "charts/ai-resume-processor/prometheus/ai-resume-processor.rules.yaml`"
    )


def test_dashboard_has_the_variables_and_panels_users_need() -> None:
    dashboard = build_dashboard()
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["namespace"]["allValue"] == ".*"
    titles = {panel["title"] for panel in dashboard["panels"]}
    for wanted in ("Uploads/s", "Completed/s", "Failed/s by reason", "Estimated drain time",
                   "Stage duration p50 / p95", "Upload to completed p50 / p95 / p99",
                   "API errors", "LLM tokens/s", "Workers desired vs ready"):  # fmt: skip
        assert wanted in titles
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    for title, expr in panel_queries(dashboard):
        assert 'namespace=~"$namespace"' in expr, title
        assert expr.count("(") == expr.count(")"), title
    for panel in dashboard["panels"]:
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] == "${datasource}"
    cells = set()  # no two panels overlap on Grafana's 24-column grid
    for panel in dashboard["panels"]:
        pos = panel["gridPos"]
        assert pos["x"] + pos["w"] <= 24, panel["title"]
        for x in range(pos["x"], pos["x"] + pos["w"]):
            for y in range(pos["y"], pos["y"] + pos["h"]):
                assert (x, y) not in cells, panel["title"]
                cells.add((x, y))


def test_dashboard_reads_recording_rules_that_exist() -> None:
    recorded = set(prometheus_rules.RECORDING_RULES)
    for title, expr in panel_queries(build_dashboard()):
        for name in re.findall(r"[a-z_]+:[a-z_0-9]+:[a-z_0-9]+", expr):
            assert name in recorded, f"{title}: {name}"


def test_rule_and_metric_names_follow_conventions() -> None:
    for name in prometheus_rules.RECORDING_RULES:
        assert re.fullmatch(r"[a-z_]+:[a-z0-9_]+:[a-z0-9_]+", name), name
    for alert in prometheus_rules.ALERTS:
        assert alert.severity in {"info", "warning", "critical"}
        assert alert.description.strip().endswith(".")


@pytest.fixture(scope="module")
def promtool() -> str:
    require(PROMTOOL is not None, "promtool (Debian package `prometheus`)")
    assert PROMTOOL is not None
    return PROMTOOL


def test_promtool_check_rules(promtool: str, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(prometheus_rules.rules_yaml())
    result = run_promtool("check", "rules", str(rules))
    assert result.returncode == 0, result.stdout + result.stderr


def annotations(alert_name: str, value: str, labels: dict[str, str]) -> dict[str, str]:
    """The alert's annotations as Prometheus renders them for `labels` and `value`."""
    alert = next(a for a in prometheus_rules.ALERTS if a.name == alert_name)
    rendered = {}
    for key, template in (("summary", alert.summary), ("description", alert.description)):
        text = re.sub(r"\{\{ \$labels\.(\w+) \}\}", lambda m: labels[m.group(1)], template)
        text = re.sub(r"\{\{ \$value[^}]*\}\}", value, text)
        rendered[key] = text
    return rendered


def case(
    alert: str, series: dict[str, str], eval_time: str, value: str | None,
    labels: dict[str, str] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """One alert test: `value` is the rendered $value when it should fire, None when not;
    the alert's labels are the namespace's and `labels`."""
    severity = next(a.severity for a in prometheus_rules.ALERTS if a.name == alert)
    alert_labels = {"namespace": NS, **(labels or {})}
    expected = (
        [
            {
                "exp_labels": {"severity": severity, **alert_labels},
                "exp_annotations": annotations(alert, value, alert_labels),
            }
        ]
        if value is not None
        else []
    )
    return {
        "interval": "1m",
        "input_series": [{"series": s, "values": v} for s, v in series.items()],
        "alert_rule_test": [{"eval_time": eval_time, "alertname": alert, "exp_alerts": expected}],
    }


READY = f'resume_queue_messages_ready{{namespace="{NS}", queue="resumes"}}'
UNACKED = f'resume_queue_messages_unacked{{namespace="{NS}"}}'
SUCCEEDED = f'resume_tasks_succeeded_total{{namespace="{NS}"}}'
WA = f'namespace="{NS}", autoscaler_namespace="{NS}", autoscaler="workers"'
SLOTS = f'resume_worker_pool_processes{{namespace="{NS}", instance="w1"}}'

ALERT_CASES: list[dict[str, Any]] = [
    # 3 failures for every 7 successes: 30 %.
    case(
        "ResumeJobFailureRatioHigh",
        {
            f'resume_tasks_failed_total{{namespace="{NS}", reason="permanent"}}': "0+3x60",
            SUCCEEDED: "0+7x60",
        },
        "40m",
        "30%",
    ),
    case(
        "ResumeJobFailureRatioHigh",
        {
            f'resume_tasks_failed_total{{namespace="{NS}", reason="permanent"}}': "0+0x60",
            SUCCEEDED: "0+7x60",
        },
        "40m",
        None,
    ),
    # 100 waiting, one completion a minute: 6000 s to drain.
    case(
        "ResumeBacklogDrainTimeHigh",
        {READY: "100x60", UNACKED: "0x60", SUCCEEDED: "0+1x60", SLOTS: "2x60"},
        "30m",
        "1h 40m 0s",
    ),
    case(
        "ResumeBacklogDrainTimeHigh",
        {READY: "10x60", UNACKED: "0x60", SUCCEEDED: "0+60x60", SLOTS: "2x60"},
        "30m",
        None,
    ),
    case(
        "ResumeBacklogGrowing",
        {READY: "0+10x90", UNACKED: "2x90", SUCCEEDED: "0+1x90", SLOTS: "2x90"},
        "60m",
        "",
    ),
    case(
        "ResumeBacklogGrowing",
        {READY: "50x90", UNACKED: "2x90", SUCCEEDED: "0+1x90", SLOTS: "2x90"},
        "60m",
        None,
    ),
    case(
        "ResumeOldestJobWaitingTooLong",
        {f'resume_queue_oldest_waiting_age_seconds{{namespace="{NS}"}}': "4000+60x30"},
        "10m",
        "1h 16m 40s",
    ),
    case("ResumeBacklogWithoutWorkers", {READY: "5x30", UNACKED: "0x30"}, "10m", "5"),
    case(
        "ResumeBacklogWithoutWorkers", {READY: "5x30", UNACKED: "0x30", SLOTS: "2x30"}, "10m", None
    ),
    # As many 503s as 202s: 50 %.
    case(
        "ResumeApiErrorRatioHigh",
        {
            f'resume_api_requests_total{{namespace="{NS}", route="/resumes/upload", '
            'method="POST", status="503"}': "0+10x60",
            f'resume_api_requests_total{{namespace="{NS}", route="/resumes/upload", '
            'method="POST", status="202"}': "0+10x60",
        },
        "20m",
        "50%",
    ),
    case(
        "ResumeApiErrorRatioHigh",
        {
            f'resume_api_requests_total{{namespace="{NS}", route="/resumes/upload", '
            'method="POST", status="202"}': "0+10x60"
        },
        "20m",
        None,
    ),
    # desired at max (4) while 30 messages wait: fires after 15 minutes
    case(
        "ResumeAutoscalerPinnedAtMax",
        {
            f"resume_operator_replicas_desired{{{WA}}}": "4x30",
            f"resume_operator_replicas_max{{{WA}}}": "4x30",
            f"resume_operator_ready_messages{{{WA}}}": "30x30",
        },
        "20m",
        "4",
        {"autoscaler_namespace": NS, "autoscaler": "workers"},
    ),
    case(  # at max but nothing waits: the maximum is enough
        "ResumeAutoscalerPinnedAtMax",
        {
            f"resume_operator_replicas_desired{{{WA}}}": "4x30",
            f"resume_operator_replicas_max{{{WA}}}": "4x30",
            f"resume_operator_ready_messages{{{WA}}}": "0x30",
        },
        "20m",
        None,
    ),
    case(  # work waits below the maximum: scaling still has room
        "ResumeAutoscalerPinnedAtMax",
        {
            f"resume_operator_replicas_desired{{{WA}}}": "3x30",
            f"resume_operator_replicas_max{{{WA}}}": "4x30",
            f"resume_operator_ready_messages{{{WA}}}": "30x30",
        },
        "20m",
        None,
    ),
    case(
        "ResumeQueueMetricsUnavailable",
        {f'resume_queue_stats_up{{namespace="{NS}", source="redis"}}': "0x30"},
        "15m",
        "",
    ),
]


def test_every_alert_has_a_firing_case() -> None:
    firing = {
        test["alert_rule_test"][0]["alertname"]
        for test in ALERT_CASES
        if test["alert_rule_test"][0]["exp_alerts"]
    }
    assert firing == {alert.name for alert in prometheus_rules.ALERTS}


def test_promtool_test_rules(promtool: str, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(prometheus_rules.rules_yaml())
    tests = tmp_path / "rules_test.yaml"
    tests.write_text(
        yaml.safe_dump(
            {"rule_files": [str(rules)], "evaluation_interval": "1m", "tests": ALERT_CASES}
        )
    )
    result = run_promtool("test", "rules", str(tests))
    assert result.returncode == 0, result.stdout + result.stderr


def test_chart_templates_wrap_the_generated_files() -> None:
    configmap = (CHART / "templates/grafana/grafana-dashboard-configmap.yaml").read_text()
    assert 'grafana_dashboard: "1"' in configmap
    assert '.Files.Get "dashboards/ai-resume-processor.json"' in configmap
    rule = (CHART / "templates/prometheus/prometheus-rule.yaml").read_text()
    assert ".Values.prometheusRule.enabled" in rule
    assert '.Files.Get "prometheus/ai-resume-processor.rules.yaml"' in rule
    json.loads(DASHBOARD_FILE.read_text())
