"""Reading order shared by the PDF and OCR extractors: runs → column groups → lines.

A run is text on one baseline with no wide gap in it (a word group, never two columns).
Both the pdfium text layer and Tesseract's words are reduced to runs, so one set of rules
decides what is a header, a sidebar and a line for every extractor.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise

from resume_processor.pipeline.layout import CELL_GAP, Box, Line

MIN_COLUMN_RUNS = 5
# A left column with this many times the right one's text, and a right column narrower than
# this share of the left one, are a main column and its sidebar.
MAIN_COLUMN_SHARE = 1.5
SIDEBAR_WIDTH_SHARE = 0.7
MIN_COLUMN_SHARE = 0.15
# A sidebar with less text than that (a few short cards: "Profiles", "Languages") is still a
# column when its lines keep their own baselines, not the other side's as labels and dates do.
MIN_SIDEBAR_SHARE = 0.06
MAX_SIDEBAR_SHARED = 0.2
SIDEBAR_SPACING = 2.0
GUTTER_STEP = 2
# A right "column" most of whose runs share a baseline (within SAME_BASELINE points) with a
# run on the left is the right half of a grid, read row by row.
MAX_SHARED_BASELINES = 0.6
SAME_BASELINE = 1.0
# A left "column" this share of whose runs hold a year is a date gutter: rows, not a sidebar
# (sidebars in the evaluation set stay at or below an eighth).
DATE_GUTTER_SHARE = 0.35
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A left "column" whose every line shares a baseline with a run on the right or has the row
# to itself (titles, field labels and dates beside their values: a Turkish "özgeçmiş") is the
# first cell of each row. A sidebar's lines sit between the main column's: at most this share
# of them may, and at least this many lines must share a baseline, for a label column.
MAX_INTERLEAVED_SHARE = 0.05
MIN_LABEL_ROWS = 6


@dataclass(slots=True)
class Style:
    size: float
    bold: bool | None
    chars: int


@dataclass(slots=True)
class Run:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    baseline: float
    size: float
    chars: int
    styles: list[Style] = field(default_factory=list)


def column_groups(runs: list[Run], page_width: float) -> list[list[Run]]:
    """Split a two-column page at its gutter: full-width header runs, then left, then right."""
    if len(runs) < MIN_COLUMN_RUNS * 2:
        return [runs]
    total = sum(run.chars for run in runs)
    ends = sorted(run.x1 for run in runs)
    starts = sorted(run.x0 for run in runs)
    end_chars = _prefix_chars(sorted(runs, key=lambda r: r.x1))
    start_chars = _prefix_chars(sorted(runs, key=lambda r: r.x0))
    floor = MIN_SIDEBAR_SHARE * total
    tried: set[tuple[int, int]] = set()
    best: list[list[Run]] | None = None
    limit = page_width * 0.75
    for gutter in range(int(page_width * 0.25), int(page_width * 0.75), GUTTER_STEP):
        if gutter >= limit:
            break
        left_count, right_from = bisect_right(ends, gutter), bisect_left(starts, gutter)
        # Necessary before the header is taken out: enough runs and text on both sides.
        if left_count < MIN_COLUMN_RUNS or len(runs) - right_from < MIN_COLUMN_RUNS:
            continue
        if end_chars[left_count] < floor or total - start_chars[right_from] < floor:
            continue
        # Gutters between the same run edges split the runs the same way; test each split once.
        if (left_count, right_from) in tried:
            continue
        tried.add((left_count, right_from))
        groups = _split_at(runs, gutter, total, starts[right_from])
        if groups is not None and (best is None or _header_size(groups) < _header_size(best)):
            # A wider sidebar line can cross the first gutter found and drag the rows beside
            # it into the header; a gutter further right, up to the right column, may not.
            # Where most of that column's lines start: a place right-aligned in the left
            # column ("Cork, Ireland" beside a degree's dates) starts no column.
            best = groups
            if not _header_size(best):
                break
            limit = min(limit, _usual_start(groups[-1]))
    return best if best is not None else [runs]


def _usual_start(runs: list[Run]) -> float:
    """The x where the median run of a column starts."""
    return sorted(run.x0 for run in runs)[len(runs) // 2]


def _header_size(groups: list[list[Run]]) -> int:
    return len(groups[0]) if len(groups) == 3 else 0


def _prefix_chars(runs: list[Run]) -> list[int]:
    sums = [0]
    for run in runs:
        sums.append(sums[-1] + run.chars)
    return sums


# A sidebar title may reach a little into the right column ("LICENSES & CERTIFICATIONS" in
# bold): up to this many ems and this share of its width past the column's left edge, with
# nothing on its line in the way, it stays in the left column. A title that reaches further
# spans both columns (a heading over a date gutter and its entries).
MAX_OVERHANG_EMS = 2.0
MAX_OVERHANG_SHARE = 0.08


def _split_at(
    runs: list[Run], gutter: int, total: int, right_edge: float
) -> list[list[Run]] | None:
    """`right_edge`: where the first run right of the gutter starts. Gutters up to it split
    the runs alike, so an overhang is measured from there, the same for all of them."""
    crossing = [run for run in runs if run.x0 < gutter < run.x1]
    overhanging = {id(run) for run in crossing if _overhangs(run, gutter, right_edge, runs)}
    header_bottom = max(
        (run.baseline for run in crossing if id(run) not in overhanging), default=-1.0
    )
    left = [
        run
        for run in runs
        if run.baseline > header_bottom and (run.x1 <= gutter or id(run) in overhanging)
    ]
    right = [run for run in runs if run.baseline > header_bottom and run.x0 >= gutter]
    if not _is_column_pair(left, right, total):
        return None
    header = [run for run in runs if run.baseline <= header_bottom]
    return [group for group in (header, left, right) if group]


def _overhangs(run: Run, gutter: int, right_edge: float, runs: list[Run]) -> bool:
    """The run ends just past the right column's edge and no run right of the gutter shares
    its line before its end."""
    overhang = run.x1 - right_edge
    if overhang > MAX_OVERHANG_EMS * run.size or overhang > MAX_OVERHANG_SHARE * (run.x1 - run.x0):
        return False
    return not any(
        other.x0 >= gutter
        and other.x0 < run.x1
        and other.top < run.bottom
        and other.bottom > run.top
        for other in runs
    )


def _is_column_pair(left: list[Run], right: list[Run], total: int) -> bool:
    # Both sides must hold real text (not a margin of dates) and run side by side.
    if min(len(left), len(right)) < MIN_COLUMN_RUNS:
        return False
    smaller = min(sum(r.chars for r in left), sum(r.chars for r in right))
    if smaller < MIN_SIDEBAR_SHARE * total:
        return False
    if smaller < MIN_COLUMN_SHARE * total and not _own_baselines(left, right):
        return False
    left_top, left_end = min(r.baseline for r in left), max(r.baseline for r in left)
    right_top, right_end = min(r.baseline for r in right), max(r.baseline for r in right)
    overlap = min(left_end, right_end) - max(left_top, right_top)
    if overlap <= 0.5 * min(left_end - left_top, right_end - right_top):
        return False
    # Columns set their lines independently; cells of a grid (cards, right-aligned dates)
    # sit on the baselines of the text left of them.
    baselines = sorted(run.baseline for run in left)
    partnered = sum(_has_baseline(baselines, run.baseline) for run in right)
    if partnered > MAX_SHARED_BASELINES * len(right):
        return False
    # A left margin of dates beside the entries (a German "Lebenslauf" gutter) is the first
    # cell of each row, however many lines the entries wrap to: not a sidebar.
    dated = sum(YEAR.search(run.text) is not None for run in left)
    return dated < DATE_GUTTER_SHARE * len(left) and not _is_label_column(left, right)


def _own_baselines(left: list[Run], right: list[Run]) -> bool:
    """The side with less text is a column of its own: few of its runs share a baseline with
    the other side, and its lines stand as close as the other side's (a column of section
    titles, each beside the start of its section, stands far apart)."""
    small, large = sorted((left, right), key=lambda side: sum(r.chars for r in side))
    baselines = sorted(run.baseline for run in large)
    shared = sum(_has_baseline(baselines, run.baseline) for run in small)
    spacing = _line_spacing(small), _line_spacing(large)
    return shared <= MAX_SIDEBAR_SHARED * len(small) and spacing[0] <= SIDEBAR_SPACING * spacing[1]


def _line_spacing(runs: list[Run]) -> float:
    """The median distance between a side's consecutive baselines."""
    baselines = sorted({round(run.baseline, 1) for run in runs})
    gaps = sorted(b - a for a, b in pairwise(baselines))
    return gaps[len(gaps) // 2] if gaps else 0.0


def _is_label_column(left: list[Run], right: list[Run]) -> bool:
    """Each left line beside a right one on its baseline, or alone in its row; a date cell's
    wrapped end ("10/2022 -" / "01/2026") may sit between the right column's lines."""
    right_baselines = sorted(run.baseline for run in right)
    shared = interleaved = 0
    for run in left:
        reach = 0.8 * run.size  # a right line this close above or below overlaps this one
        low = bisect_left(right_baselines, run.baseline - reach)
        high = bisect_right(right_baselines, run.baseline + reach)
        near = right_baselines[low:high]
        if any(abs(baseline - run.baseline) <= SAME_BASELINE for baseline in near):
            shared += 1
        elif near and not _is_date_only([run]):
            interleaved += 1
    return shared >= MIN_LABEL_ROWS and interleaved <= MAX_INTERLEAVED_SHARE * len(left)


def _has_baseline(baselines: list[float], baseline: float) -> bool:
    index = bisect_left(baselines, baseline - SAME_BASELINE)
    return index < len(baselines) and baselines[index] <= baseline + SAME_BASELINE


def group_lines(runs: list[Run]) -> list[Line]:
    """Cluster runs sharing a baseline into lines, top to bottom, each left to right."""
    clusters: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.baseline, r.x0)):
        last = clusters[-1] if clusters else None
        # Within the smaller type's tolerance: a name in display type does not take in the
        # small address line set a few points above its baseline.
        size = min(run.size, last[0].size) if last is not None else run.size
        if last is not None and abs(run.baseline - last[0].baseline) <= 0.4 * max(size, 1.0):
            last.append(run)
        else:
            clusters.append([run])
    ordered = [
        piece
        for cluster in clusters
        for piece in _apart_by_size(sorted(cluster, key=lambda r: r.x0))
    ]
    lines = [_line(cluster) for cluster in read_side_by_side(join_wrapped_cells(ordered))]
    return [line for line in lines if line.text]


