"""Smoke test of the real control plane: fake nodes, a Deployment's Pods Ready, versions."""

from __future__ import annotations

import json
import time

from tests.k8s import binaries
from tests.k8s.controlplane import ControlPlane

DEPLOYMENT = """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: smoke
  namespace: default
spec:
  replicas: 2
  selector:
    matchLabels: {app: smoke}
  template:
    metadata:
      labels: {app: smoke}
    spec:
      containers:
      - name: app
        image: registry.example/none:1
"""


def _ready_pods(cp: ControlPlane, selector: str) -> list[str]:
    pods = cp.kubectl_json("get", "pods", "-n", "default", "-l", selector)["items"]
    return [
        p["metadata"]["name"]
        for p in pods
        if p.get("status", {}).get("phase") == "Running"
        and any(
            c["type"] == "Ready" and c["status"] == "True"
            for c in p["status"].get("conditions", [])
        )
    ]


def test_nodes_are_ready(control_plane: ControlPlane) -> None:
    nodes = control_plane.kubectl_json("get", "nodes")["items"]
    assert len(nodes) == 3
    for node in nodes:
        conditions = {c["type"]: c["status"] for c in node["status"]["conditions"]}
        assert conditions["Ready"] == "True", node["metadata"]["name"]
        assert node["metadata"]["annotations"]["kwok.x-k8s.io/node"] == "fake"


def test_deployment_pods_become_ready(control_plane: ControlPlane) -> None:
    cp = control_plane
    cp.kubectl("apply", "-f", "-", input=DEPLOYMENT)
    try:
        cp.kubectl("rollout", "status", "deployment/smoke", "-n", "default", "--timeout=120s")
        deadline = time.monotonic() + 60
        while len(ready := _ready_pods(cp, "app=smoke")) < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert len(ready) == 2, cp.kubectl("get", "pods", "-o", "wide").stdout
        pods = cp.kubectl_json("get", "pods", "-n", "default", "-l", "app=smoke")["items"]
        assert {p["spec"]["nodeName"] for p in pods} <= {f"kwok-node-{i}" for i in range(3)}
        deployment = cp.kubectl_json("get", "deployment", "smoke", "-n", "default")
        assert deployment["status"]["readyReplicas"] == 2
    finally:
        cp.kubectl("delete", "deployment", "smoke", "-n", "default", "--wait=false")


def test_kubectl_reports_real_server_version(control_plane: ControlPlane) -> None:
    out = json.loads(control_plane.kubectl("version", "-o", "json").stdout)
    assert out["serverVersion"]["gitVersion"] == binaries.KUBERNETES_VERSION
    assert out["clientVersion"]["gitVersion"] == binaries.KUBERNETES_VERSION
    minor = binaries.KUBERNETES_VERSION.split(".")[1]
    assert out["serverVersion"]["major"] == "1"
    assert out["serverVersion"]["minor"] == minor


def test_helm_version_and_cluster_access(control_plane: ControlPlane) -> None:
    out = control_plane.helm("version", "--short").stdout.strip()
    assert out.startswith(binaries.HELM_VERSION), out
    listed = control_plane.helm("list", "--all-namespaces", "-o", "json").stdout
    assert json.loads(listed) == []
