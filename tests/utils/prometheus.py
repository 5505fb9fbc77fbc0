"""A real Prometheus server for tests: generated config, free port, its own data directory."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from resume_processor.devstack import free_port
from tests.utils.processes import ServiceProcess, _spawn, wait_until_serving

PROMETHEUS = shutil.which("prometheus")
PROMTOOL = shutil.which("promtool")


def write_config(path: Path, targets: dict[str, str], rule_files: list[Path]) -> None:
    """Scrape each `job: host:port` every second and evaluate rules every second."""
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s", "scrape_timeout": "1s"},
        "rule_files": [str(rule_file) for rule_file in rule_files],
        "scrape_configs": [
            {"job_name": job, "static_configs": [{"targets": [target]}]}
            for job, target in targets.items()
        ],
    }
    path.write_text(yaml.safe_dump(config))


class PrometheusServer:
    def __init__(self, workdir: Path, targets: dict[str, str], rule_files: list[Path]) -> None:
        self.workdir = workdir
        self.targets = targets
        self.rule_files = rule_files
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: ServiceProcess | None = None

    def start(self) -> None:
        assert PROMETHEUS is not None
        self.workdir.mkdir(parents=True, exist_ok=True)
        config = self.workdir / "prometheus.yml"
        write_config(config, self.targets, self.rule_files)
        argv = [
            PROMETHEUS,
            f"--config.file={config}",
            f"--storage.tsdb.path={self.workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--log.level=warn",
        ]
        self.process = _spawn("prometheus", argv, {}, self.workdir)
        wait_until_serving(self.process, f"{self.url}/-/ready", "Prometheus")

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()

    def query(self, expr: str) -> list[dict[str, Any]]:
        response = httpx.get(f"{self.url}/api/v1/query", params={"query": expr}, timeout=10)
        body = response.json()
        if body.get("status") != "success":
            raise AssertionError(f"query {expr!r} failed: {json.dumps(body)[:500]}")
        result: list[dict[str, Any]] = body["data"]["result"]
        return result

    def value(self, expr: str) -> float | None:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None

    def wait_for_value(self, expr: str, expected: float, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        seen: float | None = None
        while time.monotonic() < deadline:
            seen = self.value(expr)
            if seen == expected:
                return
            time.sleep(0.5)
        raise AssertionError(f"{expr} is {seen}, expected {expected}")

    def targets_up(self) -> dict[str, str]:
        body = httpx.get(f"{self.url}/api/v1/targets", timeout=10).json()
        return {t["labels"]["job"]: t["health"] for t in body["data"]["activeTargets"]}


def run_promtool(*args: str) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run([PROMTOOL, *args], capture_output=True, text=True, timeout=120)
