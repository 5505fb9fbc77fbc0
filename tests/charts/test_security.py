"""Every Pod the chart makes runs under the restricted Pod Security Standard, with default,
development and full values: non-root fixed uid, read-only root filesystem (writable emptyDir at
/tmp), no privilege escalation, all capabilities dropped, seccomp RuntimeDefault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.charts.rendering import (
    DEV_VALUES,
    FULL_VALUES,
    MONITORING_APIS,
    Manifest,
    pod_spec,
    render_chart,
    workloads,
)

UID = 10001
VARIANTS = {"default": [], "dev": [DEV_VALUES], "full": [FULL_VALUES]}


@pytest.fixture(params=list(VARIANTS), scope="module")
def rendered_workloads(request: pytest.FixtureRequest, helm: Path) -> list[Manifest]:
    docs = render_chart(helm, values_files=VARIANTS[request.param], api_versions=MONITORING_APIS)
    return list(workloads(docs))


def test_expected_workloads_are_rendered(rendered_workloads: list[Manifest]) -> None:
    names = {
        w["metadata"]["name"].removeprefix("rp-ai-resume-processor-") for w in rendered_workloads
    }
    assert {"api", "worker", "beat", "operator"} <= names
    assert any(n.startswith("migrations") for n in names)


def test_pod_security_context_is_restricted(rendered_workloads: list[Manifest]) -> None:
    for w in rendered_workloads:
        sc = pod_spec(w)["securityContext"]
        where = w["metadata"]["name"]
        assert sc["runAsNonRoot"] is True, where
        ids = (sc["runAsUser"], sc["runAsGroup"], sc["fsGroup"])
        assert ids == (UID, UID, UID), where
        assert sc["seccompProfile"] == {"type": "RuntimeDefault"}, where


def test_container_security_context_is_restricted(rendered_workloads: list[Manifest]) -> None:
    for w in rendered_workloads:
        spec = pod_spec(w)
        for c in spec["containers"] + spec.get("initContainers", []):
            sc: dict[str, Any] = c["securityContext"]
            where = f"{w['metadata']['name']}/{c['name']}"
            assert sc["runAsNonRoot"] is True, where
            assert sc["runAsUser"] == UID, where
            assert sc["allowPrivilegeEscalation"] is False, where
            assert sc["readOnlyRootFilesystem"] is True, where
            assert sc["capabilities"] == {"drop": ["ALL"]}, where
            assert sc["seccompProfile"] == {"type": "RuntimeDefault"}, where
            assert "privileged" not in sc or sc["privileged"] is False, where


def test_tmp_is_a_writable_emptydir(rendered_workloads: list[Manifest]) -> None:
    for w in rendered_workloads:
        spec = pod_spec(w)
        empty_dirs = {v["name"] for v in spec["volumes"] if "emptyDir" in v}
        for c in spec["containers"]:
            mounts = {m["mountPath"]: m["name"] for m in c.get("volumeMounts", [])}
            assert mounts.get("/tmp") in empty_dirs, f"{w['metadata']['name']}: /tmp not writable"


def test_only_the_operator_gets_a_service_account_token(rendered_workloads: list[Manifest]) -> None:
    for w in rendered_workloads:
        spec = pod_spec(w)
        is_operator = w["metadata"]["labels"]["app.kubernetes.io/component"] == "operator"
        assert spec["automountServiceAccountToken"] is is_operator, w["metadata"]["name"]
        assert ("serviceAccountName" in spec) is is_operator


def test_no_host_namespaces_ports_or_paths(rendered_workloads: list[Manifest]) -> None:
    for w in rendered_workloads:
        spec = pod_spec(w)
        for field in ("hostNetwork", "hostPID", "hostIPC"):
            assert not spec.get(field), w["metadata"]["name"]
        assert all("hostPath" not in v for v in spec.get("volumes", []))
        for c in spec["containers"]:
            assert all("hostPort" not in p for p in c.get("ports", []))


def test_every_container_has_requests_and_limits(rendered_workloads: list[Manifest]) -> None:
    for w in rendered_workloads:
        for c in pod_spec(w)["containers"]:
            resources = c["resources"]
            assert {"cpu", "memory"} <= set(resources["requests"]), w["metadata"]["name"]
            assert {"cpu", "memory"} <= set(resources["limits"]), w["metadata"]["name"]
