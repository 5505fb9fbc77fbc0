"""Builders for documents the unit tests feed to the pipeline (hostile ones included)."""

from __future__ import annotations

import io
import zipfile

from fpdf import FPDF

USER_PASSWORD = "open-sesame"


def make_pdf(*lines: str, pages: int = 1) -> bytes:
    """A born-digital PDF with `lines` on its first page and `pages` pages in all."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_font("Helvetica", size=11)
    for number in range(pages):
        pdf.add_page()
        for line in lines if number == 0 else (f"Page {number + 1}",):
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_encrypted_pdf(user_password: str = USER_PASSWORD) -> bytes:
    """A PDF that cannot be opened without `user_password`."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "Jane Example - confidential resume")
    return bytes(pdf.output())


def make_corrupt_pdf() -> bytes:
    """Starts like a PDF (so it sniffs as one) but has no readable structure."""
    return b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\n" + b"\x00garbage" * 64


def make_zip_bomb_docx(expanded_bytes: int = 60 * 1024 * 1024) -> bytes:
    """A DOCX-shaped archive whose one media file inflates to `expanded_bytes` of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
        with archive.open("word/media/image1.bin", "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(expanded_bytes // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def make_corrupt_docx() -> bytes:
    """A real ZIP header followed by junk: sniffs as a ZIP, cannot be opened."""
    return b"PK\x03\x04" + b"\x14\x00" * 200
