"""Put an entry's rows back together before they are read: date columns and wrapped ranges.

Many layouts set each entry's dates in a narrow column to the left (or right) of its title.
An extractor may hand that column over as separate lines, even all of them before the body
text (reading order is per column); a date range may also wrap onto two lines of the column.
Boxes say what belongs together: a date cell belongs to the text line beside it, the one it
overlaps vertically.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.dates import (
    find_date_range,
    is_date_cell,
    join_range_over_three,
    join_wrapped_range,
)
from resume_processor.pipeline.structure.fuzzy import words
from resume_processor.pipeline.structure.sections import ends_open, same_type_below
from resume_processor.pipeline.structure.vocab import LEGAL_SUFFIXES

MIN_OVERLAP = 0.4
MAX_DISTANCE = 40  # lines in reading order between a date cell and its row


OPEN_END = re.compile(r",\s*$")
BULLET_START = re.compile(
    r"^\s*(?:[-\u2013\u2014*>+\u2022\u00b7\u25aa\u25cf\u25e6\u25a0]\s|[\u2022\u25aa\u25cf])"
)


# The words a table's heading row is made of ("Organisation | Designation | Duration").
COLUMN_TITLES = words(
    """organisation organization company employer designation position role title job
    duration period dates date from to year years degree qualification qualifications award
    awards course programme program institute institution university college school board
    percentage % cgpa gpa grade marks result class location place city subject specialisation
    specialization of passing license licence certification certificate issuing body issuer
    number no sl. sl sr. sr s.no. s.no s/n expires expiry expiration issued valid until authority
    credential board passed
    field study exam concentration major"""
) | words(
    # The same column titles in French, Spanish, Portuguese, German, Italian, Dutch, Polish,
    # Turkish, Indonesian and Russian, and the words that join them ("Lieu et date").
    """année années période du au diplôme diplômes formation établissement école université
    intitulé poste fonction entreprise employeur société lieu ville mention note résultat
    spécialité filière niveau durée organisme obtenu obtenue obtenido obtida obtained año años
    periodo período fecha fechas desde hasta
    título titulación grado institución universidad centro escuela cargo puesto empresa
    empleador lugar ciudad calificación promedio especialidad carrera nivel duración ano anos
    data datas curso instituição escola função empregador local cidade média grau jahr jahre
    zeitraum von bis abschluss hochschule universität schule einrichtung unternehmen firma
    arbeitgeber ort stadt fachrichtung studiengang dauer anno anni dal al titolo istituto
    università scuola ente posizione ruolo azienda datore luogo città voto votazione indirizzo
    durata livello jaar periode tot opleiding diploma instelling universiteit functie werkgever
    bedrijf plaats cijfer richting duur rok lata okres od uczelnia szkoła kierunek stanowisko
    pracodawca miejscowość miasto ocena tytuł yıl yil tarih tarihler okul üniversite bölüm
    derece pozisyon şirket kurum yer şehir ortalama süre tahun institusi sekolah universitas
    jurusan gelar jabatan perusahaan tempat kota nilai ipk jenjang nama pendidikan lembaga
    год годы период учебное заведение
    специальность должность компания организация город степень хугацаа сургууль мэргэжил зэрэг
    thời gian công ty vị trí mô tả việc trường chuyên ngành năm bằng cấp
    жұмыс кезеңі ұйым лауазымы міндеттері оқу орны мамандығы жылдар перыяд працы арганізацыя
    пасада абавязкі
    de du des et y e und i ve dan"""
)
_GAPS = re.compile(r"\s*\t\s*|\s{3,}|\s+\|\s+")


def reassemble(lines: list[Line]) -> list[Line]:
    """Table heading rows dropped and wrapped table cells joined into their rows, date cells
    merged into the rows beside them, then ranges split over two rows joined, then rows that
    end on a comma joined with the row they wrapped onto."""
    lines = join_start_end_rows(drop_inset_tables(lines))
    rows = join_wrapped_cells([unnumbered(line) for line in _without_headings(lines)])
    return join_open_rows(join_wrapped_titles(join_wrapped_ranges(attach_date_cells(rows))))


# A table's first column of row numbers ("No" over "1.", "2."): a cell of a number alone
# before at least two more.
_ROW_NUMBER = re.compile(rf"^\s*\d{{1,2}}[.)]?{re.escape(CELL_GAP)}(?=.*{re.escape(CELL_GAP)})")


def unnumbered(line: Line) -> Line:
    """The row without its number cell: "1.   D3   Politeknik Negeri Bandung   2014 - 2017"."""
    found = _ROW_NUMBER.match(line.text) if line.text[:1].isdigit() else None
    return line if found is None else replace(line, text=line.text[found.end() :])


# A job's start and end dates on labelled rows of their own ("Fecha de ingreso:   marzo de
# 2023" over "Fecha de retiro:   mayo de 2026").
START_ROW = re.compile(
    r"^(?:fecha\s+de\s+(?:ingreso|inicio)|start(?:\s+date)?|date\s+joined|from|desde|von"
    r"|data\s+de\s+in[ií]cio)\s*:\s*(?P<date>\S.*)$",
    re.IGNORECASE,
)
END_ROW = re.compile(
    r"^(?:fecha\s+de\s+(?:retiro|salida|terminaci[oó]n|finalizaci[oó]n)|end(?:\s+date)?"
    r"|date\s+left|to|until|hasta|bis|data\s+de\s+sa[ií]da)\s*:\s*(?P<date>\S.*)$",
    re.IGNORECASE,
)


def join_start_end_rows(lines: list[Line]) -> list[Line]:
    """The two rows as one range: "marzo de 2023 \u2013 mayo de 2026"."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        start = START_ROW.match(previous.text.strip()) if previous and ":" in line.text else None
        end = END_ROW.match(line.text.strip()) if start is not None else None
        if previous is None or start is None or end is None:
            out.append(line)
            continue
        text = f"{start.group('date').strip()} \u2013 {end.group('date').strip()}"
        box = Box.around([previous.box, line.box])
        out[-1] = Line(text=text, box=box, font_size=line.font_size, bold=previous.bold)
    return out


