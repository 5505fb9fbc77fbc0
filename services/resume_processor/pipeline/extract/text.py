"""Plain text → LayoutDocument: one synthetic page, one line per non-empty line."""

from __future__ import annotations

from resume_processor.pipeline.layout import Box, LayoutDocument, Line, Page
from resume_processor.pipeline.sniff import decode_text

ENGINE = "local-text"
PAGE_WIDTH = 595.0
MARGIN = 72.0
LINE_HEIGHT = 12.0
CHAR_WIDTH = 6.0


def extract_text(content: bytes) -> LayoutDocument:
    lines: list[Line] = []
    top = MARGIN
    for raw_line in decode_text(content).splitlines():
        # Tabs and runs of spaces are layout, not content; keep one space between words.
        text = " ".join(raw_line.replace("\x00", "").split())
        if not text:
            continue
        indent = (len(raw_line) - len(raw_line.lstrip())) * CHAR_WIDTH
        x0 = MARGIN + min(indent, PAGE_WIDTH / 2)
        box = Box(x0, top, min(x0 + len(text) * CHAR_WIDTH, PAGE_WIDTH - MARGIN), top + LINE_HEIGHT)
        lines.append(Line(text=text, box=box))
        top += LINE_HEIGHT
    page = Page(number=1, width=PAGE_WIDTH, height=max(top + MARGIN, 842.0), lines=lines)
    return LayoutDocument(pages=[page], engine=ENGINE)
