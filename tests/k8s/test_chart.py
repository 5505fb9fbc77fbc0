"""The Helm chart on the real control plane: every rendered object accepted by the API server,
`helm install --wait` (kwok makes Pods Ready and completes Job Pods), the migration hook before
the Deployments, `kubectl get rj|wa`, the operator's RBAC with `kubectl auth can-i`, `helm
upgrade` rolling pods on a settings change without resetting the autoscaled worker replicas, and
`helm uninstall` leaving only the CRDs."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.charts.rendering import CHART_DIR, DEV_VALUES, FULL_VALUES
from tests.k8s.conftest import RJ_CRD, WA_CRD
from tests.k8s.controlplane import ControlPlane

RELEASE = "rp"
FULLNAME = f"{RELEASE}-ai-resume-processor"
OPERATOR_SA = f"{FULLNAME}-operator"
SECRET = f"{FULLNAME}-credentials"
LEASE = f"{FULLNAME}-operator"
MONITORING_GROUP = "monitoring.coreos.com"
INSTANCE = f"app.kubernetes.io/instance={RELEASE}"
NAMESPACED_KINDS = (
    "deployments,services,secrets,configmaps,jobs,pods,persistentvolumeclaims,networkpolicies,"
    "poddisruptionbudgets,serviceaccounts,roles,rolebindings,ingresses,workerautoscalers,"
    "servicemonitors,prometheusrules"
)


def minimal_crd(plural: str, kind: str) -> dict[str, Any]:
    """A stand-in for a Prometheus Operator CRD: the API exists, any spec is accepted."""
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": f"{plural}.{MONITORING_GROUP}"},
        "spec": {
            "group": MONITORING_GROUP,
            "scope": "Namespaced",
            "names": {"plural": plural, "singular": kind.lower(), "kind": kind},
            "versions": [
                {
                    "name": "v1",
                    "served": True,
                    "storage": True,
                    "schema": {
                        "openAPIV3Schema": {
                            "type": "object",
                            "x-kubernetes-preserve-unknown-fields": True,
                        }
                    },
                }
            ],
        },
    }


@pytest.fixture(scope="module")
def cluster(crds: ControlPlane) -> Iterator[ControlPlane]:
    """The control plane with the chart's CRDs and stand-ins for the monitoring CRDs."""
    added = []
    for plural, kind in (
        ("servicemonitors", "ServiceMonitor"),
        ("prometheusrules", "PrometheusRule"),
    ):
        name = f"{plural}.{MONITORING_GROUP}"
        if crds.kubectl("get", "crd", name, check=False).returncode != 0:
            crds.kubectl("apply", "-f", "-", input=json.dumps(minimal_crd(plural, kind)))
            added.append(name)
    if added:
        crds.kubectl(
            "wait", "--for=condition=Established", *(f"crd/{n}" for n in added), "--timeout=60s"
        )
    yield crds
    for name in added:
        crds.kubectl("delete", "crd", name, "--wait=false", check=False)


def render(cp: ControlPlane, namespace: str, values_file: Path) -> list[dict[str, Any]]:
    proc = cp.helm(
        "template", RELEASE, str(CHART_DIR), "--namespace", namespace, "--values", str(values_file),
        "--api-versions", f"{MONITORING_GROUP}/v1/ServiceMonitor",
        "--api-versions", f"{MONITORING_GROUP}/v1/PrometheusRule",
    )  # fmt: skip
    return [d for d in yaml.safe_load_all(proc.stdout) if d]


@pytest.mark.parametrize("values_file", [FULL_VALUES, DEV_VALUES], ids=["full", "dev"])
def test_every_rendered_object_is_accepted_by_the_api_server(
    cluster: ControlPlane, namespace: str, values_file: Path
) -> None:
    docs = render(cluster, namespace, values_file)
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "Job", "WorkerAutoscaler", "Role", "ClusterRole"} <= kinds
    if values_file == FULL_VALUES:
        assert {"ServiceMonitor", "PrometheusRule", "NetworkPolicy", "Ingress"} <= kinds
    body = json.dumps({"apiVersion": "v1", "kind": "List", "items": docs})
    out = cluster.kubectl(
        "apply", "--dry-run=server", "-n", namespace, "-f", "-", "-o", "name", input=body
    ).stdout.split()
    assert len(out) == len(docs), out


