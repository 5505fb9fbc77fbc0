from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest

from resume_processor.storage import (
    MAX_FILENAME_CHARS,
    LocalStorage,
    ObjectNotFound,
    object_key,
    sanitize_filename,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("cv.pdf", "cv.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system.ini", "system.ini"),
        ("C:\\Users\\ana\\My CV.docx", "My_CV.docx"),
        ("evil\x00name\r\n.pdf", "evilname.pdf"),
        ("...", "upload"),
        ("", "upload"),
        (None, "upload"),
        (".hidden.pdf", "hidden.pdf"),
        ("Zoë Müller \u2013 CV.pdf", "Zoë_Müller_CV.pdf"),
        ("a;b|c$(rm).pdf", "a_b_c_(rm).pdf"),
    ],
)
def test_sanitize_filename(raw: str | None, clean: str) -> None:
    assert sanitize_filename(raw) == clean


def test_long_names_are_bounded_and_keep_their_extension() -> None:
    name = sanitize_filename("x" * 500 + ".pdf")
    assert len(name) == MAX_FILENAME_CHARS
    assert name.endswith(".pdf")


def test_object_key_shape() -> None:
    application_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert object_key(application_id, "../My CV.pdf") == f"resumes/{application_id}_My_CV.pdf"


def test_local_storage_round_trip_and_containment(tmp_path: Path) -> None:
    storage = LocalStorage(tmp_path)
    storage.put("resumes/a_cv.txt", io.BytesIO(b"hello"), content_type="text/plain")
    assert storage.exists("resumes/a_cv.txt")
    assert storage.get("resumes/a_cv.txt") == b"hello"
    assert not list((tmp_path / "resumes").glob(".upload-*"))
    storage.delete("resumes/a_cv.txt")
    with pytest.raises(ObjectNotFound):
        storage.get("resumes/a_cv.txt")
    with pytest.raises(ValueError, match="escapes"):
        storage.get("../outside")
