"""Render the chart with `helm template` and look objects up, Airflow-chart style."""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

CHART_DIR = Path(__file__).resolve().parents[2] / "charts" / "ai-resume-processor"
DEV_VALUES = CHART_DIR / "values-dev.yaml"
FULL_VALUES = CHART_DIR / "ci" / "full-values.yaml"
RELEASE = "rp"
NAMESPACE = "resumes"
FULLNAME = f"{RELEASE}-ai-resume-processor"
MONITORING_APIS = (
    "monitoring.coreos.com/v1/ServiceMonitor",
    "monitoring.coreos.com/v1/PrometheusRule",
)

Manifest = dict[str, Any]


class HelmError(RuntimeError):
    pass


def render_chart(
    helm: Path,
    values: dict[str, Any] | None = None,
    *,
    values_files: Iterable[Path] = (),
    api_versions: Iterable[str] = (),
    release: str = RELEASE,
    namespace: str = NAMESPACE,
    extra_args: Iterable[str] = (),
) -> list[Manifest]:
    """Every object `helm template` renders (hooks included), parsed."""
    return list(
        yaml.safe_load_all(
            template_text(
                helm,
                values,
                values_files=values_files,
                api_versions=api_versions,
                release=release,
                namespace=namespace,
                extra_args=extra_args,
            )
        )
    )


def template_text(
    helm: Path,
    values: dict[str, Any] | None = None,
    *,
    values_files: Iterable[Path] = (),
    api_versions: Iterable[str] = (),
    release: str = RELEASE,
    namespace: str = NAMESPACE,
    extra_args: Iterable[str] = (),
) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as fh:
        json.dump(values or {}, fh)  # JSON is YAML: one values file, given last, wins
        fh.flush()
        args = [str(helm), "template", release, str(CHART_DIR), "--namespace", namespace]
        for path in values_files:
            args += ["--values", str(path)]
        args += ["--values", fh.name]
        for api in api_versions:
            args += ["--api-versions", api]
        proc = subprocess.run([*args, *extra_args], capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise HelmError(proc.stderr.strip())
    return proc.stdout


def objects(docs: Iterable[Manifest | None]) -> list[Manifest]:
    return [d for d in docs if d]


def find(docs: Iterable[Manifest | None], kind: str, name: str | None = None) -> list[Manifest]:
    return [
        d
        for d in objects(docs)
        if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)
    ]


def get(docs: Iterable[Manifest | None], kind: str, name: str) -> Manifest:
    found = find(docs, kind, name)
    assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}: " + ", ".join(
        f"{d['kind']}/{d['metadata']['name']}" for d in objects(docs)
    )
    return found[0]


WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "Job")


def workloads(docs: Iterable[Manifest | None]) -> Iterator[Manifest]:
    return (d for d in objects(docs) if d["kind"] in WORKLOAD_KINDS)


def pod_spec(workload: Manifest) -> Manifest:
    spec: Manifest = workload["spec"]["template"]["spec"]
    return spec


def container(workload: Manifest, name: str | None = None) -> Manifest:
    containers = pod_spec(workload)["containers"]
    if name is None:
        assert len(containers) == 1
        return containers[0]  # type: ignore[no-any-return]
    [found] = [c for c in containers if c["name"] == name]
    return found  # type: ignore[no-any-return]


def env_of(c: Manifest) -> dict[str, Any]:
    """name → value, or the valueFrom dict."""
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in c.get("env", [])}


def hook_annotations(obj: Manifest) -> dict[str, str]:
    annotations: dict[str, str] = obj["metadata"].get("annotations") or {}
    return {k: v for k, v in annotations.items() if k.startswith("helm.sh/hook")}
