"""PDF layouts (single column, header band, sidebar, date column, monospace ledger) and scans."""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.people import Person
from tests.eval.render import FIXED_DATE, FONTS, Block, Style, contacts, heading, sections

SIDEBAR_KINDS = frozenset({"skills", "languages", "certificates"})


def _pdf(style: Style) -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=True, margin=15)
    for suffix, variant in (("", ""), ("-Bold", "B"), ("-Oblique", "I")):
        name = style.font + suffix
        if style.font == "DejaVuSerif" and suffix == "-Oblique":
            name = "DejaVuSerif-Italic"
        pdf.add_font(style.font, variant, str(FONTS / f"{name}.ttf"))
    pdf.add_page()
    return pdf


def _heading(pdf: Any, title: str, style: Style, x: float, width: float) -> None:
    pdf.ln(2)
    pdf.set_x(x)
    size = {"modern": 14, "ledger": 10}.get(style.layout, 12)
    pdf.set_font(style.font, "" if style.layout == "ledger" else "B", size)
    if style.layout == "modern":
        pdf.set_text_color(30, 70, 140)
    pdf.cell(width, 8, heading(title, style), new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    if style.layout in {"classic", "ledger"}:
        pdf.line(x, pdf.get_y(), x + width, pdf.get_y())
        pdf.ln(1)


def _lr(pdf: Any, left: str, right: str, x: float, width: float, bold: bool, style: Style) -> None:
    # Long left parts wrap inside their column rather than run past the page edge.
    top = pdf.get_y()
    pdf.set_font(style.font, "I" if style.layout == "modern" else "", 10)
    room = pdf.get_string_width(right) + 4 if right else 0
    pdf.set_xy(x, top)
    pdf.set_font(style.font, "B" if bold else "", 10)
    pdf.multi_cell(width - room, 5, left, new_x="LEFT", new_y="NEXT")
    bottom = pdf.get_y()
    if right:
        pdf.set_xy(x, top)
        pdf.set_font(style.font, "I" if style.layout == "modern" else "", 10)
        pdf.cell(width, 5, right, align="R")
    pdf.set_y(bottom)


def _block(pdf: Any, block: Block, style: Style, x: float, width: float) -> None:
    indent = 0.0
    if style.layout == "datefirst":
        pdf.set_x(x)
        pdf.set_font(style.font, "", 9)
        pdf.cell(38, 5, block.date)
        indent = 40.0
    for number, (left, right) in enumerate(block.lines):
        if style.layout == "datefirst":
            right = "" if right == block.date else right
            pdf.set_x(x + indent)
        if left or right:
            _lr(pdf, left, right, x + indent, width - indent, number == 0, style)
    pdf.set_font(style.font, "", 9.5)
    for bullet in block.bullets:
        pdf.set_x(x + indent + 3)
        text = f"{style.bullet} {bullet}" if style.bullet else bullet
        pdf.multi_cell(width - indent - 3, 4.6, text, new_x="LEFT", new_y="NEXT")
    pdf.ln(2)


def _section(pdf: Any, title: str, items: list[Any], style: Style, x: float, width: float) -> None:
    _heading(pdf, title, style, x, width)
    for item in items:
        if isinstance(item, Block):
            _block(pdf, item, style, x, width)
        else:
            pdf.set_x(x)
            pdf.set_font(style.font, "", 10)
            pdf.multi_cell(width, 5, item, new_x="LEFT", new_y="NEXT")


def render_pdf(person: Person, style: Style, rng: random.Random) -> bytes:
    pdf = _pdf(style)
    pdf.set_title(f"{person.name} - Resume")
    parts = sections(person, style, rng)
    if style.layout == "sidebar":
        _sidebar(pdf, person, style, parts)
        return bytes(pdf.output())
    band = style.layout == "modern"
    if band:
        pdf.set_fill_color(235, 240, 248)
        pdf.rect(0, 0, 210, 38, style="F")
    align = "C" if style.layout in {"classic", "datefirst"} else "L"
    pdf.set_xy(15, 12)
    pdf.set_font(style.font, "B", 22)
    pdf.cell(180, 10, person.name, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.set_x(15)
    pdf.set_font(style.font, "", 12)
    pdf.cell(180, 7, person.label, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.set_x(15)
    pdf.set_font(style.font, "", 9)
    separator = "  |  " if style.layout == "ledger" else "   \u2022   "
    pdf.multi_cell(
        180, 5, separator.join(contacts(person)), new_x="LMARGIN", new_y="NEXT", align=align
    )
    pdf.ln(4)
    for _, title, items in parts:
        _section(pdf, title, items, style, 15, 180)
    return bytes(pdf.output())


def _sidebar(
    pdf: Any, person: Person, style: Style, parts: list[tuple[str, str, list[Any]]]
) -> None:
    pdf.set_fill_color(238, 240, 243)
    pdf.rect(0, 0, 66, 297, style="F")
    pdf.set_xy(8, 15)
    pdf.set_font(style.font, "B", 11)
    pdf.cell(54, 7, "Contact", new_x="LEFT", new_y="NEXT")
    pdf.set_font(style.font, "", 8.5)
    for contact in contacts(person):
        pdf.set_x(8)
        pdf.multi_cell(54, 4.5, contact, new_x="LEFT", new_y="NEXT")
    for kind, title, items in parts:
        if kind in SIDEBAR_KINDS:
            lines = (
                [part.strip() for item in items for part in str(item).split(", ")]
                if kind == "skills" and len(items) == 1
                else items
            )
            _section(pdf, title, lines, style, 8, 54)
    pdf.set_xy(74, 15)
    pdf.set_font(style.font, "B", 22)
    pdf.cell(122, 10, person.name, new_x="LEFT", new_y="NEXT")
    pdf.set_font(style.font, "", 12)
    pdf.cell(122, 7, person.label, new_x="LEFT", new_y="NEXT")
    for kind, title, items in parts:
        if kind not in SIDEBAR_KINDS:
            _section(pdf, title, items, style, 74, 122)


def scan(pdf: bytes, mode: str, rng: random.Random) -> tuple[bytes, str]:
    """Rasterise every page, stack them, tilt, blur and speckle: a cheap office scanner."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    document = pdfium.PdfDocument(pdf)
    pages = [
        document[i].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
        for i in range(len(document))
    ]
    document.close()
    width = max(page.width for page in pages)
    image = Image.new("L", (width, sum(page.height for page in pages)), 255)
    top = 0
    for page in pages:
        image.paste(page, (0, top))
        top += page.height
    image = image.rotate(
        rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
    )
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    pixels = np.asarray(image, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 14.0, pixels.shape)
    image = Image.fromarray(np.clip(pixels + noise + 6, 0, 255).astype(np.uint8))
    output = io.BytesIO()
    if mode == "png-bw":
        image.point(lambda v: 255 if v > 150 else 0).convert("1").save(output, "PNG", optimize=True)
        return output.getvalue(), "png"
    image.save(output, "JPEG", quality=62, optimize=True)
    return output.getvalue(), "jpg"
