"""Academic CVs and functional resumes: appointments as work, one-line "Position, Organisation,
Place, dates" entries, trailing honours and grades, school lines that start an education entry,
and list items wrapped onto the next line (the "holdout-4" generalisation)."""

from __future__ import annotations

from typing import Any

import pytest

from resume_processor.pipeline.extract.text import extract_text
from resume_processor.pipeline.layout import Box, Line
from resume_processor.pipeline.structure.entries import group_entries, prepare
from resume_processor.pipeline.structure.lists import join_wrapped_items, parse_skills
from resume_processor.pipeline.structure.local import LocalStructurer
from resume_processor.pipeline.structure.records import to_education, to_work
from resume_processor.pipeline.structure.rows import join_open_rows
from resume_processor.pipeline.structure.sections import Kind, guess_kind, heading_kind


def lines(*texts: str, bold: tuple[bool, ...] = ()) -> list[Line]:
    return [
        Line(text, Box(72.0, 12.0 * i, 500.0, 12.0 * i + 10), bold=bold[i] if bold else None)
        for i, text in enumerate(texts)
    ]


def structure_text(text: str) -> dict[str, Any]:
    return LocalStructurer().structure(extract_text(text.encode()))


@pytest.mark.parametrize(
    "title",
    [
        "appointments",
        "academic appointments",
        "professional appointments",
        "positions",
        "positions held",
        "employment",
    ],
)
def test_appointment_headings_are_work(title: str) -> None:
    assert heading_kind(title) is Kind.WORK


def test_made_up_appointment_heading_is_work_not_education() -> None:
    assert guess_kind("academic and clinical appointments") is Kind.WORK


@pytest.mark.parametrize("title", ["publications", "honors and awards", "teaching"])
def test_academic_sections_that_are_not_jobs(title: str) -> None:
    assert (heading_kind(title) or guess_kind(title)) is Kind.OTHER


def test_one_line_appointments_are_one_job_each() -> None:
    entries = group_entries(
        lines(
            "Reader in Geology, Castlemoor University, Dunmere, OR, 2019\u2013present",
            "Lecturer in Geology, Castlemoor University, Dunmere, OR, 2015\u20132019",
            "Research Fellow, Institute of Earth Studies, Pellham, WA, 2012\u20132015",
        )
    )
    jobs = [to_work(entry) for entry in entries]
    assert [(j.position, j.name, j.startDate, j.endDate) for j in jobs] == [
        ("Reader in Geology", "Castlemoor University", "2019", None),
        ("Lecturer in Geology", "Castlemoor University", "2015", "2019"),
        ("Research Fellow", "Institute of Earth Studies", "2012", "2015"),
    ]


def test_row_ending_on_a_comma_joins_the_row_it_wrapped_onto() -> None:
    joined = join_open_rows(lines("Reader in Geology, Castlemoor University, Dunmere, OR,", "2019"))
    assert [line.text for line in joined] == [
        "Reader in Geology, Castlemoor University, Dunmere, OR, 2019"
    ]
    assert len(join_open_rows(lines("Skills: Python,", "\u2022 Led a team"))) == 2


def test_wrapped_appointment_keeps_its_dates_and_the_next_job() -> None:
    entries = group_entries(
        lines(
            "Reader in Geology, Castlemoor University, Dunmere, OR,",
            "2019\u2013present",
            "Lecturer in Geology, Castlemoor University, Dunmere, OR, 2015\u20132019",
        )
    )
    assert [(to_work(e).position, to_work(e).startDate) for e in entries] == [
        ("Reader in Geology", "2019"),
        ("Lecturer in Geology", "2015"),
    ]


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("B.A. in History, Castlemoor University, 2009, summa cum laude", "summa cum laude"),
        ("B.A. in History, Castlemoor University, 2009, magna cum laude", "magna cum laude"),
        ("B.A. in History, Castlemoor University, 2009 (with distinction)", "with distinction"),
        ("BA History, Castlemoor University, 2009, First Class Honours", "First Class Honours"),
        ("B.A. in History, Castlemoor University, 2009 (GPA 3.8)", "GPA 3.8"),
    ],
)
def test_trailing_honour_or_grade_does_not_hide_the_date(line: str, note: str) -> None:
    item = prepare(Line(line, Box(72.0, 0.0, 500.0, 10.0)))
    assert item.dates is not None
    assert item.dates.start == "2009"
    assert item.note == note
    education = to_education(group_entries(lines(line))[0])
    assert education.institution == "Castlemoor University"
    assert education.endDate == "2009"
    assert education.score == ("3.8" if note.startswith("GPA") else note)


