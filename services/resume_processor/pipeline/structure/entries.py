"""Dated entries (jobs, schools, projects): group a section's lines, then name their parts.

An entry is a block of short header lines (title, organisation, dates, place) followed by
detail lines (bullets or prose → highlights). A block whose header holds several date ranges
is several bullet-less entries, split where each date line sits in its entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from resume_processor.pipeline.layout import Line
from resume_processor.pipeline.structure.dates import (
    DateRange,
    find_date_range,
    is_date_cell,
    strip_span,
)
from resume_processor.pipeline.structure.places import parse_location, split_trailing_place
from resume_processor.pipeline.structure.rows import reassemble
from resume_processor.pipeline.structure.sections import unmark
from resume_processor.pipeline.structure.vocab import (
    DEGREE,
    EMPLOYER_LABELS,
    INSTITUTION,
    LABELLED_FIELD,
    LEGAL_SUFFIXES,
    POSITION_LABELS,
    SCORE,
)

_MARKS = (
    "\u2022\u00b7\u25aa\u25ab\u25e6\u25cf\u25cb\u25a0\u25a1\u2023\u2043\u203a\u00bb"
    "\u25b8\u25ba\u27a2\u27a4\u2192\u2713\u2714\u25c6\u2666\u2756"
)
# A bullet glyph, or a dash, star, "o" or ">" followed by a space; what OCR reads a round
# bullet as ("e", "©", "«", "¢") before a capitalised word; or a list's number ("2. Led …").
BULLET = re.compile(
    rf"^\s*(?:[-\u2013\u2014*>+o{_MARKS}]\s+|[{_MARKS}]|[e\u00a9\u00ab\u00a2]\s+(?=[A-Z])"
    r"|\d{1,2}[.)]\s+(?=[A-Z][a-z]+\s+[a-z]))\s*"
)
URL_IN_TEXT = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|io|dev|org|net|app)/\S*", re.I)
LONG_HEADER_WORDS = 10
# Highlights set in from their entry's header by more than this many ems, and lines starting
# within DETAIL_ALIGN_EMS of them, are highlights too.
DETAIL_INDENT_EMS = 1.2
DETAIL_ALIGN_EMS = 0.3
PERCENT_CELL = re.compile(
    r"^\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*$|^\s*\d{1,2}(?:[.,]\d{1,2})?\s*c?gpa\s*$", re.I
)
# A grade or an honour closing an entry's line ("…, 2007, summa cum laude", "2016 (GPA 3.9)"):
# a note on the entry, never a reason to miss the date before it.
HONOUR = (
    r"(?:(?:summa|magna)\s+)?cum\s+laude|with\s+(?:high(?:est)?\s+)?(?:distinction|honou?rs|merit)"
    r"|(?:first|upper\s+second|lower\s+second|second|third)[-\s]class(?:\s+honou?rs)?"
    r"(?:\s+(?:upper|lower)(?:\s+division)?)?(?:\s+degree)?"
    r"|(?:high(?:est)?\s+)?(?:distinction|honou?rs)"
)
GRADE = (
    r"(?:c?gpa|grade|score|voto|nota|note|ipk)\s*:?\s*\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?"
)
TRAILING_NOTE = re.compile(
    rf"(?:(?:\s*[,;|]\s*|\s+[\u2013\u2014-]\s+|\s*\(\s*)(?P<grade>{GRADE})|"
    rf"(?:\s*[,;]\s*|\s+[\u2013\u2014-]\s+|\s*\(\s*|\s+)(?P<honour>{HONOUR}))\s*\)?\.?\s*$",
    re.IGNORECASE,
)


# A line that opens with a verb in the past tense and reads as a sentence, three words in a row
# in lower case ("Opened the store three mornings a week", "Trained 35 staff on the new
# workflow"): what was done, not a title or an employer ("United States Department of the
# Treasury").
ACHIEVEMENT = re.compile(
    r"^(?!(?:Licensed|Registered|Certified|Chartered|Qualified|Accredited|United|Advanced)\b)"
    r"(?:[A-Z][a-z]{2,}ed|Built|Led|Ran|Wrote|Made|Taught|Drove|Grew|Won|Cut|Sold|Kept|Brought"
    r"|Began|Gave|Held|Oversaw|Took|Spoke|Set|Met)(?:\s+\S+)*?(?:\s+[a-z][\w'-]*){3}"
)
MIN_ACHIEVEMENT_WORDS = 4


@dataclass(slots=True)
class Item:
    """One line, with its bullet, dates and trailing place taken off."""

    line: Line
    text: str
    bullet: bool
    dates: DateRange | None
    place: str | None
    note: str | None = None
    anchored: bool = False  # next to a line that is only dates: a header, however long
    wraps: bool = False  # the next line carries on its sentence: prose, not a header

    @property
    def detail(self) -> bool:
        # A table row is as long as its longest cell, not as all its cells together.
        words = max(len(cell.split()) for cell in self.text.split(" | "))
        prose = (
            words > LONG_HEADER_WORDS or (words > 6 and (ends_sentence(self.text) or self.wraps))
        ) and not labels_job_field(self.text)  # "Empresa: … S. de R.L., San Pedro Sula"
        # "Supervised a group of 12 campers": a bullet whose glyph a Word list kept to itself.
        done = words >= MIN_ACHIEVEMENT_WORDS and ACHIEVEMENT.match(self.text) is not None
        return self.bullet or ((prose or done) and self.dates is None and not self.anchored)

    @property
    def date_only(self) -> bool:
        return self.dates is not None and not self.text and not self.bullet and not self.place


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

    @property
    def notes(self) -> list[str]:
        """Grades and honours taken off the ends of the header lines."""
        return [item.note for item in self.header if item.note]


_WIDE_GAP = re.compile(r"\s*\t\s*|\s{3,}")
# A label's colon set off in a column of its own ("Posisi   : Staf Akuntansi").
_GAP_BEFORE_COLON = re.compile(r"(?:\s*\t\s*|\s{3,}):")
# The number of an entry in a numbered list ("2. PT Sinar Niaga Nusantara (2021 - 2024)").
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[^\W\d_])")
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:])")


def prepare(line: Line) -> Item:
    # A tab or a wide gap separates parts as a "|" would ("Acme Corp\tEngineer").
    raw = _WIDE_GAP.sub(" | ", _GAP_BEFORE_COLON.sub(":", unmark(line.text)))
    bullet_match = BULLET.match(raw)
    bullet = bullet_match is not None
    text = raw[bullet_match.end() :] if bullet_match else _LIST_NUMBER.sub("", raw)
    note = None
    noted = None if bullet else TRAILING_NOTE.search(text)
    if noted is not None and noted.start() > 0:
        text, note = text[: noted.start()], noted.group("grade") or noted.group("honour")
    if not bullet and " | " in text:
        head, _, last = text.rpartition(" | ")
        if PERCENT_CELL.match(last):
            text, note = head, last.strip()  # a table's "%" or "CGPA" column
    dates = find_date_range(text)
    edge = dates is not None and (_at_edge(text, dates) or _fills_cell(text, dates))
    if dates is not None and (bullet or not edge) and not dates.is_range:
        dates = None  # a lone year inside a sentence ("NeurIPS 2022") is not the entry's date
    if dates is not None:
        text = strip_span(text, dates.span)
        first, gap, rest = text.partition(" | ")
        if gap and dates.is_range and is_date_cell(first):
            # "2019 - 2024 | Senior Analyst (2022 - 2024)": the role's own dates are the
            # entry's; the employer's span in the first cell goes.
            text = rest
    place = None
    if not bullet:
        text, place = split_trailing_place(text)
        bare = text.strip(" |,;\u2013\u2014-")
        if place is None and parse_location(bare) is not None:
            text, place = "", bare  # a line that is only the place
    leftover = text.strip(" ·|,;\u2013\u2014-")
    if note is None and not bullet and dates is not None and PERCENT_CELL.match(leftover):
        text, note = "", leftover  # "2017 · 73.76%": the grade beside the year
    text = _SPACE_BEFORE_STOP.sub(r"\1", text)  # "Acme (2019)." leaves "Acme ."
    keeps_stop = bullet or dates is None or ends_in_legal_form(text)
    strip = " ,;|\u2013\u2014\u00b7\u2022-" + ("" if keeps_stop else ".")
    text = text.strip(strip)
    if bullet and not text and dates is not None and dates.is_range:
        bullet = False  # "◆ 04/2020 - 06/2022": a mark before an entry's dates, no highlight
    return Item(line=line, text=text, bullet=bullet, dates=dates, place=place, note=note)


# A last word that is an abbreviation, whose full stop ends no sentence: dotted letters ("N.L.",
# "S.A.", "C.V.") or a short capitalised word after a comma ("Saltillo, Coah.", "Acme, Inc.").
_ABBREVIATION = re.compile(r"(?:(?:[A-Z][a-z]{0,3}\.){2,}|,\s*[A-Z][a-z]{1,4}\.)$")


def ends_sentence(text: str) -> bool:
    """ "… for the board." ends a sentence; "Bajío Automotriz S.A. de C.V. - Saltillo, Coah."
    and "Cooperativa … Chuquiago Ltda." end on an abbreviation."""
    if not text.endswith("."):
        return False
    return _ABBREVIATION.search(text) is None and not ends_in_legal_form(text)


def ends_in_legal_form(text: str) -> bool:
    """ "Tatry Data Sp. z o.o." keeps its last full stop."""
    words = text.rstrip(" ,;|").split()
    return bool(words) and words[-1].lower() in LEGAL_SUFFIXES and words[-1].endswith(".")


def _fills_cell(text: str, dates: DateRange) -> bool:
    """ "B.Tech | Kalinga Institute | 2016 | …": the date is a whole table cell."""
    before, after = text[: dates.span[0]], text[dates.span[1] :]
    return before.rstrip().endswith("|") and (not after.strip() or after.lstrip().startswith("|"))


def _at_edge(text: str, dates: DateRange) -> bool:
    return not text[: dates.span[0]].strip(" (|,") or not text[dates.span[1] :].strip(" )|,.")


def group_entries(lines: list[Line]) -> list[Entry]:
    """Header blocks with their details; several dated headers in a row become several entries.

    A list all of whose items are bullets, with no header above them, is a list of one-line
    entries ("• Tecnólogo em Logística - UFMG - Concluído em 2020"): each bullet is a header.
    """
    entries = _group_entries(lines)
    if not entries or any(entry.parts for entry in entries):
        return entries
    unbulleted = [_without_bullet(line) for line in lines]
    if all(line is None for line in unbulleted):
        return entries
    regrouped = _group_entries([new or old for new, old in zip(unbulleted, lines, strict=True)])
    return regrouped if any(entry.parts for entry in regrouped) else entries


def _without_bullet(line: Line) -> Line | None:
    found = BULLET.match(line.text.strip())
    return replace(line, text=line.text.strip()[found.end() :]) if found else None


def _group_entries(lines: list[Line]) -> list[Entry]:
    blocks: list[Entry] = []
    last_bullet_x: float | None = None
    last_detail_x: float | None = None
    for item in mark_wrapping(anchor_headers([prepare(line) for line in reassemble(lines)])):
        line = item.line
        if _MONOGRAM.fullmatch(item.text) and item.dates is None and not item.bullet:
            continue  # a logo's letter beside the entry ("Q" in a box) names nothing
        if not item.detail and not item.bullet and _first_set_in_detail(item, blocks):
            # The first highlight under a dated header, its bullet lost (OCR drops small dots).
            blocks[-1].details.append(item.text)
            last_detail_x = line.box.x0
            continue
        if not item.detail and _indented_like_details(item, blocks, last_detail_x):
            if _continues(item, blocks[-1], last_bullet_x):
                blocks[-1].details[-1] += " " + item.text  # the rest of a wrapped highlight
            else:
                blocks[-1].details.append(item.text)
            continue
        last_detail_x = line.box.x0 if item.detail else None
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
        if blocks and blocks[-1].details and _LIST_LABEL.match(item.text) and not item.dates:
            continue  # "Key Achievements:" over the next bullets: the same entry's details
        if blocks and blocks[-1].header and _only_a_grade(item.text):
            blocks[-1].header.append(item)  # "Grade: 9,1" under the details: the same entry's
            continue
        if blocks and blocks[-1].header and SECTOR_LINE.match(item.text) and not item.dates:
            blocks[-1].details.append(item.text)  # Europass's "Business or sector" under a job
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


_MONOGRAM = re.compile(r"\s*[^\W\d_]\s*")
# Europass's line for the employer's business or sector, in the languages of its CVs.
SECTOR_LINE = re.compile(
    r"^(?:(?:type\s+of\s+)?business\s+or\s+sector|a[c]?tividade\s+ou\s+se[c]?tor"
    r"|tipo\s+de\s+empresa\s+o[u]?\s+se[c]?tor|activit[ée]\s+ou\s+secteur"
    r"|type\s+ou\s+secteur\s+d['\u2019]activit[ée]|secteur\s+d['\u2019]activit[ée]"
    r"|actividad\s+o\s+sector|attivit[àa]\s+o\s+settore|tipo\s+di\s+azienda\s+o\s+settore"
    r"|t[äa]tigkeitsbereich\s+oder\s+branche|soort\s+onderneming\s+of\s+sector"
    r"|tipul\s+sau\s+sectorul\s+de\s+activitate)\b",
    re.IGNORECASE,
)


def _only_a_grade(text: str) -> bool:
    found = SCORE.match(text.strip())
    return found is not None and found.end() == len(text.strip())


# A label over a list of an entry's details: "Key Achievements:", "Responsabilités :".
_LIST_LABEL = re.compile(r"^[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_&/]+){0,3}\s?:$")


def _indented_like_details(item: Item, blocks: list[Entry], detail_x: float | None) -> bool:
    """A short line under prose set in from the header, at the prose's left edge: one more
    un-bulleted highlight ("Trained 30 planners"), not the next entry's header."""
    if detail_x is None or not blocks or not blocks[-1].header or item.dates is not None:
        return False
    size = item.line.font_size or 10.0
    aligned = abs(item.line.box.x0 - detail_x) <= DETAIL_ALIGN_EMS * size
    return bool(item.text) and aligned and _set_in(detail_x, blocks[-1].header, size)


