"""For fixtures that need the Kubernetes test binaries (tests/k8s, tests/charts): outside CI a
test skips when they are not built yet; with CI=true the first such test builds them (about 10
minutes on a new machine, longer than the suite's per-test timeout, so it gets a longer one),
or fails."""

from __future__ import annotations

import pytest

from tests.conftest import IN_CI
from tests.k8s import binaries

BUILD_TIMEOUT = 3600  # seconds, for the test whose fixture builds the binaries


def allow_build_time(items: list[pytest.Item], fixture: str) -> None:
    """Give the tests using `fixture` the build's timeout when CI will have to build."""
    if not IN_CI or binaries.is_built():
        return
    for item in items:
        if fixture in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.timeout(BUILD_TIMEOUT))


def ensure_built(pytestconfig: pytest.Config) -> None:
    """Build the binaries under CI (progress shown live), skip outside it."""
    if binaries.is_built():
        return
    if not IN_CI:
        pytest.skip(
            f"Kubernetes test binaries are not built in {binaries.bin_dir()}; "
            "build them once with `make k8s-binaries` (takes a while: go build)"
        )
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    try:
        with capture.global_and_fixture_disabled():
            binaries.build()
    except RuntimeError as exc:
        pytest.fail(f"building the Kubernetes test binaries failed: {exc}")
