"""PDF → LayoutDocument: the text layer pdfium reports, and Tesseract OCR for scanned pages.

Speed matters here (every upload passes through it), so characters are never Python objects:
one pass over pdfium's character list builds runs (text on one baseline with no wide gap),
asking pdfium per character only for its code point, text object and advance box, and per
text object (one font, size and baseline) for the rest. Tight vertical extents come from
pdfium's own per-run rectangles (`FPDFText_CountRects`), computed in C.
"""

from __future__ import annotations

import ctypes
import re
import threading
import time
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from resume_processor.config import Settings
from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.extract import ocr
from resume_processor.pipeline.extract.reading_order import Run, Style, page_lines
from resume_processor.pipeline.layout import LayoutDocument, Page

ENGINE = "local-pdfium"
OCR_ENGINE = f"{ENGINE}+{ocr.ENGINE}"
MAX_PAGES = Settings.model_fields["max_pdf_pages"].default
BOLD_WEIGHT = 600
FONT_NAME_BYTES = 128
BOLD_MARKS = (b"bold", b"black", b"heavy", b"semibold", b"demi")
# A page with drawings and fewer characters than this is taken for a scan (outlined text too);
# with a page-sized image, a stamp's worth of text ("Scanned with ...") does not count either.
# A gap between words this many ems wide or wider starts a new run: a column, a right-aligned
# date, or a table's next cell (LaTeX's two-em gap between a skill category and its list).
CELL_GAP_EMS = 1.8
MIN_TEXT_LAYER_CHARS = 20
STAMP_CHARS = 200
SCAN_COVERAGE = 0.5
# Tokens are what lies between whitespace and the characters that carry no text: controls,
# surrogates and private-use code points (icon fonts such as FontAwesome map glyphs there).
NOISE = r"\x00-\x1f\x7f-\x9f\ud800-\uf8ff\ufffe\uffff\U000f0000-\U0010ffff"
TOKEN = re.compile(rf"[^\s{NOISE}]+")
WHITESPACE = re.compile(r"\s")
# Letter spacing of small capitals stays under this share of an em; a word space does not.
SMALL_CAPS_GAP = 0.3
SURROGATES = re.compile(r"[\ud800-\udfff]")

# PDFium is not thread-safe; one document at a time per process keeps threaded callers safe.
_PDFIUM_LOCK = threading.Lock()


