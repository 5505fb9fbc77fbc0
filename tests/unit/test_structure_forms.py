"""Resumes written like application forms (US federal resumes): each job a block of labelled
lines (address with ZIP code, hours, grade, salary, supervisor) around a title in capitals and
paragraphs of duties; schools over a degree, "Major:", "Graduated:" and "GPA:" lines."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.layout import Box, Line
from resume_processor.pipeline.structure.dates import find_date_range, strip_span
from resume_processor.pipeline.structure.entries import group_entries
from resume_processor.pipeline.structure.places import parse_location, split_trailing_place
from resume_processor.pipeline.structure.sections import Kind, split_sections
from tests.unit.layouts import rows, structure


def test_a_us_address_with_its_zip_code_is_a_place() -> None:
    found = parse_location("1787 Research Blvd, Silver Spring, MD 20902")
    assert found is not None
    assert (found.address, found.city, found.region, found.postalCode, found.countryCode) == (
        "1787 Research Blvd",
        "Silver Spring",
        "MD",
        "20902",
        "US",
    )
    assert parse_location("Acme Widgets, XY 20902") is None  # no such state


def test_a_town_set_off_by_commas_keeps_all_its_words() -> None:
    assert split_trailing_place("University of Maryland, College Park, MD") == (
        "University of Maryland",
        "College Park, MD",
    )
    # Without the comma only a known multi-word name is taken whole.
    assert split_trailing_place("Nexus AI, CTO San Francisco, CA") == (
        "Nexus AI, CTO",
        "San Francisco, CA",
    )


@pytest.mark.parametrize("label", ["Graduated:", "Graduation date:", "Completed", "Expected"])
def test_a_label_before_a_date_goes_with_it(label: str) -> None:
    text = f"{label} May 2015"
    found = find_date_range(text)
    assert found is not None
    assert found.start == "2015-05"
    assert strip_span(text, found.span) == ""


FEDERAL_JOB = (
    "WORK EXPERIENCE",
    "Defense Logistics Agency",
    "1787 Research Blvd, Silver Spring, MD 20902",
    "09/2021 \u2013 05/2024",
    "Hours per week: 40",
    "Series/Grade: GS-0343-13",
    "Salary: $113,787 USD Per Year",
    "PROGRAM ANALYST",
    "Duties, Accomplishments and Related Skills:",
    "Researched regulations and agency directives to answer policy questions. Built a",
    "SharePoint tracker that replaced email chains across five offices.",
    "Conducts management studies of administrative processes and recommends changes to",
    "workflow, staffing and automation to senior leadership.",
    "Supervisor: Denise Varnum, (579) 555-9747, May contact: Yes",
    "National Oceanic and Atmospheric Administration",
    "1375 Research Blvd, Huntsville, AL 35808",
    "06/2020 \u2013 09/2021",
    "Hours per week: 40",
    "MANAGEMENT ANALYST",
    "Develops and maintains Power BI dashboards drawing on the financial systems of record.",
)


def test_a_federal_job_block_gives_employer_title_place_and_dates() -> None:
    work = structure(rows("Bernadette Brannigan", *FEDERAL_JOB))["work"]
    assert [(job["name"], job["position"], job.get("location")) for job in work] == [
        (
            "Defense Logistics Agency",
            "PROGRAM ANALYST",
            "1787 Research Blvd, Silver Spring, MD 20902",
        ),
        (
            "National Oceanic and Atmospheric Administration",
            "MANAGEMENT ANALYST",
            "1375 Research Blvd, Huntsville, AL 35808",
        ),
    ]
    assert (work[0]["startDate"], work[0]["endDate"]) == ("2021-09", "2024-05")
    # Hours, grade, salary and the supervisor are neither a title nor a summary.
    assert "summary" not in work[0]
    # A paragraph line of ten words that wraps on is prose, not the next job.
    assert any(h.startswith("Conducts management studies") for h in work[0]["highlights"])


def test_schools_whose_entries_differ_in_length_are_split_at_the_school_line() -> None:
    lines = rows(
        "University of Maryland, College Park, MD",
        "Master of Public Administration",
        "Graduated: May 2012",
        "GPA: 3.80 of a maximum 4.0",
        "Virginia Tech, Blacksburg, VA",
        "Bachelor of Arts",
        "Major: Economics",
        "Graduated: May 2010",
        "GPA: 3.60 of a maximum 4.0",
    )
    entries = group_entries(lines)
    assert [entry.parts[0] for entry in entries] == ["University of Maryland", "Virginia Tech"]
    assert [entry.dates.start if entry.dates else None for entry in entries] == [
        "2012-05",
        "2010-05",
    ]


def test_a_section_named_in_a_table_cell_beside_its_first_row() -> None:
    # A bordered two-column Word table saved as PDF: the section name and the years stacked
    # in the left cells, the entries in the right ones.
    lines = rows(
        "Seraphina Ravensworth",
        "Leicester, UK | seraphina@example.co.uk",
        "Employment   Broadland Housing Trust, Leicester",
        "2019 \u2013 2024   Senior Financial Analyst (2022 \u2013 2024)",
        "\u2022 Built the rolling three-year forecast model",
        "Financial Analyst (2019 \u2013 2022)",
        "\u2022 Cut the month-end close from eight days to five",
        "2017 \u2013 2019   Castle Mead Foods plc, Leicester",
        "Finance Assistant",
        "\u2022 Led the year-end audit with the external auditors",
        "Education   University of Sheffield",
        "2012 \u2013 2014   MSc Financial Management",
    )
    result = structure(lines)
    work = [(job["position"], job["startDate"], job["endDate"]) for job in result["work"]]
    assert work == [
        ("Senior Financial Analyst", "2022", "2024"),
        ("Financial Analyst", "2019", "2022"),
        ("Finance Assistant", "2017", "2019"),
    ]
    assert result["work"][0]["name"] == "Broadland Housing Trust"
    assert [(school["institution"], school["studyType"]) for school in result["education"]] == [
        ("University of Sheffield", "MSc")
    ]


def test_a_first_cell_near_a_title_but_not_one_opens_no_section() -> None:
    lines = rows("EXPERIENCE", "Project   Dec 2013 \u2013 Oct 2016", "Karoo Solar (Pty) Ltd")
    _, sections = split_sections(lines)
    assert [(section.kind, len(section.lines)) for section in sections] == [(Kind.WORK, 2)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Sawgrass Analytics   Summer 2024", "2024-06", "2024-06"),  # that season
        ("Q4 2023 \u2013 Q1 2024", "2023-10", "2024-01"),
        ("Fall 2022 \u2013 Spring 2024", "2022-09", "2024-03"),
        ("Autumn 2019 - Winter 2020", "2019-09", "2020-12"),
    ],
)
def test_seasons_and_quarters_are_the_month_they_begin(text: str, start: str, end: str) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.ongoing) == (start, end, False)


def test_a_grade_in_its_own_cell_leaves_the_degree() -> None:
    lines = rows(
        "Saanvi Szczepanski",
        "EDUCATION",
        "University of Iowa   Expected May 2026",
        "Bachelor of Science in Computer Science   GPA: 3.4/4.0",
    )
    school = structure(lines)["education"][0]
    assert (school["studyType"], school["area"], school["score"], school["endDate"]) == (
        "Bachelor of Science",
        "Computer Science",
        "3.4/4.0",
        "2026-05",
    )


def test_roles_under_an_employer_line_are_jobs_at_that_employer() -> None:
    lines = rows(
        "Augustin Vanderzee",
        "PROFESSIONAL EXPERIENCE",
        "TALLGRASS CONSUMER BRANDS, Cincinnati, OH   2018 \u2013 Present",
        "Private-label food and household products supplier to national grocery chains.",
        "Chief Operating Officer   2020 \u2013 Present",
        "\u2022 Built a pricing office that added 240 basis points of margin",
        "Executive Vice President, Operations   2018 \u2013 2020",
        "\u2022 Raised on-time delivery from 81% to 97%",
        "BLUEGRASS FREIGHT SYSTEMS, Louisville, KY   2003 \u2013 2007",
        "Asset-light logistics provider operating 30 cross-dock terminals.",
        "Operations Manager   2003 \u2013 2007",
        "\u2022 Introduced a lean operating system across all sites",
    )
    work = structure(lines)["work"]
    assert [(job["name"], job["position"], job["startDate"]) for job in work] == [
        ("TALLGRASS CONSUMER BRANDS", "Chief Operating Officer", "2020"),
        ("TALLGRASS CONSUMER BRANDS", "Executive Vice President, Operations", "2018"),
        ("BLUEGRASS FREIGHT SYSTEMS", "Operations Manager", "2003"),
    ]


def test_a_highlight_whose_bullet_ocr_lost_is_no_header() -> None:
    lines = [
        Line("BI Developer   Oct 2021 - Sep 2024", Box(65, 100, 400, 110), font_size=10.0),
        Line("Saaristo Energy Oy \u2014 Turku", Box(64.5, 114, 250, 124), font_size=10.0),
        Line("Automated player-retention reports in Looker", Box(84, 128, 320, 138), 10.0),
        Line(
            "Designed the A/B testing guidelines for the product teams",
            Box(85, 142, 400, 152),
            10.0,
        ),
        Line("Data Analyst   May 2018 - Aug 2021", Box(65, 160, 400, 170), font_size=10.0),
        Line("Aurajoki Logistics Oy \u2014 Turku", Box(64, 174, 250, 184), font_size=10.0),
    ]
    entries = group_entries(lines)
    assert [len(entry.details) for entry in entries] == [2, 0]
    assert entries[0].details[0] == "Automated player-retention reports in Looker"


def test_degree_subject_and_school_in_one_line() -> None:
    lines = rows(
        "Ada Lovelace", "EDUCATION", "B.S., Mechanical Engineering, University of Cincinnati   1996"
    )
    school = structure(lines)["education"][0]
    assert (school["studyType"], school["area"], school["institution"]) == (
        "B.S.",
        "Mechanical Engineering",
        "University of Cincinnati",
    )


def test_a_state_after_the_town_without_a_comma() -> None:
    found = parse_location("Geelong VIC, Australia")
    assert found is not None
    assert (found.city, found.region, found.countryCode) == ("Geelong", "VIC", "AU")


def test_an_end_month_whose_year_a_narrow_column_wrapped_joins_it() -> None:
    from resume_processor.pipeline.structure.dates import join_wrapped_range

    assert join_wrapped_range(
        "August 2020 \u2013 November   Engineer \u2013 Acme Sp. z o.o.",
        "2022   \u2013 Built things",
    ) == (
        "August 2020 \u2013 November 2022   Engineer \u2013 Acme Sp. z o.o.",
        "\u2013 Built things",
    )
    assert join_wrapped_range("August 2020 \u2013 May   Engineer", "Acme Ltd") is None


def test_an_associate_degree_and_a_dash_ocr_read_as_a_tilde() -> None:
    lines = rows("Ada Lovelace", "EDUCATION", "A.S., Business ~ Fresno City College, 2014-2017")
    school = structure(lines)["education"][0]
    assert (school["studyType"], school["area"], school["institution"]) == (
        "A.S.",
        "Business",
        "Fresno City College",
    )
