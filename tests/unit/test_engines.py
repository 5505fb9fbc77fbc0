"""Engine selection from settings, and `resumectl parse` with each structuring engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from resume_processor.config import Settings
from resume_processor.pipeline.run import build_engines, finish_pipeline
from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.samples import SAMPLES
from tests.utils.gemini_standin import GeminiStandIn, resume_answer

RESUME = {"basics": {"name": "Amelia Hartwell", "email": "amelia.hartwell@example.com"}}


def test_local_engines_by_default() -> None:
    engines = build_engines(Settings(_env_file=None))  # type: ignore[call-arg]
    assert engines.structurer.name == "local-rules-v2"
    assert engines.embedder.name == "all-MiniLM-L6-v2"


def test_gemini_structurer_is_chosen_and_its_usage_lands_in_meta() -> None:
    with GeminiStandIn() as gemini:
        gemini.script("generateContent", resume_answer(RESUME, prompt=700, output=90))
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, structurer="gemini", gemini_api_key="k", gemini_base_url=gemini.base_url
        )
        engines = build_engines(settings)
        sample = SAMPLES[0].render(DocumentKind.TEXT)
        layout = engines.extractor.extract(sample, DocumentKind.TEXT)
        data = finish_pipeline(layout, engines, embed=False).extracted_data
    assert data["basics"] == RESUME["basics"]
    assert data["meta"]["engines"]["structure"] == "gemini:gemini-2.5-flash"
    assert data["meta"]["usage"]["prompt_tokens"] == 700
    assert data["meta"]["usage"]["output_tokens"] == 90


def test_parse_command_runs_without_any_service(tmp_path: Path) -> None:
    document = tmp_path / "amelia.txt"
    document.write_bytes(SAMPLES[0].render(DocumentKind.TEXT))
    with GeminiStandIn() as gemini:
        gemini.script("generateContent", resume_answer(RESUME))
        env = {**os.environ, "GEMINI_API_KEY": "k", "GEMINI_BASE_URL": gemini.base_url or ""}
        outputs = {}
        for engine in ("local", "gemini"):
            result = subprocess.run(
                [sys.executable, "-m", "resume_processor.cli", "parse", str(document), "--json",
                 "--engine", engine],
                capture_output=True, text=True, env=env, timeout=120, check=False,
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
            outputs[engine] = json.loads(result.stdout)
    truth = SAMPLES[0].ground_truth["basics"]
    assert outputs["local"]["basics"]["email"] == truth["email"]
    assert outputs["local"]["meta"]["engines"]["structure"] == "local-rules-v2"
    assert outputs["gemini"]["basics"]["name"] == "Amelia Hartwell"
    assert outputs["gemini"]["meta"]["engines"]["structure"].startswith("gemini:")


def test_parse_reports_a_bad_file_and_exits_non_zero(tmp_path: Path) -> None:
    bogus = tmp_path / "x.pdf"
    bogus.write_bytes(b"%PDF-1.7\n" + b"\x00" * 300)
    result = subprocess.run(
        [sys.executable, "-m", "resume_processor.cli", "parse", str(bogus)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "FAILED" in result.stdout