def _by_address(function: Any, restype: Any, *argtypes: Any) -> Any:
    """The same pdfium function taking plain integers: pypdfium2's typed pointers are slow."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    if address is None:
        raise RuntimeError(f"pdfium has no {function.__name__}")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_get_text_object = _by_address(
    pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int
)
_get_font = _by_address(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_get_loose_char_box = _by_address(
    pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p
)


@dataclass(slots=True)
class _PageText:
    page: Page
    needs_ocr: bool


def extract_pdf(content: bytes, settings: Settings | None = None) -> LayoutDocument:
    settings = settings or Settings()
    with _PDFIUM_LOCK:
        document = _open(content)
    try:
        with _PDFIUM_LOCK:
            # The page count comes from the page tree: a huge PDF is refused before any page loads.
            count = len(document)
            if count > settings.max_pdf_pages:
                raise PermanentError(
                    f"the PDF has {count} pages, more than the {settings.max_pdf_pages} a resume "
                    "may have; upload the resume on its own"
                )
            texts = [_read_page(document, index) for index in range(count)]
        scanned = [text.page for text in texts if text.needs_ocr]
        if scanned:
            _ocr_pages(document, scanned, settings)
    finally:
        with _PDFIUM_LOCK:
            document.close()
    pages = [text.page for text in texts]
    if not scanned:
        return LayoutDocument(pages=pages, engine=ENGINE)
    ocr.check_readable([line.text for page in pages for line in page.lines], "scanned PDF")
    return LayoutDocument(pages=pages, engine=OCR_ENGINE)


def _open(content: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(content)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise PermanentError(
                "the PDF is password-protected; upload an unencrypted copy"
            ) from exc
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise PermanentError(
                "the PDF uses an unsupported encryption scheme; upload an unencrypted copy"
            ) from exc
        raise PermanentError(
            "the PDF is corrupt or not a PDF and cannot be read; export it again and re-upload"
        ) from exc


def _read_page(document: pdfium.PdfDocument, index: int) -> _PageText:
    try:
        page = document[index]
    except pdfium.PdfiumError as exc:
        raise PermanentError(f"page {index + 1} of the PDF is damaged and cannot be read") from exc
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            runs = _runs(textpage, height)
        finally:
            textpage.close()
        chars = sum(run.chars for run in runs)
        needs_ocr = chars < STAMP_CHARS and _looks_scanned(page, chars, width * height)
    except pdfium.PdfiumError as exc:
        raise PermanentError(f"page {index + 1} of the PDF is damaged and cannot be read") from exc
    finally:
        page.close()
    lines = [] if needs_ocr else page_lines(runs, width)
    page_model = Page(number=index + 1, width=width, height=height, lines=lines)
    return _PageText(page=page_model, needs_ocr=needs_ocr)


def _looks_scanned(page: pdfium.PdfPage, chars: int, area: float) -> bool:
    """Drawings and next to no text, or a page-sized image under a stamp's worth of text."""
    raw = page.raw
    drawn, coverage = False, 0.0
    bounds = [ctypes.c_float() for _ in range(4)]
    for index in range(pdfium_c.FPDFPage_CountObjects(raw)):
        page_object = pdfium_c.FPDFPage_GetObject(raw, index)
        kind = pdfium_c.FPDFPageObj_GetType(page_object)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        drawn = True
        # Scanners put the page image straight on the page or wrap it in a form XObject.
        if kind in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM) and (
            pdfium_c.FPDFPageObj_GetBounds(page_object, *bounds)
        ):
            left, bottom, right, top = (value.value for value in bounds)
            coverage = max(coverage, (right - left) * (top - bottom) / max(area, 1.0))
    return drawn and (chars < MIN_TEXT_LAYER_CHARS or coverage >= SCAN_COVERAGE)


class _RunBuilder:
    """One run's text so far; the style of each text object it spans is recorded once."""

    __slots__ = ("baseline", "chars", "first", "last", "parts", "size", "styles", "x0", "x1")

    def __init__(self, first: int, x0: float, baseline: float) -> None:
        self.first = self.last = first
        self.x0 = self.x1 = x0
        self.baseline = baseline
        self.size = 0.0
        self.parts: list[str] = []
        self.chars = 0
        self.styles: list[Style] = []


class _TextPage:
    """The per-page pdfium calls the run builder needs, through integer handles."""

    def __init__(self, textpage: pdfium.PdfTextPage, page_height: float) -> None:
        self.raw = textpage.raw
        self.handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        self.height = page_height
        self.count = pdfium_c.FPDFText_CountChars(textpage.raw)
        self.box = pdfium_c.FS_RECTF()
        self.box_address = ctypes.addressof(self.box)
        self.origin = (ctypes.c_double(), ctypes.c_double())
        self.rect = tuple(ctypes.c_double() for _ in range(4))
        self.bold_names: dict[bytes, bool] = {}
        self.bold_fonts: dict[int | None, bool] = {}
        self.styles: dict[int, tuple[float, bool, float]] = {}

    def text(self) -> str:
        """All characters, one per index (pdfium's own spaces and line breaks included)."""
        buffer = ctypes.create_string_buffer(self.count * 2 + 2)
        target = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
        pdfium_c.FPDFText_GetText(self.raw, 0, self.count, target)
        text = buffer.raw[: self.count * 2].decode("utf-16-le", "surrogatepass")
        # UTF-16 drifts from character indices on astral or control code points; then ask each.
        if len(text) != self.count or SURROGATES.search(text):
            get_unicode = pdfium_c.FPDFText_GetUnicode
            text = "".join(chr(get_unicode(self.raw, i)) for i in range(self.count))
        return text

    def left(self, index: int) -> float:
        _get_loose_char_box(self.handle, index, self.box_address)
        return float(self.box.left)

    def right(self, index: int) -> float:
        _get_loose_char_box(self.handle, index, self.box_address)
        return float(self.box.right)

    def style(self, text_object: int, index: int) -> tuple[float, bool, float]:
        """Font size, boldness and baseline of the text object that holds character `index`."""
        known = self.styles.get(text_object)
        if known is None:
            x, y = self.origin
            pdfium_c.FPDFText_GetCharOrigin(self.raw, index, x, y)
            size = float(pdfium_c.FPDFText_GetFontSize(self.raw, index))
            font = _get_font(text_object)
            bold = self.bold_fonts.get(font)
            if bold is None:
                bold = self.bold_fonts[font] = _is_bold(self.raw, index, self.bold_names)
            known = (size, bold, self.height - y.value)
            self.styles[text_object] = known
        return known


