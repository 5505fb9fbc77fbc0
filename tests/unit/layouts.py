"""Building blocks for structurer tests: lines of a page, runs of a line, a structured page."""

from __future__ import annotations

from typing import Any

from resume_processor.pipeline.extract.reading_order import Run
from resume_processor.pipeline.layout import Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.local import LocalStructurer


def rows(*texts: str, x0: float = 72.0) -> list[Line]:
    """One 10-point line per text, 14 points apart, all starting at `x0`."""
    return [
        Line(text, Box(x0, 14.0 * i, x0 + 5.0 * len(text), 14.0 * i + 10), font_size=10.0)
        for i, text in enumerate(texts)
    ]


def dressed(*texts: str, titles: tuple[str, ...]) -> list[Line]:
    """Lines whose `titles` are set as headings (13-point bold), the rest as 9.5-point body."""
    return [
        Line(
            text,
            Box(54.0, 15.0 * i, 54.0 + 5.0 * len(text), 15.0 * i + 10),
            font_size=13.0 if text in titles else 9.5,
            bold=text in titles,
        )
        for i, text in enumerate(texts)
    ]


def run(text: str, x0: float, baseline: float, size: float = 9.0) -> Run:
    """A run of `text` on `baseline`, half an em wide a character."""
    width = 0.5 * size * len(text)
    return Run(text, x0, baseline - size, x0 + width, baseline, baseline, size, len(text))


def structure(lines: list[Line]) -> dict[str, Any]:
    page = Page(number=1, width=595.0, height=842.0, lines=lines)
    return LocalStructurer().structure(LayoutDocument(pages=[page], engine="test"))


def titled(*lines: str, titles: tuple[str, ...]) -> dict[str, Any]:
    """The resume the structurer reads from a name and an e-mail over `lines`, the `titles`
    among them set as headings."""
    return structure(dressed("Ada Example", "ada@example.com", *lines, titles=titles))
