"""The default extractor: no network, dispatches on the sniffed document kind."""

from __future__ import annotations

from resume_processor.config import Settings
from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.extract.docx import extract_docx
from resume_processor.pipeline.extract.ocr import TESSERACT_MISSING, extract_image
from resume_processor.pipeline.extract.pdf import extract_pdf
from resume_processor.pipeline.extract.text import extract_text
from resume_processor.pipeline.layout import LayoutDocument
from resume_processor.pipeline.sniff import DocumentKind

# Kept for callers that imported it: the reason given when this worker cannot run OCR.
OCR_UNAVAILABLE = TESSERACT_MISSING


class LocalExtractor:
    name = "local"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings if settings is not None else Settings()

    def extract(self, content: bytes, kind: DocumentKind) -> LayoutDocument:
        if not content:
            raise PermanentError("the file is empty; upload the resume again")
        if kind is DocumentKind.PDF:
            return extract_pdf(content, self.settings)
        if kind is DocumentKind.DOCX:
            return extract_docx(content)
        if kind is DocumentKind.TEXT:
            return extract_text(content)
        if kind.is_image:
            return extract_image(content, kind, self.settings)
        raise PermanentError(f"documents of kind {kind} are not supported")
