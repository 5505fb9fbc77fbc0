"""`resumectl` against the running API, as a person would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from resume_processor.samples import write_samples

pytestmark = pytest.mark.usefixtures("worker")


def resumectl(api_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resume_processor.cli", *args, "--api", api_url],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_upload_wait_prints_the_extracted_fields(api_url: str, tmp_path: Path) -> None:
    documents = [p for p in write_samples(tmp_path) if p.suffix in {".pdf", ".txt"}][:2]
    result = resumectl(api_url, "upload", *map(str, documents), "--wait")
    assert result.returncode == 0, result.stderr
    assert "COMPLETED" in result.stdout
    truth = json.loads(documents[0].with_suffix(".json").read_text())
    assert truth["basics"]["name"] in result.stdout
    assert truth["basics"]["email"] in result.stdout
    assert "uploading" in result.stderr  # the progress bar


def test_status_and_list(api_url: str, tmp_path: Path) -> None:
    document = tmp_path / "cv.txt"
    document.write_text("Grace Hopper\ngrace@example.com\n\nSkills\nCOBOL, compilers\n")
    assert resumectl(api_url, "upload", str(document), "--wait").returncode == 0
    listing = resumectl(api_url, "list", "--status", "completed", "--limit", "5")
    assert listing.returncode == 0, listing.stderr
    assert "Grace Hopper" in listing.stdout


def test_errors_are_explained(api_url: str, tmp_path: Path) -> None:
    bogus = tmp_path / "image.bin"
    bogus.write_bytes(b"\x00\x01\x02" * 100)
    upload = resumectl(api_url, "upload", str(bogus))
    assert upload.returncode == 1
    assert "HTTP 415" in upload.stdout
    missing = resumectl(api_url, "status", "00000000-0000-0000-0000-000000000000")
    assert missing.returncode == 1
    assert "no resume with id" in missing.stderr
    down = resumectl("http://127.0.0.1:9", "list")
    assert down.returncode == 1
    assert "cannot reach the API" in down.stderr
