"""Layout-generic entry segmentation: date anchors, table rows and column gaps.

Each case is a layout the rules once got wrong (the "holdout-5" and "holdout-6" rounds):
a long header line made prose by its length, a table whose cells were glued together, a
table cell that wrapped, a sidebar line that dragged the main column into the page header.
"""

from __future__ import annotations

import pytest

from resume_processor.pipeline.extract.reading_order import Run, Style, page_lines
from resume_processor.pipeline.layout import CELL_GAP, Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.contact import find_location
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.entries import anchor_headers, group_entries, prepare
from resume_processor.pipeline.structure.local import LocalStructurer, labelled_name
from resume_processor.pipeline.structure.records import to_education, to_work
from resume_processor.pipeline.structure.rows import (
    is_table_heading,
    join_wrapped_cells,
    reassemble,
)


def stacked(*texts: str, x: float = 72.0) -> list[Line]:
    return [Line(text, Box(x, 14.0 * i, 480.0, 14.0 * i + 10)) for i, text in enumerate(texts)]


def test_a_long_header_line_above_a_date_line_is_a_header_not_prose() -> None:
    entries = group_entries(
        stacked(
            "University of Minnesota Duluth, Duluth, MN \u2014 Bachelor of Science in Journalism",
            "AUGUST 2011 - MAY 2015",
            "GPA: 3.8",
        )
    )
    assert len(entries) == 1
    school = to_education(entries[0])
    assert (school.institution, school.studyType, school.area) == (
        "University of Minnesota Duluth",
        "Bachelor of Science",
        "Journalism",
    )
    assert (school.startDate, school.endDate, school.score) == ("2011-08", "2015-05", "3.8")


def test_date_anchor_marks_only_its_neighbours_and_never_a_sentence() -> None:
    items = anchor_headers(
        [
            prepare(line)
            for line in stacked(
                "Grew the newsletter list from 2,300 to 9,100 subscribers in one year.",
                "Prairie Lantern Coffee Roasters, Duluth, MN \u2014 Program Assistant and Editor",
                "DECEMBER 2019 - FEBRUARY 2022",
                "Coordinated 30+ volunteers for the annual fundraising gala.",
            )
        ]
    )
    assert [item.anchored for item in items] == [False, True, False, False]
    assert [item.detail for item in items] == [True, False, False, True]


def test_employer_keeps_its_name_when_its_town_follows_it() -> None:
    entries = group_entries(
        stacked(
            "Sweetgrass Food Co-op, Duluth, MN \u2014 Community Manager",
            "MAY 2022 - FEBRUARY 2024",
            "Managed a $40K seasonal advertising budget across four channels.",
        )
    )
    job = to_work(entries[0])
    assert (job.name, job.position, job.startDate, job.endDate) == (
        "Sweetgrass Food Co-op",
        "Community Manager",
        "2022-05",
        "2024-02",
    )
    assert (job.model_extra or {}).get("location") == "Duluth, MN"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Team Lead @ Wharfedale Brewing Co (Apr '21 - present)", "2021-04", None),
        ("BA Business @ Bradford College ('15 - '18)", "2015", "2018"),
        ("Marzo 2019 - Actualidad", "2019-03", None),
        ("septiembre de 2017 \u2013 junio de 2020", "2017-09", "2020-06"),
        ("Jun 2021 \u2013 Till Date", "2021-06", None),
        ("09/2021 10/2023 Senior Consultant", "2021-09", "2023-10"),  # OCR lost the dash
    ],
)
def test_date_ranges_in_more_of_the_ways_resumes_write_them(
    text: str, start: str, end: str | None
) -> None:
    found = find_date_range(text)
    assert found is not None
    assert found.is_range
    assert (found.start, found.end) == (start, end)


def test_a_lone_number_after_a_year_is_no_range() -> None:
    found = find_date_range("Kalinga Institute 2016 68")
    assert found is not None
    assert (found.start, found.end, found.is_range) == ("2016", None, False)


def test_table_heading_rows_are_recognised_by_their_column_titles() -> None:
    assert is_table_heading(f"Organisation{CELL_GAP}Designation{CELL_GAP}Duration")
    assert is_table_heading("Degree | Institute | Year | %")
    assert not is_table_heading(f"Acme Corp{CELL_GAP}Engineer{CELL_GAP}2019 \u2013 2021")
    assert not is_table_heading("Education")  # a section title is one cell


def test_table_rows_become_entries_with_a_year_cell_and_a_score_cell() -> None:
    rows = stacked(
        CELL_GAP.join(("Degree", "Institute", "Year", "%")),
        CELL_GAP.join(("B.Tech (Information Technology)", "PSG College of Technology")),
        CELL_GAP.join(("HSC (XII)", "St. Aloysius Higher Secondary School", "2012", "80.00%")),
    )
    rows[1] = Line(rows[1].text + f"{CELL_GAP}2016{CELL_GAP}68.0%", rows[1].box)
    schools = [to_education(entry) for entry in group_entries(rows)]
    assert [(s.studyType, s.area, s.institution, s.endDate, s.score) for s in schools] == [
        ("B.Tech", "Information Technology", "PSG College of Technology", "2016", "68.0%"),
        ("HSC", "XII", "St. Aloysius Higher Secondary School", "2012", "80.00%"),
    ]


