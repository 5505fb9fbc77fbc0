"""The default extractor: no network, dispatches on the sniffed document kind."""

from __future__ import annotations

from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.extract.docx import extract_docx
from resume_processor.pipeline.extract.pdf import extract_pdf
from resume_processor.pipeline.extract.text import extract_text
from resume_processor.pipeline.layout import LayoutDocument
from resume_processor.pipeline.sniff import DocumentKind

OCR_UNAVAILABLE = (
    "scanned images need OCR, which this build does not include yet; "
    "upload a PDF, DOCX or text file"
)


class LocalExtractor:
    name = "local"

    def extract(self, content: bytes, kind: DocumentKind) -> LayoutDocument:
        if not content:
            raise PermanentError("the file is empty; upload the resume again")
        if kind is DocumentKind.PDF:
            return extract_pdf(content)
        if kind is DocumentKind.DOCX:
            return extract_docx(content)
        if kind is DocumentKind.TEXT:
            return extract_text(content)
        if kind.is_image:
            raise PermanentError(OCR_UNAVAILABLE)
        raise PermanentError(f"documents of kind {kind} are not supported")
