"""`helm lint --strict` with every values file (NOTES.txt is checked where a real install prints
it: tests/k8s/test_chart.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.charts.rendering import CHART_DIR, DEV_VALUES, FULL_VALUES, NAMESPACE


@pytest.mark.parametrize(
    "values_files", [[], [DEV_VALUES], [FULL_VALUES]], ids=["default", "dev", "full"]
)
def test_helm_lint_strict(helm: Path, values_files: list[Path]) -> None:
    args = [str(helm), "lint", "--strict", str(CHART_DIR), "--namespace", NAMESPACE]
    for path in values_files:
        args += ["--values", str(path)]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 chart(s) failed" in proc.stdout
    assert "[WARNING]" not in proc.stdout, proc.stdout
    assert "[ERROR]" not in proc.stdout, proc.stdout
