"""The chart's CRDs on a real API server: established, validated, printed, status subresource."""

from __future__ import annotations

import json

import pytest
import yaml

from resume_operator import constants
from tests.k8s.conftest import CRD_DIR, RJ_CRD, WA_CRD
from tests.k8s.controlplane import ControlPlane

API_VERSION = f"{constants.GROUP}/{constants.VERSION}"


def autoscaler(name: str, **spec: object) -> dict[str, object]:
    body: dict[str, object] = {
        "scaleTargetRef": {"name": "worker"},
        "queues": ["resumes"],
        "minReplicas": 0,
        "maxReplicas": 5,
    }
    body.update(spec)
    return {"apiVersion": API_VERSION, "kind": "WorkerAutoscaler",
            "metadata": {"name": name}, "spec": body}  # fmt: skip


def resume_job(name: str, **spec: object) -> dict[str, object]:
    return {"apiVersion": API_VERSION, "kind": "ResumeJob",
            "metadata": {"name": name}, "spec": spec}  # fmt: skip


def apply(cp: ControlPlane, namespace: str, obj: dict[str, object], check: bool = True) -> str:
    proc = cp.kubectl("apply", "-n", namespace, "-f", "-", input=json.dumps(obj), check=check)
    if check:
        return proc.stdout
    assert proc.returncode != 0, f"the API server accepted {obj}: {proc.stdout}"
    return proc.stderr


def test_crd_files_match_constants() -> None:
    for path, plural, kind, short in (
        (CRD_DIR / f"{RJ_CRD}.yaml", constants.RESUMEJOB_PLURAL, "ResumeJob", "rj"),
        (CRD_DIR / f"{WA_CRD}.yaml", constants.WORKERAUTOSCALER_PLURAL, "WorkerAutoscaler", "wa"),
    ):
        crd = yaml.safe_load(path.read_text())
        assert crd["metadata"]["name"] == f"{plural}.{constants.GROUP}"
        assert crd["spec"]["group"] == constants.GROUP
        assert crd["spec"]["scope"] == "Namespaced"
        assert crd["spec"]["names"]["kind"] == kind
        assert crd["spec"]["names"]["shortNames"] == [short]
        [version] = crd["spec"]["versions"]
        assert version["name"] == constants.VERSION
        assert version["subresources"] == {"status": {}}


def test_crds_are_established_with_short_names(crds: ControlPlane) -> None:
    for crd_name, short in ((RJ_CRD, "rj"), (WA_CRD, "wa")):
        crd = crds.kubectl_json("get", "crd", crd_name)
        conditions = {c["type"]: c["status"] for c in crd["status"]["conditions"]}
        assert conditions["Established"] == "True"
        assert conditions["NamesAccepted"] == "True"
        assert crd["status"]["acceptedNames"]["shortNames"] == [short]


def test_valid_autoscaler_gets_defaults(crds: ControlPlane, namespace: str) -> None:
    apply(crds, namespace, autoscaler("workers"))
    got = crds.kubectl_json("get", "wa", "workers", "-n", namespace)
    spec = got["spec"]
    assert spec["pollingInterval"] == 5
    assert spec["concurrency"] == 1
    assert spec["activationThreshold"] == 0
    assert spec["scaleDownStabilizationSeconds"] == 120
    assert spec["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment",
                                      "name": "worker"}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"minReplicas": -1}, "minReplicas"),
        ({"maxReplicas": 0}, "maxReplicas"),
        ({"minReplicas": 4, "maxReplicas": 2}, "minReplicas must not exceed maxReplicas"),
        ({"scaleTargetRef": None}, "scaleTargetRef"),
        ({"scaleTargetRef": {"kind": "Deployment"}}, "name"),
        ({"scaleTargetRef": {"name": "w", "kind": "StatefulSet"}}, "kind"),
        ({"queues": []}, "queues"),
        ({"queues": None}, "queues"),
        ({"concurrency": 0}, "concurrency"),
        ({"pollingInterval": 0}, "pollingInterval"),
        ({"pollingInterval": "fast"}, "pollingInterval"),
    ],
)
def test_invalid_autoscalers_are_rejected(
    crds: ControlPlane, namespace: str, change: dict[str, object], expected: str
) -> None:
    obj = autoscaler("bad", **{k: v for k, v in change.items() if v is not None})
    spec = obj["spec"]
    assert isinstance(spec, dict)
    for key in [k for k, v in change.items() if v is None]:
        del spec[key]
    error = apply(crds, namespace, obj, check=False)
    assert "invalid" in error.lower() or "Invalid" in error, error
    assert expected in error, error
    missing = crds.kubectl("get", "wa", "bad", "-n", namespace, check=False)
    assert missing.returncode != 0


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ({}, "spec.source or spec.applicationId is required"),
        ({"source": ""}, "source"),
        ({"applicationId": "not-a-uuid"}, "applicationId"),
        ({"source": "s3://b/k", "ttlSecondsAfterFinished": -5}, "ttlSecondsAfterFinished"),
    ],
)
def test_invalid_resume_jobs_are_rejected(
    crds: ControlPlane, namespace: str, spec: dict[str, object], expected: str
) -> None:
    error = apply(crds, namespace, resume_job("bad", **spec), check=False)
    assert expected in error, error