MIN_TABLE_COLUMNS = 3
INSET = 10.0  # points right of the line above that make a table part of its entry


def drop_inset_tables(lines: list[Line]) -> list[Line]:
    """A small table set in under an entry's title ("Year   Quota   Attainment   Rank" over
    "2025   $6.7M   129%   #3 of 7"): figures of that entry, not entries of their own. Its
    heading row names the columns without a date; its rows have as many cells and start
    where it starts."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        cells = line.text.count(CELL_GAP) + 1
        above = out[-1] if out else None
        heading = (
            above is not None
            and cells >= MIN_TABLE_COLUMNS
            and line.box.x0 > above.box.x0 + INSET
            and find_date_range(line.text) is None
            and not BULLET_START.match(line.text)
        )
        end = index + 1
        while heading and end < len(lines):
            row = lines[end]
            if abs(row.box.x0 - line.box.x0) > 2 or row.text.count(CELL_GAP) + 1 != cells:
                break
            end += 1
        if heading and end > index + 1:
            index = end  # the heading row and its rows
            continue
        out.append(line)
        index += 1
    return out


_PLURAL_MARK = re.compile(r"\((?:s|e|es|x)\)")


def _without_headings(lines: list[Line]) -> list[Line]:
    """The lines without a table's heading rows, nor the wrapped ends of their cells ("Sl." over
    "No"): column titles alone on the line right under a heading row."""
    out: list[Line] = []
    heading = False
    for line in lines:
        if is_table_heading(line.text) or (heading and _titles_only(line.text)):
            heading = True
            continue
        heading = False
        out.append(line)
    return out


def _titles_only(text: str) -> bool:
    """Every word of the text a column title ("Concentration/ Major", "Sl. No")."""
    words = [word for word in _TITLE_SPLIT.split(text.strip().casefold()) if word]
    return bool(words) and all(word in COLUMN_TITLES for word in words)


_TITLE_SPLIT = re.compile(r"[\s/&]+")


def is_table_heading(text: str) -> bool:
    """ "Degree   Institute   Year   %": two or more cells, each a column title; the titles
    of a table's last column may share its cell ("Công ty / Vị trí / Mô tả công việc")."""
    cells = [cell.strip().casefold() for cell in _GAPS.split(text) if cell.strip()]
    if len(cells) == 1 and (" / " in text or ", " in text):
        cells = [cell.strip() for cell in re.split(r" / |, ", cells[0])]
    return len(cells) >= 2 and all(_titles_only(_PLURAL_MARK.sub("", cell)) for cell in cells)


def _columns_apart(lines: list[Line]) -> bool:
    """Lines of more than one cell, and no two cells overlapping horizontally."""
    spans = sorted((line.box.x0, line.box.x1) for line in lines)
    cells: list[list[float]] = []
    for x0, x1 in spans:
        if cells and x0 <= cells[-1][0] + 3:
            cells[-1][1] = max(cells[-1][1], x1)
        elif cells and x0 < cells[-1][1] - 1:
            return False
        else:
            cells.append([x0, x1])
    return len(cells) > 1


