"""The `control_plane` session fixture: a real Kubernetes control plane (see controlplane.py).

Outside CI, tests that use it skip when the binaries are not built yet (`make k8s-binaries`
builds them once per machine); with CI=true the fixture builds them (about 10 minutes on a new
machine, longer than the suite's per-test timeout, so the test that builds gets a longer one),
or fails.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from resume_operator import constants
from tests.k8s.building import allow_build_time, ensure_built
from tests.k8s.controlplane import ControlPlane

CRD_DIR = Path(__file__).resolve().parents[2] / "charts" / "ai-resume-processor" / "crds"
RJ_CRD = f"{constants.RESUMEJOB_PLURAL}.{constants.GROUP}"
WA_CRD = f"{constants.WORKERAUTOSCALER_PLURAL}.{constants.GROUP}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    allow_build_time(items, "control_plane")


@pytest.fixture(scope="session")
def control_plane(pytestconfig: pytest.Config) -> Iterator[ControlPlane]:
    ensure_built(pytestconfig)
    with ControlPlane(nodes=3) as cp:
        yield cp


@pytest.fixture(scope="session")
def crds(control_plane: ControlPlane) -> ControlPlane:
    """The control plane with the chart's CRDs applied and Established."""
    control_plane.kubectl("apply", "-f", str(CRD_DIR))
    control_plane.kubectl(
        "wait", "--for=condition=Established", f"crd/{RJ_CRD}", f"crd/{WA_CRD}", "--timeout=60s"
    )
    return control_plane


@pytest.fixture
def namespace(crds: ControlPlane) -> Iterator[str]:
    """A fresh namespace per test, deleted (without waiting) afterwards."""
    name = f"t-{uuid.uuid4().hex[:8]}"
    crds.kubectl("create", "namespace", name)
    yield name
    crds.kubectl("delete", "namespace", name, "--wait=false", check=False)
