"""kind-config.yaml and skaffold.yaml, decoded strictly by kind's and skaffold's own Go types
(tests/deploy/tools/deployconfig), and consistent with the chart, the Dockerfile and each other.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.conftest import CHART, REPO, helm_template

KIND_CONFIG = REPO / "kind-config.yaml"
SKAFFOLD_CONFIG = REPO / "skaffold.yaml"
IMAGE = "ai-resume-processor"


def _check(tool: Path, kind: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(tool), kind, str(path)], capture_output=True, text=True, timeout=60)


def _decoded(tool: Path, kind: str, path: Path) -> Any:
    proc = _check(tool, kind, path)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _rejected(tool: Path, kind: str, path: Path) -> str:
    proc = _check(tool, kind, path)
    assert proc.returncode == 1, f"the broken {kind} config was accepted:\n{path.read_text()}"
    return proc.stderr


@pytest.fixture(scope="module")
def versions(deployconfig: Path) -> dict[str, str]:
    proc = subprocess.run([str(deployconfig), "versions"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    result: dict[str, str] = json.loads(proc.stdout)
    return result


@pytest.fixture(scope="module")
def kind_cluster(deployconfig: Path) -> dict[str, Any]:
    cluster: dict[str, Any] = _decoded(deployconfig, "kind", KIND_CONFIG)
    return cluster


@pytest.fixture(scope="module")
def skaffold(deployconfig: Path) -> dict[str, Any]:
    (config,) = _decoded(deployconfig, "skaffold", SKAFFOLD_CONFIG)
    assert isinstance(config, dict)
    return config


# kind -----------------------------------------------------------------------------------------


def test_kind_config_has_a_control_plane_and_a_worker(kind_cluster: dict[str, Any]) -> None:
    roles = [node["role"] for node in kind_cluster["nodes"]]
    assert roles.count("control-plane") == 1
    assert "worker" in roles


def test_kind_nodes_use_the_pinned_image_of_this_kind_release(
    kind_cluster: dict[str, Any], versions: dict[str, str]
) -> None:
    for node in kind_cluster["nodes"]:
        assert node["image"] == versions["kindNodeImage"]
        assert "@sha256:" in node["image"]


def test_kind_maps_the_api_nodeport_to_loopback(kind_cluster: dict[str, Any]) -> None:
    mappings = [m for n in kind_cluster["nodes"] for m in n.get("extraPortMappings", [])]
    api = [m for m in mappings if m["containerPort"] == 30080]
    assert api, "no mapping for the API's NodePort 30080"
    for mapping in mappings:
        # Valid NodePorts, published on loopback only, never on the machine's network.
        assert 30000 <= mapping["containerPort"] <= 32767
        assert mapping["listenAddress"] == "127.0.0.1"


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        ("    extraPortMappings:", "    extraPortMapings:", "not found in type"),
        ("  - role: worker", "  - role: wroker", "not a valid node role"),
        ("        hostPort: 8080", "        hostPort: 70000", "invalid hostPort"),
        ("apiVersion: kind.x-k8s.io/v1alpha4", "apiVersion: kind.x-k8s.io/v1alpha9", "apiVersion"),
    ],
)
def test_kind_rejects_a_broken_copy(
    deployconfig: Path, tmp_path: Path, old: str, new: str, why: str
) -> None:
    text = KIND_CONFIG.read_text()
    assert old in text, f"{old!r} is no longer in kind-config.yaml: update this test"
    broken = tmp_path / "kind-config.yaml"
    broken.write_text(text.replace(old, new, 1))
    assert why in _rejected(deployconfig, "kind", broken)


# skaffold -------------------------------------------------------------------------------------


def test_skaffold_uses_the_latest_schema(
    skaffold: dict[str, Any], versions: dict[str, str]
) -> None:
    assert skaffold["apiVersion"] == versions["skaffold"]


def test_skaffold_builds_the_dockerfile_locally_without_sync(skaffold: dict[str, Any]) -> None:
    (artifact,) = skaffold["build"]["artifacts"]
    assert artifact["image"] == IMAGE
    assert (REPO / artifact.get("context", ".") / artifact["docker"]["dockerfile"]).is_file()
    assert artifact["sync"] == {"auto": False}
    assert skaffold["build"]["local"]["push"] is False
    # Every build argument the Dockerfile requires is passed.
    dockerfile = (REPO / "Dockerfile").read_text()
    required = set(re.findall(r'^ARG (\w+)=""$', dockerfile, re.M))
    assert required <= set(artifact["docker"].get("buildArgs", {}))


def _release(skaffold: dict[str, Any]) -> dict[str, Any]:
    (release,) = skaffold["deploy"]["helm"]["releases"]
    assert isinstance(release, dict)
    return release


def test_skaffold_deploys_the_chart_with_dev_values_and_the_built_image(
    skaffold: dict[str, Any], chart_values: dict[str, Any]
) -> None:
    release = _release(skaffold)
    assert (REPO / release["chartPath"]).resolve() == CHART
    for values_file in release["valuesFiles"]:
        assert (REPO / values_file).is_file(), f"{values_file} is missing"
    assert "charts/ai-resume-processor/values-dev.yaml" in release["valuesFiles"]
    key = re.sub(r"[^A-Za-z0-9]", "_", IMAGE)  # how skaffold names the template variables
    assert release["setValueTemplates"] == {
        "image.repository": f"{{{{.IMAGE_REPO_{key}}}}}",
        "image.tag": f"{{{{.IMAGE_TAG_{key}}}}}",
    }
    assert {"repository", "tag"} <= set(chart_values["image"])


def test_skaffold_port_forwards_reach_rendered_services(
    skaffold: dict[str, Any], helm: Path
) -> None:
    release = _release(skaffold)
    values = [REPO / f for f in release["valuesFiles"]]
    objects = helm_template(helm, release["name"], release["namespace"], *values)
    services = {
        o["metadata"]["name"]: {p["port"] for p in o["spec"]["ports"]}
        for o in objects
        if o["kind"] == "Service"
    }
    forwards = skaffold["portForward"]
    names = {f["resourceName"] for f in forwards}
    assert f"{release['name']}-ai-resume-processor-api" in names
    for forward in forwards:
        assert forward["resourceType"] == "service"
        assert forward["namespace"] == release["namespace"]
        assert forward["resourceName"] in services, f"no Service {forward['resourceName']}"
        assert forward["port"] in services[forward["resourceName"]]
        assert forward["address"] == "127.0.0.1"


def test_skaffold_and_kind_bind_different_host_ports(
    skaffold: dict[str, Any], kind_cluster: dict[str, Any]
) -> None:
    forwarded = {f["localPort"] for f in skaffold["portForward"]}
    mapped = {m["hostPort"] for n in kind_cluster["nodes"] for m in n.get("extraPortMappings", [])}
    assert not forwarded & mapped


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        ("    localPort: 8000", "    localport: 8000", "not found in type"),
        ("apiVersion: skaffold/v4beta13", "apiVersion: skaffold/v4beta1", "not the latest schema"),
        ("      - name: resume\n", "      - wait: true\n", "required value not set"),
        (
            "        chartPath: charts/ai-resume-processor\n",
            "        chartPath: charts/ai-resume-processor\n        remoteChart: x\n",
            "only one element in set chartSource",
        ),
    ],
)
def test_skaffold_rejects_a_broken_copy(
    deployconfig: Path, tmp_path: Path, old: str, new: str, why: str
) -> None:
    text = SKAFFOLD_CONFIG.read_text()
    assert old in text, f"{old!r} is no longer in skaffold.yaml: update this test"
    broken = tmp_path / "skaffold.yaml"
    broken.write_text(text.replace(old, new, 1))
    assert why in _rejected(deployconfig, "skaffold", broken)


def test_configs_are_plain_yaml() -> None:
    """Both files also load with PyYAML (no tabs or duplicate-key tricks the Go decoders allow)."""
    assert yaml.safe_load(KIND_CONFIG.read_text())["kind"] == "Cluster"
    assert yaml.safe_load(SKAFFOLD_CONFIG.read_text())["kind"] == "Config"
