"""Hostile and hopeless uploads end in a PermanentError a user can act on, in bounded work.

No timings are asserted; instead each test shows the refusal happens before the expensive step
(no page is read, no pixel decoded, no XML parsed) by making that step fail if it were reached.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PIL import ImageFile

from resume_processor.config import Settings
from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.extract import pdf as pdf_extract
from resume_processor.pipeline.extract.local import LocalExtractor
from resume_processor.pipeline.sniff import DocumentKind, UnsupportedDocument, sniff_bytes
from tests.utils.bad_documents import (
    image_bytes,
    make_blank_scan,
    make_huge_jpeg,
    make_huge_png,
    make_many_page_tiff,
    make_pattern_image,
    make_scanned_pdf,
    make_sign_photo,
    make_truncated_png,
)
from tests.utils.documents import (
    make_corrupt_pdf,
    make_encrypted_pdf,
    make_pdf,
    make_zip_bomb_docx,
)

SCAN_ADVICE = "upload a clearer scan or a born-digital PDF"
# Fails in CI and skips elsewhere when tesseract is missing (see tests/conftest.py).
needs_tesseract = pytest.mark.usefixtures("tesseract")


def refusal(content: bytes, settings: Settings | None = None) -> str:
    with pytest.raises(PermanentError) as caught:
        LocalExtractor(settings).extract(content, sniff_bytes(content))
    return caught.value.reason


@pytest.fixture
def no_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)


@pytest.fixture
def no_pages_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("a page was read")

    monkeypatch.setattr(pdf_extract, "_read_page", refuse)


def test_encrypted_pdf() -> None:
    assert refusal(make_encrypted_pdf()) == (
        "the PDF is password-protected; upload an unencrypted copy"
    )


def test_corrupt_pdf() -> None:
    assert refusal(make_corrupt_pdf()) == (
        "the PDF is corrupt or not a PDF and cannot be read; export it again and re-upload"
    )


@pytest.mark.usefixtures("no_pages_read")
def test_500_page_pdf_is_refused_from_the_page_count() -> None:
    assert refusal(make_pdf("Jane Example", pages=500)) == (
        "the PDF has 500 pages, more than the 50 a resume may have; upload the resume on its own"
    )


@pytest.mark.usefixtures("no_pages_read")
def test_page_limit_comes_from_settings() -> None:
    reason = refusal(make_pdf("Jane Example", pages=3), Settings(max_pdf_pages=2))
    assert reason.startswith("the PDF has 3 pages, more than the 2 ")


@needs_tesseract
def test_pdf_without_text_whose_ocr_finds_nothing() -> None:
    content = make_scanned_pdf(make_blank_scan(), make_blank_scan(seed=6))
    assert refusal(content) == f"no text was found in the scanned PDF; {SCAN_ADVICE}"


def test_docx_zip_bomb_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("the XML was parsed")

    monkeypatch.setattr("docx.Document", refuse)
    reason = refusal(make_zip_bomb_docx())
    assert reason.startswith("the DOCX file would expand to 60 MiB, more than the 50 MiB allowed")


@pytest.mark.usefixtures("no_decoding")
@pytest.mark.parametrize("build", [make_huge_png, make_huge_jpeg], ids=["png", "jpeg"])
def test_20000_pixel_square_image_is_refused_from_its_header(build: Callable[[], bytes]) -> None:
    assert refusal(build()) == (
        "the image is 20000\u00d720000 pixels, more than the 50 million pixels allowed; "
        "upload a smaller scan"
    )


@pytest.mark.usefixtures("no_decoding")
def test_pixel_limit_comes_from_settings() -> None:
    reason = refusal(image_bytes(make_blank_scan(400, 300), "PNG"), Settings(max_image_pixels=1000))
    assert reason.startswith("the image is 400\u00d7300 pixels, more than the 0.001 million")


@pytest.mark.usefixtures("no_decoding")
def test_tiff_with_too_many_pages_is_refused_before_decoding() -> None:
    assert refusal(make_many_page_tiff(60)) == (
        "the image has 60 pages, more than the 50 a resume may have; upload the resume on its own"
    )


def test_truncated_image() -> None:
    assert refusal(make_truncated_png()) == (
        "the image is corrupt or truncated and cannot be read; export it again and re-upload"
    )


@needs_tesseract
def test_image_of_no_resume_at_all() -> None:
    assert refusal(image_bytes(make_pattern_image(), "JPEG")) == (
        f"no text was found in the image; {SCAN_ADVICE}"
    )


@needs_tesseract
def test_photo_with_a_few_words_does_not_pass_for_a_resume() -> None:
    reason = refusal(image_bytes(make_sign_photo(), "PNG"))
    assert reason.startswith("the image does not look like a resume: OCR could read only ")
    assert reason.endswith(SCAN_ADVICE)


@needs_tesseract
def test_blank_scanned_image() -> None:
    assert refusal(image_bytes(make_blank_scan(), "TIFF")) == (
        f"no text was found in the image; {SCAN_ADVICE}"
    )


def test_empty_upload() -> None:
    with pytest.raises(PermanentError, match="the file is empty"):
        LocalExtractor().extract(b"", DocumentKind.PDF)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "legacy Word .doc"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "unrecognised file type"),
        (b"GIF89a" + bytes(100), "unrecognised file type"),
    ],
    ids=["doc", "executable", "gif"],
)
def test_unsupported_types_are_refused_by_sniffing(content: bytes, reason: str) -> None:
    with pytest.raises(UnsupportedDocument, match=reason):
        sniff_bytes(content)