def parse_rfc3339(value: str) -> datetime:
    """Helm writes local-zone times with nanoseconds; keep whole seconds, honour the zone."""
    head, frac_zone = value[:19], value[19:]
    zone = "+00:00"
    for sign in ("+", "-"):
        if sign in frac_zone:
            zone = sign + frac_zone.rsplit(sign, 1)[1]
    if frac_zone.endswith("Z"):
        zone = "+00:00"
    return datetime.fromisoformat(head + zone).astimezone(UTC)


class Release:
    """A release of the chart installed with the full values in its own namespace."""

    def __init__(self, cp: ControlPlane, namespace: str, install_output: str) -> None:
        self.cp, self.namespace, self.install_output = cp, namespace, install_output

    def kubectl_json(self, *args: str) -> Any:
        return self.cp.kubectl_json(*args, "-n", self.namespace)

    def deployments(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.kubectl_json("get", "deployments", "-l", INSTANCE)[
            "items"
        ]
        return items

    def status(self) -> dict[str, Any]:
        out = self.cp.helm("status", RELEASE, "-n", self.namespace, "-o", "json").stdout
        status: dict[str, Any] = json.loads(out)
        return status

    def helm(self, *args: str, timeout: float = 300) -> str:
        return self.cp.helm(*args, "--namespace", self.namespace, timeout=timeout).stdout


@pytest.fixture(scope="module")
def release(cluster: ControlPlane) -> Iterator[Release]:
    namespace = f"chart-{uuid.uuid4().hex[:8]}"
    cluster.kubectl("create", "namespace", namespace)
    # the full values ask for a ReadWriteMany claim: a volume for it (no provisioner here)
    pv_name = f"{namespace}-storage"
    pv = {
        "apiVersion": "v1",
        "kind": "PersistentVolume",
        "metadata": {"name": pv_name},
        "spec": {
            "capacity": {"storage": "1Gi"},
            "accessModes": ["ReadWriteMany"],
            "persistentVolumeReclaimPolicy": "Retain",
            "storageClassName": "",
            "claimRef": {"namespace": namespace, "name": f"{FULLNAME}-storage"},
            "hostPath": {"path": f"/tmp/{pv_name}"},
        },
    }
    cluster.kubectl("apply", "-f", "-", input=json.dumps(pv))
    out = cluster.helm(
        "install", RELEASE, str(CHART_DIR), "--namespace", namespace,
        "--values", str(FULL_VALUES), "--wait", "--timeout", "5m",
    ).stdout  # fmt: skip
    try:
        yield Release(cluster, namespace, out)
    finally:
        cluster.helm("uninstall", RELEASE, "--namespace", namespace, check=False)
        cluster.kubectl("delete", "namespace", namespace, "--wait=false", check=False)
        cluster.kubectl("delete", "pv", pv_name, "--wait=false", check=False)


def test_install_runs_the_migration_hook_before_the_deployments(release: Release) -> None:
    status = release.status()
    assert status["info"]["status"] == "deployed"
    hooks = {(h["kind"], h["name"]): h for h in status["hooks"]}
    job = hooks[("Job", f"{FULLNAME}-migrations")]
    assert job["last_run"]["phase"] == "Succeeded"
    secret = hooks[("Secret", f"{FULLNAME}-migrations")]
    assert secret["last_run"]["phase"] == "Succeeded"
    finished = parse_rfc3339(job["last_run"]["completed_at"])
    deployments = release.deployments()
    assert len(deployments) == 5  # api, worker, beat, operator, flower
    for d in deployments:
        created = parse_rfc3339(d["metadata"]["creationTimestamp"])
        assert finished <= created, f"{d['metadata']['name']} was created before migrations ended"
    # hook-succeeded: neither the Job nor its Secret is left behind
    for kind in ("job", "secret"):
        got = release.cp.kubectl("get", kind, f"{FULLNAME}-migrations", "-n", release.namespace,
                                 check=False)  # fmt: skip
        assert got.returncode != 0, kind
        assert "NotFound" in got.stderr, got.stderr


def test_install_makes_every_deployment_ready(release: Release) -> None:
    for d in release.deployments():
        spec, st = d["spec"], d.get("status", {})
        assert st.get("readyReplicas") == spec["replicas"], d["metadata"]["name"]
    worker = release.kubectl_json("get", "deployment", f"{FULLNAME}-worker")
    assert worker["spec"]["replicas"] == 1  # defaulted by the API server, owned by the operator
    pvc = release.kubectl_json("get", "pvc", f"{FULLNAME}-storage")
    assert pvc["status"]["phase"] == "Bound"
    for crd in (RJ_CRD, WA_CRD):
        release.cp.kubectl("get", "crd", crd)


def columns(release: Release, resource: str) -> tuple[list[str], list[list[str]]]:
    lines = release.cp.kubectl("get", resource, "-n", release.namespace).stdout.splitlines()
    return lines[0].split(), [line.split() for line in lines[1:]]


def test_kubectl_get_rj_and_wa_show_their_columns(release: Release) -> None:
    header, rows = columns(release, "wa")
    assert header == ["NAME", "TARGET", "MIN", "MAX", "DEMAND", "DESIRED", "CURRENT", "AGE"]
    assert rows[0][:4] == [f"{FULLNAME}-worker", f"{FULLNAME}-worker", "1", "10"]
    job = {
        "apiVersion": "airesume.io/v1alpha1",
        "kind": "ResumeJob",
        "metadata": {"name": "cv-from-kubectl"},
        "spec": {"source": "s3://resumes/cv.pdf"},
    }
    release.cp.kubectl("apply", "-n", release.namespace, "-f", "-", input=json.dumps(job))
    header, rows = columns(release, "rj")
    assert header == ["NAME", "STATUS", "FILE", "CANDIDATE", "AGE"]
    assert rows[0][0] == "cv-from-kubectl"
    release.cp.kubectl("delete", "rj", "cv-from-kubectl", "-n", release.namespace)


def test_install_notes_tell_how_to_use_the_release(release: Release) -> None:
    notes = release.install_output.split("NOTES:", 1)[1]
    assert "https://resumes.example.com/" in notes
    assert "curl -F file=@my-cv.pdf" in notes
    assert f"kubectl -n {release.namespace} get rj" in notes
    assert f"kubectl -n {release.namespace} get wa" in notes
    assert "WARNING" not in notes


def can_i(release: Release, *args: str, namespace: str | None = None) -> bool:
    ns = namespace or release.namespace
    proc = release.cp.kubectl(
        "auth", "can-i", *args, "-n", ns,
        f"--as=system:serviceaccount:{release.namespace}:{OPERATOR_SA}",
        "--as-group=system:serviceaccounts",
        f"--as-group=system:serviceaccounts:{release.namespace}",
        "--as-group=system:authenticated",
        check=False,
    )  # fmt: skip
    answer = proc.stdout.strip()
    assert answer in {"yes", "no"}, proc.stderr
    return answer == "yes"


ALLOWED = [
    *[(v, "workerautoscalers.airesume.io") for v in ("get", "list", "watch", "patch")],
    *[
        (v, "workerautoscalers.airesume.io", "--subresource=status")
        for v in ("get", "patch", "update")
    ],
    *[(v, "resumejobs.airesume.io") for v in ("get", "list", "watch", "create", "patch", "delete")],
    *[(v, "resumejobs.airesume.io", "--subresource=status") for v in ("get", "patch", "update")],
    *[(v, "deployments.apps") for v in ("get", "list", "watch")],
    *[(v, "deployments.apps", "--subresource=scale") for v in ("get", "patch", "update")],
    *[(v, "pods") for v in ("get", "list", "watch", "patch")],
    *[(v, "events") for v in ("create", "patch")],
    *[(v, "events.events.k8s.io") for v in ("create", "patch")],
    ("create", "leases.coordination.k8s.io"),
    ("get", f"leases.coordination.k8s.io/{LEASE}"),
    ("update", f"leases.coordination.k8s.io/{LEASE}"),
    ("get", f"secrets/{SECRET}"),
    ("list", "customresourcedefinitions.apiextensions.k8s.io"),
    ("watch", "customresourcedefinitions.apiextensions.k8s.io"),
    ("list", "namespaces"),
    ("watch", "namespaces"),
]

DENIED = [
    ("get", "secrets"),
    ("list", "secrets"),
    ("watch", "secrets"),
    ("get", "secrets/some-other-secret"),
    ("update", f"secrets/{SECRET}"),
    ("delete", "deployments.apps"),
    ("create", "deployments.apps"),
    ("update", "deployments.apps"),
    ("delete", "pods"),
    ("create", "pods"),
    ("delete", "workerautoscalers.airesume.io"),
    ("update", "leases.coordination.k8s.io/another-lease"),
    ("delete", f"leases.coordination.k8s.io/{LEASE}"),
    ("create", "clusterrolebindings.rbac.authorization.k8s.io"),
    ("create", "rolebindings.rbac.authorization.k8s.io"),
    ("escalate", "roles.rbac.authorization.k8s.io"),
    ("get", "customresourcedefinitions.apiextensions.k8s.io"),
    ("create", "customresourcedefinitions.apiextensions.k8s.io"),
    ("create", "namespaces"),
    ("list", "nodes"),
    ("*", "*"),
]


@pytest.mark.parametrize("args", ALLOWED, ids=lambda a: " ".join(a))
def test_operator_may(release: Release, args: tuple[str, ...]) -> None:
    assert can_i(release, *args)


@pytest.mark.parametrize("args", DENIED, ids=lambda a: " ".join(a))
def test_operator_may_not(release: Release, args: tuple[str, ...]) -> None:
    assert not can_i(release, *args)


@pytest.mark.parametrize(
    "args",
    [
        ("get", f"secrets/{SECRET}"),
        ("list", "pods"),
        ("patch", "pods"),
        ("get", "deployments.apps"),
        ("patch", "deployments.apps", "--subresource=scale"),
        ("list", "workerautoscalers.airesume.io"),
        ("create", "resumejobs.airesume.io"),
        ("create", "events"),
        ("create", "leases.coordination.k8s.io"),
    ],
    ids=lambda a: " ".join(a),
)
def test_operator_may_not_act_in_another_namespace(release: Release, args: tuple[str, ...]) -> None:
    assert can_i(release, *args)
    assert not can_i(release, *args, namespace="default")
    assert not can_i(release, *args, "--all-namespaces")


def wait_for(what: str, check: Callable[[], bool], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def test_upgrade_rolls_pods_keeps_worker_replicas_then_uninstall_leaves_only_crds(
    release: Release, cluster: ControlPlane
) -> None:
    ns = release.namespace
    before = {d["metadata"]["name"]: d for d in release.deployments()}
    # the autoscaler owns the worker replicas: an upgrade must not reset them
    cluster.kubectl("scale", "deployment", f"{FULLNAME}-worker", "--replicas=3", "-n", ns)
    started = datetime.now(UTC).replace(microsecond=0)
    release.helm(
        "upgrade", RELEASE, str(CHART_DIR), "--values", str(FULL_VALUES),
        "--set", "settings.logLevel=DEBUG", "--wait", "--timeout", "5m",
    )  # fmt: skip
    settings = release.kubectl_json("get", "configmap", f"{FULLNAME}-settings")
    assert settings["data"]["LOG_LEVEL"] == "DEBUG"
    status = release.status()
    assert status["version"] == 2
    job = next(h for h in status["hooks"] if h["kind"] == "Job")
    assert job["last_run"]["phase"] == "Succeeded"
    assert parse_rfc3339(job["last_run"]["started_at"]) >= started  # pre-upgrade ran again
    after = {d["metadata"]["name"]: d for d in release.deployments()}
    for component in ("api", "worker", "beat", "operator", "flower"):
        name = f"{FULLNAME}-{component}"
        old = before[name]["spec"]["template"]["metadata"]["annotations"]["checksum/settings"]
        new = after[name]["spec"]["template"]["metadata"]["annotations"]["checksum/settings"]
        assert old != new, f"{name} would not roll"
        assert after[name]["metadata"]["generation"] > before[name]["metadata"]["generation"]
    assert after[f"{FULLNAME}-worker"]["spec"]["replicas"] == 3

    def rolled_out() -> bool:
        for d in release.deployments():
            st = d.get("status", {})
            if st.get("observedGeneration") != d["metadata"]["generation"]:
                return False
            if st.get("updatedReplicas") != d["spec"]["replicas"]:
                return False
            if st.get("readyReplicas") != d["spec"]["replicas"]:
                return False
        return True

    wait_for("the rollout of every Deployment", rolled_out)

    release.helm("uninstall", RELEASE, "--wait", "--timeout", "3m")

    def left() -> list[str]:
        items = release.kubectl_json("get", NAMESPACED_KINDS, "-l", INSTANCE)["items"]
        return [f"{i['kind']}/{i['metadata']['name']}" for i in items]

    wait_for("the release's objects (and their Pods) to go", lambda: not left(), timeout=60)
    for kind in ("clusterroles", "clusterrolebindings"):
        names = [i["metadata"]["name"] for i in cluster.kubectl_json("get", kind)["items"]]
        assert not [n for n in names if FULLNAME in n], kind
    for crd in (RJ_CRD, WA_CRD):
        cluster.kubectl("get", "crd", crd)  # Helm never deletes CRDs


def test_dev_values_install_with_bundled_databases_and_plain_migration_job(
    cluster: ControlPlane,
) -> None:
    """values-dev.yaml (what skaffold deploys): the migration Job is an ordinary object beside the
    bundled PostgreSQL (a pre-install hook would run before the database exists), named per
    revision so an upgrade makes a fresh one."""
    ns = f"chart-dev-{uuid.uuid4().hex[:8]}"
    pv_name = f"{ns}-storage"
    cluster.kubectl("create", "namespace", ns)
    pv = {
        "apiVersion": "v1",
        "kind": "PersistentVolume",
        "metadata": {"name": pv_name},
        "spec": {
            "capacity": {"storage": "2Gi"},
            "accessModes": ["ReadWriteOnce"],
            "storageClassName": "",
            "claimRef": {"namespace": ns, "name": f"{FULLNAME}-storage"},
            "hostPath": {"path": f"/tmp/{pv_name}"},
        },
    }
    cluster.kubectl("apply", "-f", "-", input=json.dumps(pv))
    install = ("--namespace", ns, "--values", str(DEV_VALUES), "--wait", "--wait-for-jobs",
               "--timeout", "5m")  # fmt: skip
    try:
        cluster.helm("install", RELEASE, str(CHART_DIR), *install)
        assert cluster.helm("get", "hooks", RELEASE, "-n", ns).stdout.strip() == ""
        job = cluster.kubectl_json("get", "job", f"{FULLNAME}-migrations-1", "-n", ns)
        assert job["status"].get("succeeded") == 1
        for name in ("postgresql", "redis", "api", "worker", "beat", "operator", "flower"):
            d = cluster.kubectl_json("get", "deployment", f"{FULLNAME}-{name}", "-n", ns)
            assert d["status"].get("readyReplicas") == d["spec"]["replicas"], name
        secret = cluster.kubectl_json("get", "secret", SECRET, "-n", ns)
        assert set(secret["data"]) == {"DB_URL", "REDIS_URL"}

        cluster.helm("upgrade", RELEASE, str(CHART_DIR), *install)
        jobs = cluster.kubectl_json("get", "jobs", "-n", ns, "-l", INSTANCE)["items"]
        assert [j["metadata"]["name"] for j in jobs] == [f"{FULLNAME}-migrations-2"]
    finally:
        cluster.helm("uninstall", RELEASE, "--namespace", ns, "--wait", check=False)
        cluster.kubectl("delete", "namespace", ns, "--wait=false", check=False)
        cluster.kubectl("delete", "pv", pv_name, "--wait=false", check=False)
