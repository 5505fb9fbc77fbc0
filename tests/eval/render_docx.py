"""DOCX layouts: paragraphs (tab-aligned dates, optional bullets) and a two-column table."""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.people import Person
from tests.eval.render import FIXED_DATE, Block, Style, contacts, heading, normalise_zip, sections


def _paragraph(container: Any, text: str, *, bold: bool = False, size: float | None = None) -> None:
    from docx.shared import Pt

    run = container.add_paragraph().add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def _block_lines(block: Block, style: Style, *, with_dates: bool) -> list[tuple[str, bool]]:
    lines: list[tuple[str, bool]] = []
    for number, (left, right) in enumerate(block.lines):
        if not with_dates and right == block.date:
            right = ""
        text = f"{left}\t{right}" if right else left
        if text.strip(" |"):
            lines.append((text, number == 0))
    bullet = f"{style.bullet} " if style.bullet else ""
    lines += [(f"{bullet}{item}", False) for item in block.bullets]
    return lines


def render_docx(person: Person, style: Style, rng: random.Random) -> bytes:
    import docx

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = "tests/eval/generate.py"
    properties.revision = 1
    _paragraph(document, person.name, bold=True, size=20)
    _paragraph(document, person.label, size=12)
    _paragraph(document, " | ".join(contacts(person)), size=9)
    for _, title, items in sections(person, style, rng):
        _paragraph(document, heading(title, style), bold=True, size=13)
        blocks = [item for item in items if isinstance(item, Block)]
        if style.layout == "table" and blocks:
            table = document.add_table(rows=0, cols=2)
            for block in blocks:
                left, right = table.add_row().cells
                left.paragraphs[0].text = block.date
                lines = _block_lines(block, style, with_dates=False)
                right.paragraphs[0].text = lines[0][0]
                right.paragraphs[0].runs[0].bold = True
                for text, bold in lines[1:]:
                    right.add_paragraph().add_run(text).bold = bold
            continue
        for item in items:
            if isinstance(item, Block):
                for text, bold in _block_lines(item, style, with_dates=True):
                    _paragraph(document, text, bold=bold)
            else:
                _paragraph(document, item)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())
