"""Born-digital PDF → LayoutDocument, from the positioned characters pdfium reports."""

from __future__ import annotations

import ctypes
import threading
import unicodedata
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.layout import Box, LayoutDocument, Line, Page

ENGINE = "local-pdfium"
MAX_PAGES = 50
BOLD_WEIGHT = 600
MIN_COLUMN_RUNS = 5
FONT_NAME_BYTES = 128
BOLD_MARKS = (b"bold", b"black", b"heavy", b"semibold", b"demi")

# PDFium is not thread-safe; one document at a time per process keeps threaded callers safe.
_PDFIUM_LOCK = threading.Lock()


@dataclass(slots=True)
class Glyph:
    char: str
    x0: float
    top: float
    x1: float
    bottom: float
    baseline: float
    size: float
    bold: bool


@dataclass(slots=True)
class Run:
    """Glyphs on one baseline with no wide gap between them: a word group, never two columns."""

    glyphs: list[Glyph] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return max(glyph.x1 for glyph in self.glyphs)

    @property
    def baseline(self) -> float:
        return self.glyphs[0].baseline

    @property
    def size(self) -> float:
        return max(glyph.size for glyph in self.glyphs)


def extract_pdf(content: bytes) -> LayoutDocument:
    with _PDFIUM_LOCK:
        document = _open(content)
        try:
            if len(document) > MAX_PAGES:
                raise PermanentError(
                    f"the PDF has {len(document)} pages, more than the {MAX_PAGES} a resume "
                    "may have; upload the resume on its own"
                )
            pages = [_read_page(document, index) for index in range(len(document))]
        finally:
            document.close()
    return LayoutDocument(pages=pages, engine=ENGINE)


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


def _read_page(document: pdfium.PdfDocument, index: int) -> Page:
    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            glyphs = _glyphs(textpage, height)
        finally:
            textpage.close()
    except pdfium.PdfiumError as exc:
        raise PermanentError(f"page {index + 1} of the PDF is damaged and cannot be read") from exc
    finally:
        page.close()
    lines: list[Line] = []
    for group in _column_groups(_runs(glyphs), width):
        lines.extend(_lines(group))
    return Page(number=index + 1, width=width, height=height, lines=lines)


def _glyphs(textpage: pdfium.PdfTextPage, page_height: float) -> list[Glyph | None]:
    """Every character as a Glyph in top-left coordinates; None marks a pdfium line break."""
    glyphs: list[Glyph | None] = []
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
        char = chr(code) if 0 < code < 0x110000 else ""
        if pdfium_c.FPDFText_IsGenerated(textpage.raw, i):
            glyphs.append(None if char in "\r\n" else _space_after(glyphs))
            continue
        if not char or _is_noise(char):
            continue
        # Loose boxes span the advance width, so narrow glyphs like "1" leave no false gaps.
        left, _, right, _ = textpage.get_charbox(i, loose=True)
        _, bottom, _, top = textpage.get_charbox(i)
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, origin_x, origin_y)
        size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, i))
        glyphs.append(
            Glyph(
                char=char,
                x0=left,
                top=page_height - top,
                x1=max(right, left),
                bottom=page_height - bottom,
                baseline=page_height - origin_y.value,
                size=size,
                bold=_is_bold(textpage, i),
            )
        )
    return glyphs


def _is_bold(textpage: pdfium.PdfTextPage, index: int) -> bool:
    if pdfium_c.FPDFText_GetFontWeight(textpage.raw, index) >= BOLD_WEIGHT:
        return True
    # Standard-14 and many subset fonts report no weight; their names still say "Bold".
    name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, FONT_NAME_BYTES, flags)
    return any(mark in name.value.lower() for mark in BOLD_MARKS)


def _space_after(glyphs: list[Glyph | None]) -> Glyph | None:
    previous = glyphs[-1] if glyphs else None
    if previous is None:
        return None
    return Glyph(
        " ",
        previous.x1,
        previous.top,
        previous.x1,
        previous.bottom,
        previous.baseline,
        previous.size,
        previous.bold,
    )


def _is_noise(char: str) -> bool:
    # Icon fonts (FontAwesome in rendercv and friends) map glyphs into the Private Use Area.
    category = unicodedata.category(char)
    return category in {"Co", "Cc", "Cs"} and char not in "\t "