def _first_set_in_detail(item: Item, blocks: list[Entry]) -> bool:
    """A sentence-like line (four words or more, no place, no degree, no school, no labelled
    position or employer) set in from a header that already has its dates and two parts or
    more."""
    if not blocks or blocks[-1].details or item.dates is not None or item.place:
        return False
    header = blocks[-1].header
    if len(header) < 2 or not any(part.dates for part in header):
        return False
    if not _set_in(item.line.box.x0, header, item.line.font_size or 10.0):
        return False
    if len(item.text.split()) < 4 or _is_degree_line(item) or is_school_line(item):
        return False
    return not labels_job_field(item.text)


_JOB_FIELD_LABELS = POSITION_LABELS | EMPLOYER_LABELS


def labels_job_field(text: str) -> bool:
    """ "Poste : Contrôleuse de gestion", "Empresa: Grupo Morazán S.A.": a job's position or
    employer under its label, a header line however long."""
    if ":" not in text:
        return False
    labelled = LABELLED_FIELD.match(text)
    return labelled is not None and labelled.group("label").strip().lower() in _JOB_FIELD_LABELS


def _set_in(x: float, header: list[Item], size: float) -> bool:
    """`x` lies more than DETAIL_INDENT_EMS right of the header's left edge."""
    return x - min(part.line.box.x0 for part in header) > DETAIL_INDENT_EMS * size