def test_a_grade_line_of_its_own_is_left_alone() -> None:
    assert prepare(Line("Final grade: 110/110", Box(72.0, 0.0, 500.0, 10.0))).note is None


def test_one_line_degree_with_honour_is_its_own_entry() -> None:
    entries = group_entries(
        lines(
            "Ph.D. in History, Castlemoor University, 2015",
            "M.A. in History, Castlemoor University, 2011",
            "B.A. in History, Pellham College, 2009, summa cum laude",
        )
    )
    degrees = [to_education(entry) for entry in entries]
    assert [(d.studyType, d.institution, d.endDate) for d in degrees] == [
        ("Ph.D.", "Castlemoor University", "2015"),
        ("M.A.", "Castlemoor University", "2011"),
        ("B.A.", "Pellham College", "2009"),
    ]


@pytest.mark.parametrize("second_year", [" 2016", ""])
def test_each_school_line_starts_an_education_entry(second_year: str) -> None:
    entries = group_entries(
        lines(
            "Castlemoor University \u2014 Dunmere, OR",
            "M.B.A. in Finance, 2018",
            "Pellham College \u2014 Pellham, WA",
            f"B.A. in Economics{',' if second_year else ''}{second_year}",
            bold=(True, False, True, False),
        )
    )
    degrees = [to_education(entry) for entry in entries]
    assert [(d.institution, d.studyType, d.area) for d in degrees] == [
        ("Castlemoor University", "M.B.A.", "Finance"),
        ("Pellham College", "B.A.", "Economics"),
    ]
    assert degrees[0].endDate == "2018"


def test_school_named_twice_in_a_row_is_one_entry() -> None:
    entries = group_entries(
        lines("University of Dunmere", "School of Engineering", "BSc Geology, 2014\u20132018")
    )
    assert len(entries) == 1


def test_list_item_wrapped_onto_the_next_line_is_one_skill() -> None:
    wrapped = ["Budgeting, Vendor management, Space", "planning, Safety compliance"]
    assert join_wrapped_items(wrapped) == [
        "Budgeting, Vendor management, Space planning, Safety compliance"
    ]
    names = [skill.name for skill in parse_skills(wrapped)]
    assert names == ["Budgeting", "Vendor management", "Space planning", "Safety compliance"]
    assert [s.name for s in parse_skills(["\u2022 Space", "planning"])] == ["Space planning"]


@pytest.mark.parametrize(
    "texts",
    [
        ["Python", "pandas", "numpy"],  # one item a line, lower-case names
        ["Python, Go,", "rust, numpy"],  # the line ended on a separator: a new item
        ["\u2022 Python", "\u2022 numpy"],
    ],
)
def test_lines_that_are_items_of_their_own_are_not_joined(texts: list[str]) -> None:
    assert join_wrapped_items(texts) == texts


def test_academic_cv_end_to_end() -> None:
    data = structure_text(
        "\n".join(
            [
                "Morwenna Tregarth",
                "morwenna@example.org",
                "",
                "Academic Appointments",
                "Reader in Geology, Castlemoor University, Dunmere, OR, 2019\u2013present",
                "Lecturer in Geology, Castlemoor University, Dunmere, OR, 2015\u20132019",
                "",
                "Education",
                "Ph.D. in Geology, Pellham College, 2015",
                "B.S. in Geology, Pellham College, 2010, magna cum laude",
                "",
                "Publications",
                "[1] Tregarth, M. (2020). Sediments of the coast. Geology, 12, 40.",
                "",
                "Teaching",
                "Introduction to Geology (undergraduate), 2015\u2013present",
                "",
                "Honors and Awards",
                "Early Career Award, Society for Geology, 2018",
            ]
        )
    )
    assert [(w["position"], w["name"]) for w in data["work"]] == [
        ("Reader in Geology", "Castlemoor University"),
        ("Lecturer in Geology", "Castlemoor University"),
    ]
    assert [(e["studyType"], e["endDate"]) for e in data["education"]] == [
        ("Ph.D.", "2015"),
        ("B.S.", "2010"),
    ]
    assert data["education"][1]["score"] == "magna cum laude"