def join_wrapped_cells(lines: list[Line]) -> list[Line]:
    """A table row whose cell wrapped ("B.Tech (Information" / "Technology)" beside
    "Kalinga Institute … 2016"): lines that overlap vertically in side-by-side cells become one
    row, each cell's lines joined top to bottom, cells left to right."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        band = [lines[index]]
        top, bottom = lines[index].box.y0, lines[index].box.y1
        while index + len(band) < len(lines):
            following = lines[index + len(band)]
            if following.box.y0 >= bottom - 0.5 or following.box.y1 <= top + 0.5:
                break
            band.append(following)
            top, bottom = min(top, following.box.y0), max(bottom, following.box.y1)
        if len(band) >= 3 and _columns_apart(band):
            out.append(_row_of_cells(band))
        else:
            out.append(band[0])
            band = band[:1]
        index += len(band)
    return out


def _row_of_cells(band: list[Line]) -> Line:
    cells: list[list[Line]] = []
    for line in sorted(band, key=lambda item: item.box.x0):
        if cells and line.box.x0 <= cells[-1][0].box.x0 + 3:
            cells[-1].append(line)
        else:
            cells.append([line])
    texts = [
        " ".join(ln.text for ln in sorted(cell, key=lambda item: item.box.y0)) for cell in cells
    ]
    first = cells[0][0]
    return Line(
        text=CELL_GAP.join(texts),
        box=Box.around([line.box for line in band]),
        font_size=first.font_size,
        bold=first.bold,
    )


# A title cell left open: it ends on a separator between its fields.
OPEN_TITLE = re.compile(r"(?:,|\s[\u00b7|\u2022\u2013\u2014-])\s*$")
MAX_TITLE_TAIL_WORDS = 6
# Legal forms that read the same as a plain word once title-cased ("As", "Co") only count
# with a dot or capitals inside.
_PLAIN_LEGAL = frozenset({"ltd", "inc", "corp", "pty", "pte", "plc", "limited", "incorporated"})


def join_wrapped_titles(lines: list[Line]) -> list[Line]:
    """ "Responsable · Sierra Morena Logística   marzo 2021 - mayo 2024" / "S.L. · Córdoba":
    the title cell beside a date wrapped, so its tail joins it before the date.

    The tail is a short line right under the row, starting where it starts, and the title
    was left open (ending on a separator) or the tail opens with a legal form."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        title, gap, dates = previous.text.rpartition(CELL_GAP) if previous else ("", "", "")
        if (  # the cheap tests first: most lines fail one of them
            previous is None
            or not gap
            or abs(line.box.x0 - previous.box.x0) > 2
            or line.box.y0 - previous.box.y1 > previous.box.height
            or CELL_GAP in line.text
            or len(line.text.split()) > MAX_TITLE_TAIL_WORDS
            or not (OPEN_TITLE.search(title) or _opens_with_legal_form(line.text))
            or BULLET_START.match(line.text)
            or not is_date_cell(dates)
            or is_date_cell(line.text)
        ):
            out.append(line)
            continue
        tail = line.text.strip()
        out[-1] = Line(
            text=f"{title.rstrip()} {tail}{CELL_GAP}{dates.strip()}",
            box=Box.around([previous.box, line.box]),
            font_size=previous.font_size,
            bold=previous.bold,
        )
    return out


def _opens_with_legal_form(text: str) -> bool:
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if first.lower() not in LEGAL_SUFFIXES:
        return False
    return "." in first or any(ch.isupper() for ch in first[1:]) or first.lower() in _PLAIN_LEGAL


