"""General entry rules of the local parser: separators, date columns, letter-spaced headings,
title/employer vocabulary and degree-first education (the "holdout-2" generalisation)."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.layout import Box, Line
from resume_processor.pipeline.structure.dates import is_date_cell, join_wrapped_range
from resume_processor.pipeline.structure.entries import group_entries, prepare
from resume_processor.pipeline.structure.records import fragments, to_education, to_work
from resume_processor.pipeline.structure.rows import attach_date_cells
from resume_processor.pipeline.structure.sections import Kind, heading_key, heading_kind
from resume_processor.pipeline.structure.vocab import organisation_score, role_score


def lines(*texts: str) -> list[Line]:
    return [Line(text, Box(72.0, 12.0 * i, 400.0, 12.0 * i + 10)) for i, text in enumerate(texts)]


def work_of(*texts: str) -> tuple[str | None, str | None, str | None, str | None]:
    entries = group_entries(lines(*texts))
    assert len(entries) == 1
    work = to_work(entries[0])
    return work.name, work.position, work.startDate, work.endDate


@pytest.mark.parametrize(
    "header",
    [
        "Acme Corp | Senior Engineer | 03.2020 \u2013 11.2022",
        "Acme Corp \u00b7 Senior Engineer \u00b7 03/2020 - 11/2022",
        "Senior Engineer \u2022 Acme Corp \u2022 Mar 2020 \u2013 Nov 2022",
        "Acme Corp \u2014 Senior Engineer, Mar 2020 to Nov 2022",
        "Senior Engineer at Acme Corp (Mar 2020 \u2013 Nov 2022), Berlin",
        "Senior Engineer, Acme Corp    Mar 2020 - Nov 2022",
        "Mar 2020 \u2013 Nov 2022   Acme Corp   Senior Engineer",
        "Mar 2020 \u2013 Nov 2022 Acme Corp Senior Engineer",
        "Senior Engineer\tAcme Corp\tMar 2020 - Nov 2022",
    ],
)
def test_entry_header_separators_and_date_anywhere(header: str) -> None:
    assert work_of(header) == ("Acme Corp", "Senior Engineer", "2020-03", "2022-11")


def test_dates_on_the_adjacent_line_and_remote_is_a_place() -> None:
    entries = group_entries(
        lines("Kitewire \u2014 Solutions Engineer", "Jan 2019 to Mar 2021 \u00b7 Remote")
    )
    work = to_work(entries[0])
    assert (work.name, work.position, work.startDate, work.endDate) == (
        "Kitewire",
        "Solutions Engineer",
        "2019-01",
        "2021-03",
    )
    assert work.model_dump().get("location") == "Remote"


@pytest.mark.parametrize(
    ("first", "second", "name", "position"),
    [
        ("Zalando", "Sous Chef", "Zalando", "Sous Chef"),
        ("Paralegal", "Tallis & Rowe LLP", "Tallis & Rowe LLP", "Paralegal"),
        ("Helix Biotech AB", "Product Owner", "Helix Biotech AB", "Product Owner"),
        ("Registered Nurse", "Oakridge Hospital", "Oakridge Hospital", "Registered Nurse"),
    ],
)
def test_position_and_employer_told_apart_in_either_order(
    first: str, second: str, name: str, position: str
) -> None:
    assert work_of(f"{first} | {second} | 2019 - 2021")[:2] == (name, position)


def test_vocabulary_scores() -> None:
    assert role_score("Senior Data Engineer") > organisation_score("Senior Data Engineer")
    assert organisation_score("Crescent Retail LLC") > role_score("Crescent Retail LLC")
    assert organisation_score("Sundial Architects") > 0  # plural: a firm, not a role


def test_fragments_keep_legal_forms_and_split_on_at() -> None:
    assert fragments("Engineer, Acme, Inc.") == ["Engineer", "Acme, Inc."]
    assert fragments("Analyst at St. Mary's School") == ["Analyst", "St. Mary's School"]
    assert fragments("Lumen & Co \u2014 Designer") == ["Lumen & Co", "Designer"]


@pytest.mark.parametrize(
    ("title", "key", "kind"),
    [
        ("E X P E R I E N C E", "experience", Kind.WORK),
        ("W O R K E X P E R I E N C E", "work experience", Kind.WORK),
        ("A C A D E M I C B A C K G R O U N D", "academic background", Kind.EDUCATION),
        ("L I C E N S E S & C E R T I F I C A T I O N S", "licenses and certifications", None),
        ("Education & Training:", "education and training", Kind.EDUCATION),
        ("Work History:", "work history", Kind.WORK),
    ],
)
def test_letter_spaced_and_colon_headings(title: str, key: str, kind: Kind | None) -> None:
    assert heading_key(title) == key
    assert heading_kind(key) is (kind or Kind.CERTIFICATES)


def test_wrapped_range_in_a_date_column() -> None:
    assert all(is_date_cell(text) for text in ("Oct 2021 to", "Present", "2019 - 2021"))
    assert not is_date_cell("Acme 2019")
    assert join_wrapped_range("Oct 2021 to Mechanical Engineer", "Current Acme, London, UK") == (
        "Oct 2021 \u2013 Current Mechanical Engineer",
        "Acme, London, UK",
    )
    assert join_wrapped_range("Acme | Engineer | 09.2016 \u2013", "07.2019") == (
        "Acme | Engineer | 09.2016 \u2013 07.2019",
        "",
    )
    assert join_wrapped_range("2021 - Engineer", "2019 Acme") is None  # ends before it starts


def test_left_date_column_read_as_part_of_its_row_by_y_overlap() -> None:
    # Reading order per column: the date cells all come first, the entries after them.
    column = [
        Line("Mar 2019 \u2013", Box(50, 100, 120, 110)),
        Line("Present", Box(50, 112, 90, 122)),
        Line("2016 \u2013 2019", Box(50, 160, 120, 170)),
        Line("Senior Engineer", Box(150, 99, 300, 111), bold=True),
        Line("Acme Corp, Berlin, Germany", Box(150, 112, 330, 123)),
        Line("\u25aa Built the billing service.", Box(150, 125, 400, 135)),
        Line("Data Analyst", Box(150, 159, 300, 171), bold=True),
        Line("Kitewire, London, UK", Box(150, 172, 300, 183)),
    ]
    assert [line.text for line in attach_date_cells(column)][:2] == [
        "Mar 2019 \u2013 Senior Engineer",
        "Present Acme Corp, Berlin, Germany",
    ]
    works = [to_work(entry) for entry in group_entries(column)]
    assert [(w.name, w.position, w.startDate, w.endDate) for w in works] == [
        ("Acme Corp", "Senior Engineer", "2019-03", None),
        ("Kitewire", "Data Analyst", "2016", "2019"),
    ]
    assert works[0].highlights == ["Built the billing service."]


def test_same_x_lines_are_never_treated_as_a_date_column() -> None:
    stacked = lines("2019 - 2021", "Engineer, Acme")
    assert [line.text for line in attach_date_cells(stacked)] == ["2019 - 2021", "Engineer, Acme"]


@pytest.mark.parametrize(
    "texts",
    [
        ("MBA in Business Administration, INSEAD (2014 \u2013 2016).",),
        ("INSEAD \u2014 MBA in Business Administration", "Sep 2014 to Jun 2016"),
        ("MBA Business Administration | INSEAD | 09.2014 \u2013 06.2016",),
        ("Business Administration, MBA", "INSEAD", "2014 - 2016"),
    ],
)
def test_degree_found_in_any_order(texts: tuple[str, ...]) -> None:
    entries = group_entries(lines(*texts))
    school = to_education(entries[0])
    assert (school.institution, school.studyType, school.area) == (
        "INSEAD",
        "MBA",
        "Business Administration",
    )
    assert (school.startDate or "")[:4] == "2014"
    assert (school.endDate or "")[:4] == "2016"


@pytest.mark.parametrize("mark", ["\u203a", "\u25aa", "\u2013", "*", "o", "\u2022", "\u00bb"])
def test_bullet_marks(mark: str) -> None:
    item = prepare(Line(f"{mark} Led the billing service.", Box(0, 0, 1, 1)))
    assert item.bullet
    assert item.text == "Led the billing service."


def test_wrapped_prose_paragraph_stays_one_highlight() -> None:
    entries = group_entries(
        lines(
            "Registered Nurse at Oakridge Hospital (2016 - 2019), Dublin, Ireland",
            "Led the night shift rota for a ward of forty beds and trained new staff, cutting",
            "overtime by 12%.",
            "Pharmacist at Northwind Traders (2014 - 2016), Porto, Portugal",
        )
    )
    assert len(entries) == 2
    assert entries[0].details[0].endswith("cutting overtime by 12%.")
    assert to_work(entries[1]).position == "Pharmacist"
