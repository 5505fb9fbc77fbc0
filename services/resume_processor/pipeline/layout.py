"""The layout model every extractor produces and every structurer reads.

Coordinates are in points with the origin at the page's top-left corner, so `y` grows
downwards as it does in reading order (and in Textract's normalised boxes, once scaled).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# What a wide gap inside a line (a table's cell border, a tab stop, a date gutter) reads as in
# `Line.text`: extractors join runs across one with it, the structurer splits parts there.
CELL_GAP = "   "


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def center_x(self) -> float:
        return (self.x0 + self.x1) / 2

    @classmethod
    def around(cls, boxes: Iterable[Box]) -> Box:
        """The smallest box holding all of `boxes` (at least one)."""
        boxes = list(boxes)
        return cls(
            min(b.x0 for b in boxes),
            min(b.y0 for b in boxes),
            max(b.x1 for b in boxes),
            max(b.y1 for b in boxes),
        )


@dataclass(slots=True)
class Line:
    text: str
    box: Box
    font_size: float | None = None
    bold: bool | None = None


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


@dataclass(slots=True)
class LayoutDocument:
    """Pages of lines in reading order, plus the name of the engine that produced them."""

    pages: list[Page]
    engine: str

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]

    def text(self) -> str:
        return "\n\n".join("\n".join(line.text for line in page.lines) for page in self.pages)
