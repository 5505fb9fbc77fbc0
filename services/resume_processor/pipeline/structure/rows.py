"""Put an entry's rows back together before they are read: date columns and wrapped ranges.

Many layouts set each entry's dates in a narrow column to the left (or right) of its title.
An extractor may hand that column over as separate lines, even all of them before the body
text (reading order is per column); a date range may also wrap onto two lines of the column.
Boxes say what belongs together: a date cell belongs to the text line beside it, the one it
overlaps vertically.
"""

from __future__ import annotations

from resume_processor.pipeline.layout import Box, Line
from resume_processor.pipeline.structure.dates import is_date_cell, join_wrapped_range

MIN_OVERLAP = 0.4
MAX_DISTANCE = 40  # lines in reading order between a date cell and its row


def reassemble(lines: list[Line]) -> list[Line]:
    """Date cells merged into the rows beside them, then ranges split over two rows joined."""
    return join_wrapped_ranges(attach_date_cells(lines))


def _overlap(a: Box, b: Box) -> float:
    shared = min(a.y1, b.y1) - max(a.y0, b.y0)
    return shared / max(min(a.height, b.height), 1e-6)


def _beside(cell: Line, row: Line) -> bool:
    """The cell sits entirely left or right of the row, at the same height."""
    apart = cell.box.x1 <= row.box.x0 + 1 or cell.box.x0 >= row.box.x1 - 1
    return apart and _overlap(cell.box, row.box) >= MIN_OVERLAP


def attach_date_cells(lines: list[Line]) -> list[Line]:
    """Merge each line that is only a date into the nearest text line it sits beside."""
    cells = [i for i, line in enumerate(lines) if is_date_cell(line.text)]
    if not cells:
        return lines
    merged: dict[int, list[int]] = {}
    for i in cells:
        cell = lines[i]
        rows = [
            j
            for j in range(max(0, i - MAX_DISTANCE), min(len(lines), i + MAX_DISTANCE + 1))
            if j != i and not is_date_cell(lines[j].text) and _beside(cell, lines[j])
        ]
        if rows:
            best = max(rows, key=lambda j: (_overlap(cell.box, lines[j].box), -abs(j - i)))
            merged.setdefault(best, []).append(i)
    if not merged:
        return lines
    taken = {i for group in merged.values() for i in group}
    out: list[Line] = []
    for j, line in enumerate(lines):
        if j in taken:
            continue
        group = sorted(merged.get(j, []), key=lambda i: lines[i].box.y0)
        out.append(_merge([lines[i] for i in group], line) if group else line)
    return out


def _merge(cells: list[Line], row: Line) -> Line:
    left = [cell.text for cell in cells if cell.box.x1 <= row.box.x0 + 1]
    right = [cell.text for cell in cells if cell.box.x1 > row.box.x0 + 1]
    text = " ".join([*left, row.text, *right])
    boxes = [row.box, *(cell.box for cell in cells)]
    box = Box(
        min(b.x0 for b in boxes),
        min(b.y0 for b in boxes),
        max(b.x1 for b in boxes),
        max(b.y1 for b in boxes),
    )
    return Line(text=text, box=box, font_size=row.font_size, bold=row.bold)


def join_wrapped_ranges(lines: list[Line]) -> list[Line]:
    """ "Oct 2021 to Engineer" / "Current Acme" → "Oct 2021 - Current Engineer" / "Acme"."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        joined = (
            join_wrapped_range(line.text, lines[index + 1].text) if index + 1 < len(lines) else None
        )
        if joined is None:
            out.append(line)
            index += 1
            continue
        first, second = joined
        out.append(Line(text=first, box=line.box, font_size=line.font_size, bold=line.bold))
        following = lines[index + 1]
        if second:
            box, size, bold = following.box, following.font_size, following.bold
            out.append(Line(text=second, box=box, font_size=size, bold=bold))
        index += 2
    return out
