"""DOCX → LayoutDocument: paragraphs and table cells in document order on one synthetic page."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.layout import CELL_GAP, Box, LayoutDocument, Line, Page

ENGINE = "local-docx"
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 2000

# Word has no fixed layout; synthetic boxes keep order and relative size, on an A4-sized page.
PAGE_WIDTH = 595.0
MARGIN = 72.0
LINE_GAP = 4.0
DEFAULT_FONT_SIZE = 11.0


@dataclass(slots=True)
class TextBlock:
    text: str
    font_size: float | None
    bold: bool | None


def extract_docx(content: bytes) -> LayoutDocument:
    check_zip_safety(content)
    try:
        document = docx.Document(io.BytesIO(content))
    except Exception as exc:  # python-docx raises KeyError, lxml errors, zip errors...
        raise PermanentError(
            "the DOCX file is corrupt and cannot be read; save it again from Word and re-upload"
        ) from exc
    lines: list[Line] = []
    top = MARGIN
    for block in _blocks(document):
        size = block.font_size or DEFAULT_FONT_SIZE
        box = Box(MARGIN, top, PAGE_WIDTH - MARGIN, top + size)
        lines.append(Line(text=block.text, box=box, font_size=block.font_size, bold=block.bold))
        top += size + LINE_GAP
    page = Page(number=1, width=PAGE_WIDTH, height=max(top + MARGIN, 842.0), lines=lines)
    return LayoutDocument(pages=[page], engine=ENGINE)


def check_zip_safety(content: bytes) -> None:
    """Refuse archives that would inflate beyond reason, before any XML parser sees them."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PermanentError(
            "the DOCX file is corrupt (not a valid ZIP archive); save it again and re-upload"
        ) from exc
    if len(members) > MAX_ZIP_MEMBERS:
        raise PermanentError(
            f"the DOCX archive holds {len(members)} files, more than a resume needs; "
            "save it again without embedded objects"
        )
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise PermanentError(
            f"the DOCX file would expand to {total // (1024 * 1024)} MiB, more than the "
            f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MiB allowed; remove large embedded "
            "images or objects and re-upload"
        )


def _blocks(document: DocxDocument) -> Iterator[TextBlock]:
    seen_parts: set[Any] = set()
    # Many templates put the name and contacts in the page header: read it first.
    yield from _margin_blocks(document, "header", seen_parts)
    yield from _container_blocks(document.element.body, document._body)
    # Contacts are sometimes only in the page footer: read it last, as it is printed.
    yield from _margin_blocks(document, "footer", seen_parts)


def _margin_blocks(document: DocxDocument, kind: str, seen_parts: set[Any]) -> Iterator[TextBlock]:
    """Paragraphs of every distinct header (or footer) of the document's sections."""
    for section in document.sections:
        for margin in (getattr(section, f"first_page_{kind}"), getattr(section, kind)):
            if margin.is_linked_to_previous or margin.part in seen_parts:
                continue
            seen_parts.add(margin.part)
            yield from _container_blocks(margin._element, margin)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Block-level wrappers whose paragraphs and tables are read as if they stood in their place:
# content controls (templates wrap the name and contact block in them) and custom XML.
_BLOCK_WRAPPERS = frozenset({f"{W}sdt", f"{W}sdtContent", f"{W}customXml"})


def _container_blocks(element: Any, parent: Any) -> Iterator[TextBlock]:
    """Paragraphs and tables of a body, cell, header or footer in document order.

    python-docx's own iteration steps over content controls, so the name and contacts a
    template keeps in one would be lost.
    """
    for child in element:
        if child.tag == f"{W}p":
            yield from _paragraph_blocks(Paragraph(child, parent))
        elif child.tag == f"{W}tbl":
            yield from _table_blocks(Table(child, parent))
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _container_blocks(child, parent)


def _table_blocks(table: Table) -> Iterator[TextBlock]:
    # Holding the elements (not their id()) keeps lxml's proxies alive, so identity is stable.
    seen: set[Any] = set()
    for row in table.rows:
        cells: list[list[TextBlock]] = []
        for cell in row.cells:
            # Merged cells appear once per grid column they span; read each only once.
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            cells.append(list(_container_blocks(cell._tc, cell)))
        filled = [blocks for blocks in cells if blocks]
        if len(filled) >= MIN_ROW_CELLS and all(len(blocks) <= MAX_CELL_LINES for blocks in filled):
            # A row of short cells ("B.Tech | Sri Satyavani Engineering College | 2025") is one
            # line of cells, as a PDF table's row is read; a cell's further lines ("GPA 3.81"
            # under the degree) follow it, as a wrapped cell's would.
            first = filled[0][0]
            text = CELL_GAP.join(blocks[0].text for blocks in filled)
            yield TextBlock(text=text, font_size=first.font_size, bold=first.bold)
            for blocks in filled:
                yield from blocks[1:]
            continue
        for blocks in cells:
            yield from blocks