def _runs(textpage: pdfium.PdfTextPage, page_height: float) -> list[Run]:
    """Runs from whitespace-separated tokens: pdfium is asked about their ends, not every glyph."""
    page = _TextPage(textpage, page_height)
    handle, text = page.handle, page.text()
    runs: list[Run] = []
    current: _RunBuilder | None = None
    last_object: int | None = None
    style = Style(size=0.0, bold=False, chars=0)
    previous_end = 0
    for token in TOKEN.finditer(text):
        start, end = token.span()
        between = text[previous_end:start]
        previous_end = end
        first = _get_text_object(handle, start)
        single = end - start == 1 or _get_text_object(handle, end - 1) == first
        if (
            single
            and current is not None
            and first == last_object
            and between == " "
            and _get_text_object(handle, start - 1) is not None
        ):
            # The producer's own space inside one text object: ordinary word spacing.
            current.parts.append(" ")
            current.parts.append(text[start:end])
            current.chars += end - start
            style.chars += end - start
            current.last = end - 1
            continue
        if "\n" in between or "\r" in between:
            _close(page, current, runs)
            current = None
        spaced = WHITESPACE.search(between) is not None
        # Small capitals made by shrinking capitals ("A UGUSTIN" for a first capital then
        # smaller ones): pdfium puts a space of its own where the size changes.
        shrunk = (
            between == " "
            and current is not None
            and text[start - 2 : start - 1].isupper()
            and text[start : start + 1].isupper()
            and pdfium_c.FPDFText_IsGenerated(page.raw, start - 1) == 1
        )
        pieces = (
            [(start, end, first)] if single and first is not None else _pieces(page, start, end)
        )
        for piece_start, piece_end, text_object in pieces:
            size, bold, baseline = page.style(text_object, piece_start)
            scale = max(size, 1.0)
            # A new text object on another baseline starts a new run (the next line, a column).
            changed = current is not None and text_object != last_object
            if changed and current is not None and abs(baseline - current.baseline) > 0.5 * scale:
                _close(page, current, runs)
                current = None
            left = page.left(piece_start)
            if current is not None:
                current.x1 = max(current.x1, page.right(current.last))
                gap = left - current.x1
                one_word = shrunk and size != style.size and gap < SMALL_CAPS_GAP * scale
                # A wide gap separates columns or right-aligned dates, not words.
                if gap > CELL_GAP_EMS * scale or gap < -scale:
                    _close(page, current, runs)
                    current = None
                elif one_word:
                    pass
                elif spaced or gap > 0.2 * scale:
                    # Some producers position words without emitting a space character.
                    current.parts.append(" ")
            if current is None:
                current = _RunBuilder(piece_start, left, baseline)
            if text_object != last_object or not current.styles:
                style = Style(size=size, bold=bold, chars=0)
                current.styles.append(style)
                current.size = max(current.size, size)
                last_object = text_object
            current.parts.append(text[piece_start:piece_end])
            current.chars += piece_end - piece_start
            style.chars += piece_end - piece_start
            current.last = piece_end - 1
            spaced = False
    _close(page, current, runs)
    return runs


