"""Tell a document's type from its bytes, never from its name or the client's Content-Type."""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum
from typing import IO

SNIFF_BYTES = 8192


class DocumentKind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    PNG = "png"
    JPEG = "jpeg"
    TIFF = "tiff"
    TEXT = "text"

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self]

    @property
    def is_image(self) -> bool:
        return self in {DocumentKind.PNG, DocumentKind.JPEG, DocumentKind.TIFF}


CONTENT_TYPES = {
    DocumentKind.PDF: "application/pdf",
    DocumentKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    DocumentKind.PNG: "image/png",
    DocumentKind.JPEG: "image/jpeg",
    DocumentKind.TIFF: "image/tiff",
    DocumentKind.TEXT: "text/plain; charset=utf-8",
}

SUPPORTED = "PDF, DOCX, PNG, JPEG, TIFF or plain text"


class UnsupportedDocument(ValueError):
    """The bytes are not a type we process; the message says what was seen and what is accepted."""


def sniff(head: bytes) -> DocumentKind:
    """Classify a document from its first bytes (at least `SNIFF_BYTES` when available).

    A ZIP is only a *candidate* DOCX here; `confirm_docx` checks the archive once it is whole.
    """
    if not head:
        raise UnsupportedDocument("the file is empty")
    # PDF readers accept the header anywhere in the first 1024 bytes.
    if b"%PDF-" in head[:1024]:
        return DocumentKind.PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return DocumentKind.PNG
    if head.startswith(b"\xff\xd8\xff"):
        return DocumentKind.JPEG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return DocumentKind.TIFF
    if head.startswith(b"PK\x03\x04"):
        return DocumentKind.DOCX
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnsupportedDocument(
            "this is a legacy Word .doc (OLE) file; save it as .docx or PDF and upload again"
        )
    if _looks_like_text(head):
        return DocumentKind.TEXT
    raise UnsupportedDocument(f"unrecognised file type; upload {SUPPORTED}")


def confirm_docx(stream: IO[bytes]) -> None:
    """Raise unless the ZIP in `stream` is a Word document (not an .xlsx, .jar or bare zip)."""
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsupportedDocument("the file looks like a ZIP/DOCX but is corrupt") from exc
    finally:
        stream.seek(0)
    if "word/document.xml" not in names:
        raise UnsupportedDocument(f"the ZIP archive is not a Word document; upload {SUPPORTED}")


def decode_text(data: bytes) -> str:
    """Decode plain text: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the sniff window is fine; anything else is binary.
        if exc.start < len(head) - 4:
            text = head.decode("latin-1")
        else:
            text = head[: exc.start].decode("utf-8")
    if not text.strip():
        return False
    printable = sum(ch.isprintable() or ch in "\r\n\t\f" for ch in text)
    return printable / len(text) >= 0.95


def sniff_stream(stream: IO[bytes]) -> DocumentKind:
    """Sniff a seekable stream and, for ZIPs, confirm it holds a Word document."""
    stream.seek(0)
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    kind = sniff(head)
    if kind is DocumentKind.DOCX:
        confirm_docx(stream)
    return kind


def sniff_bytes(data: bytes) -> DocumentKind:
    return sniff_stream(io.BytesIO(data))