# Type this many times larger than the type across a wide gap on the same baseline is another
# block's: a name in display type beside the address block's first line.
APART_SIZE_RATIO = 1.5


def _apart_by_size(runs: list[Run]) -> list[list[Run]]:
    """A line's runs, cut at each wide gap between type of very different sizes ("Imène
    MESSAOUDÈNE" in 18 points beside "16050 Alger, Algérie" in 9): each side is a line. Only
    sizes a text layer states: OCR measures them from the ink, which varies word to word."""
    pieces = [[runs[0]]]
    for previous, run in pairwise(runs):
        small, large = sorted((previous.size, run.size))
        wide = run.x0 - previous.x1 > COLUMN_GAP_EMS * max(large, 1.0)
        stated = all(style.bold is not None for style in (*previous.styles, *run.styles))
        if wide and stated and large >= APART_SIZE_RATIO * max(small, 0.1):
            pieces.append([])
        pieces[-1].append(run)
    return pieces


# A table row's cell wrapped onto the line below: that line sits under an inner cell of a row
# of at least this many cells, no further below it than this many ems.
MIN_TABLE_CELLS = 3
WRAP_GAP_EMS = 0.9


def join_wrapped_cells(clusters: list[list[Run]]) -> list[list[Run]]:
    """A ruled table's row whose inner cells wrapped ("Assistant Project Manager (Capital" /
    "Works)" under the Role column, beside "Gloucester" in the next one): the wrapped words
    join the end of their cell, so the row reads whole.

    Inner cells, and the first one only when it was left open ("B.E. (Computer Science &" /
    "Engineering)"): other text under a row's first cell starts a new row. Text under its last
    cell is mostly the body beside a date gutter (or a right-aligned date); it joins the cell
    only when its first word would not have fit before the text's right edge ("Bachelor of
    Business" / "Administration (Finance)" in the Award column).

    A table whose cells are centred wraps them centred under their cell ("Adamjee Cantonment" /
    "College"): such a part joins when its first word would have pushed the cell past halfway
    to the next cell's centre. A line of two or more such parts, fewer than the row's cells, is
    a wrap of the whole row, its centred first cell included ("Bachelor of Business" /
    "Administration (BBA)" beside "of 4.00" under the Result column)."""
    left = min((run.x0 for cluster in clusters for run in cluster), default=0.0)
    right = max((run.x1 for cluster in clusters for run in cluster), default=0.0)
    out: list[list[Run]] = []
    row_end = 0.0  # where the row ended before any wrapped line joined it
    for cluster in clusters:
        row = out[-1] if out else None
        # A row that is itself the text's right edge leaves no room to tell a wrap by.
        edge = right if right > row_end + 1 else None
        merged = (
            _into_cells(row, cluster, edge, left)
            if row is not None and len(row) >= MIN_TABLE_CELLS
            else None
        )
        if merged is None:
            out.append(cluster)
            row_end = max(run.x1 for run in cluster)
        else:
            out[-1] = merged
    return out