MIN_ROW_CELLS = 3
MAX_CELL_LINES = 3  # more in a cell, and the table lays out the page: read cell by cell


# Text boxes live inside runs; Word stores each twice (DrawingML and a VML fallback).
TEXT_BOX_PARAGRAPHS = etree.XPath(
    ".//w:txbxContent[not(ancestor::mc:Fallback)]/w:p",
    namespaces={"w": W.strip("{}"), "mc": MC.strip("{}")},
)
# Not part of the text a reader sees: tracked deletions (and the old place of moved text),
# the legacy copy of alternate content, text boxes (read as paragraphs of their own) and
# property blocks. Field instructions (w:instrText) and deleted text (w:delText) are not w:t.
_HIDDEN = frozenset(
    {
        f"{W}del",
        f"{W}moveFrom",
        f"{MC}Fallback",
        f"{W}txbxContent",
        f"{W}pPr",
        f"{W}rPr",
        f"{W}sdtPr",
        f"{W}sdtEndPr",
    }
)
_CHARACTERS = {
    f"{W}tab": " ",
    f"{W}ptab": " ",
    f"{W}br": "\n",
    f"{W}cr": "\n",
    f"{W}noBreakHyphen": "-",
}


def _visible(element: Any, runs: list[Any], parts: list[str]) -> None:
    """The runs and text of a paragraph as Word shows it with its tracked changes accepted:
    insertions in, deletions out, runs inside content controls, hyperlinks, fields and smart
    tags included (python-docx's `Paragraph.text` skips insertions and content controls)."""
    for child in element:
        tag = child.tag
        if tag in _HIDDEN or not isinstance(tag, str):
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
            continue
        character = _CHARACTERS.get(tag)
        if character is not None:
            parts.append(character)
            continue
        if tag == f"{W}r":
            runs.append(child)
        _visible(child, runs, parts)


def _paragraph_blocks(paragraph: Paragraph) -> Iterator[TextBlock]:
    runs: list[Any] = []
    parts: list[str] = []
    _visible(paragraph._p, runs, parts)
    shown = [Run(run, paragraph) for run in runs]
    size = _font_size(paragraph, shown)
    bold = _bold(paragraph, shown)
    # A paragraph in Word's "List Bullet" style shows a bullet its text does not hold.
    marker = BULLET if _bullet_style(paragraph) else ""
    # Soft line breaks (Shift+Enter) separate lines just as paragraphs do.
    for text in "".join(parts).replace("\t", " ").splitlines():
        cleaned = " ".join(text.split())
        if cleaned:
            if marker and not cleaned.startswith(BULLET_GLYPHS):
                cleaned = f"{marker}{cleaned}"
            marker = ""
            yield TextBlock(text=cleaned, font_size=size, bold=bold)
    for inner in TEXT_BOX_PARAGRAPHS(paragraph._p):
        yield from _paragraph_blocks(Paragraph(inner, paragraph._parent))


BULLET = "\u2022 "
BULLET_GLYPHS = ("\u2022", "\u25aa", "\u25cf", "\u2013", "-", "*", "\u00b7")


def _bullet_style(paragraph: Paragraph) -> bool:
    style: Any = paragraph.style
    return style is not None and str(style.name or "").startswith("List Bullet")


def _font_size(paragraph: Paragraph, runs: list[Run]) -> float | None:
    sizes = [run.font.size.pt for run in runs if run.font.size is not None and run.text]
    if sizes:
        return float(max(sizes))
    style: Any = paragraph.style
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    return None


def _bold(paragraph: Paragraph, shown: list[Run]) -> bool | None:
    runs = [run for run in shown if run.text.strip()]
    if runs and all(run.bold for run in runs):
        return True
    style: Any = paragraph.style
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold) and not any(run.bold is False for run in runs)
        style = style.base_style
    return False if runs else None