def anchor_headers(items: list[Item]) -> list[Item]:
    """Date anchors: a line that is only a date range sits in its entry's header, so the
    un-bulleted line right above it, and one right below it that is no sentence, are header
    lines too ("Uni of X, City — Bachelor of Science in Y" / "AUGUST 2011 - MAY 2015")."""
    for index, item in enumerate(items):
        if not (item.date_only and item.dates is not None and item.dates.is_range):
            continue
        for near in items[max(0, index - 1) : index] + items[index + 1 : index + 2]:
            if not near.bullet and near.dates is None and not near.text.endswith("."):
                near.anchored = True
    return items


def mark_wrapping(items: list[Item]) -> list[Item]:
    """A line whose sentence the next line carries on (lower case, same left edge, no bullet
    or date) is prose however few its words: "Conducts management studies of processes and
    recommends changes to" / "workflow, staffing and automation to senior leadership."."""
    for item, below in pairwise(items):
        size = item.line.font_size or 10.0
        carries_on = below.text[:1].islower() and not below.bullet and below.dates is None
        aligned = abs(below.line.box.x0 - item.line.box.x0) <= DETAIL_ALIGN_EMS * size
        item.wraps = carries_on and aligned and not item.text.endswith((".", ":", ";"))
    return items


def _continues(item: Item, entry: Entry, bullet_x: float | None) -> bool:
    """A wrapped bullet or paragraph: no bullet of its own, indented past the bullet or
    starting lower-case (the last line of a wrapped paragraph is often short)."""
    if item.bullet or item.dates is not None or not entry.details:
        return False
    if bullet_x is None:
        return item.text[:1].islower() and not entry.details[-1].endswith((".", ":", ";"))
    if item.line.box.x0 < bullet_x - 2:
        return False  # left of the bullets: the next entry's title ("budgetbot | TypeScript")
    return item.line.box.x0 > bullet_x + 2 or item.text[:1].islower()