_OPEN_CELL_END = re.compile(r"(?:[&,/-]|\b(?:and|of|in|for|und|et|y|e|de|du|des|da|do|di|del))$")


def _carries_on(cell: list[Run], part: list[Run]) -> bool:
    """The last cell of a table narrower than the text goes on below it: left open, or the
    line under it starts in lower case or with a bracket ("(ENA) de Niamey")."""
    start = part[0].text.lstrip()[:1]
    return _left_open(cell) or start.islower() or start == "("


def _left_open(cell: list[Run]) -> bool:
    """A first cell that cannot end there: an unclosed bracket or a dangling "&"."""
    text = " ".join(run.text.strip() for run in cell)
    return text.count("(") > text.count(")") or _OPEN_CELL_END.search(text) is not None


def _into_cells(
    row: list[Run], below: list[Run], right: float | None, left: float
) -> list[Run] | None:
    cells = _cells(row)
    if len(cells) < MIN_TABLE_CELLS:
        return None
    size = max(run.size for run in below)
    if below[0].top - max(run.bottom for run in row) > WRAP_GAP_EMS * size:
        return None
    parts = _cells(below)
    whole_row = MIN_WRAPPED_PARTS <= len(parts) < len(cells)
    targets: dict[int, list[Run]] = {}
    for part in parts:
        found = _cell_above(cells, part, size)
        if found is None:
            return None
        index, centred = found
        if index == 0 and not (_left_open(cells[0]) or (centred and whole_row)):
            return None
        if centred:
            if not _overflows_centred(cells, index, part[0], left, right):
                return None
            targets[index] = part
            continue
        # The cell's room ends where the next cell starts; the last cell's, at the text's right
        # edge, with no gap to keep from a next cell.
        if index < len(cells) - 1:
            edge = cells[index + 1][0].x0
            if part[-1].x1 > edge:
                return None
        elif _carries_on(cells[index], part):
            targets[index] = part  # "Université Abdou Moumouni de" / "Niamey"
            continue
        elif right is None:
            return None
        else:
            edge = right + COLUMN_GAP_EMS * part[0].size
        if _first_word_fits(part[0], edge - cells[index][-1].x1):
            return None  # the cell had room for more: the line below is a line of its own
        targets[index] = part
    joined = list(row)
    for index, part in targets.items():
        last = cells[index][-1]
        text = " ".join(run.text.strip() for run in part)
        # The last cell ends where its wrapped line does: a further line is measured from there.
        joined[joined.index(last)] = replace(
            last,
            text=f"{last.text.rstrip()} {text}",
            bottom=max(last.bottom, part[-1].bottom),
            x1=max(last.x1, part[-1].x1) if index == len(cells) - 1 else last.x1,
            chars=last.chars + sum(run.chars for run in part),
        )
    return joined