def _runs(glyphs: list[Glyph | None]) -> list[Run]:
    runs: list[Run] = []
    current = Run()
    for glyph in glyphs:
        if glyph is None or (current.glyphs and _breaks(current, glyph)):
            if current.glyphs:
                runs.append(current)
            current = Run()
        if glyph is not None and (current.glyphs or not glyph.char.isspace()):
            current.glyphs.append(glyph)
    if current.glyphs:
        runs.append(current)
    return [run for run in runs if any(not g.char.isspace() for g in run.glyphs)]


def _breaks(run: Run, glyph: Glyph) -> bool:
    previous = run.glyphs[-1]
    scale = max(glyph.size, previous.size, 1.0)
    if abs(glyph.baseline - run.baseline) > 0.5 * scale:
        return True
    gap = glyph.x0 - previous.x1
    # A gap wider than ~2 ems separates columns or right-aligned dates, not words.
    return gap > 2.0 * scale or gap < -scale


def _column_groups(runs: list[Run], page_width: float) -> list[list[Run]]:
    """Split a two-column page at its gutter: full-width header runs, then left, then right."""
    total = sum(len(run.glyphs) for run in runs)
    if len(runs) < MIN_COLUMN_RUNS * 2:
        return [runs]
    for gutter in range(int(page_width * 0.25), int(page_width * 0.75), 2):
        crossing = [run for run in runs if run.x0 < gutter < run.x1]
        header_bottom = max((run.baseline for run in crossing), default=-1.0)
        body = [run for run in runs if run.baseline > header_bottom]
        left = [run for run in body if run.x1 <= gutter]
        right = [run for run in body if run.x0 >= gutter]
        if _is_column_pair(left, right, total):
            header = [run for run in runs if run.baseline <= header_bottom]
            return [group for group in (header, left, right) if group]
    return [runs]


def _is_column_pair(left: list[Run], right: list[Run], total: int) -> bool:
    # Both sides must hold real text (not a margin of dates) and run side by side.
    if min(len(left), len(right)) < MIN_COLUMN_RUNS:
        return False
    if min(sum(len(r.glyphs) for r in left), sum(len(r.glyphs) for r in right)) < 0.15 * total:
        return False
    left_top, left_end = min(r.baseline for r in left), max(r.baseline for r in left)
    right_top, right_end = min(r.baseline for r in right), max(r.baseline for r in right)
    overlap = min(left_end, right_end) - max(left_top, right_top)
    return overlap > 0.5 * min(left_end - left_top, right_end - right_top)


def _lines(runs: list[Run]) -> list[Line]:
    """Cluster runs sharing a baseline into lines, top to bottom, each left to right."""
    clusters: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.baseline, r.x0)):
        last = clusters[-1] if clusters else None
        if last is not None and abs(run.baseline - last[0].baseline) <= 0.4 * max(run.size, 1.0):
            last.append(run)
        else:
            clusters.append([run])
    lines = [_line(sorted(cluster, key=lambda r: r.x0)) for cluster in clusters]
    return [line for line in lines if line.text]


def _line(runs: list[Run]) -> Line:
    joined = " ".join(_run_text(run) for run in runs)
    text = " ".join(unicodedata.normalize("NFKC", joined).split())
    glyphs = [g for run in runs for g in run.glyphs if not g.char.isspace()]
    box = Box(
        x0=min(g.x0 for g in glyphs),
        y0=min(g.top for g in glyphs),
        x1=max(g.x1 for g in glyphs),
        y1=max(g.bottom for g in glyphs),
    )
    sizes = [round(g.size, 1) for g in glyphs]
    font_size = max(set(sizes), key=sizes.count)
    bold = sum(g.bold for g in glyphs) * 2 > len(glyphs)
    return Line(text=text, box=box, font_size=font_size, bold=bold)


def _run_text(run: Run) -> str:
    chars: list[str] = []
    previous: Glyph | None = None
    for glyph in run.glyphs:
        # Some producers position words without emitting a space character.
        gap = glyph.x0 - previous.x1 if previous is not None else 0.0
        if previous is not None and gap > 0.2 * glyph.size and not previous.char.isspace():
            chars.append(" ")
        chars.append(glyph.char)
        previous = glyph
    return "".join(chars)