def is_school_line(item: Item) -> bool:
    """ "University of Arizona — Tucson, AZ": names a school and does not lead with a degree."""
    return (
        not item.bullet
        and INSTITUTION.search(item.text) is not None
        and DEGREE.match(item.text.strip()) is None
    )


def _style(item: Item) -> tuple[float | None, bool | None]:
    size = item.line.font_size
    return (round(size * 2) / 2 if size else None), item.line.bold


def _split_at_schools(block: Entry) -> list[Entry]:
    """A block that opens with a school line is one entry per school line dressed like it
    (school, then degree, stacked twice): the school starts the entry, whatever the dates say."""
    header = block.header
    if len(header) < 3 or not is_school_line(header[0]):
        return [block]
    starts = [
        index
        for index, item in enumerate(header)
        if is_school_line(item) and _style(item) == _style(header[0])
    ]
    if len(starts) < 2 or starts[1] == 1:
        return [block]  # "University of X" / "School of Y": one school named twice
    entries = [
        Entry(header=header[start:end])
        for start, end in zip(starts, [*starts[1:], len(header)], strict=True)
    ]
    entries[-1].details = block.details
    return entries


def _split_block(block: Entry) -> list[Entry]:
    pieces = _split_at_schools(block)
    if len(pieces) > 1:
        return [entry for piece in pieces for entry in _split_block(piece)]
    dated = [index for index, item in enumerate(block.header) if item.dates]
    if len(dated) <= 1:
        block.dates = block.dates or (block.header[dated[0]].dates if dated else None)
        return [block]
    offset = dated[0]
    starts = sorted({_entry_start(block.header, dated, n, offset) for n in range(len(dated))})
    entries = [
        Entry(header=block.header[start:end])
        for start, end in zip(starts, [*starts[1:], len(block.header)], strict=True)
    ]
    entries[0].header[:0] = block.header[: starts[0]]
    for entry in entries:
        entry.dates = next((item.dates for item in entry.header if item.dates), None)
    entries[-1].details = block.details
    return entries