MIN_WRAPPED_PARTS = 2


def _centre(runs: list[Run]) -> float:
    return (runs[0].x0 + runs[-1].x1) / 2


def _cell_above(cells: list[list[Run]], part: list[Run], size: float) -> tuple[int, bool] | None:
    """The cell `part` sits under, and whether centred under it (rather than flush left)."""
    for index, cell in enumerate(cells):
        by_start = abs(cell[0].x0 - part[0].x0)
        by_centre = abs(_centre(cell) - _centre(part))
        if min(by_start, by_centre) <= ALIGNED_EMS * size:
            return index, by_centre <= by_start
    return None


def _overflows_centred(
    cells: list[list[Run]], index: int, run: Run, left: float, right: float | None
) -> bool:
    """Whether the centred cell, its text followed by the run's first word, would have crossed
    its column's edge: halfway to a neighbour's centre (the text's edge outside the first and
    the last), less half the gap cells keep."""
    centres = [_centre(cell) for cell in cells]
    centre = centres[index]
    low = (centres[index - 1] + centre) / 2 if index else left
    high = (centre + centres[index + 1]) / 2 if index < len(cells) - 1 else right
    word = _first_word_width(run)
    if word is None or high is None:
        return False
    half = (cells[index][-1].x1 - cells[index][0].x0 + word) / 2
    gap = COLUMN_GAP_EMS * run.size / 2
    return centre - half < low + gap or centre + half > high - gap


