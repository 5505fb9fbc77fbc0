"""The chart tests use the session's `helm` fixture (tests/conftest.py): outside CI they skip
when the Kubernetes test binaries are not built (`make k8s-binaries`); with CI=true the fixture
builds them, or fails, exactly like the control_plane fixture."""

from __future__ import annotations

import pytest

from tests.k8s.building import allow_build_time


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    allow_build_time(items, "helm")