def test_resume_job_source_is_immutable(crds: ControlPlane, namespace: str) -> None:
    apply(crds, namespace, resume_job("cv", source="s3://bucket/a.pdf"))
    error = apply(crds, namespace, resume_job("cv", source="s3://bucket/b.pdf"), check=False)
    assert "spec.source is immutable" in error


def _columns(cp: ControlPlane, resource: str, namespace: str) -> tuple[list[str], list[str]]:
    lines = cp.kubectl("get", resource, "-n", namespace).stdout.strip().splitlines()
    header, row = lines[0].split(), lines[1].split()
    return header, row


def _patch_status(cp: ControlPlane, resource: str, name: str, namespace: str,
                  status: dict[str, object]) -> None:  # fmt: skip
    cp.kubectl("patch", resource, name, "-n", namespace, "--subresource=status",
               "--type=merge", "-p", json.dumps({"status": status}))  # fmt: skip


def test_resume_job_printer_columns_and_status(crds: ControlPlane, namespace: str) -> None:
    apply(crds, namespace, resume_job("cv", source="s3://bucket/jane.pdf"))
    _patch_status(crds, "rj", "cv", namespace, {"phase": "Completed", "fileName": "jane.pdf",
                                                "candidateName": "Jane"})  # fmt: skip
    header, row = _columns(crds, "rj", namespace)
    assert header == ["NAME", "STATUS", "FILE", "CANDIDATE", "AGE"]
    assert row[:4] == ["cv", "Completed", "jane.pdf", "Jane"]
    # status is a subresource: a spec-side apply does not touch it, a bad phase is refused
    got = crds.kubectl_json("get", "resumejob", "cv", "-n", namespace)
    assert got["status"]["phase"] == "Completed"
    bad = crds.kubectl("patch", "rj", "cv", "-n", namespace, "--subresource=status",
                       "--type=merge", "-p", '{"status": {"phase": "Done"}}',
                       check=False)  # fmt: skip
    assert bad.returncode != 0
    assert "phase" in bad.stderr


def test_autoscaler_printer_columns_and_status(crds: ControlPlane, namespace: str) -> None:
    apply(crds, namespace, autoscaler("workers", minReplicas=1, maxReplicas=8))
    header, row = _columns(crds, "wa", namespace)
    assert header == ["NAME", "TARGET", "MIN", "MAX", "DEMAND", "DESIRED", "CURRENT", "AGE"]
    assert row[:4] == ["workers", "worker", "1", "8"]
    status = {
        "demand": 12,
        "inFlight": 2,
        "desiredReplicas": 3,
        "currentReplicas": 2,
        "lastScaleTime": "2026-01-01T00:00:00Z",
        "conditions": [{"type": "Active", "status": "True", "reason": "Demand"}],
    }
    _patch_status(crds, "wa", "workers", namespace, status)
    header, row = _columns(crds, "wa", namespace)
    assert row[:7] == ["workers", "worker", "1", "8", "12", "3", "2"]
    # status written through the main resource is ignored (the subresource owns it)
    crds.kubectl("patch", "wa", "workers", "-n", namespace, "--type=merge",
                 "-p", '{"status": {"demand": 99}, "spec": {"maxReplicas": 9}}')  # fmt: skip
    got = crds.kubectl_json("get", "wa", "workers", "-n", namespace)
    assert got["status"]["demand"] == 12
    assert got["spec"]["maxReplicas"] == 9
    # and the status schema is enforced
    bad = crds.kubectl("patch", "wa", "workers", "-n", namespace, "--subresource=status",
                       "--type=merge", "-p", '{"status": {"demand": -1}}', check=False)  # fmt: skip
    assert bad.returncode != 0