def _first_word_fits(run: Run, room: float) -> bool:
    """Whether the run's first word, and the space before it, would have fit in `room` points
    (less the gap a cell keeps from the next one): a wrapped cell is one that ran out of room."""
    word = _first_word_width(run)
    return word is not None and room - COLUMN_GAP_EMS * run.size > word


def _first_word_width(run: Run) -> float | None:
    """The width of the run's first word and the space before it, from its share of the
    run's characters; None for a blank run."""
    text = run.text.strip()
    if not text:
        return None
    return (run.x1 - run.x0) * (len(text.split()[0]) + 1) / len(text)


# Side-by-side boxes (two education cards in a grid): at least this many rows in a row cut by
# the same wide gap, the right cell starting in the middle band of the block's width.
MIN_SIDE_BY_SIDE_ROWS = 3
SIDE_BY_SIDE_BAND = (0.3, 0.7)
ALIGNED_EMS = 0.5
SIDE_BY_SIDE_LIKE = 0.6  # the narrower side's widest line, as a share of the wider side's


def _cells(runs: list[Run]) -> list[list[Run]]:
    """A line's runs grouped at the wide gaps that `_joined` marks with CELL_GAP."""
    cells = [[runs[0]]]
    for previous, run in pairwise(runs):
        if run.x0 - previous.x1 > COLUMN_GAP_EMS * max(previous.size, run.size, 1.0):
            cells.append([])
        cells[-1].append(run)
    return cells


def read_side_by_side(clusters: list[list[Run]]) -> list[list[Run]]:
    """Lines of two boxes printed side by side, read box by box instead of row by row.

    A stretch of consecutive lines, each cut in two by a wide gap at the same place near
    the middle, is two boxes, not rows of a table: a label/value table or a date gutter
    cuts its rows much further left, a right-aligned date does not start at one place.
    """
    out: list[list[Run]] = []
    index = 0
    while index < len(clusters):
        end = index
        while end < len(clusters) and _continues_pair(clusters[index:end], clusters[end]):
            end += 1
        if end - index >= MIN_SIDE_BY_SIDE_ROWS and _centred_gap(clusters[index:end]):
            pairs = [_cells(cluster) for cluster in clusters[index:end]]
            out += [pair[0] for pair in pairs] + [pair[1] for pair in pairs]
            index = end
        else:
            out.append(clusters[index])
            index += 1
    return out


def _continues_pair(block: list[list[Run]], cluster: list[Run]) -> bool:
    cells = _cells(cluster)
    # A label and its value ("Civil Status:   Single", "Civil Status   : Single") is a row.
    if len(cells) != 2 or cells[0][-1].text.rstrip().endswith(":"):
        return False
    if cells[1][0].text.lstrip().startswith(":"):
        return False
    if not block:
        return True
    first = _cells(block[0])
    size = max(run.size for run in cluster)
    previous = block[-1]
    close = cluster[0].top - max(run.bottom for run in previous) < 2.0 * size
    same_cut = abs(cells[1][0].x0 - first[1][0].x0) <= ALIGNED_EMS * size
    same_left = abs(cells[0][0].x0 - first[0][0].x0) <= ALIGNED_EMS * size
    return close and same_cut and same_left


def _centred_gap(block: list[list[Run]]) -> bool:
    """The cut sits mid-block and both sides are text of like width, not labels and values."""
    pairs = [_cells(cluster) for cluster in block]
    left = min(pair[0][0].x0 for pair in pairs)
    right = max(pair[1][-1].x1 for pair in pairs)
    cut = pairs[0][1][0].x0
    if not SIDE_BY_SIDE_BAND[0] <= (cut - left) / max(right - left, 1.0) <= SIDE_BY_SIDE_BAND[1]:
        return False
    if all(_is_date_only(pair[0]) for pair in pairs):
        return False  # a date gutter wrapped beside its entries ("2016   Johannes Kepler …")
    left_width = max(pair[0][-1].x1 - pair[0][0].x0 for pair in pairs)
    right_width = max(pair[1][-1].x1 - pair[1][0].x0 for pair in pairs)
    return min(left_width, right_width) >= SIDE_BY_SIDE_LIKE * max(left_width, right_width)


MAX_DATE_CELL_WORDS = 4


