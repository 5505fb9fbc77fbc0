"""Dated entries (jobs, schools, projects): group a section's lines, then name their parts.

An entry is a block of short header lines (title, organisation, dates, place) followed by
detail lines (bullets or prose → highlights). A block whose header holds several date ranges
is several bullet-less entries, split where each date line sits in its entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_processor.pipeline.layout import Line
from resume_processor.pipeline.structure.dates import DateRange, find_date_range, strip_span
from resume_processor.pipeline.structure.places import parse_location, split_trailing_place
from resume_processor.pipeline.structure.rows import reassemble
from resume_processor.pipeline.structure.sections import unmark

_MARKS = (
    "\u2022\u00b7\u25aa\u25ab\u25e6\u25cf\u25cb\u25a0\u25a1\u2023\u2043\u203a\u00bb"
    "\u25b8\u25ba\u27a2\u27a4\u2192\u2713\u2714\u25c6\u2666\u2756"
)
# A bullet glyph, or a dash, star, "o" or ">" followed by a space.
BULLET = re.compile(rf"^\s*(?:[-\u2013\u2014*>+o{_MARKS}]\s+|[{_MARKS}])\s*")
URL_IN_TEXT = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|io|dev|org|net|app)/\S*", re.I)
LONG_HEADER_WORDS = 10


@dataclass(slots=True)
class Item:
    """One line, with its bullet, dates and trailing place taken off."""

    line: Line
    text: str
    bullet: bool
    dates: DateRange | None
    place: str | None

    @property
    def detail(self) -> bool:
        words = len(self.text.split())
        prose = words > LONG_HEADER_WORDS or (words > 6 and self.text.endswith("."))
        return self.bullet or (prose and self.dates is None)


@dataclass(slots=True)
class Entry:
    header: list[Item] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    dates: DateRange | None = None

    @property
    def place(self) -> str | None:
        return next((item.place for item in self.header if item.place), None)

    @property
    def parts(self) -> list[str]:
        return [item.text for item in self.header if item.text]


def prepare(line: Line) -> Item:
    # A tab or a wide gap separates parts as a "|" would ("Acme Corp\tEngineer").
    raw = re.sub(r"\s*\t\s*|\s{3,}", " | ", unmark(line.text))
    bullet_match = BULLET.match(raw)
    bullet = bullet_match is not None
    text = raw[bullet_match.end() :] if bullet_match else raw
    dates = find_date_range(text)
    if dates is not None and (bullet or not _at_edge(text, dates)) and not dates.is_range:
        dates = None  # a lone year inside a sentence ("NeurIPS 2022") is not the entry's date
    if dates is not None:
        text = strip_span(text, dates.span)
    place = None
    if not bullet:
        text, place = split_trailing_place(text)
        bare = text.strip(" |,;\u2013\u2014-")
        if place is None and parse_location(bare) is not None:
            text, place = "", bare  # a line that is only the place
    text = re.sub(r"\s+([.,;:])", r"\1", text)  # "Acme (2019)." leaves "Acme ."
    strip = " ,;|\u2013\u2014\u00b7\u2022-" + ("" if bullet or dates is None else ".")
    return Item(line=line, text=text.strip(strip), bullet=bullet, dates=dates, place=place)


def _at_edge(text: str, dates: DateRange) -> bool:
    return not text[: dates.span[0]].strip(" (|,") or not text[dates.span[1] :].strip(" )|,.")


def group_entries(lines: list[Line]) -> list[Entry]:
    """Header blocks with their details; several dated headers in a row become several entries."""
    blocks: list[Entry] = []
    last_bullet_x: float | None = None
    for line in reassemble(lines):
        item = prepare(line)
        if item.detail:
            if not blocks:
                blocks.append(Entry())
            entry = blocks[-1]
            if _continues(item, entry, last_bullet_x):
                entry.details[-1] += " " + item.text
            elif item.text:
                entry.details.append(item.text)
            # rendercv's classic theme sets the dates beside the first bullet.
            if item.dates and item.dates.is_range and entry.dates is None:
                entry.dates = item.dates
            last_bullet_x = line.box.x0 if item.bullet else last_bullet_x
            continue
        if blocks and blocks[-1].details and not _continues(item, blocks[-1], last_bullet_x):
            blocks.append(Entry())
        elif blocks and blocks[-1].details:
            blocks[-1].details[-1] += " " + item.text
            continue
        if not blocks:
            blocks.append(Entry())
        blocks[-1].header.append(item)
        last_bullet_x = None
    entries: list[Entry] = []
    for block in blocks:
        entries += _split_block(block)
    return [entry for entry in entries if entry.parts or entry.details]


def _continues(item: Item, entry: Entry, bullet_x: float | None) -> bool:
    """A wrapped bullet or paragraph: no bullet of its own, indented past the bullet or
    starting lower-case (the last line of a wrapped paragraph is often short)."""
    if item.bullet or item.dates is not None or not entry.details:
        return False
    if bullet_x is None:
        return item.text[:1].islower() and not entry.details[-1].endswith((".", ":", ";"))
    return item.line.box.x0 > bullet_x + 2 or item.text[:1].islower()


def _split_block(block: Entry) -> list[Entry]:
    dated = [index for index, item in enumerate(block.header) if item.dates]
    if len(dated) <= 1:
        block.dates = block.dates or (block.header[dated[0]].dates if dated else None)
        return [block]
    offset = dated[0]
    starts = sorted({max(0, index - offset) for index in dated})
    entries = [
        Entry(header=block.header[start:end])
        for start, end in zip(starts, [*starts[1:], len(block.header)], strict=True)
    ]
    entries[0].header[:0] = block.header[: starts[0]]
    for entry in entries:
        entry.dates = next((item.dates for item in entry.header if item.dates), None)
    entries[-1].details = block.details
    return entries


def find_url(lines: list[str]) -> str | None:
    for text in lines:
        match = URL_IN_TEXT.search(text)
        if match:
            url = match.group(0).rstrip(".,;)")
            return url if url.startswith("http") else f"https://{url}"
    return None
