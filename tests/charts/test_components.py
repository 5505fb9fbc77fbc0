"""The processes: commands, probes, ports, replicas and the worker's autoscaling and shutdown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.charts.rendering import (
    CHART_DIR,
    FULLNAME,
    NAMESPACE,
    HelmError,
    Manifest,
    container,
    env_of,
    find,
    get,
    hook_annotations,
    pod_spec,
    render_chart,
)

APP_VERSION = yaml.safe_load((CHART_DIR / "Chart.yaml").read_text())["appVersion"]


@pytest.fixture(scope="module")
def default_docs(helm: Path) -> list[Manifest]:
    return render_chart(helm)


def deployment(docs: list[Manifest], component: str) -> Manifest:
    return get(docs, "Deployment", f"{FULLNAME}-{component}")


def test_image_defaults_to_app_version_and_is_configurable(
    helm: Path, default_docs: list[Manifest]
) -> None:
    assert (
        container(deployment(default_docs, "api"))["image"] == f"ai-resume-processor:{APP_VERSION}"
    )
    docs = render_chart(
        helm,
        {"image": {"repository": "registry.example/arp", "tag": "1.2.3", "pullPolicy": "Always"}},
    )
    for component in ("api", "worker", "beat", "operator"):
        c = container(deployment(docs, component))
        assert c["image"] == "registry.example/arp:1.2.3"
        assert c["imagePullPolicy"] == "Always"
    job = get(docs, "Job", f"{FULLNAME}-migrations")
    assert container(job)["image"] == "registry.example/arp:1.2.3"


def test_api_command_ports_and_probes(default_docs: list[Manifest]) -> None:
    api = deployment(default_docs, "api")
    assert api["spec"]["replicas"] == 2
    c = container(api)
    assert c["args"] == ["api", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
    assert c["ports"] == [{"name": "http", "containerPort": 8000}]
    assert c["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert c["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert c["startupProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    svc = get(default_docs, "Service", f"{FULLNAME}-api")
    assert svc["spec"]["ports"] == [{"name": "http", "port": 80, "targetPort": "http"}]
    assert svc["spec"]["selector"] == api["spec"]["selector"]["matchLabels"]
    annotations = api["spec"]["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert annotations["prometheus.io/port"] == "8000"
    assert annotations["prometheus.io/path"] == "/metrics"


def test_api_service_node_port(helm: Path, default_docs: list[Manifest]) -> None:
    [port] = get(default_docs, "Service", f"{FULLNAME}-api")["spec"]["ports"]
    assert "nodePort" not in port
    docs = render_chart(helm, {"api": {"service": {"type": "NodePort", "nodePort": 30080}}})
    svc = get(docs, "Service", f"{FULLNAME}-api")
    assert svc["spec"]["type"] == "NodePort"
    assert svc["spec"]["ports"][0]["nodePort"] == 30080


def test_selectors_use_only_name_instance_and_component(default_docs: list[Manifest]) -> None:
    for d in find(default_docs, "Deployment"):
        selector = d["spec"]["selector"]["matchLabels"]
        assert set(selector) == {
            "app.kubernetes.io/name",
            "app.kubernetes.io/instance",
            "app.kubernetes.io/component",
        }
        labels = d["spec"]["template"]["metadata"]["labels"]
        assert selector.items() <= labels.items()
        assert labels["helm.sh/chart"].startswith("ai-resume-processor-")
        assert labels["app.kubernetes.io/managed-by"] == "Helm"
        assert labels["app.kubernetes.io/version"] == APP_VERSION


def test_worker_has_no_replicas_while_autoscaled(default_docs: list[Manifest]) -> None:
    worker = deployment(default_docs, "worker")
    assert "replicas" not in worker["spec"]
    wa = get(default_docs, "WorkerAutoscaler", f"{FULLNAME}-worker")
    assert wa["apiVersion"] == "airesume.io/v1alpha1"
    assert wa["spec"] == {
        "scaleTargetRef": {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "name": f"{FULLNAME}-worker",
        },
        "queues": ["resumes"],
        "minReplicas": 1,
        "maxReplicas": 10,
        "concurrency": 2,
        "activationThreshold": 0,
        "targetDrainSeconds": 60,
        "pollingInterval": 5,
        "scaleDownStabilizationSeconds": 120,
        "redis": {"urlFrom": {"name": f"{FULLNAME}-credentials", "key": "REDIS_URL"}},
    }


def test_worker_replicas_without_the_autoscaler(helm: Path) -> None:
    docs = render_chart(helm, {"worker": {"replicas": 3, "autoscaler": {"enabled": False}}})
    assert deployment(docs, "worker")["spec"]["replicas"] == 3
    assert find(docs, "WorkerAutoscaler") == []


def test_worker_concurrency_follows_values_everywhere(helm: Path) -> None:
    docs = render_chart(helm, {"worker": {"concurrency": 4}, "settings": {"celeryQueue": "cvs"}})
    assert container(deployment(docs, "worker"))["args"] == ["worker", "--concurrency", "4"]
    wa = get(docs, "WorkerAutoscaler", f"{FULLNAME}-worker")
    assert wa["spec"]["concurrency"] == 4
    assert wa["spec"]["queues"] == ["cvs"]
    settings = get(docs, "ConfigMap", f"{FULLNAME}-settings")["data"]
    assert settings["WORKER_CONCURRENCY"] == "4"
    assert settings["CELERY_QUEUE"] == "cvs"


def test_worker_shuts_down_warm_and_serves_metrics(
    helm: Path, default_docs: list[Manifest]
) -> None:
    worker = deployment(default_docs, "worker")
    assert pod_spec(worker)["terminationGracePeriodSeconds"] == 360  # above the 300 s time limit
    c = container(worker)
    assert c["ports"] == [{"name": "metrics", "containerPort": 9808}]
    assert c["livenessProbe"]["httpGet"] == {"path": "/metrics", "port": "metrics"}
    assert worker["spec"]["template"]["metadata"]["annotations"]["prometheus.io/port"] == "9808"
    docs = render_chart(helm, {"worker": {"terminationGracePeriodSeconds": 900}})
    assert pod_spec(deployment(docs, "worker"))["terminationGracePeriodSeconds"] == 900
    with pytest.raises(HelmError, match="terminationGracePeriodSeconds must exceed"):
        render_chart(helm, {"worker": {"terminationGracePeriodSeconds": 300}})


def test_beat_is_a_single_recreated_pod(default_docs: list[Manifest]) -> None:
    beat = deployment(default_docs, "beat")
    assert beat["spec"]["replicas"] == 1
    assert beat["spec"]["strategy"] == {"type": "Recreate"}
    c = container(beat)
    assert c["args"] == ["beat", "--schedule", "/tmp/beat/celerybeat-schedule"]
    assert {"name": "tmp", "mountPath": "/tmp"} in c["volumeMounts"]


def test_operator_args_env_and_probe(default_docs: list[Manifest]) -> None:
    op = deployment(default_docs, "operator")
    assert op["spec"]["replicas"] == 1
    spec = pod_spec(op)
    assert spec["serviceAccountName"] == f"{FULLNAME}-operator"
    c = container(op)
    assert c["args"] == [
        "operator",
        "--standalone",
        "--log-format=json",
        f"--namespace={NAMESPACE}",
        "--liveness=http://0.0.0.0:8080/healthz",
    ]
    assert c["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "health"}
    assert {"name": "metrics", "containerPort": 9809} in c["ports"]
    env = env_of(c)
    assert env["POD_NAME"] == {"fieldRef": {"fieldPath": "metadata.name"}}
    assert env["POD_NAMESPACE"] == {"fieldRef": {"fieldPath": "metadata.namespace"}}
    assert env["RESUMEJOB_NAMESPACE"] == NAMESPACE
    assert env["RESUMEJOB_TTL_SECONDS"] == "3600"
    assert env["RESUMEJOB_KEEP_FINISHED"] == "1000"
    assert env["OPERATOR_LEASE_NAME"] == f"{FULLNAME}-operator"
    assert env["OPERATOR_METRICS_PORT"] == "9809"
    for name in (
        "DB_URL",
        "REDIS_URL",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "GEMINI_API_KEY",
    ):
        assert "secretKeyRef" in env[name]
    assert c["envFrom"] == [{"configMapRef": {"name": f"{FULLNAME}-settings"}}]


def test_operator_names_and_replicas_are_configurable(helm: Path) -> None:
    docs = render_chart(
        helm,
        {
            "operator": {
                "replicas": 2,
                "leaseName": "elect-me",
                "serviceAccount": {"name": "resume-op"},
                "extraArgs": ["--verbose"],
            }
        },
    )
    op = deployment(docs, "operator")
    assert op["spec"]["replicas"] == 2
    assert pod_spec(op)["serviceAccountName"] == "resume-op"
    assert env_of(container(op))["OPERATOR_LEASE_NAME"] == "elect-me"
    assert container(op)["args"][-1] == "--verbose"
    get(docs, "ServiceAccount", "resume-op")
    role = get(docs, "Role", f"{FULLNAME}-operator")
    assert any(r.get("resourceNames") == ["elect-me"] for r in role["rules"])
    binding = get(docs, "RoleBinding", f"{FULLNAME}-operator")
    assert binding["subjects"] == [
        {"kind": "ServiceAccount", "name": "resume-op", "namespace": NAMESPACE}
    ]


def test_operator_off_removes_its_objects(helm: Path) -> None:
    docs = render_chart(helm, {"operator": {"enabled": False}})
    for kind in ("ServiceAccount", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding"):
        assert find(docs, kind) == [], kind
    assert find(docs, "Deployment", f"{FULLNAME}-operator") == []


def rules(role: Manifest) -> set[tuple[str, str, str, str]]:
    """(apiGroup, resource, verb, resourceName or "") for every rule of a Role."""
    out: set[tuple[str, str, str, str]] = set()
    for rule in role["rules"]:
        for group in rule["apiGroups"]:
            for resource in rule["resources"]:
                for verb in rule["verbs"]:
                    for name in rule.get("resourceNames", [""]):
                        out.add((group, resource, verb, name))
    return out


def test_operator_rbac_is_least_privilege(default_docs: list[Manifest]) -> None:
    role = get(default_docs, "Role", f"{FULLNAME}-operator")
    lease, secret = f"{FULLNAME}-operator", f"{FULLNAME}-credentials"
    expected: set[tuple[str, str, str, str]] = set()

    def allow(group: str, resource: str, verbs: str, name: str = "") -> None:
        expected.update((group, resource, v, name) for v in verbs.split())

    allow("airesume.io", "workerautoscalers", "get list watch patch")
    allow("airesume.io", "workerautoscalers/status", "get patch update")
    allow("airesume.io", "resumejobs", "get list watch create patch delete")
    allow("airesume.io", "resumejobs/status", "get patch update")
    allow("apps", "deployments", "get list watch")
    allow("apps", "deployments/scale", "get patch update")
    allow("", "pods", "get list watch patch")
    allow("", "events", "create patch")
    allow("events.k8s.io", "events", "create patch")
    allow("coordination.k8s.io", "leases", "create")
    allow("coordination.k8s.io", "leases", "get update", lease)
    allow("", "secrets", "get", secret)
    assert rules(role) == expected
    cluster_role = find(default_docs, "ClusterRole")[0]
    assert rules(cluster_role) == {
        ("apiextensions.k8s.io", "customresourcedefinitions", "list", ""),
        ("apiextensions.k8s.io", "customresourcedefinitions", "watch", ""),
        ("", "namespaces", "list", ""),
        ("", "namespaces", "watch", ""),
    }
    assert NAMESPACE in cluster_role["metadata"]["name"]  # one per release namespace
    crb = find(default_docs, "ClusterRoleBinding")[0]
    assert crb["roleRef"]["name"] == cluster_role["metadata"]["name"]
    assert crb["subjects"] == [
        {"kind": "ServiceAccount", "name": f"{FULLNAME}-operator", "namespace": NAMESPACE}
    ]


def test_migrations_run_as_pre_install_and_pre_upgrade_hook_annotations(
    default_docs: list[Manifest],
) -> None:
    job = get(default_docs, "Job", f"{FULLNAME}-migrations")
    assert hook_annotations(job) == {
        "helm.sh/hook": "pre-install,pre-upgrade",
        "helm.sh/hook-weight": "0",
        "helm.sh/hook-delete-policy": "before-hook-creation,hook-succeeded",
    }
    c = container(job)
    assert c["args"] == ["migrate"]
    assert pod_spec(job)["restartPolicy"] == "Never"
    assert "envFrom" not in c  # the settings ConfigMap does not exist yet before install
    # ... and neither does the chart-made Secret: DB_URL comes from a hook Secret made first
    secret = get(default_docs, "Secret", f"{FULLNAME}-migrations")
    assert hook_annotations(secret)["helm.sh/hook"] == "pre-install,pre-upgrade"
    assert int(hook_annotations(secret)["helm.sh/hook-weight"]) < int(
        hook_annotations(job)["helm.sh/hook-weight"]
    )
    assert "hook-succeeded" in hook_annotations(secret)["helm.sh/hook-delete-policy"]
    assert env_of(c)["DB_URL"] == {
        "secretKeyRef": {"name": f"{FULLNAME}-migrations", "key": "DB_URL"}
    }
    # the ordinary objects are not hooks
    for obj in find(default_docs, "Secret", f"{FULLNAME}-credentials") + find(
        default_docs, "ConfigMap", f"{FULLNAME}-settings"
    ):
        assert hook_annotations(obj) == {}


def test_migration_hook_secret_carries_the_database_url(helm: Path) -> None:
    url = "postgresql://u:p@db:5432/resumes"
    docs = render_chart(helm, {"credentials": {"dbUrl": url, "redisUrl": "redis://r:6379/0"}})
    secret = get(docs, "Secret", f"{FULLNAME}-migrations")
    assert secret["stringData"] == {"DB_URL": url}


def test_migrations_with_an_existing_secret_need_no_hook_secret(helm: Path) -> None:
    docs = render_chart(
        helm, {"credentials": {"existingSecret": "prod-creds", "keys": {"dbUrl": "database-url"}}}
    )
    assert find(docs, "Secret") == []
    job = get(docs, "Job", f"{FULLNAME}-migrations")
    assert env_of(container(job))["DB_URL"] == {
        "secretKeyRef": {"name": "prod-creds", "key": "database-url"}
    }


def test_migrations_beside_the_dev_database_are_no_hook_annotations(helm: Path) -> None:
    docs = render_chart(helm, {"devPostgresql": {"enabled": True}, "devRedis": {"enabled": True}})
    [job] = find(docs, "Job")
    assert job["metadata"]["name"] == f"{FULLNAME}-migrations-1"  # new name per revision
    assert hook_annotations(job) == {}
    assert find(docs, "Secret", f"{FULLNAME}-migrations") == []
    assert env_of(container(job))["DB_URL"]["secretKeyRef"]["name"] == f"{FULLNAME}-credentials"
    docs = render_chart(
        helm, {"devPostgresql": {"enabled": True}, "migrations": {"enabled": False}}
    )
    assert find(docs, "Job") == []


def test_flower_is_optional(helm: Path, default_docs: list[Manifest]) -> None:
    assert find(default_docs, "Deployment", f"{FULLNAME}-flower") == []
    assert find(default_docs, "Service", f"{FULLNAME}-flower") == []
    docs = render_chart(helm, {"flower": {"enabled": True, "extraArgs": ["--basic-auth=a:b"]}})
    c = container(deployment(docs, "flower"))
    assert c["args"] == ["flower", "--address", "0.0.0.0", "--port", "5555", "--basic-auth=a:b"]
    assert c["readinessProbe"]["tcpSocket"] == {"port": "http"}
    svc = get(docs, "Service", f"{FULLNAME}-flower")
    assert svc["spec"]["ports"][0]["port"] == 5555


def test_pod_disruption_budgets(helm: Path, default_docs: list[Manifest]) -> None:
    for component in ("api", "worker"):
        pdb = get(default_docs, "PodDisruptionBudget", f"{FULLNAME}-{component}")
        assert pdb["spec"]["maxUnavailable"] == 1
        selector = deployment(default_docs, component)["spec"]["selector"]
        assert pdb["spec"]["selector"] == selector
    docs = render_chart(
        helm,
        {
            "api": {"podDisruptionBudget": {"enabled": False}},
            "worker": {"podDisruptionBudget": {"enabled": False}},
        },
    )
    assert find(docs, "PodDisruptionBudget") == []


def test_scheduling_and_pod_annotations_reach_the_pods(helm: Path) -> None:
    values: dict[str, Any] = {}
    for component in ("api", "worker", "beat", "operator"):
        values[component] = {
            "nodeSelector": {"pool": component},
            "tolerations": [{"key": "k", "operator": "Exists", "effect": "NoSchedule"}],
            "affinity": {
                "nodeAffinity": {
                    "requiredDuringSchedulingIgnoredDuringExecution": {
                        "nodeSelectorTerms": [
                            {
                                "matchExpressions": [
                                    {"key": "zone", "operator": "In", "values": ["a"]}
                                ]
                            }
                        ]
                    }
                }
            },
            "podAnnotations": {"example.com/owner": component},
        }
    docs = render_chart(helm, values)
    for component, v in values.items():
        d = deployment(docs, component)
        spec = pod_spec(d)
        assert spec["nodeSelector"] == v["nodeSelector"]
        assert spec["tolerations"] == v["tolerations"]
        assert spec["affinity"] == v["affinity"]
        assert d["spec"]["template"]["metadata"]["annotations"]["example.com/owner"] == component
