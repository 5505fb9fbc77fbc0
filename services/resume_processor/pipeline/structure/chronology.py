"""A history written one event a row, as a Japanese résumé (rirekisho) lays it out: the year and
the month in cells of their own, then what happened ("2015   4   Entered Tohoku University",
"2019   3   Graduated from Tohoku University", "2020   4   Joined Kawabe Pharmaceutical Co.,
Ltd. (Osaka)", "2023   8   Left the company"). The events pair up into entries: what was joined
or entered, from then until it was left or graduated from, or until now."""

from __future__ import annotations

import re
from dataclasses import replace

from resume_processor.pipeline.layout import CELL_GAP, Line
from resume_processor.pipeline.structure.dates import MONTHS

_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
EVENT = re.compile(
    rf"^(?P<year>(?:19|20)\d{{2}}){CELL_GAP}(?P<month>\d{{1,2}}|(?:{_MONTH_NAME})\.?)"
    rf"{CELL_GAP}(?P<text>\S.*)$",
    re.IGNORECASE,
)
STARTED = re.compile(
    r"^(?:joined|entered|enrolled\s+(?:in|at)|admitted\s+to|started\s+at)\s+(?P<what>\S.*)$",
    re.IGNORECASE,
)
ENDED = re.compile(r"^(?:left|graduated|completed|resigned|retired|withdrew)\b", re.IGNORECASE)
BRACKETED_PLACE = re.compile(r"^(?P<name>.+?)\s*\((?P<place>[^()]+)\)$")
END_MARKS = frozenset({"end", "以上"})  # the word that closes the table
MIN_EVENTS = 2


def read_chronology(lines: list[Line]) -> list[Line]:
    """The section's lines with its events paired into entries: "Kawabe Pharmaceutical Co.,
    Ltd.   Osaka   2020-04 - 2023-08" over the lines that followed the start. Lines of any
    other section come back as they were."""
    opening = lines[: MIN_EVENTS + 1]
    if sum(1 for line in opening if EVENT.match(line.text.strip())) < MIN_EVENTS:
        return lines  # the cheap test first: most sections open with no year-month cells
    out: list[Line] = []
    opened: tuple[int, str, str] | None = None  # the entry's row in `out`, its title, start
    for line in lines:
        event = EVENT.match(line.text.strip())
        if event is None:
            if line.text.strip().casefold() in END_MARKS:
                continue
            if opened is not None:
                # The role under "Joined …", set in the events' column: it lines up with the
                # entry's title, as an entry's second title line does.
                line = _with(line, line.text, x0=out[opened[0]].box.x0)
            out.append(line)
            continue
        when = _month(event.group("year"), event.group("month"))
        text = event.group("text").strip()
        started = STARTED.match(text)
        if started is not None:
            title = _title(started.group("what"))
            out.append(_with(line, f"{title}{CELL_GAP}{when} \u2013 Present"))
            opened = (len(out) - 1, title, when)
        elif ENDED.match(text) and opened is not None:
            row, title, start = opened
            out[row] = _with(out[row], f"{title}{CELL_GAP}{start} \u2013 {when}")
            opened = None
        else:
            out.append(_with(line, f"{text}{CELL_GAP}{when}"))
            opened = None
    return out


def _month(year: str, month: str) -> str:
    number = int(month) if month.isdigit() else MONTHS.get(month.rstrip(".").casefold(), 0)
    return f"{year}-{number:02d}" if 1 <= number <= 12 else year


def _title(what: str) -> str:
    """ "Kawabe Pharmaceutical Co., Ltd. (Osaka)": the name, and its place in the next cell."""
    bracketed = BRACKETED_PLACE.match(what.strip())
    if bracketed is None:
        return what.strip()
    return f"{bracketed.group('name').strip()}{CELL_GAP}{bracketed.group('place').strip()}"


def _with(line: Line, text: str, x0: float | None = None) -> Line:
    box = line.box if x0 is None else replace(line.box, x0=x0)
    return Line(text=text, box=box, font_size=line.font_size, bold=line.bold)