def _entry_start(header: list[Item], dated: list[int], n: int, offset: int) -> int:
    """Where the entry of the n-th dated line starts: as many lines above its date as the
    first entry has. When the line there is not like the first entry's first line (`_like`)
    but an earlier one after the previous date is, the entry starts there: "Virginia Tech,
    Blacksburg, VA" / "Bachelor of Arts" / "Major: Economics" / "Graduated: May 2010" under a
    school whose entry had no "Major:" line, or a degree wrapped onto two lines."""
    default = max(0, dated[n] - offset)
    if n > 0 and default <= dated[n - 1]:
        # Not above the last entry's own dates: the first line after them like the first
        # entry's ("Grau en ..." over "Universitat ...   2012 - 2016", under a wrapped degree).
        after = range(dated[n - 1] + 1, dated[n] + 1)
        return next((index for index in after if _like(header[index], header[0])), default)
    if n == 0 or _like(header[default], header[0]):
        return default
    earlier = range(dated[n - 1] + 1, default)
    return next((index for index in earlier if _like(header[index], header[0])), default)


LIKE_SIZE_POINTS = 0.5


def _like(item: Item, first: Item) -> bool:
    """Dressed alike and of one kind: the same type, both with a place or neither, both
    naming a degree (a wrapped degree's second line does not) or neither."""
    size, first_size = item.line.font_size or 0.0, first.line.font_size or 0.0
    return (
        abs(size - first_size) <= LIKE_SIZE_POINTS  # OCR's estimate wavers by half a point
        and item.line.bold == first.line.bold
        and (item.place is None) == (first.place is None)
        and _is_degree_line(item) == _is_degree_line(first)
    )


def _is_degree_line(item: Item) -> bool:
    """A line that opens with a degree, or names its subject and then the degree after a comma
    ("Прикладная математика и информатика, Бакалавр")."""
    text = item.text.strip()
    if DEGREE.match(text) is not None:
        return True
    _, comma, last = text.rpartition(", ")
    return bool(comma) and DEGREE.fullmatch(last.strip()) is not None


def find_url(lines: list[str]) -> str | None:
    for text in lines:
        match = URL_IN_TEXT.search(text)
        if match:
            url = match.group(0).rstrip(".,;)")
            return url if url.startswith("http") else f"https://{url}"
    return None