def join_open_rows(lines: list[Line]) -> list[Line]:
    """ "Professor, Univ of X, City, ST," / "2024-present" → one row: a comma leaves it open.

    The next row carries on unless it opens with a bullet or starts left of the open row. A
    bracket left open carries on into the row that closes it, and a list that filled the
    line into a short row under it ("Main Courses: Data Structures, …, Java" / "Programming").
    """
    right = max((line.box.x1 for line in lines), default=0.0)
    # Where most lines reach the same right edge, their boxes are the page's, not the text's
    # (Word documents): no line's width tells where it wrapped.
    measured = sum(abs(line.box.x1 - right) < 1 for line in lines) <= max(1, len(lines) // 2)
    out: list[Line] = []
    last: Line | None = None  # the line `out[-1]` ends with, as printed
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and (
            (
                OPEN_END.search(previous.text)
                and not BULLET_START.match(line.text)
                and line.box.x0 >= previous.box.x0 - 2
            )
            or _list_wrapped(previous, line, right)
            or _bracket_wrapped(previous, line)
            or (measured and last is not None and _narrow_wrapped(last, line, right))
        ):
            out[-1] = Line(
                text=f"{previous.text.rstrip()} {line.text.strip()}",
                box=Box.around([previous.box, line.box]),
                font_size=previous.font_size,
                bold=previous.bold,
            )
        else:
            out.append(line)
        last = line
    return out


def _bracket_wrapped(previous: Line, line: Line) -> bool:
    """ "S1 Manajemen, Universitas Diponegoro (IPK" / "3,41/4,00)": a bracket the next row
    closes."""
    return previous.text.count("(") > previous.text.count(")") and line.text.count(
        ")"
    ) > line.text.count("(")


MIN_LIST_COMMAS = 3
MAX_LIST_TAIL_WORDS = 2


_LABELLED = re.compile(r"^\s*[^\W\d_][\w.\s/-]{0,30}:\s")  # "Specialisation: Informatika"
WRAP_SLACK = 0.5  # how far past the widest line a column may reach, in ems
# A sidebar's width at most, in ems: only there is the widest line a fair guess at the edge.
NARROW_COLUMN_EMS = 22


def _narrow_wrapped(previous: Line, line: Line, right: float) -> bool:
    """A name that a narrow column wrapped ("Kellogg School of" / "Management, Northwestern"
    / "University"): a line in the same type right under the one before it, starting where
    it starts, whose first word would not have fit at the end of that line. The column's
    edge is its widest line's, so this is tried only in a narrow column (a sidebar), where
    lines run close to it."""
    size = previous.font_size or 0.0
    if (
        not same_type_below(previous, line)
        or right - previous.box.x0 > NARROW_COLUMN_EMS * size
        or abs(line.box.x0 - previous.box.x0) > 2
        or CELL_GAP in previous.text
        or CELL_GAP in line.text
        or previous.text.rstrip().endswith((".", ":", ";", ","))
        or _LABELLED.match(line.text)
        or BULLET_START.match(line.text)
        or BULLET_START.match(previous.text)
    ):
        return False
    text = line.text.strip()
    # A break a writer makes starts a field of its own; a wrap leaves the name open, its
    # last word alone or its rest in lower case.
    if not (ends_open(previous.text) or len(text.split()) == 1 or text[:1].islower()):
        return False
    first_word = text.split()[0] if text else ""
    first_width = line.box.width * len(first_word) / max(len(text), 1)
    if previous.box.x1 + 0.25 * size + first_width <= right + WRAP_SLACK * size:
        return False  # the word would have fit: the line broke on purpose
    return find_date_range(previous.text) is None and find_date_range(text) is None


def _list_wrapped(previous: Line, line: Line, right: float) -> bool:
    """A comma list that ran to the right edge, and under it, where it starts, a word or two
    with no stop, colon or date: the list's last item, wrapped."""
    size = previous.font_size or 10.0
    return (
        previous.text.count(",") >= MIN_LIST_COMMAS
        and previous.box.x1 >= right - 2 * size
        and abs(line.box.x0 - previous.box.x0) <= 2
        and len(line.text.split()) <= MAX_LIST_TAIL_WORDS
        and not previous.text.rstrip().endswith((".", ":", ";"))
        and not any(ch in line.text for ch in ":|,.")
        and CELL_GAP not in line.text
        and find_date_range(line.text) is None
    )


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
    box = Box.around([row.box, *(cell.box for cell in cells)])
    return Line(text=text, box=box, font_size=row.font_size, bold=row.bold)


def join_wrapped_ranges(lines: list[Line]) -> list[Line]:
    """ "Oct 2021 to Engineer" / "Current Acme" → "Oct 2021 - Current Engineer" / "Acme"."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        thrice = (
            join_range_over_three(line.text, lines[index + 1].text, lines[index + 2].text)
            if index + 2 < len(lines) and CELL_GAP in line.text
            else None
        )
        joined = thrice or (
            join_wrapped_range(line.text, lines[index + 1].text) if index + 1 < len(lines) else None
        )
        if joined is None:
            out.append(line)
            index += 1
            continue
        first, second = joined
        out.append(replace(line, text=first))
        if second:
            out.append(replace(lines[index + 1], text=second))
        index += 3 if thrice else 2
    return out
