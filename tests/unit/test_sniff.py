from __future__ import annotations

import io
import zipfile

import pytest

from resume_processor.pipeline.sniff import (
    DocumentKind,
    UnsupportedDocument,
    decode_text,
    sniff,
    sniff_bytes,
)
from resume_processor.samples import SAMPLES


def docx_like(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", DocumentKind.PDF),
        (b"\x00\x00junk before header %PDF-1.4", DocumentKind.PDF),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", DocumentKind.PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", DocumentKind.JPEG),
        (b"II*\x00\x08\x00\x00\x00", DocumentKind.TIFF),
        (b"MM\x00*\x00\x00\x00\x08", DocumentKind.TIFF),
        ("Zoë Müller\nzoe@example.com\n".encode(), DocumentKind.TEXT),
        ("Zoë Müller".encode("utf-16"), DocumentKind.TEXT),
        (b"Jos\xe9 Garc\xeda\nLatin-1 resume\n", DocumentKind.TEXT),
    ],
)
def test_sniff_by_content(head: bytes, kind: DocumentKind) -> None:
    assert sniff(head) is kind


def test_real_sample_files_are_recognised() -> None:
    sample = SAMPLES[0]
    for kind in (DocumentKind.PDF, DocumentKind.DOCX, DocumentKind.TEXT):
        assert sniff_bytes(sample.render(kind)) is kind


def test_a_utf8_character_cut_by_the_sniff_window_is_still_text() -> None:
    head = ("a" * 8191 + "é").encode()[:8192]
    assert sniff(head) is DocumentKind.TEXT


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03" * 50, "unrecognised"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy Word"),
        (b"   \n\t  ", "unrecognised"),
    ],
)
def test_unsupported_content_says_why(data: bytes, message: str) -> None:
    with pytest.raises(UnsupportedDocument, match=message):
        sniff_bytes(data)


def test_zip_must_be_a_word_document() -> None:
    assert sniff_bytes(docx_like("[Content_Types].xml", "word/document.xml")) is DocumentKind.DOCX
    with pytest.raises(UnsupportedDocument, match="not a Word document"):
        sniff_bytes(docx_like("xl/workbook.xml"))
    with pytest.raises(UnsupportedDocument, match="corrupt"):
        sniff_bytes(b"PK\x03\x04" + b"\x00" * 100)


def test_decode_text_handles_boms_and_latin1() -> None:
    assert decode_text("\ufeffJosé".encode()) == "José"
    assert decode_text("José".encode("utf-16")) == "José"
    assert decode_text("José".encode("latin-1")) == "José"