def _is_date_only(cell: list[Run]) -> bool:
    """A short cell holding a year: "2016", "September 2008 - Juni"."""
    text = " ".join(run.text for run in cell)
    return len(text.split()) <= MAX_DATE_CELL_WORDS and YEAR.search(text) is not None


def page_lines(runs: list[Run], page_width: float) -> list[Line]:
    lines: list[Line] = []
    for group in main_column_last(column_groups(runs, page_width)):
        lines.extend(join_hyphenated(group_lines(group)))
    return lines


def main_column_last(groups: list[list[Run]]) -> list[list[Run]]:
    """A narrow right-hand sidebar is read before the main column on its left, so that the
    main column's last section is still open when the next page carries it on. Columns of
    like width are a newspaper flow, read left then right."""
    if len(groups) < 2:
        return groups
    *head, left, right = groups
    narrow = _width(right) < SIDEBAR_WIDTH_SHARE * _width(left)
    if narrow and sum(r.chars for r in left) > MAIN_COLUMN_SHARE * sum(r.chars for r in right):
        return [*head, right, left]
    return groups


def _width(runs: list[Run]) -> float:
    return max(run.x1 for run in runs) - min(run.x0 for run in runs)


HYPHENATED = re.compile(r"(?<=[^\W\d_])[-\u00ad]$")
CONTINUATION = re.compile(r"^([^\W\d_A-Z]+)([,.;:)]?)(?:\s+|$)")


def join_hyphenated(lines: list[Line]) -> list[Line]:
    """Re-join a word split across two lines ("develop-" / "ment ...").

    Only when the next line starts with a lower-case word and sits right below in the same
    column, so a dash at the end of a title or a date range ("2019 -") is left alone.
    """
    out = list(lines)
    for index in range(len(out) - 1):
        line, below = out[index], out[index + 1]
        if not HYPHENATED.search(line.text):
            continue
        match = CONTINUATION.match(below.text)
        gap = below.box.y0 - line.box.y1
        height = max(line.box.height, 1.0)
        if match is None or not (-0.5 * height <= gap <= height) or below.box.x0 > line.box.x1:
            continue
        word = match.group(1) + match.group(2)
        rest = below.text[match.end() :]
        out[index] = replace(line, text=line.text[:-1] + word)
        out[index + 1] = replace(below, text=rest)
    return [line for line in out if line.text]


COLUMN_GAP_EMS = 1.5


def _joined(runs: list[Run]) -> str:
    """Runs in one line, joined by a space, or by CELL_GAP across a table or tab-stop gap."""
    parts = [" ".join(runs[0].text.split())]
    for previous, run in pairwise(runs):
        wide = run.x0 - previous.x1 > COLUMN_GAP_EMS * max(previous.size, run.size, 1.0)
        parts.append(CELL_GAP if wide else " ")
        parts.append(" ".join(run.text.split()))
    return "".join(parts).strip()


# Ordinal indicators are letters of their own in Spanish and Portuguese addresses ("3º B"),
# which NFKC would fold to a plain "o".
_ORDINALS = re.compile("([\u00aa\u00ba])")


def _folded(text: str) -> str:
    if "\u00aa" not in text and "\u00ba" not in text:
        return unicodedata.normalize("NFKC", text)
    return "".join(
        part if _ORDINALS.fullmatch(part) else unicodedata.normalize("NFKC", part)
        for part in _ORDINALS.split(text)
    )


def _line(runs: list[Run]) -> Line:
    joined = _joined(runs)
    # NFKC folds ligatures and full-width forms; plain ASCII has none, so skip the work.
    text = joined if joined.isascii() else _folded(joined)
    box = Box(
        x0=min(r.x0 for r in runs),
        y0=min(r.top for r in runs),
        x1=max(r.x1 for r in runs),
        y1=max(r.bottom for r in runs),
    )
    styles = [style for run in runs for style in run.styles]
    if len(styles) == 1:
        only = styles[0]
        return Line(text=text, box=box, font_size=round(only.size, 1), bold=only.bold)
    sizes: Counter[float] = Counter()
    bold_chars = chars = 0
    for style in styles:
        sizes[round(style.size, 1)] += style.chars
        chars += style.chars
        bold_chars += style.chars if style.bold else 0
    # The most common size by characters; a tie goes to the larger type.
    font_size = max(sizes, key=lambda size: (sizes[size], size)) if sizes else None
    bold = None if any(s.bold is None for s in styles) else bold_chars * 2 > chars
    return Line(text=text, box=box, font_size=font_size, bold=bold)