def _pieces(page: _TextPage, start: int, end: int) -> list[tuple[int, int, int]]:
    """Split a token at text-object changes (a bold prefix, a superscript): (start, end, object)."""
    pieces: list[tuple[int, int, int]] = []
    piece_start, piece_object = start, _get_text_object(page.handle, start)
    for index in range(start + 1, end + 1):
        text_object = _get_text_object(page.handle, index) if index < end else None
        if index < end and text_object == piece_object:
            continue
        if piece_object is not None:
            pieces.append((piece_start, index, piece_object))
        piece_start, piece_object = index, text_object
    return pieces


def _close(page: _TextPage, run: _RunBuilder | None, runs: list[Run]) -> None:
    if run is None or not run.chars:
        return
    run.x1 = max(run.x1, page.right(run.last))
    raw = page.raw
    top, bottom = run.baseline - run.size, run.baseline
    count = pdfium_c.FPDFText_CountRects(raw, run.first, run.last - run.first + 1)
    if count > 0:
        # pdfium unions the tight glyph boxes of each text object in C; read the rectangles.
        left, up, right, down = page.rect
        tops: list[float] = []
        bottoms: list[float] = []
        for rect in range(count):
            pdfium_c.FPDFText_GetRect(raw, rect, left, up, right, down)
            tops.append(page.height - up.value)
            bottoms.append(page.height - down.value)
        top, bottom = min(tops), max(bottoms)
    runs.append(
        Run(
            text="".join(run.parts),
            x0=run.x0,
            top=top,
            x1=run.x1,
            bottom=max(bottom, top),
            baseline=run.baseline,
            size=run.size,
            chars=run.chars,
            styles=[style for style in run.styles if style.chars],
        )
    )


def _is_bold(raw: pdfium_c.FPDF_TEXTPAGE, index: int, fonts: dict[bytes, bool]) -> bool:
    if pdfium_c.FPDFText_GetFontWeight(raw, index) >= BOLD_WEIGHT:
        return True
    # Standard-14 and many subset fonts report no weight; their names still say "Bold".
    name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(raw, index, name, FONT_NAME_BYTES, flags)
    key = name.value
    if key not in fonts:
        fonts[key] = any(mark in key.lower() for mark in BOLD_MARKS)
    return fonts[key]


def _ocr_pages(document: pdfium.PdfDocument, pages: list[Page], settings: Settings) -> None:
    """Render each page without a text layer and read it with Tesseract, within one deadline."""
    deadline = time.monotonic() + settings.ocr_timeout_seconds
    for page in pages:
        with _PDFIUM_LOCK:
            image, dpi = _render(document, page, settings)
        # Tesseract runs outside the lock: other threads may use pdfium meanwhile.
        page.lines = ocr.read_image(image, dpi=dpi, settings=settings, deadline=deadline).lines


def _render(
    document: pdfium.PdfDocument, page: Page, settings: Settings
) -> tuple[Image.Image, float]:
    # A page may be drawn huge (a 200-inch poster); cap the pixels, not only the dpi.
    area = max(page.width * page.height, 1.0)
    dpi = min(float(settings.ocr_dpi), 72.0 * (settings.max_image_pixels / area) ** 0.5)
    pdf_page = document[page.number - 1]
    try:
        bitmap = pdf_page.render(scale=dpi / 72.0, grayscale=True)
        try:
            image = bitmap.to_pil().convert("L")
        finally:
            bitmap.close()
    except pdfium.PdfiumError as exc:
        raise PermanentError(f"page {page.number} of the PDF cannot be rendered for OCR") from exc
    finally:
        pdf_page.close()
    return image, dpi