def test_a_wrapped_table_cell_joins_its_row() -> None:
    band = [
        Line("B.Tech (Information", Box(48, 741.7, 130, 751.0)),
        Line(f"Kalinga Institute of Technology{CELL_GAP}2016", Box(190, 749.5, 480, 758.8)),
        Line("Technology)", Box(48, 757.3, 110, 766.8)),
        Line("HSC (XII)   St. Aloysius School   2012", Box(48, 772.9, 480, 782.3)),
    ]
    joined = join_wrapped_cells(band)
    assert [line.text for line in joined] == [
        f"B.Tech (Information Technology){CELL_GAP}Kalinga Institute of Technology{CELL_GAP}2016",
        "HSC (XII)   St. Aloysius School   2012",
    ]


def test_lines_of_one_column_that_merely_touch_are_no_table_row() -> None:
    # Tight leading: the boxes overlap a little, but every line starts at the same x.
    tight = [Line(f"line {i}", Box(72, 10.0 * i, 300, 10.0 * i + 11)) for i in range(4)]
    assert join_wrapped_cells(tight) == tight
    assert reassemble(tight) == tight


def _run(text: str, x0: float, baseline: float, size: float = 10.0) -> Run:
    width = 0.55 * size * len(text)
    return Run(
        text=text,
        x0=x0,
        top=baseline - size,
        x1=x0 + width,
        bottom=baseline,
        baseline=baseline,
        size=size,
        chars=len(text),
        styles=[Style(size=size, bold=False, chars=len(text))],
    )


def test_runs_apart_on_one_line_keep_a_column_gap_words_do_not() -> None:
    runs = [
        _run("Sahyadri Infotech Pvt. Ltd.", 48, 100),
        _run("Software Engineer", 260, 100),
        _run("Jun 2021 \u2013 Present", 420, 100),
        _run("Data", 48, 120),
        _run("Engineer", 73, 120),
    ]
    assert [line.text for line in page_lines(runs, 595)] == [
        f"Sahyadri Infotech Pvt. Ltd.{CELL_GAP}Software Engineer{CELL_GAP}Jun 2021 \u2013 Present",
        "Data Engineer",
    ]
    job = to_work(group_entries(page_lines(runs, 595)[:1])[0])
    assert (job.name, job.position, job.startDate) == (
        "Sahyadri Infotech Pvt. Ltd.",
        "Software Engineer",
        "2021-06",
    )


def _centred(text: str, centre: float, baseline: float, size: float = 8.8) -> Run:
    return _run(text, centre - 0.55 * size * len(text) / 2, baseline, size)


def test_a_centred_table_row_wrapped_in_several_cells_reads_whole() -> None:
    # A Bangladeshi "Academic Qualification" table: every cell centred in its column, the
    # degree, the institute and the result wrapped under their own cells.
    centres = (110, 230, 340, 445, 515)
    rows = (
        (622, ("Bachelor of Business", "Finance", "University of Dhaka", "CGPA 3.58 out", "2018")),
        (634.5, ("Administration (BBA)", None, None, "of 4.00", None)),
        (654, ("HSC", "Business Studies", "Adamjee Cantonment", "GPA 5.00 out of", "2013")),
        (666.5, (None, None, "College", "5.00", None)),
    )
    runs = [_run("Academic Qualification:", 58, 600, 10.5)]
    for baseline, cells in rows:
        runs += [_centred(t, c, baseline) for t, c in zip(cells, centres, strict=True) if t]
    assert [line.text for line in page_lines(runs, 595)] == [
        "Academic Qualification:",
        CELL_GAP.join(
            (
                "Bachelor of Business Administration (BBA)",
                "Finance",
                "University of Dhaka",
                "CGPA 3.58 out of 4.00",
                "2018",
            )
        ),
        CELL_GAP.join(
            (
                "HSC",
                "Business Studies",
                "Adamjee Cantonment College",
                "GPA 5.00 out of 5.00",
                "2013",
            )
        ),
    ]


def test_a_wide_sidebar_line_does_not_pull_the_main_column_into_the_header() -> None:
    # The sidebar's e-mail line reaches past the first gutter a scan would try; the section
    # titles of both columns share a baseline and must still land in different columns.
    runs = [_run("Dashiell Merriweather", 224, 50, 25)]
    runs += [_run("CONTACT", 25, 186, 12), _run("EXPERIENCE", 224, 186, 12)]
    runs.append(_run("dashiell@merriweather.design", 25, 216, 9))  # ends at x = 164
    runs += [_run(f"Sidebar skill {i}", 25, 240 + 20 * i, 8.5) for i in range(6)]
    runs += [_run(f"Main column line {i} of the timeline", 246, 216 + 14 * i, 9) for i in range(9)]
    texts = [line.text for line in page_lines(runs, 595)]
    assert "CONTACT" in texts
    assert "EXPERIENCE" in texts
    assert texts.index("EXPERIENCE") == texts.index("Main column line 0 of the timeline") - 1


def test_a_labelled_name_in_a_personal_details_block() -> None:
    rows = stacked(
        "CURRICULUM VITAE",
        "PERSONAL DETAILS",
        f"Name:{CELL_GAP}Jyotsna Ranganathan",
        f"Email:{CELL_GAP}jyotsna.r@example.com",
    )
    assert labelled_name(rows) == "Jyotsna Ranganathan"
    assert labelled_name(stacked("Company name: Acme Corp", "Name of project: Atlas")) is None
    page = Page(number=1, width=595, height=842, lines=rows)
    resume = LocalStructurer().structure(LayoutDocument(pages=[page], engine="test"))
    assert resume["basics"]["name"] == "Jyotsna Ranganathan"


def test_an_icon_before_the_place_is_not_part_of_the_city() -> None:
    found = find_location(["\u2302 Adelaide, SA, Australia"])
    assert found is not None
    assert (found.city, found.countryCode) == ("Adelaide", "AU")
