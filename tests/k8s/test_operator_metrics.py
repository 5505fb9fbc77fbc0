"""The operator's metrics on a real Prometheus: an operator scaling a Deployment on the real
control plane is scraped, every dashboard query on operator metrics returns data, and the
counters match what happened."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from kopf.testing import KopfRunner

from resume_processor import prometheus_rules
from resume_processor.config import Settings
from resume_processor.dashboard import build_dashboard, panel_queries
from resume_processor.devstack import RedisServer, free_port
from resume_processor.worker.celery_app import PROCESS_TASK, make_celery
from tests.conftest import require
from tests.integration.test_prometheus import OPERATOR_METRICS, grafana_expr
from tests.k8s.controlplane import ControlPlane
from tests.k8s.test_operator_autoscaler import autoscaler, deployment
from tests.utils.prometheus import PROMETHEUS, PrometheusServer


def test_operator_panels_and_alert_inputs_have_data(
    crds: ControlPlane,
    namespace: str,
    redis_server: RedisServer,
    session_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require(PROMETHEUS is not None, "prometheus (Debian package `prometheus`)")
    cp = crds
    queue, port = f"wa-{uuid.uuid4().hex[:8]}", free_port()
    for key, value in {
        "KUBECONFIG": str(cp.kubeconfig), "REDIS_URL": redis_server.url,
        "OPERATOR_METRICS_PORT": str(port), "OPERATOR_METRICS_HOST": "127.0.0.1",
    }.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    for obj in (deployment("worker"), autoscaler("workers", "worker", queue)):
        cp.kubectl("apply", "-n", namespace, "-f", "-", input=json.dumps(obj))
    rules = session_dir / f"operator-rules-{queue}.yaml"
    rules.write_text(prometheus_rules.rules_yaml())
    prometheus = PrometheusServer(
        session_dir / f"prometheus-{queue}", {"operator": f"127.0.0.1:{port}"}, [rules]
    )

    app = make_celery(Settings(redis_url=redis_server.url, celery_queue=queue))
    for _ in range(5):  # concurrency 2 -> 3 workers, in one scale-up (all there at the first poll)
        app.send_task(PROCESS_TASK, args=[str(uuid.uuid4())], queue=queue)
    args = ["run", "--standalone", "--namespace", namespace, "-m", "resume_operator.main"]
    with KopfRunner(args, timeout=60) as runner:
        prometheus.start()
        try:
            labels = f'autoscaler_namespace="{namespace}", autoscaler="workers"'
            prometheus.wait_for_value(f"resume_operator_replicas_desired{{{labels}}}", 3)
            prometheus.wait_for_value(f"resume_operator_replicas_ready{{{labels}}}", 3)
            prometheus.wait_for_value(f"resume_operator_ready_messages{{{labels}}}", 5)
            prometheus.wait_for_value(f"resume_operator_demand_messages{{{labels}}}", 5)
            prometheus.wait_for_value(f"resume_operator_replicas_max{{{labels}}}", 4)
            prometheus.wait_for_value(
                f'resume_operator_scaling_events_total{{{labels}, direction="up"}}', 1
            )
            prometheus.wait_for_value("resume_operator_leader", 1)

            panels = {
                f"{title}: {expr}": grafana_expr(expr)
                for title, expr in panel_queries(build_dashboard())
                if OPERATOR_METRICS in expr
            }
            assert panels, "the dashboard shows no operator metric"
            empty = {name: expr for name, expr in panels.items() if not prometheus.query(expr)}
            assert not empty, f"dashboard queries without data: {sorted(empty)}"
            # the pinned-at-max alert's condition, evaluated on the real series: not pinned (3 < 4)
            alert = next(a for a in prometheus_rules.ALERTS if "Pinned" in a.name)
            assert prometheus.query(alert.expr) == []
            assert prometheus.query(alert.expr.replace(">=", "<"))  # the inputs exist
        finally:
            prometheus.stop()
    assert runner.exception is None
