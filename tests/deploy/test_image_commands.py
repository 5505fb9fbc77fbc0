"""Every command the image runs exists: the Dockerfile's ENTRYPOINT and CMD, each process the
chart starts (api, worker, beat, operator, migrate, flower), with the arguments it passes.

`resumectl <command> ... --help` parses the arguments and exits without starting anything
(`operator` hands --help to `kopf run`, which parses its own options the same way).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.deploy.conftest import CHART, helm_template
from tests.deploy.dockerfile import Stage

PROCESSES = ("api", "worker", "beat", "operator", "migrate", "flower")


def _help(resumectl: Path, *args: str) -> str:
    proc = subprocess.run(
        [str(resumectl), *args, "--help"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, f"`resumectl {' '.join(args)} --help`: {proc.stderr}"
    assert "Usage:" in proc.stdout
    return proc.stdout


def test_entrypoint_is_resumectl(final_stage: Stage) -> None:
    entrypoint = final_stage.last("ENTRYPOINT")
    assert entrypoint is not None
    # Exec form: resumectl is PID 1 and gets SIGTERM (warm shutdown of workers).
    assert entrypoint.exec_form == ["resumectl"]


def test_default_command_serves_the_api_on_the_charts_port(
    final_stage: Stage, resumectl: Path, chart_values: dict[str, Any]
) -> None:
    cmd = final_stage.last("CMD")
    assert cmd is not None
    args = cmd.exec_form
    assert args is not None, "CMD in exec form"
    assert args[0] == "api"
    assert args[args.index("--port") + 1] == str(chart_values["api"]["port"])
    assert args[args.index("--host") + 1] == "0.0.0.0"
    _help(resumectl, *args)


@pytest.mark.parametrize("process", PROCESSES)
def test_every_process_command_exists(resumectl: Path, process: str) -> None:
    out = _help(resumectl, process)
    if process == "operator":
        assert "kopf run" in out
    else:
        assert f"resumectl {process}" in out


def _app_containers(objects: list[dict[str, Any]], repository: str) -> list[tuple[str, list[str]]]:
    """(object/container, args) of every container and init container running the app image."""
    found = []
    for obj in objects:
        template = obj.get("spec", {}).get("template", obj.get("spec", {}).get("jobTemplate"))
        if not isinstance(template, dict):
            continue
        pod = template.get("spec", {})
        for container in pod.get("initContainers", []) + pod.get("containers", []):
            if container["image"].rpartition(":")[0] != repository:
                continue
            assert "command" not in container, "the chart must keep the image's ENTRYPOINT"
            where = f"{obj['kind']}/{obj['metadata']['name']}/{container['name']}"
            found.append((where, [str(a) for a in container.get("args", [])]))
    return found


@pytest.mark.parametrize("values_file", [None, "values-dev.yaml", "ci/full-values.yaml"])
def test_every_command_the_chart_runs_exists(
    helm: Path, resumectl: Path, values_file: str | None
) -> None:
    files = [CHART / values_file] if values_file else []
    for path in files:
        assert path.is_file(), f"{path} is missing"
    repository = "example.invalid/ai-resume-processor"
    objects = helm_template(
        helm, "resume", "ai-resume-processor", *files, **{"image.repository": repository}
    )
    containers = _app_containers(objects, repository)
    assert containers, "the chart runs no container of the app image"
    ran = set()
    for where, args in containers:
        assert args, f"{where}: no args; the image's default would run the API"
        assert args[0] in PROCESSES, f"{where}: `resumectl {args[0]}` is not a process command"
        ran.add(args[0])
        _help(resumectl, *args)
    assert {"api", "worker", "migrate", "operator"} <= ran
