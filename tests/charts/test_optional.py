"""Optional parts: ServiceMonitor, PrometheusRule, Grafana dashboard, NetworkPolicies, Ingress."""

from __future__ import annotations

import json
from pathlib import Path

from tests.charts.rendering import (
    FULL_VALUES,
    FULLNAME,
    MONITORING_APIS,
    NAMESPACE,
    Manifest,
    find,
    get,
    render_chart,
    workloads,
)


def test_service_monitor_needs_the_value_and_the_api(helm: Path) -> None:
    on = {"serviceMonitor": {"enabled": True, "labels": {"release": "prom"}}}
    assert find(render_chart(helm, on), "ServiceMonitor") == []  # API absent
    assert find(render_chart(helm, api_versions=MONITORING_APIS), "ServiceMonitor") == []
    docs = render_chart(helm, on, api_versions=MONITORING_APIS)
    sm = get(docs, "ServiceMonitor", FULLNAME)
    assert sm["metadata"]["labels"]["release"] == "prom"
    assert sm["spec"]["namespaceSelector"] == {"matchNames": [NAMESPACE]}
    ports = {e["port"] for e in sm["spec"]["endpoints"]}
    assert ports == {"http", "metrics"}
    # it selects the API, worker and operator Services by their port names
    selected = [
        s
        for s in find(docs, "Service")
        if s["metadata"]["labels"]["app.kubernetes.io/component"] in {"api", "worker", "operator"}
    ]
    assert {s["metadata"]["name"] for s in selected} == {
        f"{FULLNAME}-api",
        f"{FULLNAME}-worker-metrics",
        f"{FULLNAME}-operator-metrics",
    }
    for s in selected:
        assert {p["name"] for p in s["spec"]["ports"]} & ports


def test_prometheus_rule_when_the_api_exists(helm: Path) -> None:
    assert find(render_chart(helm), "PrometheusRule") == []
    docs = render_chart(helm, api_versions=MONITORING_APIS)
    rule = get(docs, "PrometheusRule", FULLNAME)
    assert rule["spec"]["groups"]
    docs = render_chart(helm, {"prometheusRule": {"enabled": False}}, api_versions=MONITORING_APIS)
    assert find(docs, "PrometheusRule") == []


def test_grafana_dashboard_configmap(helm: Path) -> None:
    docs = render_chart(helm)
    cm = get(docs, "ConfigMap", f"{FULLNAME}-dashboard")
    assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    dashboard = json.loads(cm["data"]["ai-resume-processor.json"])
    assert dashboard["uid"] == "ai-resume-processor"
    docs = render_chart(helm, {"grafanaDashboard": {"enabled": False}})
    assert find(docs, "ConfigMap", f"{FULLNAME}-dashboard") == []


def test_network_policies_cover_every_pod(helm: Path) -> None:
    assert find(render_chart(helm), "NetworkPolicy") == []
    docs = render_chart(helm, values_files=[FULL_VALUES])
    policies = find(docs, "NetworkPolicy")
    selected = {
        p["spec"]["podSelector"]["matchLabels"]["app.kubernetes.io/component"]: p for p in policies
    }
    long_running = {
        w["metadata"]["labels"]["app.kubernetes.io/component"]
        for w in workloads(docs)
        if w["kind"] == "Deployment"
    }
    assert long_running <= set(selected)
    assert selected["beat"]["spec"].get("ingress") is None  # beat serves nothing
    api_rules = selected["api"]["spec"]["ingress"]
    assert api_rules[0]["from"] == [
        {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ingress-nginx"}}}
    ]
    assert api_rules[1]["from"][0]["namespaceSelector"]["matchLabels"] == {
        "kubernetes.io/metadata.name": "monitoring"
    }
    assert selected["worker"]["spec"]["ingress"] == [
        {
            "ports": [{"port": "metrics"}],
            "from": [
                {
                    "namespaceSelector": {
                        "matchLabels": {"kubernetes.io/metadata.name": "monitoring"}
                    }
                }
            ],
        }
    ]
    flower_from = selected["flower"]["spec"]["ingress"][0]["from"]
    assert flower_from == [{"podSelector": {"matchLabels": {"app.kubernetes.io/instance": "rp"}}}]


def test_dev_databases_only_admit_the_release(helm: Path) -> None:
    docs = render_chart(
        helm,
        {
            "networkPolicy": {"enabled": True},
            "devRedis": {"enabled": True},
            "devPostgresql": {"enabled": True},
        },
    )
    for name in ("redis", "postgresql"):
        policy = get(docs, "NetworkPolicy", f"{FULLNAME}-{name}")
        [rule] = policy["spec"]["ingress"]
        assert rule["from"] == [
            {"podSelector": {"matchLabels": {"app.kubernetes.io/instance": "rp"}}}
        ]


def test_ingress(helm: Path) -> None:
    assert find(render_chart(helm), "Ingress") == []
    docs: list[Manifest] = render_chart(helm, values_files=[FULL_VALUES])
    ingress = get(docs, "Ingress", f"{FULLNAME}-api")
    spec = ingress["spec"]
    assert spec["ingressClassName"] == "nginx"
    assert spec["tls"] == [
        {"hosts": ["resumes.example.com"], "secretName": "resumes-example-com-tls"}
    ]
    [rule] = spec["rules"]
    assert rule["host"] == "resumes.example.com"
    backend = rule["http"]["paths"][0]["backend"]["service"]
    assert backend == {"name": f"{FULLNAME}-api", "port": {"name": "http"}}
    assert (
        ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/proxy-body-size"] == "12m"
    )
