"""The `helm` fixture: the helm binary of tests/k8s/binaries.py (built once per machine).

Outside CI the chart tests skip when the binaries are not built (`make k8s-binaries`); with
CI=true the fixture builds them, or fails, exactly like the control_plane fixture.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.k8s import binaries

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
BUILD_TIMEOUT = 3600  # seconds, for the test whose fixture builds the binaries


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not IN_CI or binaries.is_built():
        return
    for item in items:
        if "helm" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.timeout(BUILD_TIMEOUT))


@pytest.fixture(scope="session")
def helm(pytestconfig: pytest.Config) -> Path:
    if not binaries.is_built():
        if not IN_CI:
            pytest.skip(
                f"helm is not built in {binaries.bin_dir()}; build the Kubernetes test binaries "
                "once with `make k8s-binaries` (takes a while: go build)"
            )
        capture = pytestconfig.pluginmanager.getplugin("capturemanager")
        try:
            with capture.global_and_fixture_disabled():  # show the build's progress live
                binaries.build()
        except RuntimeError as exc:
            pytest.fail(f"building the Kubernetes test binaries failed: {exc}")
    return binaries.binary("helm")
